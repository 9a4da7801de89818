// Presence and typing (protocol.md 5.9): a second client appears within 2 s
// and disappears when it leaves and when its connection dies (found by the
// server's heartbeat); a joiner gets the current list; "typing" reaches the
// others, rate-limited on both sides, and clears; none of it takes a seq.
// Across two nodes on one Redis the same holds, and the people of a node
// that stops saying who it has are forgotten.
#include "blackholeproxy.h"
#include "presence.h"
#include "rawclient.h"
#include "redisbus.h"
#include "redisprocess.h"
#include "testserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ImageChat;
using namespace ImageChat::Test;

namespace {

// A client with its presence, as a window has them.
struct Person
{
    TestClient client;
    Presence presence;

    Person(const RoomLink &link, const QString &name)
        : client(link, {}, name)
        , presence(&client.sync)
    {
        client.sync.setTiming(fastTiming());
    }
    QStringList names() const
    {
        QStringList list;
        for (const Presence::Person &p : presence.people())
            list.append(p.name);
        return list;
    }
};

// The next message of a type, skipping others; nullopt if none came.
std::optional<QJsonObject> nextOfType(RawClient &client, const QString &type, int timeoutMs = 3000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        std::optional<QJsonObject> message = client.next(int(deadline.remainingTime()));
        if (!message)
            return std::nullopt;
        if (message->value(QStringLiteral("type")).toString() == type)
            return message;
    }
    return std::nullopt;
}

QJsonObject typing(const QString &marker, bool stop = false)
{
    QJsonObject message { { QStringLiteral("type"), QStringLiteral("typing") },
                          { QStringLiteral("marker"), marker } };
    if (stop)
        message.insert(QStringLiteral("stop"), true);
    return message;
}

const QString SomeMarker = QStringLiteral("gxzqHPEyDL1fo1Bj");

} // namespace

class TestPresence : public QObject
{
    Q_OBJECT

private slots:
    void appearsAndLeaves()
    {
        TestServer server;
        const RoomLink link = server.createRoom();
        Person ana(link, QStringLiteral("Ana"));
        QVERIFY(ana.client.connectAndWait());
        QCOMPARE(ana.presence.count(), 0);

        auto bob = std::make_unique<Person>(link, QStringLiteral("Bob"));
        QVERIFY(bob->client.connectAndWait());
        QTRY_COMPARE_WITH_TIMEOUT(ana.names(), QStringList { QStringLiteral("Bob") }, 2000);
        // The joiner got the list with the welcome.
        QTRY_COMPARE_WITH_TIMEOUT(bob->names(), QStringList { QStringLiteral("Ana") }, 2000);
        QCOMPARE(ana.presence.people().at(0).user, bob->client.sync.identity().user);
        QCOMPARE(ana.presence.people().at(0).colour,
                 Presence::colourFor(bob->client.sync.identity().user));
        // Ephemeral: nothing stored.
        QCOMPARE(ana.client.model.seq(), 0);

        bob->client.sync.stop();
        QTRY_COMPARE_WITH_TIMEOUT(ana.presence.count(), 0, 2000);
        QCOMPARE(server.store().room(link.room)->seq, 0);
    }

    void twoWindowsOfOnePersonAreOne()
    {
        TestServer server;
        const RoomLink link = server.createRoom();
        Person ana(link, QStringLiteral("Ana"));
        QVERIFY(ana.client.connectAndWait());
        RawClient first;
        first.setShowPresence(true);
        QVERIFY(first.join(link));
        RawClient second;
        second.setShowPresence(true);
        QVERIFY(second.join(link, first.identity()));
        QTRY_COMPARE_WITH_TIMEOUT(ana.presence.count(), 1, 2000);
        second.socket().close();
        QVERIFY(second.waitForDisconnected());
        // Still here in the other window.
        QTest::qWait(300);
        QCOMPARE(ana.presence.count(), 1);
        first.socket().close();
        QTRY_COMPARE_WITH_TIMEOUT(ana.presence.count(), 0, 2000);
    }

