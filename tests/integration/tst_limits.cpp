// Limits that hold under abuse (docs/protocol.md section 8): a client that
// floods requests, opens too many connections or uploads, or never says
// hello is stopped, and everyone else goes on being served. Real server,
// real WebSockets on loopback (counted like any other address here).

#include "ids.h"
#include "rawclient.h"
#include "testserver.h"
#include "tokenbucket.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace ImageChat;
using namespace ImageChat::Test;

namespace {

QJsonObject lobbyHello()
{
    return { { QStringLiteral("type"), QStringLiteral("hello") },
             { QStringLiteral("version"), Protocol::Version },
             { QStringLiteral("name"), QStringLiteral("uploader") } };
}

QJsonObject createRoomRequest()
{
    return { { QStringLiteral("type"), Protocol::Type::CreateRoom },
             { QStringLiteral("size"), 1000 },
             { QStringLiteral("sha256"), QString(64, QLatin1Char('a')) } };
}

QString typeOf(const std::optional<QJsonObject> &message)
{
    return message ? message->value(QStringLiteral("type")).toString() : QStringLiteral("(none)");
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private slots:
    void tokenBucket();
    void requestFloodIsRefusedAndOthersServed();
    void connectionsPerAddress();
    void uploadsPerAddress();
    void helloTimeout();
    void wrongKeyLoadsNothing();
    void anonymousHellosStoreNothing();
    void clientSendsAgainWhenToldTo();
};

void TestLimits::tokenBucket()
{
    TokenBucket bucket(10, 3, 1000);
    QVERIFY(bucket.take(1000));
    QVERIFY(bucket.take(1000));
    QVERIFY(bucket.take(1000));
    QVERIFY(!bucket.take(1000));
    QCOMPARE(bucket.msUntilNext(1000), 101); // a tenth of a second, rounded up
    QVERIFY(!bucket.take(1099));
    QVERIFY(bucket.take(1101));
    // It never holds more than its burst, however long it rests.
    for (int i = 0; i < 3; ++i)
        QVERIFY(bucket.take(100000));
    QVERIFY(!bucket.take(100000));
    QVERIFY(TokenBucket().take(0)); // no rate: no limit
}

void TestLimits::requestFloodIsRefusedAndOthersServed()
{
    ServerOptions options;
    options.requestsPerSecond = 20;
    options.requestBurst = 40;
    TestServer server(options);
    const RoomLink link = server.createRoom();
    TestClient other(link, {}, QStringLiteral("Bea"));
    QVERIFY(other.connectAndWait());
    RawClient abuser;
    QVERIFY(abuser.join(link));

    constexpr int Flood = 400;
    for (int i = 0; i < Flood; ++i)
        abuser.sendJson(
            Operation::createMarker(0.5, 0.5, QStringLiteral("spam %1").arg(i)).toRequest());
    // While the flood is being refused, the other member is served.
    QElapsedTimer served;
    served.start();
    QVERIFY(other.submitAndWait(Operation::createMarker(0.2, 0.2, QStringLiteral("still here"))));
    qInfo("the other member's change was accepted %lld ms into the flood", served.elapsed());

    int accepted = 0;
    int limited = 0;
    for (int i = 0; i < Flood; ++i) {
        std::optional<QJsonObject> reply = abuser.next();
        // Broadcasts of its own and the other's markers come in between.
        while (reply && typeOf(reply) != QLatin1String("accepted")
               && typeOf(reply) != QLatin1String("rejected"))
            reply = abuser.next();
        QVERIFY2(reply, "a request got no answer");
        if (typeOf(reply) == QLatin1String("accepted")) {
            ++accepted;
            continue;
        }
        QCOMPARE(reply->value(QStringLiteral("code")).toString(), ErrorCode::RateLimited);
        QVERIFY(!reply->value(QStringLiteral("broadcastId")).toString().isEmpty());
        QVERIFY(reply->value(QStringLiteral("params"))
                    .toObject()
                    .value(QStringLiteral("retryAfterMs"))
                    .toInteger()
                > 0);
        ++limited;
    }
    qInfo("%d of %d flooded requests accepted, %d refused", accepted, Flood, limited);
    // The burst and what the rate adds while the flood is read.
    QVERIFY2(accepted >= options.requestBurst - 1 && accepted < Flood / 2,
             qPrintable(QString::number(accepted)));
    QCOMPARE(accepted + limited, Flood);
    // Refused means not stored.
    QCOMPARE(server.store().room(link.room)->seq, qint64(accepted + 1));
    QVERIFY(!abuser.isDisconnected());
}

void TestLimits::connectionsPerAddress()
{
    ServerOptions options;
    options.maxConnectionsPerAddress = 3;
    options.limitLoopback = true;
    TestServer server(options);
    const RoomLink link = server.createRoom();
    // The upload's connection counts until its socket is gone.
    QVERIFY(waitUntil([&] { return server.server().connectionCount() == 0; }));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(std::make_unique<RawClient>());
        QVERIFY(clients.back()->join(link));
    }
    RawClient fourth;
    QVERIFY(!fourth.open(link.server));
    QCOMPARE(server.server().connectionCount(), 3);

