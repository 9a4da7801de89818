#include "canvasview.h"

#include "imagelayer.h"
#include "markercomposer.h"
#include "markeritem.h"
#include "operation.h"
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

namespace ImageChat {

namespace {

constexpr double MinZoom = 0.01;
constexpr double MaxZoom = 32.0;
// Keyboard zoom walks these steps, so 100 % is always one of the stops.
constexpr double ZoomSteps[] = { 0.01,    0.02, 0.03,    0.05, 0.0625,  0.08, 0.1,  0.125,
                                 1.0 / 6, 0.25, 1.0 / 3, 0.5,  2.0 / 3, 1.0,  1.5,  2.0,
                                 3.0,     4.0,  6.0,     8.0,  12.0,    16.0, 24.0, 32.0 };
// One wheel notch (120 units) zooms by this factor.
constexpr double WheelStep = 1.25;
// Screen pixels around the image, so pins on its edges (which stick out
// above their tip) can be scrolled into view and are not cut off at fit.
constexpr double ScreenMargin = 40;

// Pins stack in creation order (newer above older), the selected one above
// all and the draft above that. The order is explicit, not left to insertion
// order, because hiding covered pins relies on knowing it.
constexpr qreal PinZ = 1;
constexpr qreal SelectedPinZ = 2;
constexpr qreal DraftPinZ = 3;
// Below this many pins, finding covered ones costs more than it saves.
constexpr size_t CoverageThreshold = 200;

qreal pinZ(int number, bool selected)
{
    // Room for RoomLimits::maxMarkers (100,000) below SelectedPinZ.
    return selected ? SelectedPinZ : PinZ + number * 1e-6;
}

// A bit per pixel of an area of the viewport: which pixels a pin above has
// already painted with solid colour.
class CoverageMask
{
public:
    CoverageMask(std::vector<quint64> &bits, const QRect &area)
        : m_bits(bits)
        , m_area(area)
        , m_words((area.width() + 63) / 64)
    {
        m_bits.assign(size_t(m_words) * size_t(qMax(0, area.height())), 0);
    }

    // The bounding box (viewport pixels) of the pixels of the rows (from row
    // `top`, spans relative to x) that nothing covers yet; empty when the
    // mask covers them all.
    template<typename Span> QRect uncovered(int x, int top, const std::vector<Span> &rows) const
    {
        int left = std::numeric_limits<int>::max();
        int right = std::numeric_limits<int>::min();
        int first = -1;
        int last = -1;
        for (size_t i = 0; i < rows.size(); ++i) {
            const int y = top + int(i);
            const Span &span = rows[i];
            if (span.from > span.to || y < m_area.top() || y > m_area.bottom())
                continue;
            const int x0 = qMax(x + span.from, m_area.left()) - m_area.left();
            const int x1 = qMin(x + span.to, m_area.right()) - m_area.left();
            if (x0 > x1)
                continue;
            const quint64 *row = &m_bits[size_t(y - m_area.top()) * size_t(m_words)];
            bool open = false;
            for (int w = x0 / 64; w <= x1 / 64; ++w) {
                const quint64 gaps = ~row[w] & spanMask(w, x0, x1);
                if (!gaps)
                    continue;
                open = true;
                left = qMin(left, w * 64 + int(qCountTrailingZeroBits(gaps)));
                right = qMax(right, w * 64 + 63 - int(qCountLeadingZeroBits(gaps)));
            }
            if (open) {
                if (first < 0)
                    first = y;
                last = y;
            }
        }
        if (first < 0)
            return {};
        return QRect(QPoint(left + m_area.left(), first), QPoint(right + m_area.left(), last));
    }

    template<typename Span> void cover(int x, int top, const std::vector<Span> &rows)
    {
        for (size_t i = 0; i < rows.size(); ++i) {
            const int y = top + int(i);
            const Span &span = rows[i];
            if (span.from > span.to || y < m_area.top() || y > m_area.bottom())
                continue;
            const int x0 = qMax(x + span.from, m_area.left()) - m_area.left();
            const int x1 = qMin(x + span.to, m_area.right()) - m_area.left();
            if (x0 > x1)
                continue;
            quint64 *row = &m_bits[size_t(y - m_area.top()) * size_t(m_words)];
            for (int w = x0 / 64; w <= x1 / 64; ++w)
                row[w] |= spanMask(w, x0, x1);
        }
    }

private:
    // Bits x0..x1 (inclusive) that fall in word w.
    static quint64 spanMask(int w, int x0, int x1)
    {
        const int from = qMax(x0 - w * 64, 0);
        const int to = qMin(x1 - w * 64, 63);
        const quint64 upTo = to == 63 ? ~quint64(0) : (quint64(1) << (to + 1)) - 1;
        return upTo & ~((quint64(1) << from) - 1);
    }

