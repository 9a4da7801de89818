#include "canvasview.h"

#include "clusteritem.h"
#include "composerplacement.h"
#include "imagelayer.h"
#include "markercomposer.h"
#include "markeritem.h"
#include "operation.h"
#include "pincache.h"
#include "roommodel.h"
#include "tiledimage.h"
#include "uilogging.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace ImageChat {

namespace {

// Screen pixels around the image, so pins on its edges (which stick out
// above their tip) can be scrolled into view and are not cut off at fit.
constexpr double ScreenMargin = 40;

QString tooltipFor(const Conversation &conversation)
{
    if (conversation.comments.isEmpty())
        return {};
    const Comment &first = conversation.comments.constFirst();
    QString line = first.text.section(QLatin1Char('\n'), 0, 0);
    constexpr int MaxChars = 80;
    if (line.size() > MaxChars)
        line = line.left(MaxChars - 1) + QChar(0x2026);
    return CanvasView::tr("%1: %2").arg(
        first.authorName.isEmpty() ? first.author : first.authorName, line);
}

} // namespace

CanvasView::CanvasView(RoomModel *model, QWidget *parent)
    : QGraphicsView(parent)
    , m_model(model)
    , m_scene(new QGraphicsScene(this))
    , m_pinCache(std::make_unique<PinCache>())
    , m_pins(m_scene, m_pinCache.get())
{
    // Pins ignore the view's transformation, and the scene index keeps such
    // items in a plain list anyway; a BSP tree would only index the image and
    // add its upkeep to every pin added or moved.
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    setScene(m_scene);
    // Zoom anchoring is done here (around the cursor or the centre), exactly.
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::NoDrag);
    setRenderHint(QPainter::SmoothPixmapTransform, true);
    // One rectangle around everything that changed: remote events touch pins
    // all over the image, and a region of hundreds of small rectangles makes
    // Qt test each of 10,000 pins against every one of them.
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    // Items save and restore what they change themselves.
    setOptimizationFlags(QGraphicsView::DontAdjustForAntialiasing
                         | QGraphicsView::DontSavePainterState);
    setBackgroundBrush(palette().brush(QPalette::Dark));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);

    connect(m_model, &RoomModel::conversationAdded, this, &CanvasView::onConversationAdded);
    connect(m_model, &RoomModel::conversationChanged, this, &CanvasView::onConversationChanged);
    connect(m_model, &RoomModel::conversationRemoved, this, &CanvasView::onConversationRemoved);
    connect(m_model, &RoomModel::modelReset, this, &CanvasView::reload);
    reload();
}

CanvasView::~CanvasView() = default;

// --- Image -----------------------------------------------------------------

void CanvasView::setImage(const QImage &image)
{
    setImageSource(image.isNull() ? nullptr : TiledImage::fromImage(image));
}

void CanvasView::setImageSource(std::unique_ptr<TiledImage> source)
{
    delete m_image;
    m_image = nullptr;
    if (source) {
        m_image = new ImageLayer(std::move(source));
        m_image->setZValue(0);
        m_scene->addItem(m_image);
    }
    qCDebug(lcCanvas) << "image" << imageSize();
    // Pins are placed relative to the image's size.
    for (MarkerItem *item : m_pins.ordered()) {
        if (const Conversation *c = m_model->conversation(item->id()))
            m_pins.setPos(item, scenePosition(c->x, c->y));
    }
    if (m_draftPin)
        m_draftPin->setPos(scenePosition(m_composerAnchor.x(), m_composerAnchor.y()));
    // A new image starts fitted, but small images are not blown up.
    m_zoom.enterFitMode(1.0);
    refit();
}

QSize CanvasView::imageSize() const
{
    return m_image ? m_image->size() : QSize();
}

QPointF CanvasView::scenePosition(double x, double y) const
{
    const QSize size = imageSize();
    return QPointF(x * size.width(), y * size.height());
}

QPointF CanvasView::viewportPosition(double x, double y) const
{
    return viewportTransform().map(scenePosition(x, y));
}

QPointF CanvasView::toScene(const QPointF &viewPos) const
{
    return viewportTransform().inverted().map(viewPos);
}

QPointF CanvasView::toNormalized(const QPointF &scenePos) const
{
    const QSize size = imageSize();
    if (size.isEmpty())
        return {};
    return QPointF(roundCoordinate(qBound(0.0, scenePos.x() / size.width(), 1.0)),
                   roundCoordinate(qBound(0.0, scenePos.y() / size.height(), 1.0)));
}