    // One leaves: there is room again.
    clients.front().reset();
    QVERIFY(waitUntil([&] { return server.server().connectionCount() == 2; }));
    RawClient again;
    QVERIFY(again.open(link.server));
    again.sendJson(helloFor(link));
    QCOMPARE(typeOf(again.next()), QStringLiteral("welcome"));
    // The ones inside were never disturbed.
    clients[1]->sendJson(Operation::createMarker(0.3, 0.3, QStringLiteral("inside")).toRequest());
    std::optional<QJsonObject> reply = clients[1]->next();
    QCOMPARE(typeOf(reply), QStringLiteral("accepted"));
}

void TestLimits::uploadsPerAddress()
{
    ServerOptions options;
    options.maxUploadsPerAddress = 2;
    options.limitLoopback = true;
    TestServer server(options);
    const ServerAddress address = server.address();
    std::vector<std::unique_ptr<RawClient>> uploaders;
    for (int i = 0; i < 3; ++i) {
        uploaders.push_back(std::make_unique<RawClient>());
        QVERIFY(uploaders.back()->open(address));
        uploaders.back()->sendJson(lobbyHello());
        QCOMPARE(typeOf(uploaders.back()->next()), QStringLiteral("welcome"));
        uploaders.back()->sendJson(createRoomRequest());
    }
    QCOMPARE(typeOf(uploaders[0]->next()), QStringLiteral("upload-ready"));
    QCOMPARE(typeOf(uploaders[1]->next()), QStringLiteral("upload-ready"));
    const std::optional<QJsonObject> third = uploaders[2]->next();
    QCOMPARE(typeOf(third), QStringLiteral("error"));
    QCOMPARE(third->value(QStringLiteral("code")).toString(), ErrorCode::RateLimited);

    // An upload that ends with its connection frees its place.
    uploaders[0].reset();
    QVERIFY(waitUntil([&] { return server.server().connectionCount() == 2; }));
    uploaders[2]->sendJson(createRoomRequest());
    QCOMPARE(typeOf(uploaders[2]->next()), QStringLiteral("upload-ready"));
}

void TestLimits::helloTimeout()
{
    ServerOptions options;
    options.helloTimeoutMs = 300;
    TestServer server(options);
    const RoomLink link = server.createRoom();
    RawClient silent;
    RawClient talker;
    QVERIFY(silent.open(link.server));
    QVERIFY(talker.join(link));
    QVERIFY(silent.waitForDisconnected(5000));
    // Dropped for its silence, not for being new.
    QVERIFY(!talker.isDisconnected());
    QCOMPARE(server.server().connectionCount(), 1);
}