    std::vector<quint64> &m_bits;
    QRect m_area;
    int m_words;
};

bool createdBefore(const MarkerItem *a, const MarkerItem *b)
{
    // The order of RoomModel::ordered(): creation time, then id.
    return a->createdAt() != b->createdAt() ? a->createdAt() < b->createdAt() : a->id() < b->id();
}

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
    for (MarkerItem *item : std::as_const(m_order)) {
        if (const Conversation *c = m_model->conversation(item->id()))
            item->setPos(scenePosition(c->x, c->y));
    }
    if (m_draftPin)
        m_draftPin->setPos(scenePosition(m_composerAnchor.x(), m_composerAnchor.y()));
    // A new image starts fitted, but small images are not blown up.
    m_fitCap = 1.0;
    m_fitMode = true;
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
    if (m_gesture == Gesture::Drag || m_gesture == Gesture::PendingDrag)
        m_gesture = Gesture::None;

    // Keep the pins that still exist (a resync usually changes little), so a
    // reload does not flash or lose the selection. New pins are made in
    // creation order, which is also the order every paint walks them in:
    // neighbours in that walk then sit next to each other in memory, which
    // measurably speeds up painting thousands of them.
    QHash<QString, MarkerItem *> old;
    old.swap(m_items);
    const QList<const Conversation *> ordered = m_model->ordered();
    m_items.reserve(ordered.size());
    m_order.clear();
    m_order.reserve(size_t(ordered.size()));
    for (const Conversation *c : ordered) {
        MarkerItem *item = old.take(c->id);
        if (item) {
            item->setCreatedAt(c->createdAt);
            updateItem(item, *c);
            m_items.insert(c->id, item);
        } else {
            item = createItem(*c);
        }
        m_order.push_back(item);
    }
    qDeleteAll(old);
    renumberFrom(0);