bool CanvasView::onImage(const QPointF &scenePos) const
{
    return m_image && m_image->boundingRect().contains(scenePos);
}

// --- Model → pins ----------------------------------------------------------

void CanvasView::reload()
{
    if (m_gesture.holdsPin())
        m_gesture.cancel();

    // Keep the pins that still exist (a resync usually changes little), so a
    // reload does not flash or lose the selection. New pins are made in
    // creation order, which is also the order every paint walks them in:
    // neighbours in that walk then sit next to each other in memory, which
    // measurably speeds up painting thousands of them.
    QHash<QString, MarkerItem *> old = m_pins.takeAll();
    const QList<const Conversation *> ordered = m_model->ordered();
    for (const Conversation *c : ordered) {
        MarkerItem *item = old.take(c->id);
        if (item) {
            item->setCreatedAt(c->createdAt);
            m_pins.append(item);
            updateItem(item, *c);
        } else {
            m_pins.append(createItem(*c));
        }
    }
    qDeleteAll(old);
    m_pins.renumberAll();

    const QString selected = m_pins.selectedId();
    if (!selected.isEmpty() && !m_pins.contains(selected)) {
        m_pins.select(QString());
        emit markerSelected(QString());
    }
    qCDebug(lcCanvas) << "reloaded" << m_pins.size() << "pins";
}

MarkerItem *CanvasView::createItem(const Conversation &conversation)
{
    MarkerItem *item = m_pins.make(conversation.id, conversation.createdAt,
                                   scenePosition(conversation.x, conversation.y));
    // The creator's colour, as on their avatar (Presence::colourFor).
    item->setColour(m_pinCache->personColour(conversation.creator));
    item->setToolTip(tooltipFor(conversation));
    restyle(item);
    return item;
}

void CanvasView::updateItem(MarkerItem *item, const Conversation &conversation)
{
    // The pin being dragged stays under the cursor; it is re-read on release.
    if (!m_gesture.holds(item->id()))
        m_pins.setPos(item, scenePosition(conversation.x, conversation.y));
    const QString tip = tooltipFor(conversation);
    if (item->toolTip() != tip)
        item->setToolTip(tip);
    restyle(item);
}

void CanvasView::restyle(MarkerItem *item)
{
    const QString &id = item->id();
    MarkerItem::State state = MarkerItem::State::Open;
    if (m_failed.contains(id)) {
        state = MarkerItem::State::Failed;
    } else if (m_model->isPending(id)) {
        state = MarkerItem::State::Pending;
    } else if (const Conversation *c = m_model->conversation(id); c && c->resolved) {
        state = MarkerItem::State::Resolved;
    }
    item->setState(state);
}

void CanvasView::paintEvent(QPaintEvent *event)
{
    m_pins.clipToWhatShows(event->region().boundingRect(), viewportTransform());
    QGraphicsView::paintEvent(event);
    // Only this paint event is clipped; render() and printing draw them all.
    m_pins.endPaint();
}

void CanvasView::onConversationAdded(const QString &id)
{
    const Conversation *c = m_model->conversation(id);
    if (!c)
        return;
    if (m_pins.contains(id)) {
        // Should not happen; treat as a change rather than duplicate the pin.
        onConversationChanged(id);
        return;
    }
    m_pins.insert(createItem(*c));
}

void CanvasView::onConversationChanged(const QString &id)
{
    const Conversation *c = m_model->conversation(id);
    MarkerItem *item = m_pins.item(id);
    if (!c || !item) {
        if (c)
            onConversationAdded(id);
        return;
    }
    m_pins.setCreatedAt(item, c->createdAt);
    updateItem(item, *c);
}

void CanvasView::onConversationRemoved(const QString &id)
{
    if (m_gesture.holds(id))
        m_gesture.cancel();
    const bool wasSelected = !id.isEmpty() && m_pins.selectedId() == id;
    if (m_pins.remove(id) && wasSelected)
        emit markerSelected(QString());
}

void CanvasView::refreshMarker(const QString &id)
{
    const Conversation *c = m_model->conversation(id);
    MarkerItem *item = m_pins.item(id);
    if (c && item)
        updateItem(item, *c);
}

void CanvasView::setFailedMarkers(const QSet<QString> &ids)
{
    const QSet<QString> before = std::exchange(m_failed, ids);
    // Only the pins that enter or leave the set change.
    for (const QString &id : before) {
        if (!ids.contains(id)) {
            if (MarkerItem *item = m_pins.item(id))
                restyle(item);
        }
    }
    for (const QString &id : ids) {
        if (!before.contains(id)) {
            if (MarkerItem *item = m_pins.item(id))
                restyle(item);
        }
    }
}

