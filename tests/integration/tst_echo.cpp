// S4, S5: the originator sees its change at once and applies it exactly once;
// the echo of its own broadcastId is not taken for someone else's change.
#include "testserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace ImageChat;
using namespace ImageChat::Test;

class TestEcho : public QObject
{
    Q_OBJECT

private slots:
    void originatorAppliesItsChangeOnce()
    {
        TestServer server;
        const RoomLink link = server.createRoom();
        TestClient me(link);
        TestClient other(link);
        QVERIFY(me.connectAndWait());
        QVERIFY(other.connectAndWait());
        QSignalSpy myRemote(&me.sync, &SyncService::remoteEventApplied);
        QSignalSpy myConfirmed(&me.sync, &SyncService::operationConfirmed);
        QSignalSpy myEchoes(&me.sync, &SyncService::messageReceived);
        QSignalSpy otherRemote(&other.sync, &SyncService::remoteEventApplied);
        QSignalSpy added(&me.model, &RoomModel::conversationAdded);

        const Operation create = Operation::createMarker(0.2, 0.3, QStringLiteral("mine"));
        QVERIFY(me.sync.submit(create).sent);
        // Optimistic (S5): visible before any round trip.
        QVERIFY(me.model.conversation(create.marker));
        QCOMPARE(added.size(), 1);

        const QList<Operation> updates { Operation::addComment(create.marker,
                                                               QStringLiteral("more")),
                                         Operation::moveMarker(create.marker, 0.7, 0.7),
                                         Operation::setResolved(create.marker, true) };
        for (const Operation &op : updates)
            QVERIFY(me.sync.submit(op).sent);

        QTRY_COMPARE(otherRemote.size(), 4);
        // My own echoes did arrive...
        QTRY_COMPARE(
            std::count_if(
                myEchoes.cbegin(), myEchoes.cend(),
                [](const QList<QVariant> &args) {
                    return Protocol::isBroadcastType(
                        args.at(0).toJsonObject().value(QStringLiteral("type")).toString());
                }),
            4);
        QTRY_VERIFY(me.model.pending().isEmpty());
        // ...and none of them was applied as someone else's change.
        QCOMPARE(myRemote.size(), 0);
        QCOMPARE(myConfirmed.size(), 4);
        QCOMPARE(added.size(), 1);
        const Conversation *mine = me.model.conversation(create.marker);
        QCOMPARE(mine->comments.size(), 2);
        QCOMPARE(mine->x, 0.7);
        QVERIFY(mine->resolved);
        QCOMPARE(me.model.confirmedState().toJson(), other.model.confirmedState().toJson());
        QCOMPARE(me.model.seq(), 4);
    }
};

QTEST_GUILESS_MAIN(TestEcho)
#include "tst_echo.moc"
