// The canvas as a real widget on the offscreen platform, fed through
// RoomModel's public API (no server needed: the canvas only reads the model
// and emits what the user asked for). Every interaction goes through real
// mouse, wheel and key events on the viewport.
#include "canvasview.h"
#include "markercomposer.h"
#include "markeritem.h"
#include "pinpainter.h"
#include "presence.h"
#include "roommodel.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

using namespace ImageChat;

namespace {

constexpr int ImageWidth = 1000;
constexpr int ImageHeight = 800;
// Where a click lands on a pin's badge, relative to its tip.
const QPoint BadgeOffset(0, -19);

Event remote(const Operation &op, qint64 seq, qint64 at,
             const QString &author = QStringLiteral("other"))
{
    return Event { op, seq, at, author, author + QStringLiteral("-name") };
}

QImage makeImage()
{
    QImage image(ImageWidth, ImageHeight, QImage::Format_RGB32);
    image.fill(QColor(0xee, 0xee, 0xee));
    return image;
}

// A model and a shown canvas on it, 800 x 600, with a 1000 x 800 image.
struct Canvas
{
    RoomModel model;
    std::unique_ptr<CanvasView> view;
    qint64 seq = 0;

    Canvas()
    {
        view = std::make_unique<CanvasView>(&model);
        view->resize(800, 600);
        view->setImage(makeImage());
        view->show();
    }

    bool ready() { return QTest::qWaitForWindowExposed(view.get()); }
    QWidget *viewport() const { return view->viewport(); }

    // A confirmed marker made by someone else, created at `at`.
    QString addMarker(double x, double y, qint64 at, const QString &text = QStringLiteral("hi"),
                      const QString &author = QStringLiteral("other"))
    {
        const Operation op = Operation::createMarker(x, y, text);
        if (model.applyConfirmed(remote(op, ++seq, at, author)))
            return {};
        return op.marker;
    }
    bool apply(const Operation &op)
    {
        ++seq;
        return !model.applyConfirmed(remote(op, seq, 100000 + seq));
    }

    QPoint at(double x, double y) const { return view->viewportPosition(x, y).toPoint(); }
    MarkerItem *pin(const QString &id) const { return view->markerItem(id); }
    // The pin's rectangle on screen.
    QRectF screenRect(const QString &id) const
    {
        MarkerItem *item = pin(id);
        return item->deviceTransform(view->viewportTransform()).mapRect(item->boundingRect());
    }
};

void sendWheel(QWidget *viewport, const QPoint &pos, int delta)
{
    QWheelEvent event(pos, viewport->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &event);
}

} // namespace

class TestCanvas : public QObject
{
    Q_OBJECT

private slots:
    void addModeClickEmitsNormalisedPosition()
    {
        Canvas c;
        QVERIFY(c.ready());
        c.view->setTool(CanvasView::Tool::AddMarker);
        QSignalSpy placed(c.view.get(), &CanvasView::placeRequested);

        for (double zoom : { 1.0, 4.0 }) {
            c.view->setZoomFactor(zoom);
            c.view->centerOn(0.25 * ImageWidth, 0.75 * ImageHeight);
            placed.clear();
            QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(0.25, 0.75));
            QCOMPARE(placed.size(), 1);
            // Within one screen pixel of the aimed point.
            const double slack = 1.0 / (zoom * ImageWidth);
            QVERIFY2(qAbs(placed.at(0).at(0).toDouble() - 0.25) <= slack,
                     qPrintable(QString::number(placed.at(0).at(0).toDouble())));
            QVERIFY2(qAbs(placed.at(0).at(1).toDouble() - 0.75) <= slack,
                     qPrintable(QString::number(placed.at(0).at(1).toDouble())));
            c.view->closeComposer();
        }