    void droppedConnectionDisappearsByHeartbeat()
    {
        ServerOptions options;
        options.heartbeatMs = 1000; // dead after 2.5 to 3.5 s of silence
        TestServer server(options);
        const RoomLink direct = server.createRoom();
        Person ana(direct, QStringLiteral("Ana"));
        QVERIFY(ana.client.connectAndWait());

        BlackHoleProxy proxy(direct.server.port);
        RoomLink viaProxy = direct;
        viaProxy.server.port = proxy.port();
        QJsonObject hello = helloFor(viaProxy);
        hello.insert(QStringLiteral("name"), QStringLiteral("Bob"));
        RawClient bob;
        bob.setShowPresence(true);
        QVERIFY(bob.open(viaProxy.server));
        bob.sendJson(hello);
        QVERIFY(nextOfType(bob, QStringLiteral("welcome")));
        QTRY_COMPARE_WITH_TIMEOUT(ana.names(), QStringList { QStringLiteral("Bob") }, 2000);

        proxy.setSilent(true);
        QTRY_COMPARE_WITH_TIMEOUT(ana.presence.count(), 0, 6000);
    }

    void joinerGetsTheListAndOthersGetJoined()
    {
        TestServer server;
        const RoomLink link = server.createRoom();
        RawClient ana;
        ana.setShowPresence(true);
        QJsonObject hello = helloFor(link);
        hello.insert(QStringLiteral("name"), QStringLiteral("Ana"));
        QVERIFY(ana.open(link.server));
        ana.sendJson(hello);
        QVERIFY(nextOfType(ana, QStringLiteral("welcome")));
        const std::optional<QJsonObject> own = nextOfType(ana, QStringLiteral("presence"));
        QVERIFY(own);
        QCOMPARE(own->value(QStringLiteral("people")).toArray().size(), 1); // herself

        RawClient bob;

        bob.setShowPresence(true);
        QVERIFY(bob.join(link));
        const std::optional<QJsonObject> list = nextOfType(bob, QStringLiteral("presence"));
        QVERIFY(list);
        QCOMPARE(list->value(QStringLiteral("people")).toArray().size(), 2);
        const std::optional<QJsonObject> joined = nextOfType(ana, QStringLiteral("joined"));
        QVERIFY(joined);
        QCOMPARE(joined->value(QStringLiteral("user")).toString(), bob.identity().user);
        QVERIFY(!joined->contains(QStringLiteral("seq")));

        bob.socket().close();
        const std::optional<QJsonObject> left = nextOfType(ana, QStringLiteral("left"));
        QVERIFY(left);
        QCOMPARE(left->value(QStringLiteral("user")).toString(), bob.identity().user);
    }

    void typingShowsAndClears()
    {
        ServerOptions options;
        options.typingIntervalMs = 0; // a second notice right after a stop (typingIsRateLimited)
        TestServer server(options);
        const RoomLink link = server.createRoom();
        Person ana(link, QStringLiteral("Ana"));
        Person bob(link, QStringLiteral("Bob"));
        QVERIFY(ana.client.connectAndWait());
        QVERIFY(bob.client.connectAndWait());
        QTRY_COMPARE_WITH_TIMEOUT(bob.presence.count(), 1, 2000);
        QSignalSpy changed(&bob.presence, &Presence::typingChanged);

        ana.presence.noteTyping(SomeMarker);
        QTRY_COMPARE_WITH_TIMEOUT(bob.presence.typingIn(SomeMarker),
                                  QStringList { QStringLiteral("Ana") }, 2000);
        QCOMPARE(changed.at(0).at(0).toString(), SomeMarker);
        QVERIFY(ana.presence.typingIn(SomeMarker).isEmpty()); // not oneself
        ana.presence.stopTyping();
        QTRY_VERIFY_WITH_TIMEOUT(bob.presence.typingIn(SomeMarker).isEmpty(), 2000);

        // The writer leaves mid-word, without a stop: leaving ends it.
        ana.presence.noteTyping(SomeMarker);
        QTRY_COMPARE_WITH_TIMEOUT(bob.presence.typingIn(SomeMarker).size(), 1, 2000);
        ana.client.sync.stop();
        QTRY_VERIFY_WITH_TIMEOUT(bob.presence.typingIn(SomeMarker).isEmpty(), 2000);
        QCOMPARE(server.store().room(link.room)->seq, 0);
    }

