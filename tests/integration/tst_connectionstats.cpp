// The connection's figures (ConnectionStats) against what a relay between
// the client and a real server saw go over the socket; and S6: when the
// network comes back, the client reconnects at once, not when its backoff
// timer says.
#include "testserver.h"
#include "websocketrelay.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ImageChat;
using namespace ImageChat::Test;

namespace {

// The relay's count of the sync connections (the ones that say hello) must
// equal the client's own, both ways.
bool sameAsRelay(const ConnectionStats *stats, const WebSocketRelay &relay)
{
    const WebSocketRelay::Traffic seen = relay.syncTotal();
    return stats->messagesSent() == seen.messagesUp && stats->bytesSent() == seen.bytesUp
        && stats->messagesReceived() == seen.messagesDown
        && stats->bytesReceived() == seen.bytesDown;
}

// Across an outage: a hello sent into a connection the relay gave up on
// (its server was away) reached no server, so the client may count more
// sent than the relay passed on; what it received must still match.
bool sameAsRelayAcrossOutage(const ConnectionStats *stats, const WebSocketRelay &relay)
{
    const WebSocketRelay::Traffic seen = relay.syncTotal();
    return stats->messagesSent() >= seen.messagesUp && stats->bytesSent() >= seen.bytesUp
        && stats->messagesReceived() == seen.messagesDown
        && stats->bytesReceived() == seen.bytesDown;
}

QByteArray describe(const ConnectionStats *stats, const WebSocketRelay &relay)
{
    const WebSocketRelay::Traffic seen = relay.syncTotal();
    return QStringLiteral("client sent %1 (%2 B) received %3 (%4 B); relay up %5 (%6 B) down "
                          "%7 (%8 B)")
        .arg(stats->messagesSent())
        .arg(stats->bytesSent())
        .arg(stats->messagesReceived())
        .arg(stats->bytesReceived())
        .arg(seen.messagesUp)
        .arg(seen.bytesUp)
        .arg(seen.messagesDown)
        .arg(seen.bytesDown)
        .toUtf8();
}

} // namespace

class TestConnectionStats : public QObject
{
    Q_OBJECT

private slots:
    void figuresMatchWhatWentOverTheSocket()
    {
        TestServer server;
        const RoomLink direct = server.createRoom();
        WebSocketRelay relay(direct.server);
        RoomLink link = direct;
        link.server = relay.address();

        TestClient me(link);
        const ConnectionStats *stats = me.sync.stats();
        QCOMPARE(stats->roundTripUs(), -1);
        QVERIFY(me.connectAndWait());
        // Someone else's changes come in, ours go out.
        TestClient other(direct);
        QVERIFY(other.connectAndWait());
        for (int i = 0; i < 5; ++i) {
            QVERIFY(me.submitAndWait(
                Operation::createMarker(0.1 * (i + 1), 0.5, QStringLiteral("mine %1").arg(i))));
            QVERIFY(other.submitAndWait(
                Operation::createMarker(0.5, 0.1 * (i + 1), QStringLiteral("theirs %1").arg(i))));
        }
        QTRY_COMPARE(me.model.count(), 10);
        QTRY_VERIFY2(sameAsRelay(stats, relay), describe(stats, relay));
        // hello + 5 submissions; welcome, 5 replies, 5 echoes and 5 remote events
        // at most (the server may batch them, so the relay's count is the truth).
        QCOMPARE(stats->messagesSent(), 6);
        QVERIFY2(stats->messagesReceived() >= 2, describe(stats, relay));
        QVERIFY(stats->bytesSent() > 0);
        QVERIFY(stats->bytesReceived() > stats->bytesSent());

        // The first heartbeat goes out as soon as the room is reached.
        QTRY_VERIFY(stats->roundTripUs() >= 0);
        QCOMPARE(stats->reconnects(), 0);
        QVERIFY(stats->lastError().isEmpty());

        // The server restarts: the figures go on across the new connection.
        QSignalSpy changed(stats, &ConnectionStats::changed);
        server.stop();
        QTRY_VERIFY(me.sync.state() != SyncService::State::Live);
        QTRY_VERIFY(!stats->lastError().isEmpty());
        QVERIFY(stats->lastErrorAt().isValid());
        server.start();
        QTRY_COMPARE_WITH_TIMEOUT(me.sync.state(), SyncService::State::Live, 10000);
        QCOMPARE(stats->reconnects(), 1);
        QVERIFY(!changed.isEmpty());
        QVERIFY(me.submitAndWait(Operation::createMarker(0.9, 0.9, QStringLiteral("after"))));
        QTRY_VERIFY2(sameAsRelayAcrossOutage(stats, relay), describe(stats, relay));
        QCOMPARE(relay.connections().size() >= 2, true);
    }

    void networkBackReconnectsAtOnce()
    {
        TestServer server;
        const RoomLink link = server.createRoom();
        TestClient me(link);
        // A backoff far longer than the test may wait: only the network
        // coming back can bring the client back in time.
        SyncService::Timing timing = fastTiming();
        timing.backoffInitialMs = 120000;
        timing.backoffMaxMs = 120000;
        me.sync.setTiming(timing);
        ManualReachability reachability;
        reachability.setStatus(Reachability::Status::Online);
        me.sync.setReachability(&reachability);
        QVERIFY(me.connectAndWait());

        reachability.setStatus(Reachability::Status::Offline);
        server.stop();
        QTRY_COMPARE(me.sync.state(), SyncService::State::WaitingToRetry);
        const qint64 waitMs = me.sync.msUntilRetry();
        QVERIFY2(waitMs > 50000, QByteArray::number(waitMs));
        server.start();
        QSignalSpy states(&me.sync, &SyncService::stateChanged);

        QElapsedTimer clock;
        clock.start();
        reachability.setStatus(Reachability::Status::Online);
        QCOMPARE(states.value(0).value(0).value<SyncService::State>(),
                 SyncService::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(me.sync.state(), SyncService::State::Live, 10000);
        QVERIFY2(clock.elapsed() < waitMs / 4, QByteArray::number(clock.elapsed()));
        QCOMPARE(me.sync.stats()->reconnects(), 1);
    }

    void networkBackDoesNotTouchALiveOrStoppedService()
    {
        TestServer server;
        const RoomLink link = server.createRoom();
        TestClient me(link);
        ManualReachability reachability;
        reachability.setStatus(Reachability::Status::Offline);
        me.sync.setReachability(&reachability);
        // Reconnecting never waits for reachability: offline, it connects all the same.
        QVERIFY(me.connectAndWait());
        QSignalSpy states(&me.sync, &SyncService::stateChanged);
        reachability.setStatus(Reachability::Status::Online);
        QVERIFY(states.isEmpty());
        QCOMPARE(me.sync.state(), SyncService::State::Live);

        me.sync.stop();
        reachability.setStatus(Reachability::Status::Offline);
        reachability.setStatus(Reachability::Status::Unknown);
        QCOMPARE(me.sync.state(), SyncService::State::Disconnected);
    }
};

QTEST_GUILESS_MAIN(TestConnectionStats)
#include "tst_connectionstats.moc"