void TestLimits::wrongKeyLoadsNothing()
{
    TestServer server;
    const RoomLink link = server.createRoom();
    QCOMPARE(server.server().liveRoomCount(), 0);

    RoomLink wrong = link;
    wrong.key = QString(24, QLatin1Char('x'));
    RawClient guesser;
    QVERIFY(guesser.open(link.server));
    guesser.sendJson(helloFor(wrong));
    const std::optional<QJsonObject> refused = guesser.next();
    QCOMPARE(refused->value(QStringLiteral("code")).toString(), ErrorCode::WrongKey);
    QCOMPARE(server.server().liveRoomCount(), 0);

    // A download connection reads the room's record; it is no member.
    RawClient downloader;
    QVERIFY(downloader.open(link.server));
    QJsonObject hello = helloFor(link);
    hello.insert(QStringLiteral("sync"), false);
    downloader.sendJson(hello);
    QCOMPARE(typeOf(downloader.next()), QStringLiteral("welcome"));
    QCOMPARE(server.server().liveRoomCount(), 0);

    RawClient member;
    QVERIFY(member.join(link));
    QCOMPARE(server.server().liveRoomCount(), 1);
    member.socket().close();
    QVERIFY(waitUntil([&] { return server.server().liveRoomCount() == 0; }));
}

void TestLimits::anonymousHellosStoreNothing()
{
    TestServer server;
    Protocol::Identity first;
    for (int i = 0; i < 20; ++i) {
        RawClient lobby;
        QVERIFY(lobby.open(server.address()));
        lobby.sendJson(lobbyHello());
        const std::optional<QJsonObject> welcome = lobby.next();
        QCOMPARE(typeOf(welcome), QStringLiteral("welcome"));
        if (i == 0)
            first = { welcome->value(QStringLiteral("user")).toString(),
                      welcome->value(QStringLiteral("secret")).toString() };
    }
    QCOMPARE(countRows(server.dataDir(), "users"), 0);

    // The identity still proves itself, after a restart too; a secret of
    // the same form that was not given out does not.
    server.stop();
    server.start();
    const RoomLink link = server.createRoom();
    RawClient again;
    QVERIFY(again.join(link, first));
    QCOMPARE(again.identity().user, first.user);
    Protocol::Identity forged = first;
    forged.secret[5] = forged.secret[5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    RawClient forger;
    QVERIFY(forger.open(link.server));
    forger.sendJson(helloFor(link, forged));
    QCOMPARE(forger.next()->value(QStringLiteral("code")).toString(), ErrorCode::BadIdentity);

    // An identity stored the way they were before still works.
    const Protocol::Identity old { QStringLiteral("oldStyleUser1234"),
                                   QString(43, QLatin1Char('s')) };
    QVERIFY(server.store().createUser(old.user, sha256Hex(old.secret.toUtf8())));
    RawClient veteran;
    QVERIFY(veteran.join(link, old));
}

void TestLimits::clientSendsAgainWhenToldTo()
{
    // A burst the server turns away in part: the reference client sends the
    // rest again when the server says, and the user loses nothing.
    ServerOptions options;
    options.requestsPerSecond = 20;
    options.requestBurst = 5;
    TestServer server(options);
    const RoomLink link = server.createRoom();
    TestClient client(link);
    QVERIFY(client.connectAndWait());
    QSignalSpy confirmed(&client.sync, &SyncService::operationConfirmed);
    QSignalSpy failed(&client.sync, &SyncService::operationFailed);
    QSignalSpy refused(&server.server(), &ChatServer::requestRefused);
    constexpr int Burst = 15;
    for (int i = 0; i < Burst; ++i)
        QVERIFY(client.sync.submit(Operation::createMarker(0.1, 0.1, QString::number(i))).sent);
    QVERIFY(waitUntil([&] { return confirmed.size() + failed.size() == Burst; }));
    QCOMPARE(failed.size(), 0);
    QVERIFY2(refused.size() > 0, "the burst was not limited, so this shows nothing");
    QCOMPARE(server.store().room(link.room)->seq, qint64(Burst));
    qInfo("%d of %d changes stored after %d rate-limited refusals", Burst, Burst,
          int(refused.size()));
}

QTEST_MAIN(TestLimits)
#include "tst_limits.moc"