// --- Tools and selection ---------------------------------------------------

void CanvasView::setTool(Tool tool)
{
    if (tool == m_tool)
        return;
    m_tool = tool;
    updateCursor(viewport()->mapFromGlobal(QCursor::pos()));
    emit toolChanged(tool);
}

void CanvasView::setSelection(const QString &id, bool notify)
{
    if (m_pins.select(id) && notify)
        emit markerSelected(m_pins.selectedId());
}

void CanvasView::selectMarker(const QString &id)
{
    setSelection(id, false);
    MarkerItem *item = m_pins.selected();
    if (!item)
        return;
    // The pin stands above its tip: keep room for it at the top.
    const QRectF visible = viewportTransform().inverted().mapRect(
        QRectF(viewport()->rect()).adjusted(20, 40, -20, -10));
    if (!visible.contains(item->pos()))
        centerOn(item->pos());
}

MarkerItem *CanvasView::pinAt(const QPointF &viewPos) const
{
    return m_pins.pinAt(viewPos, viewportTransform());
}

// --- Mouse and keyboard ----------------------------------------------------

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_gesture.beginPan(pos);
        setPanning(true);
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    event->accept();

    const PinLayer::Hit hit = m_pins.hitAt(pos, viewportTransform());
    if (hit.cluster) {
        // A click zooms to the bubble's pins; a drag pans, in either tool.
        m_gesture.pressBackground(pos, hit.cluster->cell());
        return;
    }
    if (MarkerItem *pin = hit.pin) {
        setSelection(pin->id(), true);
        if (m_tool == Tool::Select)
            m_gesture.pressPin(pos, pin->id(), pin->pos(), toScene(pos));
        return;
    }

    if (m_tool == Tool::AddMarker) {
        const QPointF scenePos = toScene(pos);
        if (!onImage(scenePos))
            return;
        const QPointF at = toNormalized(scenePos);
        // Moving the composer keeps what was typed in it.
        const QString text = composer() ? composer()->text() : QString();
        emit placeRequested(at.x(), at.y());
        openComposer(at.x(), at.y(), text, QString());
        return;
    }

    // Select tool on the image or around it: a drag pans, a click clears.
    m_gesture.pressBackground(pos);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_gesture.kind() == CanvasGesture::Kind::None) {
        updateCursor(pos);
        event->accept();
        return;
    }
    const CanvasGesture::Move step =
        m_gesture.move(pos, toScene(pos), QApplication::startDragDistance());
    switch (step.action) {
    case CanvasGesture::Move::Action::Hover:
        updateCursor(pos);
        break;
    case CanvasGesture::Move::Action::Wait:
        break;
    case CanvasGesture::Move::Action::Pan:
        if (step.started)
            setPanning(true);
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - step.panBy.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - step.panBy.y());
        break;
    case CanvasGesture::Move::Action::Drag:
        if (step.started)
            viewport()->setCursor(Qt::ClosedHandCursor);
        if (MarkerItem *item = m_pins.item(m_gesture.heldPin())) {
            const QSize size = imageSize();
            // Dragged off the image, the pin stays on its edge.
            m_pins.setPos(item,
                          QPointF(qBound(0.0, step.dragTo.x(), qreal(size.width())),
                                  qBound(0.0, step.dragTo.y(), qreal(size.height()))));
        }
        break;
    }
    event->accept();
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    const QString held = m_gesture.heldPin();
    const QPointF dragStart = m_gesture.dragStart();
    const std::optional<quint64> cluster = m_gesture.pressedCluster();
    switch (m_gesture.release(event->button() == Qt::LeftButton)) {
    case CanvasGesture::Release::Click:
        if (cluster)
            zoomToCluster(*cluster);
        else
            setSelection(QString(), true);
        break;
    case CanvasGesture::Release::EndPan:
        setPanning(false);
        break;
    case CanvasGesture::Release::Drop:
        finishDrag(held, dragStart, true);
        break;
    case CanvasGesture::Release::Nothing:
        break;
    }
    m_gesture.cancel();
    updateCursor(event->position());
    event->accept();
}

void CanvasView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // The second press of a quick double click is still a press (Qt sends a
    // double-click event instead), so it can start a drag or a pan.
    mousePressEvent(event);
}

