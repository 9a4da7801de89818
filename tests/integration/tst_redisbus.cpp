// The bus across nodes: two RedisBus instances ("nodes") on one real
// redis-server. Local delivery at once, remote delivery to subscribed nodes
// only, own echo dropped, order kept, garbage on the channel dropped, and an
// outage survived: both nodes notice, keep delivering locally, reconnect by
// themselves, resubscribe and say resumed().
#include "busfactory.h"
#include "redisbus.h"
#include "redisprocess.h"
#include "testserver.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ImageChat;
using namespace ImageChat::Test;

namespace {

QString roomOf(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).toString();
}
qint64 seqOf(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(1).toLongLong();
}
QByteArray messageOf(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(2).toByteArray();
}

bool subscribeAndWait(RedisBus &bus, const QString &room)
{
    bus.subscribe(room);
    return waitUntil([&] { return bus.isSubscribed(room); });
}

} // namespace

class TestRedisBus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void payloadRoundTrip();
    void publishDeliversLocallyAtOnce();
    void deliversToSubscribedNode_data();
    void deliversToSubscribedNode();
    void unsubscribedNodeGetsNothing();
    void ownMessageNotDeliveredTwice();
    void unsubscribeStopsDelivery();
    void orderPreserved();
    void malformedPayloadsDropped();
    void outageAndRecovery();
    void stalledRedisIsNoticed();
    void startsWhileRedisDown();
    void destroyedCleanly();
    void openBusSpecs_data();
    void openBusSpecs();

private:
    bool bothConnected() const { return m_a->isConnected() && m_b->isConnected(); }

    RedisProcess m_redis;
    std::unique_ptr<RedisBus> m_a;
    std::unique_ptr<RedisBus> m_b;
};

void TestRedisBus::initTestCase()
{
    QVERIFY2(m_redis.start(), m_redis.diagnostics().constData());
}

void TestRedisBus::init()
{
    if (!m_redis.isRunning())
        QVERIFY2(m_redis.start(), m_redis.diagnostics().constData());
    m_a = std::make_unique<RedisBus>(QStringLiteral("127.0.0.1"), m_redis.port());
    m_b = std::make_unique<RedisBus>(QStringLiteral("127.0.0.1"), m_redis.port());
    QVERIFY(m_a->nodeId() != m_b->nodeId());
    QVERIFY(waitUntil([&] { return bothConnected(); }));
}

void TestRedisBus::cleanup()
{
    m_b.reset();
    m_a.reset();
}

void TestRedisBus::payloadRoundTrip()
{
    const QByteArray message = QStringLiteral("{\"t\":\"Grüße 🎨\"}").toUtf8();
    const QByteArray payload = RedisBus::encodePayload("0123456789abcdef", -3, message);
    QCOMPARE(payload, QByteArray("IC1 0123456789abcdef -3\n") + message);
    const auto decoded = RedisBus::decodePayload(payload);
    QVERIFY(decoded);
    QCOMPARE(decoded->node, QByteArray("0123456789abcdef"));
    QCOMPARE(decoded->seq, qint64(-3));
    QCOMPARE(decoded->message, message);
    // A newline in the message is the message's: only the first ends the header.
    QCOMPARE(RedisBus::decodePayload(RedisBus::encodePayload("n", 1, "a\nb"))->message,
             QByteArray("a\nb"));
}

void TestRedisBus::publishDeliversLocallyAtOnce()
{
    QSignalSpy delivered(m_a.get(), &Bus::delivered);
    m_a->publish(QStringLiteral("room"), 7, "{\"op\":1}");
    // Before publish returned, not after a round trip through Redis.
    QCOMPARE(delivered.count(), 1);
    QCOMPARE(roomOf(delivered, 0), QStringLiteral("room"));
    QCOMPARE(seqOf(delivered, 0), qint64(7));
    QCOMPARE(messageOf(delivered, 0), QByteArray("{\"op\":1}"));
}