    void typingIsRateLimited()
    {
        // The client: keys typed in a burst make one notice.
        TestServer server;
        const RoomLink link = server.createRoom();
        Person ana(link, QStringLiteral("Ana"));
        QVERIFY(ana.client.connectAndWait());
        const qint64 before = ana.client.sync.stats()->messagesSent();
        for (int i = 0; i < 50; ++i)
            ana.presence.noteTyping(SomeMarker);
        QCOMPARE(ana.client.sync.stats()->messagesSent() - before, 1);

        // The server: of a flood of notices one goes on, and its stop.
        RawClient writer;
        writer.setShowPresence(true);
        QVERIFY(writer.join(link));
        RawClient reader;
        reader.setShowPresence(true);
        QVERIFY(reader.join(link));
        QVERIFY(nextOfType(reader, QStringLiteral("presence")));
        for (int i = 0; i < 20; ++i)
            writer.sendJson(typing(SomeMarker));
        writer.sendJson(typing(SomeMarker, true));
        writer.sendJson(typing(SomeMarker, true));
        const std::optional<QJsonObject> first = nextOfType(reader, QStringLiteral("typing"));
        QVERIFY(first);
        QCOMPARE(first->value(QStringLiteral("user")).toString(), writer.identity().user);
        QCOMPARE(first->value(QStringLiteral("marker")).toString(), SomeMarker);
        QVERIFY(!first->contains(QStringLiteral("stop")));
        const std::optional<QJsonObject> stop = nextOfType(reader, QStringLiteral("typing"));
        QVERIFY(stop);
        QCOMPARE(stop->value(QStringLiteral("stop")).toBool(), true);
        QVERIFY(!nextOfType(reader, QStringLiteral("typing"), 500));
    }

    void badTypingIsRefused()
    {
        TestServer server;
        const RoomLink link = server.createRoom();
        RawClient lobby;
        lobby.setShowPresence(true);
        QVERIFY(lobby.open(link.server));
        lobby.sendJson(typing(SomeMarker));
        std::optional<QJsonObject> reply = lobby.next();
        QVERIFY(reply);
        QCOMPARE(reply->value(QStringLiteral("code")).toString(), QStringLiteral("not-joined"));

        RawClient client;

        client.setShowPresence(true);
        QVERIFY(client.join(link));
        QVERIFY(nextOfType(client, QStringLiteral("presence")));
        client.sendJson(typing(QStringLiteral("not an id")));
        reply = nextOfType(client, QStringLiteral("error"));
        QVERIFY(reply);
        QCOMPARE(reply->value(QStringLiteral("code")).toString(), QStringLiteral("bad-request"));
        QJsonObject badStop = typing(SomeMarker);
        badStop.insert(QStringLiteral("stop"), QStringLiteral("yes"));
        client.sendJson(badStop);
        reply = nextOfType(client, QStringLiteral("error"));
        QVERIFY(reply);
        QCOMPARE(reply->value(QStringLiteral("code")).toString(), QStringLiteral("bad-request"));
    }

    void acrossTwoNodes()
    {
        RedisProcess redis;
        QVERIFY2(redis.start(), redis.diagnostics().constData());
        QTemporaryDir data;
        NodeConfig config;
        config.dataDir = data.path();
        config.bus = redis.url();
        config.server.presenceRefreshMs = 300; // others forget a silent node after 0.9 s
        TestServer one(config);
        TestServer two(config);
        QVERIFY(waitUntil([&] { return one.bus().isConnected() && two.bus().isConnected(); }));
        const RoomLink link = one.createRoom();
        RoomLink viaTwo = link;
        viaTwo.server = two.address();

        Person ana(link, QStringLiteral("Ana"));
        QVERIFY(ana.client.connectAndWait());
        auto bob = std::make_unique<Person>(viaTwo, QStringLiteral("Bob"));
        QVERIFY(bob->client.connectAndWait());
        QTRY_COMPARE_WITH_TIMEOUT(ana.names(), QStringList { QStringLiteral("Bob") }, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(bob->names(), QStringList { QStringLiteral("Ana") }, 2000);

        bob->presence.noteTyping(SomeMarker);
        QTRY_COMPARE_WITH_TIMEOUT(ana.presence.typingIn(SomeMarker),
                                  QStringList { QStringLiteral("Bob") }, 2000);
        bob->presence.stopTyping();
        QTRY_VERIFY_WITH_TIMEOUT(ana.presence.typingIn(SomeMarker).isEmpty(), 2000);

        bob->client.sync.stop();
        QTRY_COMPARE_WITH_TIMEOUT(ana.presence.count(), 0, 2000);

        // A node that dies says nothing: what it said last is forgotten
        // unless it says it again. Here a node that never speaks again.
        const QByteArray ghost =
            R"({"type":"node-presence","people":[{"user":"ghostghostghost1","name":"Ghost"}],"ttl":1000})";
        QVERIFY(redis.publish(RedisBus::channelFor(link.room),
                              RedisBus::encodeTransient("deadnode", ghost))
                > 0);
        QTRY_COMPARE_WITH_TIMEOUT(ana.names(), QStringList { QStringLiteral("Ghost") }, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(ana.presence.count(), 0, 3000);
    }
};

QTEST_GUILESS_MAIN(TestPresence)
#include "tst_presence.moc"
