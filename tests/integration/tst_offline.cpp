// S13, S14: while not connected an operation fails at once, keeps what was
// typed, and is never sent later, even when the connection comes back.
#include "blackholeproxy.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace ImageChat;
using namespace ImageChat::Test;

class TestOffline : public QObject
{
    Q_OBJECT

private slots:
    void operationWhileDisconnectedFailsAndIsNotSentLater()
    {
        TestServer server;
        const RoomLink link = server.createRoom();
        TestClient me(link);
        QVERIFY(me.connectAndWait());
        const Operation existing = Operation::createMarker(0.3, 0.3, QStringLiteral("before"));
        QVERIFY(me.submitAndWait(existing));

        server.stop();
        QTRY_VERIFY(me.sync.state() != SyncService::State::Live);
        // Existing markers stay viewable.
        QVERIFY(me.model.conversation(existing.marker));

        const Operation typed =
            Operation::createMarker(0.6, 0.6, QStringLiteral("typed while offline"));
        const SyncService::Submission result = me.sync.submit(typed);
        QVERIFY(!result.sent);
        QCOMPARE(result.error.code, ErrorCode::Offline);
        QVERIFY(!result.error.message.isEmpty());
        QCOMPARE(result.operation.text, QStringLiteral("typed while offline"));
        QVERIFY(!me.model.conversation(typed.marker));
        QVERIFY(me.model.pending().isEmpty());

        server.start();
        QTRY_COMPARE_WITH_TIMEOUT(me.sync.state(), SyncService::State::Live, 10000);
        const QJsonArray state = serverState(link);
        QCOMPARE(state.size(), 1);
        QVERIFY(!me.model.conversation(typed.marker));
        // Retrying by hand once live works.
        QVERIFY(me.submitAndWait(result.operation));
        QCOMPARE(serverState(link).size(), 2);
    }

    void sentButUnconfirmedFailsAfterReconnect()
    {
        TestServer server;
        const RoomLink link = server.createRoom();
        TestClient me(link);
        QVERIFY(me.connectAndWait());
        QSignalSpy failed(&me.sync, &SyncService::operationFailed);

        // Submitted, and the server goes away in the same turn of the event
        // loop, before the frame leaves the client: the outcome is unknown
        // to the client until it reconnects.
        const Operation op = Operation::createMarker(0.4, 0.4, QStringLiteral("lost in transit"));
        QVERIFY(me.sync.submit(op).sent);
        server.stop();
        server.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(failed.at(0).at(1).value<OpError>().code, ErrorCode::ConnectionLost);
        QCOMPARE(failed.at(0).at(0).value<Operation>().text, QStringLiteral("lost in transit"));
        QVERIFY(!me.model.conversation(op.marker));
        QCOMPARE(serverState(link).size(), 0);
    }

    void heartbeatFindsADeadConnection()
    {
        // A connection that goes silent (the network drops packets, the
        // server host froze) is noticed by the missing pong, not by TCP.
        TestServer server;
        const RoomLink direct = server.createRoom();
        BlackHoleProxy proxy(direct.server.port);
        RoomLink link = direct;
        link.server.port = proxy.port();
        TestClient me(link);
        QVERIFY(me.connectAndWait());

        proxy.setSilent(true);
        QTRY_VERIFY_WITH_TIMEOUT(me.sync.state() != SyncService::State::Live, 5000);
        proxy.setSilent(false);
        QTRY_COMPARE_WITH_TIMEOUT(me.sync.state(), SyncService::State::Live, 10000);
    }
};

QTEST_GUILESS_MAIN(TestOffline)
#include "tst_offline.moc"