void TestRedisBus::deliversToSubscribedNode_data()
{
    QTest::addColumn<QString>("room");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("ascii") << QStringLiteral("r1") << QByteArray("{\"op\":\"add\"}");
    QTest::newRow("non-ascii") << QStringLiteral(
        "Zimmer ä") << QStringLiteral("{\"text\":\"Grüße, Ελληνικά, Türkçe, ção 🎨\"}").toUtf8();
    QByteArray large = "{\"blob\":\"";
    while (large.size() < 100 * 1024)
        large += "0123456789abcdefghijklmnopqrstuvwxyz";
    large += "\"}";
    QTest::newRow("100 KiB") << QStringLiteral("r3") << large;
}

void TestRedisBus::deliversToSubscribedNode()
{
    QFETCH(QString, room);
    QFETCH(QByteArray, message);
    QVERIFY(subscribeAndWait(*m_b, room));
    QSignalSpy onB(m_b.get(), &Bus::delivered);
    m_a->publish(room, 42, message);
    QTRY_COMPARE(onB.count(), 1);
    QCOMPARE(roomOf(onB, 0), room);
    QCOMPARE(seqOf(onB, 0), qint64(42));
    QCOMPARE(messageOf(onB, 0), message);
}

void TestRedisBus::unsubscribedNodeGetsNothing()
{
    QVERIFY(subscribeAndWait(*m_b, QStringLiteral("barrier")));
    QSignalSpy onB(m_b.get(), &Bus::delivered);
    m_a->publish(QStringLiteral("elsewhere"), 1, "{}");
    // Published after, on the same connection: once it is here, the first
    // would have been too.
    m_a->publish(QStringLiteral("barrier"), 2, "{}");
    QTRY_COMPARE(onB.count(), 1);
    QCOMPARE(roomOf(onB, 0), QStringLiteral("barrier"));
    QCOMPARE(m_redis.subscribers(RedisBus::channelFor(QStringLiteral("elsewhere"))), qint64(0));
}

void TestRedisBus::ownMessageNotDeliveredTwice()
{
    const QString room = QStringLiteral("both");
    QVERIFY(subscribeAndWait(*m_a, room));
    QVERIFY(subscribeAndWait(*m_b, room));
    QSignalSpy onA(m_a.get(), &Bus::delivered);
    QSignalSpy onB(m_b.get(), &Bus::delivered);
    m_a->publish(room, 1, "{\"from\":\"a\"}");
    QCOMPARE(onA.count(), 1);
    // B has it, so Redis has sent it to A's subscriber connection too, ahead
    // of anything published later.
    QTRY_COMPARE(onB.count(), 1);
    m_b->publish(room, 2, "{\"from\":\"b\"}");
    QTRY_COMPARE(onA.count(), 2);
    QCOMPARE(seqOf(onA, 1), qint64(2));
    QCOMPARE(messageOf(onA, 1), QByteArray("{\"from\":\"b\"}"));
    QCOMPARE(onB.count(), 2); // B's own, locally
}

void TestRedisBus::unsubscribeStopsDelivery()
{
    const QString room = QStringLiteral("leaving");
    const QString barrier = QStringLiteral("staying");
    QVERIFY(subscribeAndWait(*m_b, room));
    QVERIFY(subscribeAndWait(*m_b, barrier));
    QSignalSpy onB(m_b.get(), &Bus::delivered);
    m_a->publish(room, 1, "{}");
    QTRY_COMPARE(onB.count(), 1);

    m_b->unsubscribe(room);
    QVERIFY(!m_b->isSubscribed(room));
    // Redis itself no longer sends it to B, not just B ignoring it.
    QTRY_COMPARE(m_redis.subscribers(RedisBus::channelFor(room)), qint64(0));
    m_a->publish(room, 2, "{}");
    m_a->publish(barrier, 3, "{}");
    QTRY_COMPARE(onB.count(), 2);
    QCOMPARE(roomOf(onB, 1), barrier);
    QCOMPARE(seqOf(onB, 1), qint64(3));
    // Subscribing again works on the same connection.
    QVERIFY(subscribeAndWait(*m_b, room));
    m_a->publish(room, 4, "{}");
    QTRY_COMPARE(onB.count(), 3);
    QCOMPARE(seqOf(onB, 2), qint64(4));
}

