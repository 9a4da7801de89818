// The canvas's parts on their own, without a view: the zoom arithmetic, the
// gesture state machine, where the composer goes, the coverage mask that
// skips hidden pins, and the pin layer's order, numbers and hit test.
#include "canvasgesture.h"
#include "composerplacement.h"
#include "coveragemask.h"
#include "markeritem.h"
#include "pincache.h"
#include "pinlayer.h"
#include "zoomcontroller.h"

#include <QGraphicsScene>
#include <QTest>

using namespace ImageChat;

class TestCanvasParts : public QObject
{
    Q_OBJECT

private slots:
    void zoomStepsWheelAndFit()
    {
        // The keyboard walks stops through 100 %, and stops at the ends.
        QCOMPARE(ZoomController::stepIn(0.9), 1.0);
        QCOMPARE(ZoomController::stepIn(1.0), 1.5);
        QCOMPARE(ZoomController::stepOut(1.0), 2.0 / 3);
        QCOMPARE(ZoomController::stepIn(ZoomController::MaxZoom), ZoomController::MaxZoom);
        QCOMPARE(ZoomController::stepOut(ZoomController::MinZoom), ZoomController::MinZoom);
        // A notch is a fixed factor; the wheel never leaves the range.
        QCOMPARE(ZoomController::wheel(1.0, 120), ZoomController::WheelStep);
        QCOMPARE(ZoomController::wheel(1.0, -240), 1.0 / (1.25 * 1.25));
        QCOMPARE(ZoomController::wheel(30.0, 1200), ZoomController::MaxZoom);
        // Fit: the tighter direction wins, the cap holds, margins count.
        QCOMPARE(ZoomController::fit(QSizeF(1000, 800), QSizeF(880, 480), 40, 32), 0.5);
        QCOMPARE(ZoomController::fit(QSizeF(100, 100), QSizeF(880, 480), 40, 1.0), 1.0);

        ZoomController zoom;
        QVERIFY(zoom.isFitMode());
        QVERIFY(zoom.setFactor(2.0));
        QVERIFY(!zoom.setFactor(2.0));
        QVERIFY(zoom.setFactor(100.0));
        QCOMPARE(zoom.factor(), ZoomController::MaxZoom);
        zoom.leaveFitMode();
        QVERIFY(!zoom.isFitMode());
        zoom.enterFitMode(ZoomController::MaxZoom);
        QVERIFY(zoom.isFitMode());
        QCOMPARE(zoom.fitCap(), ZoomController::MaxZoom);
    }

    void gestureClickPanAndDrag()
    {
        CanvasGesture g;
        // A press and release without moving is a click.
        g.pressBackground(QPointF(10, 10));
        QCOMPARE(g.move(QPointF(11, 11), {}, 4).action, CanvasGesture::Move::Action::Wait);
        QCOMPARE(g.release(true), CanvasGesture::Release::Click);
        QCOMPARE(g.kind(), CanvasGesture::Kind::None);

        // Far enough, it pans, in whole pixels, the rest carried over.
        g.pressBackground(QPointF(10, 10));
        CanvasGesture::Move m = g.move(QPointF(20.6, 10), {}, 4);
        QCOMPARE(m.action, CanvasGesture::Move::Action::Pan);
        QVERIFY(m.started);
        QCOMPARE(m.panBy, QPoint(11, 0));
        m = g.move(QPointF(21, 10), {}, 4);
        QVERIFY(!m.started);
        QCOMPARE(m.panBy, QPoint(0, 0));
        QCOMPARE(g.release(true), CanvasGesture::Release::EndPan);

        // A pin keeps its offset from the press while dragged.
        g.pressPin(QPointF(100, 100), QStringLiteral("m"), QPointF(50, 60), QPointF(52, 55));
        QVERIFY(g.holds(QStringLiteral("m")));
        m = g.move(QPointF(120, 100), QPointF(72, 55), 4);
        QCOMPARE(m.action, CanvasGesture::Move::Action::Drag);
        QCOMPARE(m.dragTo, QPointF(70, 60));
        QCOMPARE(g.dragStart(), QPointF(50, 60));
        QCOMPARE(g.release(true), CanvasGesture::Release::Drop);
        QCOMPARE(g.heldPin(), QStringLiteral("m")); // still readable after release
        g.cancel();
        QVERIFY(!g.holdsPin());

        // A pressed pin released in place moves nothing.
        g.pressPin(QPointF(100, 100), QStringLiteral("m"), QPointF(50, 60), QPointF(52, 55));
        QCOMPARE(g.release(true), CanvasGesture::Release::Nothing);
        // The middle button pans at once; its release is never a click.
        g.beginPan(QPointF(0, 0));
        QVERIFY(g.isPanning());
        QCOMPARE(g.release(false), CanvasGesture::Release::EndPan);
    }

