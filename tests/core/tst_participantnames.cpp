// Names for "deleted by …": learnt from comments, kept after they are gone.
#include "participantnames.h"

#include <QTest>

using namespace ImageChat;

class TestParticipantNames : public QObject
{
    Q_OBJECT

private:
    static Event event(const Operation &op, const QString &author, const QString &name, qint64 seq,
                       qint64 at)
    {
        return Event { op, seq, at, author, name };
    }

private slots:
    void namesOutliveTheirComments()
    {
        RoomModel model;
        ParticipantNames names(&model);
        const Operation create = Operation::createMarker(0.5, 0.5, QStringLiteral("hi"));
        QVERIFY(!model.applyConfirmed(
            event(create, QStringLiteral("ana"), QStringLiteral("Ana"), 1, 10)));
        QCOMPARE(names.nameOf(QStringLiteral("ana")), QStringLiteral("Ana"));
        QVERIFY(names.nameOf(QStringLiteral("bo")).isEmpty());

        // Ana deletes the only marker she wrote in: she is still Ana.
        QVERIFY(!model.applyConfirmed(
            event(Operation::deleteMarker(create.marker), QStringLiteral("ana"), {}, 2, 20)));
        QVERIFY(!model.conversation(create.marker));
        QCOMPARE(names.nameOf(QStringLiteral("ana")), QStringLiteral("Ana"));
    }

    void newestNameWins()
    {
        RoomModel model;
        ParticipantNames names(&model);
        const Operation create = Operation::createMarker(0.5, 0.5, QStringLiteral("hi"));
        QVERIFY(!model.applyConfirmed(
            event(create, QStringLiteral("ana"), QStringLiteral("Ana"), 1, 10)));
        QVERIFY(!model.applyConfirmed(
            event(Operation::addComment(create.marker, QStringLiteral("again")),
                  QStringLiteral("ana"), QStringLiteral("Ana B."), 2, 20)));
        QCOMPARE(names.nameOf(QStringLiteral("ana")), QStringLiteral("Ana B."));
    }

    void learnsFromSnapshots()
    {
        RoomModel model;
        RoomState snapshot;
        QVERIFY(!snapshot.apply(event(Operation::createMarker(0.1, 0.1, QStringLiteral("x")),
                                      QStringLiteral("bo"), QStringLiteral("Bo"), 1, 10)));
        // One made before the snapshot arrives (told by the reset), one after.
        ParticipantNames early(&model);
        model.reset(snapshot, QStringLiteral("epoch"), 1);
        ParticipantNames late(&model);
        QCOMPARE(early.nameOf(QStringLiteral("bo")), QStringLiteral("Bo"));
        QCOMPARE(late.nameOf(QStringLiteral("bo")), QStringLiteral("Bo"));
    }
};

QTEST_GUILESS_MAIN(TestParticipantNames)
#include "tst_participantnames.moc"