void TestRedisBus::orderPreserved()
{
    const QString room = QStringLiteral("busy");
    QVERIFY(subscribeAndWait(*m_b, room));
    QSignalSpy onB(m_b.get(), &Bus::delivered);
    constexpr int count = 2000;
    for (int i = 1; i <= count; ++i)
        m_a->publish(room, i, "{\"n\":" + QByteArray::number(i) + "}");
    QVERIFY(waitUntil([&] { return onB.count() >= count; }));
    QCOMPARE(onB.count(), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(seqOf(onB, i), qint64(i + 1));
        QCOMPARE(messageOf(onB, i), "{\"n\":" + QByteArray::number(i + 1) + "}");
    }
}

void TestRedisBus::malformedPayloadsDropped()
{
    const QString room = QStringLiteral("noisy");
    const QByteArray channel = RedisBus::channelFor(room);
    QVERIFY(subscribeAndWait(*m_b, room));
    QSignalSpy onB(m_b.get(), &Bus::delivered);
    const QList<QByteArray> garbage = {
        "",
        "hello",
        "IC1 ",
        "IC1 0123456789abcdef 5", // no end of header
        "IC1 0123456789abcdef\n{}", // no seq
        "IC1 0123456789abcdef x5\n{}", // seq not a number
        "IC1 0123456789abcdef 5 6\n{}", // two seqs
        "IC1  5\n{}", // no node
        "IC2 0123456789abcdef 5\n{}", // another format
        "IC1 0123456789abcdef 5\n\xff\xfe{}", // not UTF-8
        "IC1 " + QByteArray(100, 'a') + " 5\n{}", // header too long
    };
    for (const QByteArray &payload : garbage) {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("malformed")));
        QCOMPARE(m_redis.publish(channel, payload), qint64(1));
    }
    // Another node's well-formed message, after the garbage: B is still
    // there, and dropped only the garbage.
    const QByteArray good = RedisBus::encodePayload("feedfacefeedface", 99, "{\"ok\":true}");
    QCOMPARE(m_redis.publish(channel, good), qint64(1));
    QTRY_COMPARE(onB.count(), 1);
    QCOMPARE(seqOf(onB, 0), qint64(99));
    QCOMPARE(messageOf(onB, 0), QByteArray("{\"ok\":true}"));
    QVERIFY(m_b->isConnected());
}