        // Beside the image (in the margin around it) nothing happens.
        c.view->setZoomFactor(1.0);
        c.view->centerOn(ImageWidth, ImageHeight / 2.0);
        placed.clear();
        QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(1.0, 0.5) + QPoint(15, 0));
        QCOMPARE(placed.size(), 0);
        QVERIFY(!c.view->composer());

        // In the select tool, a click on the image places nothing either.
        c.view->setTool(CanvasView::Tool::Select);
        QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(0.9, 0.5));
        QCOMPARE(placed.size(), 0);
    }

    void composerEnterSendsTheText()
    {
        Canvas c;
        QVERIFY(c.ready());
        c.view->setTool(CanvasView::Tool::AddMarker);
        QSignalSpy composed(c.view.get(), &CanvasView::markerComposed);
        QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(0.4, 0.5));
        MarkerComposer *composer = c.view->composer();
        QVERIFY(composer);
        QVERIFY(composer->isVisible());

        QTest::keyClicks(composer->editor(), QStringLiteral("Hello"));
        QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(composed.size(), 0); // Shift+Enter is a new line, not send
        QTest::keyClicks(composer->editor(), QStringLiteral("world"));
        QTest::keyClick(composer->editor(), Qt::Key_Return);

        QCOMPARE(composed.size(), 1);
        QVERIFY(qAbs(composed.at(0).at(0).toDouble() - 0.4) < 0.002);
        QVERIFY(qAbs(composed.at(0).at(1).toDouble() - 0.5) < 0.002);
        QCOMPARE(composed.at(0).at(2).toString(), QStringLiteral("Hello\nworld"));
        QVERIFY(!c.view->composer()); // sent: closed
    }

    void composerFollowsThePin()
    {
        Canvas c;
        QVERIFY(c.ready());
        c.view->setTool(CanvasView::Tool::AddMarker);
        QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(0.5, 0.5));
        QVERIFY(c.view->composer());
        const QPoint before = c.view->composer()->pos() - c.at(0.5, 0.5);
        c.view->horizontalScrollBar()->setValue(c.view->horizontalScrollBar()->value() + 37);
        QCOMPARE(c.view->composer()->pos() - c.at(0.5, 0.5), before);
        c.view->zoomOut();
        QCOMPARE(c.view->composer()->pos() - c.at(0.5, 0.5), before);
    }

    void composerEscapeCancels()
    {
        Canvas c;
        QVERIFY(c.ready());
        c.view->setTool(CanvasView::Tool::AddMarker);
        QSignalSpy composed(c.view.get(), &CanvasView::markerComposed);
        QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(0.3, 0.3));
        QVERIFY(c.view->composer());
        QTest::keyClicks(c.view->composer()->editor(), QStringLiteral("never mind"));
        QTest::keyClick(c.view->composer()->editor(), Qt::Key_Escape);
        QVERIFY(!c.view->composer());
        QCOMPARE(composed.size(), 0);
    }

    void composerErrorKeepsTheText()
    {
        Canvas c;
        QVERIFY(c.ready());
        c.view->setTool(CanvasView::Tool::AddMarker);
        QSignalSpy composed(c.view.get(), &CanvasView::markerComposed);
        // The window fails to send at once (say, offline) and says why.
        auto failing = connect(c.view.get(), &CanvasView::markerComposed, c.view.get(), [&] {
            c.view->showComposerError(QStringLiteral("You are offline."));
        });
        QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(0.6, 0.4));
        QTest::keyClicks(c.view->composer()->editor(), QStringLiteral("Keep me"));
        QTest::keyClick(c.view->composer()->editor(), Qt::Key_Return);

        QCOMPARE(composed.size(), 1);
        MarkerComposer *composer = c.view->composer();
        QVERIFY(composer);
        QCOMPARE(composer->text(), QStringLiteral("Keep me"));
        QCOMPARE(composer->error(), QStringLiteral("You are offline."));
        auto *retry = composer->findChild<QPushButton *>(QStringLiteral("composerRetry"));
        QVERIFY(retry);
        QVERIFY(retry->isVisible());

        // Back online: Retry sends the same text again, and this time it goes.
        disconnect(failing);
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(composed.size(), 2);
        QCOMPARE(composed.at(1).at(2).toString(), QStringLiteral("Keep me"));
        QCOMPARE(composed.at(1).at(0), composed.at(0).at(0));
        QVERIFY(!c.view->composer());
    }

    void rejectedMarkerReopensWithItsText()
    {
        Canvas c;
        QVERIFY(c.ready());
        QVERIFY(c.view->reopenComposer(0.2, 0.7, QStringLiteral("My words"),
                                       QStringLiteral("The room is full.")));
        QVERIFY(c.view->composer());
        QCOMPARE(c.view->composer()->text(), QStringLiteral("My words"));
        QCOMPARE(c.view->composer()->error(), QStringLiteral("The room is full."));
        QSignalSpy composed(c.view.get(), &CanvasView::markerComposed);
        QTest::keyClick(c.view->composer()->editor(), Qt::Key_Return);
        QCOMPARE(composed.size(), 1);
        QCOMPARE(composed.at(0).at(0).toDouble(), 0.2);
        QCOMPARE(composed.at(0).at(2).toString(), QStringLiteral("My words"));

        // Something else being typed is never replaced.
        c.view->setTool(CanvasView::Tool::AddMarker);
        QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(0.5, 0.5));
        QTest::keyClicks(c.view->composer()->editor(), QStringLiteral("Another thought"));
        QVERIFY(!c.view->reopenComposer(0.1, 0.1, QStringLiteral("Older"), QStringLiteral("No.")));
        QCOMPARE(c.view->composer()->text(), QStringLiteral("Another thought"));
    }

    void pinsFollowTheModel()
    {
        Canvas c;
        QVERIFY(c.ready());
        // Created out of order: numbers follow creation time, not arrival.
        const QString third = c.addMarker(0.7, 0.7, 3000);
        const QString first = c.addMarker(0.1, 0.2, 1000);
        const QString second = c.addMarker(0.5, 0.5, 2000);
        QVERIFY(!first.isEmpty() && !second.isEmpty() && !third.isEmpty());
        QCOMPARE(c.pin(first)->number(), 1);
        QCOMPARE(c.pin(second)->number(), 2);
        QCOMPARE(c.pin(third)->number(), 3);
        QCOMPARE(c.pin(first)->state(), MarkerItem::State::Open);
        // The tip is on the marker's position.
        QCOMPARE(c.pin(first)->pos(), QPointF(0.1 * ImageWidth, 0.2 * ImageHeight));

        // Restyle: resolved.
        QVERIFY(c.apply(Operation::setResolved(second, true)));
        QCOMPARE(c.pin(second)->state(), MarkerItem::State::Resolved);
        QVERIFY(c.apply(Operation::setResolved(second, false)));
        QCOMPARE(c.pin(second)->state(), MarkerItem::State::Open);

        // Move.
        QVERIFY(c.apply(Operation::moveMarker(first, 0.9, 0.1)));
        QCOMPARE(c.pin(first)->pos(), QPointF(0.9 * ImageWidth, 0.1 * ImageHeight));

        // Own change not confirmed yet: pending; failed is the window's call.
        const Operation reply = Operation::addComment(third, QStringLiteral("mine"));
        QVERIFY(!c.model.applyLocal(remote(reply, 0, 5000, QStringLiteral("me"))));
        QCOMPARE(c.pin(third)->state(), MarkerItem::State::Pending);
        c.view->setFailedMarkers({ third });
        QCOMPARE(c.pin(third)->state(), MarkerItem::State::Failed);
        c.view->setFailedMarkers({});
        QCOMPARE(c.pin(third)->state(), MarkerItem::State::Pending);
        QVERIFY(c.model.dropPending(reply.broadcastId));
        QCOMPARE(c.pin(third)->state(), MarkerItem::State::Open);

        // A marker created between others shifts the later numbers.
        const QString between = c.addMarker(0.3, 0.3, 1500);
        QCOMPARE(c.pin(first)->number(), 1);
        QCOMPARE(c.pin(between)->number(), 2);
        QCOMPARE(c.pin(second)->number(), 3);
        QCOMPARE(c.pin(third)->number(), 4);

        // Delete: the pin goes and the later ones close up.
        QVERIFY(c.apply(Operation::deleteMarker(between)));
        QVERIFY(!c.pin(between));
        QCOMPARE(c.pin(second)->number(), 2);
        QCOMPARE(c.pin(third)->number(), 3);
        QCOMPARE(c.view->scene()->items().size(), 4); // image + 3 pins

        // A snapshot replaces everything.
        RoomState snapshot;
        snapshot.apply(remote(Operation::createMarker(0.5, 0.5, QStringLiteral("only")), 1, 10));
        c.model.reset(snapshot, QStringLiteral("epoch"), 1);
        QVERIFY(!c.pin(first) && !c.pin(second) && !c.pin(third));
        const QString only = c.model.ordered().constFirst()->id;
        QVERIFY(c.pin(only));
        QCOMPARE(c.pin(only)->number(), 1);
    }

    void refreshMarkerRereadsPendingState()
    {
        Canvas c;
        QVERIFY(c.ready());
        const QString id = c.addMarker(0.5, 0.5, 1000);
        const Operation move = Operation::moveMarker(id, 0.6, 0.6);
        QVERIFY(!c.model.applyLocal(remote(move, 0, 2000, QStringLiteral("me"))));
        QCOMPARE(c.pin(id)->state(), MarkerItem::State::Pending);
        // The confirmation changes nothing the model shows, so it may not
        // signal; the window tells the canvas to look again.
        QVERIFY(!c.model.applyConfirmed(remote(move, ++c.seq, 2000, QStringLiteral("me"))));
        QVERIFY(!c.model.isPending(id));
        c.view->refreshMarker(id);
        QCOMPARE(c.pin(id)->state(), MarkerItem::State::Open);
    }

    void pinKeepsItsScreenSize()
    {
        Canvas c;
        QVERIFY(c.ready());
        const QString id = c.addMarker(0.5, 0.5, 1000);
        c.view->setZoomFactor(0.25);
        const QRectF small = c.screenRect(id);
        c.view->setZoomFactor(4.0);
        const QRectF large = c.screenRect(id);
        QCOMPARE(small.size(), large.size());
        QVERIFY(small.width() > 15 && small.width() < 80);
        // And the tip stays on the marker's position.
        const QPointF tip = c.pin(id)->deviceTransform(c.view->viewportTransform()).map(QPointF());
        QVERIFY((tip - c.view->viewportPosition(0.5, 0.5)).manhattanLength() < 0.01);
    }

    void skippingHiddenPinsChangesNoPixel()
    {
        // With hundreds of pins the canvas skips the parts of pins that
        // others hide. The picture must be exactly what drawing every pin in
        // full gives, which the scene's own render() does.
        Canvas c;
        QVERIFY(c.ready());
        // Every pin drawn: piled up like this they would be a bubble.
        c.view->setClusteringEnabled(false);
        c.view->setZoomFactor(1.0);
        c.view->centerOn(ImageWidth / 2.0, ImageHeight / 2.0);
        QRandomGenerator random(11);
        for (int i = 0; i < 600; ++i) {
            // Piled up in the middle, so most are covered or partly covered.
            const QString id = c.addMarker(0.4 + random.generateDouble() * 0.2,
                                           0.4 + random.generateDouble() * 0.2, 100 + i);
            if (i % 3 == 0)
                QVERIFY(c.apply(Operation::setResolved(id, true)));
        }
        c.view->selectMarker(c.model.ordered().at(100)->id);

        const QImage shown = c.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QImage full(shown.size(), QImage::Format_RGB32);
        full.fill(c.view->backgroundBrush().color());
        QPainter painter(&full);
        painter.setRenderHints(c.view->renderHints());
        const QRectF visible = c.view->viewportTransform().inverted().mapRect(QRectF(full.rect()));
        c.view->scene()->render(&painter, QRectF(full.rect()), visible);
        painter.end();
        QCOMPARE(shown, full);
    }

    void pinsWearTheirCreatorsColour()
    {
        // Each person's pins have the colour of their avatar; the state shows
        // as marks and outlines on top of it.
        Canvas c;
        QVERIFY(c.ready());
        c.view->setZoomFactor(1.0);
        c.view->centerOn(ImageWidth / 2.0, ImageHeight / 2.0);
        const QString anaUser = QStringLiteral("user-ana");
        const QString boUser = QStringLiteral("user-bo");
        QVERIFY(Presence::colourFor(anaUser) != Presence::colourFor(boUser));
        const QString ana = c.addMarker(0.3, 0.4, 1000, QStringLiteral("a"), anaUser);
        const QString bo = c.addMarker(0.6, 0.4, 2000, QStringLiteral("b"), boUser);
        const QString done = c.addMarker(0.3, 0.6, 3000, QStringLiteral("c"), anaUser);
        const QString broken = c.addMarker(0.6, 0.6, 4000, QStringLiteral("d"), boUser);
        QVERIFY(c.apply(Operation::setResolved(done, true)));
        c.view->setFailedMarkers({ broken });
        QCOMPARE(c.pin(ana)->colour(), QColor::fromRgb(Presence::colourFor(anaUser)));
        QCOMPARE(c.pin(bo)->colour(), QColor::fromRgb(Presence::colourFor(boUser)));

        const QImage shown = c.viewport()->grab().toImage();
        // Inside the badge, left of the number (tips at `at`, badge above).
        auto pixel = [&](double x, double y, QPoint offset) -> QRgb {
            return QColor(shown.pixel(c.at(x, y) + offset)).rgb();
        };
        const QPoint inBadge(-7, -19);
        QCOMPARE(pixel(0.3, 0.4, inBadge), QColor::fromRgb(Presence::colourFor(anaUser)).rgb());
        QCOMPARE(pixel(0.6, 0.4, inBadge), QColor::fromRgb(Presence::colourFor(boUser)).rgb());
        // Resolved: faded, and a green check on the corner.
        const QColor faded =
            PinPainter::colours(QColor::fromRgb(Presence::colourFor(anaUser)), PinState::Resolved)
                .fill;
        QCOMPARE(pixel(0.3, 0.6, inBadge), faded.rgb());
        QVERIFY(faded.lightness() > c.pin(ana)->colour().lightness());
        const PinPainter pins;
        const QPoint mark = pins.markCentre(pins.badgeWidth(3)).toPoint() + QPoint(0, -3);
        QCOMPARE(pixel(0.3, 0.6, mark), PinPainter::markColour(PinState::Resolved).rgb());
        QVERIFY(pixel(0.3, 0.4, mark) != PinPainter::markColour(PinState::Resolved).rgb());
        // Failed: a red ring around the person's colour.
        QCOMPARE(pixel(0.6, 0.6, QPoint(-11, -19)), PinPainter::markColour(PinState::Failed).rgb());
        QCOMPARE(pixel(0.6, 0.6, inBadge), QColor::fromRgb(Presence::colourFor(boUser)).rgb());
        // Selected: a white halo outside the outline.
        QVERIFY(QColor(shown.pixel(c.at(0.6, 0.4) + QPoint(-13, -19))) != QColor(Qt::white));
        c.view->selectMarker(bo);
        const QImage selected = c.viewport()->grab().toImage();
        QCOMPARE(QColor(selected.pixel(c.at(0.6, 0.4) + QPoint(-13, -19))), QColor(Qt::white));
    }

    void busyRoomsClusterAtFitAndABubbleOpens()
    {
        Canvas c;
        QVERIFY(c.ready());
        c.view->fitToWindow();
        const double zoom = c.view->zoomFactor();
        QVERIFY(zoom < 1.0);
        // Groups of 3 to 14 markers, each in the middle of a 48-pixel screen
        // cell at this zoom, well apart: one bubble each, with its count.
        constexpr double Cell = 48;
        QRandomGenerator random(17);
        std::vector<QStringList> groups;
        std::vector<QPointF> centres;
        qint64 at = 1000;
        for (int g = 0; g < 12; ++g) {
            const QPointF centre((1 + 3 * (g % 4) + 0.5) * Cell / zoom,
                                 (1 + 3 * (g / 4) + 0.5) * Cell / zoom);
            QStringList ids;
            for (int i = 0; i < 3 + g; ++i) {
                // Within 16 screen pixels of the cell's middle.
                const QPointF p =
                    centre + QPointF(random.bounded(32.0) - 16, random.bounded(32.0) - 16) / zoom;
                ids << c.addMarker(p.x() / ImageWidth, p.y() / ImageHeight, at += 10);
                QVERIFY(!ids.last().isEmpty());
            }
            groups.push_back(ids);
            centres.push_back(centre);
        }
        QList<CanvasView::Bubble> bubbles = c.view->bubbles();
        QCOMPARE(bubbles.size(), 12);
        for (size_t g = 0; g < groups.size(); ++g) {
            const QPointF expected = c.view->viewportTransform().map(centres[g]);
            auto bubble = std::find_if(bubbles.begin(), bubbles.end(), [&](const auto &b) {
                return (b.position - expected).manhattanLength() < 34;
            });
            QVERIFY2(bubble != bubbles.end(), qPrintable(QString::number(g)));
            QCOMPARE(bubble->count, groups[g].size());
            for (const QString &id : groups[g]) {
                QVERIFY(c.pin(id)->isInCluster());
                QVERIFY(!c.pin(id)->isVisible());
            }
        }
        // What shows is what is painted: the bubble, not its pins.
        const QImage shown = c.viewport()->grab().toImage();
        const QPoint middle = bubbles.first().position.toPoint();
        QCOMPARE(QColor(shown.pixel(middle + QPoint(-9, 0))).rgb(), qRgb(0x33, 0x41, 0x55));

        // A click on the biggest bubble zooms in until its pins show.
        const QStringList &biggest = groups.back();
        const QPoint bubbleAt = std::find_if(bubbles.begin(), bubbles.end(), [&](const auto &b) {
                                    return b.count == biggest.size();
                                })->position.toPoint();
        QSignalSpy zoomed(c.view.get(), &CanvasView::zoomChanged);
        QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, bubbleAt);
        QCOMPARE(zoomed.size(), 1);
        QVERIFY(c.view->zoomFactor() > 4 * zoom);
        QVERIFY(!c.view->isFitToWindow());
        for (const QString &id : biggest) {
            const Conversation *m = c.model.conversation(id);
            QVERIFY(!c.pin(id)->isInCluster());
            QVERIFY(c.pin(id)->isVisible());
            QVERIFY(c.viewport()->rect().contains(c.at(m->x, m->y)));
        }
        // Now a pin is what a click there hits.
        const Conversation *first = c.model.conversation(biggest.first());
        QSignalSpy selected(c.view.get(), &CanvasView::markerSelected);
        QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(first->x, first->y) + BadgeOffset);
        QCOMPARE(selected.size(), 1);

        // Back at fit the bubbles return; without clustering every pin shows.
        c.view->fitToWindow();
        QCOMPARE(c.view->bubbles().size(), 12);
        c.view->setClusteringEnabled(false);
        QVERIFY(c.view->bubbles().isEmpty());
        QVERIFY(c.pin(biggest.last())->isVisible());
    }

    void tenThousandMarkersAtFitCountRight()
    {
        // The bubbles' counts are those of the grid: every 48-pixel screen
        // cell with 3 or more markers is one bubble, every other marker shows.
        Canvas c;
        QVERIFY(c.ready());
        c.view->fitToWindow();
        QRandomGenerator random(23);
        RoomState state;
        for (int i = 0; i < 10000; ++i) {
            const Operation op = Operation::createMarker(
                random.generateDouble(), random.generateDouble(), QStringLiteral("m"));
            QVERIFY(!state.apply(remote(op, i + 1, 1000 + i)));
        }
        c.model.reset(state, QStringLiteral("epoch"), 10000);
        const double zoom = c.view->zoomFactor();
        std::map<std::pair<int, int>, int> cells;
        for (const Conversation *m : c.model.ordered()) {
            ++cells[{ int(std::floor(m->x * ImageWidth * zoom / 48)),
                      int(std::floor(m->y * ImageHeight * zoom / 48)) }];
        }
        std::vector<int> expected;
        int loose = 0;
        for (const auto &[cell, count] : cells) {
            if (count >= 3)
                expected.push_back(count);
            else
                loose += count;
        }
        std::vector<int> counts;
        for (const CanvasView::Bubble &b : c.view->bubbles())
            counts.push_back(b.count);
        std::sort(expected.begin(), expected.end());
        std::sort(counts.begin(), counts.end());
        QVERIFY(!counts.empty());
        QCOMPARE(counts, expected);
        int visible = 0;
        for (const Conversation *m : c.model.ordered())
            visible += c.pin(m->id)->isVisible();
        QCOMPARE(visible, loose);

        // A remote move keeps the counts right, incrementally.
        const Conversation *moved = c.model.ordered().at(5000);
        QVERIFY(c.apply(Operation::moveMarker(moved->id, 0.001, 0.001)));
        int total = 0;
        for (const CanvasView::Bubble &b : c.view->bubbles())
            total += b.count;
        visible = 0;
        for (const Conversation *m : c.model.ordered())
            visible += c.pin(m->id)->isVisible();
        QCOMPARE(total + visible, 10000);
    }

    void clickingAPinSelectsIt()
    {
        Canvas c;
        QVERIFY(c.ready());
        c.view->setZoomFactor(1.0);
        c.view->centerOn(ImageWidth / 2.0, ImageHeight / 2.0);
        const QString a = c.addMarker(0.45, 0.5, 1000);
        const QString b = c.addMarker(0.55, 0.5, 2000);
        QSignalSpy selected(c.view.get(), &CanvasView::markerSelected);

        QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(0.45, 0.5) + BadgeOffset);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.at(0).at(0).toString(), a);
        QVERIFY(c.pin(a)->isSelected());
        QCOMPARE(c.view->selectedMarker(), a);

        // Clicking the image elsewhere clears it.
        QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(0.5, 0.3));
        QCOMPARE(selected.size(), 2);
        QCOMPARE(selected.at(1).at(0).toString(), QString());
        QVERIFY(!c.pin(a)->isSelected());

        // Selecting from outside (the list) does not echo, and brings the pin
        // into view.
        c.view->setZoomFactor(4.0);
        c.view->centerOn(0, 0);
        QVERIFY(!c.viewport()->rect().contains(c.at(0.55, 0.5)));
        c.view->selectMarker(b);
        QCOMPARE(selected.size(), 2);
        QVERIFY(c.pin(b)->isSelected());
        QVERIFY(c.viewport()->rect().contains(c.at(0.55, 0.5)));

        // A deleted selected marker clears the selection.
        QVERIFY(c.apply(Operation::deleteMarker(b)));
        QCOMPARE(selected.size(), 3);
        QCOMPARE(selected.at(2).at(0).toString(), QString());
    }

    void draggingAPinRequestsOneMove()
    {
        Canvas c;
        QVERIFY(c.ready());
        c.view->setZoomFactor(1.0);
        c.view->centerOn(ImageWidth / 2.0, ImageHeight / 2.0);
        const QString id = c.addMarker(0.5, 0.5, 1000);
        QSignalSpy moved(c.view.get(), &CanvasView::moveRequested);

        // A click without movement moves nothing.
        QTest::mouseClick(c.viewport(), Qt::LeftButton, {}, c.at(0.5, 0.5) + BadgeOffset);
        QCOMPARE(moved.size(), 0);

        const QPoint start = c.at(0.5, 0.5) + BadgeOffset;
        QTest::mousePress(c.viewport(), Qt::LeftButton, {}, start);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(c.viewport(), start + QPoint(10 * step, 6 * step));
        QCOMPARE(moved.size(), 0); // nothing while dragging...
        QCOMPARE(c.pin(id)->pos(), QPointF(0.5 * ImageWidth + 50, 0.5 * ImageHeight + 30));
        QTest::mouseRelease(c.viewport(), Qt::LeftButton, {}, start + QPoint(50, 30));
        QCOMPARE(moved.size(), 1); // ...one request on release
        QCOMPARE(moved.at(0).at(0).toString(), id);
        QCOMPARE(moved.at(0).at(1).toDouble(), roundCoordinate(0.5 + 50.0 / ImageWidth));
        QCOMPARE(moved.at(0).at(2).toDouble(), roundCoordinate(0.5 + 30.0 / ImageHeight));
        // Nobody applied it: the pin shows what the model says.
        QCOMPARE(c.pin(id)->pos(), QPointF(0.5 * ImageWidth, 0.5 * ImageHeight));

        // Dragged off the image, the pin stops at the edge.
        c.view->setZoomFactor(0.5);
        c.view->centerOn(ImageWidth / 2.0, ImageHeight / 2.0);
        const QPoint again = c.at(0.5, 0.5) + BadgeOffset;
        QTest::mousePress(c.viewport(), Qt::LeftButton, {}, again);
        QTest::mouseMove(c.viewport(), again + QPoint(200, 0));
        QTest::mouseMove(c.viewport(), again + QPoint(600, 0));
        QTest::mouseRelease(c.viewport(), Qt::LeftButton, {}, again + QPoint(600, 0));
        QCOMPARE(moved.size(), 2);
        QCOMPARE(moved.at(1).at(1).toDouble(), 1.0);
        QCOMPARE(moved.at(1).at(2).toDouble(), 0.5);
    }

    void draggingTheImagePans()
    {
        Canvas c;
        QVERIFY(c.ready());
        c.view->setZoomFactor(2.0);
        c.view->centerOn(ImageWidth / 2.0, ImageHeight / 2.0);
        QSignalSpy selected(c.view.get(), &CanvasView::markerSelected);
        QScrollBar *bar = c.view->horizontalScrollBar();
        const int before = bar->value();
        const QPoint start(400, 300);
        QTest::mousePress(c.viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(c.viewport(), start + QPoint(-30, 0));
        QTest::mouseMove(c.viewport(), start + QPoint(-80, 0));
        QTest::mouseRelease(c.viewport(), Qt::LeftButton, {}, start + QPoint(-80, 0));
        QCOMPARE(bar->value(), before + 80);

        // Space-drag pans in the add tool too, and places nothing.
        c.view->setTool(CanvasView::Tool::AddMarker);
        QSignalSpy placed(c.view.get(), &CanvasView::placeRequested);
        c.view->setFocus();
        QTest::keyPress(c.view.get(), Qt::Key_Space);
        QTest::mousePress(c.viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(c.viewport(), start + QPoint(40, 0));
        QTest::mouseRelease(c.viewport(), Qt::LeftButton, {}, start + QPoint(40, 0));
        QTest::keyRelease(c.view.get(), Qt::Key_Space);
        QCOMPARE(bar->value(), before + 40);
        QCOMPARE(placed.size(), 0);
        QCOMPARE(selected.size(), 0);
    }

    void wheelAndKeysZoom()
    {
        Canvas c;
        QVERIFY(c.ready());
        c.view->setZoomFactor(1.0);
        c.view->centerOn(ImageWidth / 2.0, ImageHeight / 2.0);
        QSignalSpy zoomed(c.view.get(), &CanvasView::zoomChanged);

        // The wheel zooms around the cursor: the image point under it stays.
        const QPoint cursor(200, 150);
        const QPointF under = c.view->viewportTransform().inverted().map(QPointF(cursor));
        sendWheel(c.viewport(), cursor, 120);
        QVERIFY(c.view->zoomFactor() > 1.1);
        QCOMPARE(zoomed.size(), 1);
        QCOMPARE(zoomed.at(0).at(0).toDouble(), c.view->zoomFactor());
        const QPointF after = c.view->viewportTransform().map(under);
        QVERIFY2((after - QPointF(cursor)).manhattanLength() <= 2,
                 qPrintable(QStringLiteral("%1,%2").arg(after.x()).arg(after.y())));
        sendWheel(c.viewport(), cursor, -240);
        QVERIFY(c.view->zoomFactor() < 1.0);

        // Ctrl+plus / Ctrl+minus.
        c.view->setFocus();
        c.view->actualSize();
        QCOMPARE(c.view->zoomFactor(), 1.0);
        QTest::keyClick(c.view.get(), Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(c.view->zoomFactor() > 1.0);
        const double in = c.view->zoomFactor();
        QTest::keyClick(c.view.get(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(c.view.get(), Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(c.view->zoomFactor() < 1.0);
        QVERIFY(c.view->zoomFactor() < in);
    }

    void fitToWindowFits()
    {
        Canvas c;
        QVERIFY(c.ready());
        c.view->setZoomFactor(3.0);
        c.view->fitToWindow();
        QVERIFY(c.view->isFitToWindow());
        auto check = [&] {
            const QRectF image =
                c.view->viewportTransform().mapRect(QRectF(0, 0, ImageWidth, ImageHeight));
            const QRectF area = c.viewport()->rect();
            // All of it visible, with room for the pins on its edges...
            if (!area.contains(image.adjusted(20, 20, -20, -20)))
                return false;
            // ...and as large as that allows in one direction.
            return qAbs(image.width() - (area.width() - 80)) <= 1.5
                || qAbs(image.height() - (area.height() - 80)) <= 1.5;
        };
        QVERIFY(check());
        QVERIFY(c.view->zoomFactor() < 1.0);
        // It stays fitted when the window changes size.
        c.view->resize(500, 700);
        QTRY_VERIFY(check());
        // Any other zoom leaves fit mode.
        c.view->zoomIn();
        QVERIFY(!c.view->isFitToWindow());
    }
};

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