void CanvasView::finishDrag(const QString &id, const QPointF &start, bool commit)
{
    m_gesture.cancel();
    MarkerItem *item = m_pins.item(id);
    if (!item)
        return;
    if (commit && item->pos() != start) {
        const QPointF at = toNormalized(item->pos());
        emit moveRequested(id, at.x(), at.y());
    }
    // The pin shows what the model says: the move once it is applied, the
    // old place if it was cancelled or could not be sent.
    item = m_pins.item(id);
    if (const Conversation *c = m_model->conversation(id); c && item)
        m_pins.setPos(item, scenePosition(c->x, c->y));
}

void CanvasView::setPanning(bool panning)
{
    // Fast sampling while the image moves under the hand, smooth once it rests.
    setRenderHint(QPainter::SmoothPixmapTransform, !panning);
    if (panning) {
        viewport()->setCursor(Qt::ClosedHandCursor);
    } else {
        viewport()->update();
    }
}

void CanvasView::updateCursor(const QPointF &viewPos)
{
    Qt::CursorShape shape = Qt::ArrowCursor;
    if (m_gesture.isPanning() || m_gesture.kind() == CanvasGesture::Kind::Drag)
        shape = Qt::ClosedHandCursor;
    else if (m_spaceHeld)
        shape = Qt::OpenHandCursor;
    else if (const PinLayer::Hit hit = m_pins.hitAt(viewPos, viewportTransform());
             hit.pin || hit.cluster)
        shape = Qt::PointingHandCursor;
    else if (m_tool == Tool::AddMarker && onImage(toScene(viewPos)))
        shape = Qt::CrossCursor;
    if (viewport()->cursor().shape() != shape)
        viewport()->setCursor(shape);
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event); // sideways scrolling pans
        return;
    }
    m_zoom.leaveFitMode();
    applyZoom(ZoomController::wheel(m_zoom.factor(), delta), event->position());
    event->accept();
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::ZoomIn)
        || (event->key() == Qt::Key_Equal && (event->modifiers() & Qt::ControlModifier))) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
        return;
    }
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            updateCursor(viewport()->mapFromGlobal(QCursor::pos()));
        }
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        if (m_gesture.holdsPin()) {
            finishDrag(m_gesture.heldPin(), m_gesture.dragStart(), false);
            return;
        }
        if (composer()) {
            closeComposer();
            return;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = false;
            updateCursor(viewport()->mapFromGlobal(QCursor::pos()));
        }
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::focusOutEvent(QFocusEvent *event)
{
    // The space bar's release goes elsewhere once focus has left.
    m_spaceHeld = false;
    QGraphicsView::focusOutEvent(event);
}

// --- Zoom ------------------------------------------------------------------

void CanvasView::zoomIn()
{
    m_zoom.leaveFitMode();
    applyZoom(ZoomController::stepIn(m_zoom.factor()), QRectF(viewport()->rect()).center());
}

void CanvasView::zoomOut()
{
    m_zoom.leaveFitMode();
    applyZoom(ZoomController::stepOut(m_zoom.factor()), QRectF(viewport()->rect()).center());
}

void CanvasView::actualSize()
{
    setZoomFactor(1.0);
}

void CanvasView::setZoomFactor(double factor)
{
    m_zoom.leaveFitMode();
    applyZoom(factor, QRectF(viewport()->rect()).center());
}

void CanvasView::fitToWindow()
{
    m_zoom.enterFitMode(ZoomController::MaxZoom);
    refit();
}

void CanvasView::refit()
{
    if (!m_image || m_fitting)
        return;
    m_fitting = true;
    applyZoom(ZoomController::fit(QSizeF(imageSize()), QSizeF(viewport()->size()), ScreenMargin,
                                  m_zoom.fitCap()),
              QRectF(viewport()->rect()).center());
    centerOn(m_image->boundingRect().center());
    m_fitting = false;
}

void CanvasView::applyZoom(double factor, const QPointF &anchorViewPos)
{
    // The image point under the anchor stays under it.
    const QPointF anchorScene = toScene(anchorViewPos);
    const bool changed = m_zoom.setFactor(factor);
    setTransform(QTransform::fromScale(m_zoom.factor(), m_zoom.factor()));
    updateSceneRect();
    const QPointF drift = viewportTransform().map(anchorScene) - anchorViewPos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(drift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(drift.y()));
    updateClustering();
    positionComposer();
    if (changed)
        emit zoomChanged(m_zoom.factor());
}

void CanvasView::updateClustering()
{
    m_pins.setZoom(m_zoom.factor());
    // At the closest zoom a bubble could not be opened any further.
    m_pins.setClustering(m_clustering && m_zoom.factor() < ZoomController::MaxZoom);
}

void CanvasView::setClusteringEnabled(bool enabled)
{
    if (enabled == m_clustering)
        return;
    m_clustering = enabled;
    updateClustering();
}