void TestRedisBus::outageAndRecovery()
{
    const QString room = QStringLiteral("through");
    QVERIFY(subscribeAndWait(*m_a, room));
    QVERIFY(subscribeAndWait(*m_b, room));
    QSignalSpy aChanged(m_a.get(), &Bus::connectedChanged);
    QSignalSpy bChanged(m_b.get(), &Bus::connectedChanged);
    QSignalSpy aResumed(m_a.get(), &Bus::resumed);
    QSignalSpy bResumed(m_b.get(), &Bus::resumed);
    QSignalSpy onA(m_a.get(), &Bus::delivered);
    QSignalSpy onB(m_b.get(), &Bus::delivered);

    m_redis.stop();
    QVERIFY(waitUntil([&] { return !m_a->isConnected() && !m_b->isConnected(); }));
    QCOMPARE(aChanged.count(), 1);
    QCOMPARE(aChanged.at(0).at(0).toBool(), false);
    QCOMPARE(bChanged.count(), 1);

    // This node's own clients are still served.
    m_a->publish(room, 10, "{\"during\":1}");
    QCOMPARE(onA.count(), 1);
    QCOMPARE(seqOf(onA, 0), qint64(10));

    // It keeps trying, and says so once, not at every attempt.
    const int attempts = m_a->connectAttempts();
    QVERIFY(waitUntil([&] { return m_a->connectAttempts() >= attempts + 4; }));
    QCOMPARE(aChanged.count(), 1);
    QCOMPARE(aResumed.count(), 0);

    QVERIFY2(m_redis.start(), m_redis.diagnostics().constData());
    // Back by themselves; connected only once the subscriptions are confirmed.
    QVERIFY(waitUntil([&] { return bothConnected(); }));
    QVERIFY(m_a->isSubscribed(room));
    QVERIFY(m_b->isSubscribed(room));
    QCOMPARE(aChanged.count(), 2);
    QCOMPARE(aChanged.at(1).at(0).toBool(), true);
    QCOMPARE(bChanged.count(), 2);
    QCOMPARE(aResumed.count(), 1);
    QCOMPARE(bResumed.count(), 1);
    QCOMPARE(m_redis.subscribers(RedisBus::channelFor(room)), qint64(2));

    // The event published during the outage is lost to B (at most once);
    // new ones arrive without anyone calling subscribe() again.
    QCOMPARE(onB.count(), 0);
    m_a->publish(room, 11, "{\"after\":1}");
    QTRY_COMPARE(onB.count(), 1);
    QCOMPARE(seqOf(onB, 0), qint64(11));
    m_b->publish(room, 12, "{\"after\":2}");
    QTRY_COMPARE(onA.count(), 3);
    QCOMPARE(seqOf(onA, 2), qint64(12));
}

void TestRedisBus::stalledRedisIsNoticed()
{
    // Nothing is closed when Redis stalls or the network between is cut:
    // only the heartbeat's missing return tells.
    const QString room = QStringLiteral("stalled");
    m_a->setHeartbeat(100, 500);
    QVERIFY(subscribeAndWait(*m_a, room));
    QVERIFY(subscribeAndWait(*m_b, room));
    QSignalSpy aResumed(m_a.get(), &Bus::resumed);

    m_redis.pause();
    QVERIFY(waitUntil([&] { return !m_a->isConnected(); }, 5000));

    m_redis.resume();
    QVERIFY(waitUntil([&] { return m_a->isConnected(); }, 10000));
    QVERIFY(waitUntil([&] { return aResumed.count() == 1; }));
    QVERIFY(m_a->isSubscribed(room));
    QSignalSpy onA(m_a.get(), &Bus::delivered);
    m_b->publish(room, 1, "{\"after\":1}");
    QTRY_COMPARE(onA.count(), 1);
}

void TestRedisBus::startsWhileRedisDown()
{
    m_redis.stop();
    QString error;
    std::unique_ptr<Bus> bus = openBus(m_redis.url(), &error);
    QVERIFY2(bus, qPrintable(error));
    auto *node = qobject_cast<RedisBus *>(bus.get());
    QVERIFY(node);
    QVERIFY(!node->isConnected());
    QSignalSpy changed(node, &Bus::connectedChanged);
    QSignalSpy resumed(node, &Bus::resumed);
    QSignalSpy delivered(node, &Bus::delivered);
    node->subscribe(QStringLiteral("late"));
    node->publish(QStringLiteral("late"), 1, "{}");
    QCOMPARE(delivered.count(), 1);
    // Still down after some attempts, and quiet about it (it never was up).
    QVERIFY(waitUntil([&] { return node->connectAttempts() >= 4; }));
    QCOMPARE(changed.count(), 0);

    QVERIFY2(m_redis.start(), m_redis.diagnostics().constData());
    QVERIFY(waitUntil([&] { return node->isConnected() && m_a->isConnected(); }));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toBool(), true);
    QCOMPARE(resumed.count(), 1);
    QVERIFY(node->isSubscribed(QStringLiteral("late")));
    m_a->publish(QStringLiteral("late"), 2, "{}");
    QTRY_COMPARE(delivered.count(), 2);
    QCOMPARE(seqOf(delivered, 1), qint64(2));
}

