// PinClusterer on its own: grid cells in screen space, a cluster from
// minCount pins, regrouping on a new scale only, incremental changes that
// agree with grouping from scratch, and the same answer whatever the order.
#include "pinclusterer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>

using namespace ImageChat;

namespace {

using Key = PinClusterer::Key;

// What a clusterer says, in a form two clusterers can be compared by.
std::map<PinClusterer::Cell, int> summary(const PinClusterer &c)
{
    std::map<PinClusterer::Cell, int> counts;
    for (PinClusterer::Cell cell : c.clusters())
        counts[cell] = c.count(cell);
    return counts;
}

bool reported(const PinClusterer::Changes &changes, Key key)
{
    return std::find(changes.pins.begin(), changes.pins.end(), key) != changes.pins.end();
}

} // namespace

class TestPinClusterer : public QObject
{
    Q_OBJECT

private slots:
    void aCellWithEnoughPinsIsACluster()
    {
        PinClusterer c(48, 3);
        c.insert(1, QPointF(10, 10));
        c.insert(2, QPointF(20, 20));
        QVERIFY(c.clusters().empty());
        QVERIFY(!c.isClustered(1));
        c.insert(3, QPointF(40, 5));
        QCOMPARE(c.clusters().size(), size_t(1));
        const PinClusterer::Cell cell = c.clusters().front();
        QCOMPARE(c.count(cell), 3);
        QVERIFY(c.isClustered(1) && c.isClustered(2) && c.isClustered(3));
        QCOMPARE(c.centre(cell), QPointF(70.0 / 3, 35.0 / 3));
        QCOMPARE(c.bounds(cell), QRectF(QPointF(10, 5), QPointF(40, 20)));
        // The next cell over is another cluster's business.
        c.insert(4, QPointF(50, 10));
        QVERIFY(!c.isClustered(4));
        QCOMPARE(c.count(cell), 3);
        // Off: nothing is clustered.
        c.setEnabled(false);
        QVERIFY(c.clusters().empty());
        QVERIFY(!c.isClustered(1));
        QVERIFY(c.takeChanges().all);
    }

    void theScaleDecidesAndOnlyItRegroups()
    {
        PinClusterer c(48, 3);
        for (Key k = 1; k <= 3; ++k)
            c.insert(k, QPointF(100.0 * k, 100));
        QVERIFY(c.clusters().empty()); // 100 screen pixels apart
        c.takeChanges();
        c.setScale(0.1); // 10 pixels apart: one cell
        QVERIFY(c.takeChanges().all);
        QCOMPARE(c.clusters().size(), size_t(1));
        QVERIFY(c.isClustered(2));
        // The same scale again changes nothing.
        c.setScale(0.1);
        QVERIFY(!c.takeChanges().all);
        // Cells are fixed on the grid, so a position's cell only depends on it
        // and the scale.
        QCOMPARE(c.cellAt(QPointF(100, 100)), c.cellOf(1));
        QVERIFY(c.cellAt(QPointF(480, 0)) != c.cellAt(QPointF(479, 0)));
    }

    void movesAndRemovalsReportWhatChanged()
    {
        PinClusterer c(48, 3);
        c.insert(1, QPointF(5, 5));
        c.insert(2, QPointF(6, 6));
        c.insert(3, QPointF(7, 7));
        PinClusterer::Changes changes = c.takeChanges();
        // The third pin made the cluster: all three go in.
        QVERIFY(reported(changes, 1) && reported(changes, 2) && reported(changes, 3));
        QCOMPARE(changes.cells.size(), size_t(1));

        // Moving one away dissolves it: all three come out.
        c.move(3, QPointF(500, 500));
        changes = c.takeChanges();
        QVERIFY(!changes.all);
        QVERIFY(reported(changes, 1) && reported(changes, 2) && reported(changes, 3));
        QVERIFY(c.clusters().empty());
        QVERIFY(!c.isClustered(1));

        // Back, and one more: a cluster of four; a move inside its cell only
        // moves the bubble.
        c.move(3, QPointF(8, 8));
        c.insert(4, QPointF(9, 9));
        c.takeChanges();
        c.move(4, QPointF(10, 10));
        changes = c.takeChanges();
        QVERIFY(changes.pins.empty());
        QCOMPARE(changes.cells.size(), size_t(1));
        QCOMPARE(c.centre(c.cellOf(1)), QPointF(7.25, 7.25));

        // Removing one leaves three; the removed key is not reported.
        c.remove(4);
        changes = c.takeChanges();
        QVERIFY(!reported(changes, 4));
        QVERIFY(!c.contains(4));
        QCOMPARE(c.count(c.cellOf(1)), 3);
        QVERIFY(c.isClustered(1));
        c.remove(1);
        QVERIFY(!c.isClustered(2));
        QCOMPARE(c.size(), 2);
    }

    void incrementalAgreesWithFromScratchInAnyOrder()
    {
        QRandomGenerator random(3);
        PinClusterer live(48, 3);
        live.setScale(0.25);
        std::map<Key, QPointF> where;
        for (Key k = 1; k <= 3000; ++k) {
            const QPointF p(random.bounded(4000.0), random.bounded(3000.0));
            live.insert(k, p);
            where[k] = p;
        }
        for (int i = 0; i < 5000; ++i) {
            const Key k = Key(random.bounded(1, 3001));
            if (i % 7 == 0 && where.count(k)) {
                live.remove(k);
                where.erase(k);
            } else {
                const QPointF p(random.bounded(4000.0), random.bounded(3000.0));
                live.move(k, p);
                where[k] = p;
            }
        }
        // Fed the end result in reverse order, from scratch.
        PinClusterer scratch(48, 3);
        scratch.setScale(0.25);
        for (auto it = where.rbegin(); it != where.rend(); ++it)
            scratch.insert(it->first, it->second);
        QVERIFY(!live.clusters().empty());
        QCOMPARE(summary(live), summary(scratch));
        for (const auto &[key, pos] : where)
            QCOMPARE(live.isClustered(key), scratch.isClustered(key));
        // And after regrouping at another scale and back.
        live.setScale(1.0);
        live.setScale(0.25);
        QCOMPARE(summary(live), summary(scratch));
        int pins = 0;
        for (const auto &[cell, count] : summary(live))
            pins += count;
        QVERIFY(pins <= int(where.size()));
    }

    void tenThousandPinsStayCheapToChange()
    {
        QRandomGenerator random(5);
        PinClusterer c(48, 3);
        c.setScale(0.24);
        for (Key k = 1; k <= 10000; ++k)
            c.insert(k, QPointF(random.bounded(4000.0), random.bounded(3000.0)));
        c.takeChanges();
        // A move touches its cells only: never everything.
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 10000; ++i) {
            c.move(Key(random.bounded(1, 10001)),
                   QPointF(random.bounded(4000.0), random.bounded(3000.0)));
            const PinClusterer::Changes changes = c.takeChanges();
            QVERIFY(!changes.all);
            QVERIFY(changes.pins.size() <= size_t(2 * c.minCount()));
        }
        // Generous for a busy machine; a regroup per move would take seconds.
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_MAIN(TestPinClusterer)
#include "tst_pinclusterer.moc"