QList<CanvasView::Bubble> CanvasView::bubbles() const
{
    QList<Bubble> list;
    const QTransform transform = viewportTransform();
    for (const ClusterItem *bubble : m_pins.clusters())
        list.append({ transform.map(bubble->anchor()), bubble->count(), bubble->cell() });
    return list;
}

void CanvasView::zoomToCluster(quint64 cell)
{
    const QRectF area = m_pins.clusterBounds(cell);
    if (area.isNull() && area.topLeft().isNull())
        return;
    // Room for the pins, which stand above their tips, on every side.
    constexpr double PinRoom = 40;
    m_zoom.leaveFitMode();
    applyZoom(ZoomController::fit(area.size().expandedTo(QSizeF(1, 1)), QSizeF(viewport()->size()),
                                  ScreenMargin + PinRoom, ZoomController::MaxZoom),
              QRectF(viewport()->rect()).center());
    centerOn(area.center());
    qCDebug(lcCanvas) << "zoomed to a cluster at" << m_zoom.factor();
}

void CanvasView::updateSceneRect()
{
    if (!m_image) {
        setSceneRect(QRectF(0, 0, 1, 1));
        return;
    }
    const qreal margin = ScreenMargin / m_zoom.factor();
    setSceneRect(m_image->boundingRect().adjusted(-margin, -margin, margin, margin));
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_zoom.isFitMode())
        refit();
    positionComposer();
}

void CanvasView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    positionComposer();
}

// --- Composer --------------------------------------------------------------

MarkerComposer *CanvasView::composer() const
{
    return m_composer && m_composer->isVisible() ? m_composer.data() : nullptr;
}

void CanvasView::openComposer(double x, double y, const QString &text, const QString &reason)
{
    if (!m_composer) {
        m_composer = new MarkerComposer(viewport());
        m_composer->setMentionNames(m_mentionNames);
        connect(m_composer, &MarkerComposer::submitted, this, &CanvasView::onComposerSubmitted);
        connect(m_composer, &MarkerComposer::cancelled, this, &CanvasView::closeComposer);
    }
    if (!m_draftPin) {
        m_draftPin = new MarkerItem(m_pinCache.get(), QString());
        m_draftPin->setState(MarkerItem::State::Draft);
        m_draftPin->setZValue(PinLayer::DraftPinZ);
        m_scene->addItem(m_draftPin);
    }
    m_composerAnchor = QPointF(x, y);
    m_draftPin->setPos(scenePosition(x, y));
    m_draftPin->show();
    if (m_composer->text() != text)
        m_composer->setText(text);
    m_composer->setError(reason);
    m_composer->show();
    m_composer->raise();
    positionComposer();
    m_composer->editor()->setFocus(Qt::OtherFocusReason);
}

void CanvasView::onComposerSubmitted(const QString &text)
{
    m_lastComposed = { m_composerAnchor.x(), m_composerAnchor.y(), text };
    m_composerFailed = false;
    emit markerComposed(m_lastComposed.x, m_lastComposed.y, text);
    // A slot that failed to send called showComposerError(): stay open.
    if (!m_composerFailed)
        closeComposer();
}

void CanvasView::showComposerError(const QString &reason)
{
    m_composerFailed = true;
    if (MarkerComposer *open = composer())
        open->setError(reason);
    else
        openComposer(m_lastComposed.x, m_lastComposed.y, m_lastComposed.text, reason);
}

bool CanvasView::reopenComposer(double x, double y, const QString &text, const QString &reason)
{
    // Never replace something else the user is typing.
    if (MarkerComposer *open = composer();
        open && !open->text().trimmed().isEmpty() && open->text() != text)
        return false;
    m_composerFailed = true;
    m_lastComposed = { x, y, text };
    openComposer(x, y, text, reason);
    return true;
}

void CanvasView::closeComposer()
{
    if (m_draftPin)
        m_draftPin->hide();
    if (!m_composer || !m_composer->isVisible())
        return;
    const bool hadFocus = m_composer->isAncestorOf(QApplication::focusWidget());
    m_composer->hide();
    m_composer->setText(QString());
    m_composer->setError(QString());
    if (hadFocus)
        setFocus(Qt::OtherFocusReason);
}

void CanvasView::positionComposer()
{
    if (!composer())
        return;
    const QSize size = m_composer->sizeHint().expandedTo(m_composer->minimumSizeHint());
    m_composer->setGeometry(composerGeometry(
        viewportPosition(m_composerAnchor.x(), m_composerAnchor.y()), size, viewport()->rect()));
}

} // namespace ImageChat