void TestRedisBus::destroyedCleanly()
{
    // While its connections are still being made.
    {
        RedisBus early(QStringLiteral("127.0.0.1"), m_redis.port());
        early.subscribe(QStringLiteral("x"));
    }
    // With subscriptions confirmed and publishes still in its buffer.
    {
        RedisBus busy(QStringLiteral("127.0.0.1"), m_redis.port());
        QVERIFY(waitUntil([&] { return busy.isConnected(); }));
        QVERIFY(subscribeAndWait(busy, QStringLiteral("x")));
        busy.subscribe(QStringLiteral("y"));
        for (int i = 0; i < 50; ++i)
            busy.publish(QStringLiteral("x"), i, "{}");
    }
    // From a slot of its own delivered(), that is inside a hiredis callback,
    // where hiredis defers freeing the context until the callback returns.
    QVERIFY(subscribeAndWait(*m_b, QStringLiteral("x")));
    bool destroyed = false;
    connect(m_b.get(), &Bus::delivered, this, [&] {
        m_b.reset();
        destroyed = true;
    });
    m_a->publish(QStringLiteral("x"), 1, "{}");
    QVERIFY(waitUntil([&] { return destroyed; }));
    // And Redis saw B's connections go.
    QTRY_COMPARE(m_redis.subscribers(RedisBus::channelFor(QStringLiteral("x"))), qint64(0));
    // The other node goes on.
    QVERIFY(subscribeAndWait(*m_a, QStringLiteral("x")));
    QVERIFY(m_a->isConnected());
}

void TestRedisBus::openBusSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("kind"); // LocalBus, RedisBus, or empty for an error
    QTest::newRow("empty") << QString() << QStringLiteral("LocalBus");
    QTest::newRow("blank") << QStringLiteral("  ") << QStringLiteral("LocalBus");
    QTest::newRow("ip") << m_redis.url() << QStringLiteral("RedisBus");
    QTest::newRow("name") << QStringLiteral("redis://localhost:%1").arg(m_redis.port())
                          << QStringLiteral("RedisBus");
    QTest::newRow("no host") << QStringLiteral("redis://") << QString();
    QTest::newRow("no port") << QStringLiteral("redis://localhost") << QString();
    QTest::newRow("port 0") << QStringLiteral("redis://localhost:0") << QString();
    QTest::newRow("port too big") << QStringLiteral("redis://localhost:99999") << QString();
    QTest::newRow("port not a number") << QStringLiteral("redis://localhost:abc") << QString();
    QTest::newRow("other scheme") << QStringLiteral("http://localhost:6379") << QString();
    QTest::newRow("no scheme") << QStringLiteral("localhost:6379") << QString();
    QTest::newRow("database") << QStringLiteral("redis://localhost:6379/2") << QString();
    QTest::newRow("password") << QStringLiteral("redis://u:p@localhost:6379") << QString();
    QTest::newRow("garbage") << QStringLiteral("§$%&") << QString();
}

void TestRedisBus::openBusSpecs()
{
    QFETCH(QString, spec);
    QFETCH(QString, kind);
    QString error;
    std::unique_ptr<Bus> bus = openBus(spec, &error);
    if (kind.isEmpty()) {
        QVERIFY(!bus);
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("redis://HOST:PORT")), qPrintable(error));
        QVERIFY2(error.contains(spec.trimmed()), qPrintable(error));
        return;
    }
    QVERIFY2(bus, qPrintable(error));
    QCOMPARE(QString::fromLatin1(bus->metaObject()->className()),
             QStringLiteral("ImageChat::") + kind);
    if (kind == QLatin1String("RedisBus"))
        QVERIFY(waitUntil([&] { return bus->isConnected(); }));
}

QTEST_GUILESS_MAIN(TestRedisBus)
#include "tst_redisbus.moc"