    void composerSitsBesideThePin()
    {
        const QRect area(0, 0, 800, 600);
        const QSize size(200, 100);
        // Right of the pin when it fits...
        QCOMPARE(composerGeometry(QPointF(100, 300), size, area), QRect(118, 270, 200, 100));
        // ...else left of it, and never off the top or bottom.
        QCOMPARE(composerGeometry(QPointF(700, 10), size, area), QRect(482, 0, 200, 100));
        QVERIFY(composerGeometry(QPointF(100, 590), size, area).bottom() <= area.bottom());
        QVERIFY(composerGeometry(QPointF(100, 590), size, area).bottom() >= area.bottom() - 1);
    }

    void coverageMaskFindsWhatShows()
    {
        std::vector<quint64> bits;
        CoverageMask mask(bits, QRect(0, 0, 200, 10));
        const std::vector<PinSpan> rows(4, PinSpan { -5, 5 });
        QCOMPARE(mask.uncovered(100, 2, rows), QRect(QPoint(95, 2), QPoint(105, 5)));
        mask.cover(100, 2, rows);
        QVERIFY(mask.uncovered(100, 2, rows).isEmpty());
        // Half covered: only the open half shows; across a 64-bit word too.
        QCOMPARE(mask.uncovered(108, 2, rows), QRect(QPoint(106, 2), QPoint(113, 5)));
        QCOMPARE(mask.uncovered(60, 0, rows), QRect(QPoint(55, 0), QPoint(65, 3)));
        // Empty rows and rows outside the area show nothing.
        QVERIFY(mask.uncovered(10, 0, std::vector<PinSpan>(3, PinSpan { 1, 0 })).isEmpty());
        QVERIFY(mask.uncovered(10, 20, rows).isEmpty());
    }

    void pinLayerOrdersNumbersAndHits()
    {
        QGraphicsScene scene;
        PinCache cache;
        PinLayer pins(&scene, &cache);
        MarkerItem *late = pins.make(QStringLiteral("c"), 3000, QPointF(100, 100));
        pins.insert(late);
        MarkerItem *early = pins.make(QStringLiteral("a"), 1000, QPointF(100, 100));
        pins.insert(early);
        MarkerItem *middle = pins.make(QStringLiteral("b"), 2000, QPointF(300, 100));
        pins.insert(middle);
        QCOMPARE(early->number(), 1);
        QCOMPARE(middle->number(), 2);
        QCOMPARE(late->number(), 3);
        // Newer above older.
        QVERIFY(late->zValue() > early->zValue());

        // On the same place, the hit is the top one; selected goes above.
        const QTransform identity;
        const QPointF badge(100, 100 - 19);
        QCOMPARE(pins.pinAt(badge, identity), late);
        QVERIFY(pins.select(QStringLiteral("a")));
        QVERIFY(!pins.select(QStringLiteral("a")));
        QCOMPARE(pins.pinAt(badge, identity), early);
        QVERIFY(early->zValue() > late->zValue());
        QCOMPARE(pins.pinAt(QPointF(500, 500), identity), nullptr);

        // A new time moves the number; removing closes the gap.
        pins.setCreatedAt(late, 500);
        QCOMPARE(late->number(), 1);
        QCOMPARE(early->number(), 2);
        QVERIFY(pins.remove(QStringLiteral("a")));
        QVERIFY(!pins.remove(QStringLiteral("a")));
        QCOMPARE(pins.selectedId(), QString());
        QCOMPARE(middle->number(), 2);
        QCOMPARE(scene.items().size(), 2);

        // Clipping applies to one paint only: endPaint lifts it. (Piled up
        // on one spot the pins would be a bubble: clustering off.)
        pins.setClustering(false);
        for (int i = 0; i < int(PinLayer::CoverageThreshold); ++i) {
            MarkerItem *pin = pins.make(QStringLiteral("p%1").arg(i, 4, 10, QLatin1Char('0')),
                                        10000 + i, QPointF(200, 200));
            pins.insert(pin);
        }
        pins.clipToWhatShows(QRect(0, 0, 400, 400), identity);
        const MarkerItem *bottom = pins.ordered().at(2); // under 199 others
        const MarkerItem *top = pins.ordered().back();
        QVERIFY(bottom->paintClip() && top->paintClip());
        // The top one shows whole.
        QVERIFY(
            top->paintClip()->contains(top->boundingRect().toAlignedRect().adjusted(1, 1, -1, -1)));
        pins.endPaint();
        QVERIFY(!bottom->paintClip() && !top->paintClip());

        // With clustering they are one bubble, hidden pins are not hit, and
        // the selected pin stays out of it.
        pins.setClustering(true);
        QCOMPARE(pins.clusters().size(), size_t(1));
        QVERIFY(top->isInCluster() && !top->isVisible());
        QVERIFY(pins.hitAt(QPointF(200, 200), identity).cluster);
        QVERIFY(pins.select(top->id()));
        QVERIFY(!top->isInCluster() && top->isVisible());
        QCOMPARE(pins.pinAt(QPointF(200, 200 - 19), identity), top);
    }
};

QTEST_MAIN(TestCanvasParts)
#include "tst_canvasparts.moc"