    if (!m_selectedId.isEmpty() && !m_items.contains(m_selectedId)) {
        m_selectedId.clear();
        emit markerSelected(QString());
    }
    qCDebug(lcCanvas) << "reloaded" << m_items.size() << "pins";
}

MarkerItem *CanvasView::createItem(const Conversation &conversation)
{
    auto *item = new MarkerItem(conversation.id);
    item->setCreatedAt(conversation.createdAt);
    item->setPos(scenePosition(conversation.x, conversation.y));
    item->setToolTip(tooltipFor(conversation));
    restyle(item);
    m_scene->addItem(item);
    m_items.insert(conversation.id, item);
    return item;
}

void CanvasView::updateItem(MarkerItem *item, const Conversation &conversation)
{
    // The pin being dragged stays under the cursor; it is re-read on release.
    const bool dragged =
        (m_gesture == Gesture::Drag || m_gesture == Gesture::PendingDrag) && m_dragId == item->id();
    const QPointF pos = scenePosition(conversation.x, conversation.y);
    if (!dragged && item->pos() != pos)
        item->setPos(pos);
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

void CanvasView::insertOrdered(MarkerItem *item)
{
    const auto at = std::lower_bound(m_order.begin(), m_order.end(), item, createdBefore);
    const size_t index = size_t(at - m_order.begin());
    m_order.insert(at, item);
    renumberFrom(index);
}

void CanvasView::removeOrdered(MarkerItem *item)
{
    // The item's key must be the one it was inserted with.
    const auto at = std::lower_bound(m_order.begin(), m_order.end(), item, createdBefore);
    if (at == m_order.end() || *at != item) {
        qCWarning(lcCanvas) << "pin" << item->id() << "missing from the creation order";
        return;
    }
    const size_t index = size_t(at - m_order.begin());
    m_order.erase(at);
    renumberFrom(index);
}

void CanvasView::renumberFrom(size_t index)
{
    // Only pins whose number changes are repainted (setNumber is a no-op
    // otherwise); appending a new marker renumbers nothing.
    for (size_t i = index; i < m_order.size(); ++i) {
        MarkerItem *item = m_order[i];
        item->setNumber(int(i + 1));
        item->setZValue(pinZ(item->number(), item->isSelected()));
    }
}

void CanvasView::paintEvent(QPaintEvent *event)
{
    clipPinsToWhatShows(event->region().boundingRect());
    QGraphicsView::paintEvent(event);
    // Only this paint event is clipped; render() and printing draw them all.
    for (MarkerItem *pin : m_clippedPins)
        pin->m_clip = MarkerItem::Clip {};
    m_clippedPins.clear();
}

void CanvasView::clipPinsToWhatShows(const QRect &exposed)
{
    // Zoomed out on a busy room, pins pile up many deep: most are hidden by
    // the ones above and most of the rest show only a sliver, yet each would
    // be blended whole. Walk the pins from the top, keep a mask of the pixels
    // solid pins have covered, and tell each pin which part of it still
    // shows: nothing (skipped) or a smaller rectangle to copy.
    if (m_order.size() < CoverageThreshold || exposed.isEmpty())
        return;
    const QTransform transform = viewportTransform();
    CoverageMask mask(m_coverage, exposed);
    MarkerItem *selected = m_items.value(m_selectedId);
    auto visit = [&](MarkerItem *pin) {
        // Where paint() will put the tip: the same rounding.
        const QPointF at = transform.map(pin->m_anchor);
        const int x = int(std::round(at.x()));
        const int y = int(std::round(at.y()));
        const MarkerItem::Silhouette &shape = pin->silhouette();
        const int top = y + shape.top;
        if (top > exposed.bottom() || top + int(shape.painted.size()) <= exposed.top()
            || x + 64 < exposed.left() || x - 64 > exposed.right()) {
            return; // not in this paint at all (pins are narrower than 128)
        }
        const QRect shows = mask.uncovered(x, top, shape.painted);
        // A pixel of slack: paint() may round the tip the other way.
        pin->m_clip = shows.isEmpty()
            ? MarkerItem::Clip { true, QRect() }
            : MarkerItem::Clip { true, shows.translated(-x, -y).adjusted(-1, -1, 1, 1) };
        m_clippedPins.push_back(pin);
        if (!shows.isEmpty())
            mask.cover(x, top, shape.solid);
    };
    if (selected)
        visit(selected);
    const size_t count = m_order.size();
    for (size_t i = count; i-- > 0;) {
        // The pins are scattered in memory; fetch ahead.
        if (i >= 8)
            __builtin_prefetch(m_order[i - 8]);
        if (m_order[i] != selected)
            visit(m_order[i]);
    }
}

void CanvasView::onConversationAdded(const QString &id)
{
    const Conversation *c = m_model->conversation(id);
    if (!c)
        return;
    if (m_items.contains(id)) {
        // Should not happen; treat as a change rather than duplicate the pin.
        onConversationChanged(id);
        return;
    }
    insertOrdered(createItem(*c));
}

void CanvasView::onConversationChanged(const QString &id)
{
    const Conversation *c = m_model->conversation(id);
    MarkerItem *item = m_items.value(id);
    if (!c || !item) {
        if (c)
            onConversationAdded(id);
        return;
    }
    if (item->createdAt() != c->createdAt) {
        // The server's time replaced the optimistic one: the number may move.
        removeOrdered(item);
        item->setCreatedAt(c->createdAt);
        insertOrdered(item);
    }
    updateItem(item, *c);
}

void CanvasView::onConversationRemoved(const QString &id)
{
    MarkerItem *item = m_items.take(id);
    if (!item)
        return;
    if ((m_gesture == Gesture::Drag || m_gesture == Gesture::PendingDrag) && m_dragId == id) {
        m_gesture = Gesture::None;
        m_dragId.clear();
    }
    removeOrdered(item);
    delete item;
    if (m_selectedId == id) {
        m_selectedId.clear();
        emit markerSelected(QString());
    }
}

void CanvasView::refreshMarker(const QString &id)
{
    const Conversation *c = m_model->conversation(id);
    MarkerItem *item = m_items.value(id);
    if (c && item)
        updateItem(item, *c);
}

void CanvasView::setFailedMarkers(const QSet<QString> &ids)
{
    const QSet<QString> before = std::exchange(m_failed, ids);
    // Only the pins that enter or leave the set change.
    for (const QString &id : before) {
        if (!ids.contains(id)) {
            if (MarkerItem *item = m_items.value(id))
                restyle(item);
        }
    }
    for (const QString &id : ids) {
        if (!before.contains(id)) {
            if (MarkerItem *item = m_items.value(id))
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
    MarkerItem *item = m_items.value(id);
    const QString next = item ? id : QString();
    if (next == m_selectedId)
        return;
    if (MarkerItem *previous = m_items.value(m_selectedId)) {
        previous->setSelected(false);
        previous->setZValue(pinZ(previous->number(), false));
    }
    m_selectedId = next;
    if (item) {
        item->setSelected(true);
        item->setZValue(pinZ(item->number(), true));
    }
    if (notify)
        emit markerSelected(m_selectedId);
}

void CanvasView::selectMarker(const QString &id)
{
    setSelection(id, false);
    MarkerItem *item = m_items.value(m_selectedId);
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
    // Top to bottom in stacking order (selected, then newest first), as
    // drawn. Faster than QGraphicsView::items(), which checks every pin.
    const QTransform transform = viewportTransform();
    auto hit = [&](const MarkerItem *pin) {
        const QPointF at = transform.map(pin->m_anchor);
        const QPointF local = viewPos - QPointF(std::round(at.x()), std::round(at.y()));
        return pin->boundingRect().contains(local) && pin->shape().contains(local);
    };
    MarkerItem *selected = m_items.value(m_selectedId);
    if (selected && hit(selected))
        return selected;
    for (auto it = m_order.rbegin(); it != m_order.rend(); ++it) {
        if (*it != selected && hit(*it))
            return *it;
    }
    return nullptr;
}

// --- Mouse and keyboard ----------------------------------------------------

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_gesture = Gesture::Pan;
        m_lastPanPos = pos;
        setPanning(true);
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    event->accept();
    m_pressPos = pos;

    if (MarkerItem *pin = pinAt(pos)) {
        setSelection(pin->id(), true);
        if (m_tool == Tool::Select) {
            m_gesture = Gesture::PendingDrag;
            m_dragId = pin->id();
            m_dragStartPos = pin->pos();
            m_dragOffset = pin->pos() - toScene(pos);
        }
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
    m_gesture = Gesture::PendingPan;
    m_lastPanPos = pos;
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const bool farEnough =
        (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance();
    switch (m_gesture) {
    case Gesture::PendingPan:
        if (!farEnough)
            break;
        m_gesture = Gesture::Pan;
        setPanning(true);
        Q_FALLTHROUGH();
    case Gesture::Pan: {
        const QPoint delta = (pos - m_lastPanPos).toPoint();
        m_lastPanPos += QPointF(delta);
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        break;
    }
    case Gesture::PendingDrag:
        if (!farEnough)
            break;
        m_gesture = Gesture::Drag;
        viewport()->setCursor(Qt::ClosedHandCursor);
        Q_FALLTHROUGH();
    case Gesture::Drag:
        if (MarkerItem *item = m_items.value(m_dragId)) {
            const QSize size = imageSize();
            const QPointF target = toScene(pos) + m_dragOffset;
            // Dragged off the image, the pin stays on its edge.
            item->setPos(qBound(0.0, target.x(), qreal(size.width())),
                         qBound(0.0, target.y(), qreal(size.height())));
        }
        break;
    case Gesture::None:
        updateCursor(pos);
        break;
    }
    event->accept();
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    switch (m_gesture) {
    case Gesture::PendingPan:
        if (event->button() == Qt::LeftButton)
            setSelection(QString(), true);
        break;
    case Gesture::Pan:
        setPanning(false);
        break;
    case Gesture::Drag:
        finishDrag(true);
        break;
    case Gesture::PendingDrag:
    case Gesture::None:
        break;
    }
    m_gesture = Gesture::None;
    m_dragId.clear();
    updateCursor(event->position());
    event->accept();
}

void CanvasView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // The second press of a quick double click is still a press (Qt sends a
    // double-click event instead), so it can start a drag or a pan.
    mousePressEvent(event);
}

void CanvasView::finishDrag(bool commit)
{
    MarkerItem *item = m_items.value(m_dragId);
    const QString id = m_dragId;
    m_gesture = Gesture::None;
    m_dragId.clear();
    if (!item)
        return;
    if (commit && item->pos() != m_dragStartPos) {
        const QPointF at = toNormalized(item->pos());
        emit moveRequested(id, at.x(), at.y());
    }
    // The pin shows what the model says: the move once it is applied, the
    // old place if it was cancelled or could not be sent.
    item = m_items.value(id);
    if (const Conversation *c = m_model->conversation(id); c && item)
        item->setPos(scenePosition(c->x, c->y));
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
    if (m_gesture == Gesture::Pan || m_gesture == Gesture::Drag)
        shape = Qt::ClosedHandCursor;
    else if (m_spaceHeld)
        shape = Qt::OpenHandCursor;
    else if (pinAt(viewPos))
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
    m_fitMode = false;
    applyZoom(m_zoom * std::pow(WheelStep, delta / 120.0), event->position());
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
        if (m_gesture == Gesture::Drag || m_gesture == Gesture::PendingDrag) {
            finishDrag(false);
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
    m_fitMode = false;
    const QPointF centre = QRectF(viewport()->rect()).center();
    for (double step : ZoomSteps) {
        if (step > m_zoom * 1.001) {
            applyZoom(step, centre);
            return;
        }
    }
}

void CanvasView::zoomOut()
{
    m_fitMode = false;
    const QPointF centre = QRectF(viewport()->rect()).center();
    for (auto it = std::rbegin(ZoomSteps); it != std::rend(ZoomSteps); ++it) {
        if (*it < m_zoom / 1.001) {
            applyZoom(*it, centre);
            return;
        }
    }
}

void CanvasView::actualSize()
{
    setZoomFactor(1.0);
}

void CanvasView::setZoomFactor(double factor)
{
    m_fitMode = false;
    applyZoom(factor, QRectF(viewport()->rect()).center());
}

void CanvasView::fitToWindow()
{
    m_fitCap = MaxZoom;
    m_fitMode = true;
    refit();
}

void CanvasView::refit()
{
    if (!m_image || m_fitting)
        return;
    m_fitting = true;
    const QSize size = imageSize();
    const QSizeF room = QSizeF(viewport()->size()) - QSizeF(2 * ScreenMargin, 2 * ScreenMargin);
    const double factor =
        qMin(m_fitCap, qMin(room.width() / size.width(), room.height() / size.height()));
    applyZoom(factor, QRectF(viewport()->rect()).center());
    centerOn(m_image->boundingRect().center());
    m_fitting = false;
}

void CanvasView::applyZoom(double factor, const QPointF &anchorViewPos)
{
    factor = qBound(MinZoom, factor, MaxZoom);
    // The image point under the anchor stays under it.
    const QPointF anchorScene = toScene(anchorViewPos);
    const bool changed = factor != m_zoom;
    m_zoom = factor;
    setTransform(QTransform::fromScale(factor, factor));
    updateSceneRect();
    const QPointF drift = viewportTransform().map(anchorScene) - anchorViewPos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(drift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(drift.y()));
    positionComposer();
    if (changed)
        emit zoomChanged(m_zoom);
}

void CanvasView::updateSceneRect()
{
    if (!m_image) {
        setSceneRect(QRectF(0, 0, 1, 1));
        return;
    }
    const qreal margin = ScreenMargin / m_zoom;
    setSceneRect(m_image->boundingRect().adjusted(-margin, -margin, margin, margin));
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitMode)
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
        connect(m_composer, &MarkerComposer::submitted, this, &CanvasView::onComposerSubmitted);
        connect(m_composer, &MarkerComposer::cancelled, this, &CanvasView::closeComposer);
    }
    if (!m_draftPin) {
        m_draftPin = new MarkerItem(QString());
        m_draftPin->setState(MarkerItem::State::Draft);
        m_draftPin->setZValue(DraftPinZ);
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
    const QPointF tip = viewportPosition(m_composerAnchor.x(), m_composerAnchor.y());
    const QSize size = m_composer->sizeHint().expandedTo(m_composer->minimumSizeHint());
    const QRect area = viewport()->rect();
    // Beside the pin, on the side where it fits; vertically kept on screen.
    constexpr int Gap = 18;
    int x = qRound(tip.x()) + Gap;
    if (x + size.width() > area.right() && tip.x() - Gap - size.width() >= area.left())
        x = qRound(tip.x()) - Gap - size.width();
    int y = qRound(tip.y()) - 30;
    y = qMax(area.top(), qMin(y, area.bottom() - size.height()));
    m_composer->setGeometry(QRect(QPoint(x, y), size));
}

} // namespace ImageChat
