// S9, S16: fan-out under load. A client that stops reading neither slows the
// others nor grows the server's memory without bound; it is dropped once its
// backlog passes the cap. A burst goes out in fewer frames than events, in
// order and each event once; a lone event is not held back.
#include "rawclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace ImageChat;
using namespace ImageChat::Test;

namespace {

// A client-to-server WebSocket text frame (clients must mask, RFC 6455 5.3).
QByteArray maskedTextFrame(const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x81));
    if (payload.size() < 126) {
        frame.append(char(0x80 | payload.size()));
    } else {
        frame.append(char(0x80 | 126));
        frame.append(char(payload.size() >> 8));
        frame.append(char(payload.size() & 0xff));
    }
    const char mask[4] = { 0x12, 0x34, 0x56, 0x78 };
    frame.append(mask, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ mask[i % 4]));
    return frame;
}

QByteArray helloFor(const RoomLink &link)
{
    Protocol::Hello hello;
    hello.room = link.room;
    hello.key = link.key;
    return QJsonDocument(hello.toJson()).toJson(QJsonDocument::Compact);
}

// Every broadcast in the frames a client received, batches unpacked, and how
// many of the frames were batches.
QList<QJsonObject> broadcastsIn(const RoomMessages &frames, int *batches = nullptr)
{
    QList<QJsonObject> events;
    for (const QString &frame : frames.all()) {
        const QJsonObject message = QJsonDocument::fromJson(frame.toUtf8()).object();
        const QString type = message.value(QStringLiteral("type")).toString();
        if (type == Protocol::Type::Batch) {
            if (batches)
                ++*batches;
            for (const QJsonValue &item : message.value(QStringLiteral("events")).toArray())
                events.append(item.toObject());
        } else if (Protocol::isBroadcastType(type)) {
            events.append(message);
        }
    }
    return events;
}

// Joins a room by hand on a plain TCP socket: the upgrade, then the hello.
// *received gets everything after the upgrade's response.
bool rawJoin(QTcpSocket &socket, const RoomLink &link, QByteArray *received)
{
    QTcpSocket *from = &socket;
    QMetaObject::Connection reading =
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                         [from, received] { *received += from->readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, link.server.port);
    if (!socket.waitForConnected(5000))
        return false;
    socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                 "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                 "Sec-WebSocket-Version: 13\r\n\r\n");
    if (!QTest::qWaitFor([&] { return received->contains("\r\n\r\n"); })
        || !received->startsWith("HTTP/1.1 101")) {
        QObject::disconnect(reading);
        return false;
    }
    received->remove(0, received->indexOf("\r\n\r\n") + 4);
    socket.write(maskedTextFrame(helloFor(link)));
    return true;
}

// A plain QWebSocket in the room that records every frame as it arrives.
struct Observer
{
    QWebSocket socket;
    RoomMessages frames { &socket };

    bool join(const RoomLink &link)
    {
        socket.open(link.server.webSocketUrl());
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }))
            return false;
        socket.sendTextMessage(QString::fromUtf8(helloFor(link)));
        return QTest::qWaitFor([&] { return !frames.isEmpty(); })
            && frames.at(0).contains(QLatin1String("\"welcome\""));
    }
    qint64 welcomeSeq() const
    {
        return QJsonDocument::fromJson(frames.at(0).toUtf8())
            .object()
            .value(QStringLiteral("seq"))
            .toInteger();
    }
};

QList<qint64> seqsOf(const QList<QJsonObject> &events)
{
    QList<qint64> seqs;
    for (const QJsonObject &e : events)
        seqs.append(e.value(QStringLiteral("seq")).toInteger());
    return seqs;
}

QList<qint64> range(qint64 first, qint64 last)
{
    QList<qint64> seqs;
    for (qint64 s = first; s <= last; ++s)
        seqs.append(s);
    return seqs;
}

} // namespace

class TestFanout : public QObject
{
    Q_OBJECT

private slots:
    void stalledClientIsDroppedAtTheCapWithoutDelayingOthers()
    {
        ServerOptions options;
        options.maxSendBacklogBytes = 64 * 1024;
        options.requestsPerSecond = 0; // the sender floods on purpose
        TestServer server(options);
        ChatServer &chat = server.server();
        const RoomLink link = server.createRoom();
        TestClient actor(link);
        TestClient other(link);
        QVERIFY(actor.connectAndWait());
        QVERIFY(other.connectAndWait());

        // A client that joins by hand and then never reads again.
        QTcpSocket stalled;
        QByteArray received;
        QVERIFY(rawJoin(stalled, link, &received));
        QTRY_VERIFY(received.contains("\"welcome\""));
        QObject::disconnect(&stalled, &QTcpSocket::readyRead, nullptr, nullptr);
        // Qt stops taking data from the kernel once this much waits unread;
        // the kernel's buffers then fill and the server's backlog grows.
        stalled.setReadBufferSize(1024);
        stalled.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        QCOMPARE(chat.connectionCount(), 3);

        QSignalSpy dropped(&chat, &ChatServer::slowClientDropped);
        QSignalSpy otherApplied(&other.sync, &SyncService::remoteEventApplied);
        // 12 KB of UTF-8 per event: enough to fill the kernel's buffers for
        // the stalled socket (a few MB on loopback) in a few hundred events.
        const QString text(Limits::MaxCommentChars, QChar(0x20AC));
        // A frame is at most one batch: the cap plus that is the most the
        // server ever holds for the stalled client.
        const qint64 bound = options.maxSendBacklogBytes + 64 * 1024 + 16 * 1024;
        qint64 largest = 0;
        int sent = 0;
        while (dropped.isEmpty() && sent < 2000) {
            for (int i = 0; i < 10; ++i)
                QVERIFY(actor.sync.submit(Operation::createMarker(0.5, 0.5, text)).sent);
            sent += 10;
            // Delivery to the others goes on as if nobody were stalled.
            while (otherApplied.size() < sent)
                QVERIFY(otherApplied.wait(5000));
            largest = std::max(largest, chat.largestSendBacklog());
            QVERIFY2(largest <= bound, qPrintable(QString::number(largest)));
        }
        QCOMPARE(dropped.size(), 1);
        const qint64 backlogAtDrop = dropped.first().at(0).toLongLong();
        QVERIFY(backlogAtDrop > options.maxSendBacklogBytes);
        QVERIFY(backlogAtDrop <= bound);
        qInfo("stalled client dropped after %d events of %lld bytes, %lld bytes behind", sent,
              qint64(text.toUtf8().size()), backlogAtDrop);

        // Gone, and so is everything the server held for it.
        QTRY_COMPARE(chat.connectionCount(), 2);
        QTRY_COMPARE(chat.largestSendBacklog(), qint64(0));
        for (int i = 0; i < 3; ++i)
            QVERIFY(
                actor.submitAndWait(Operation::createMarker(0.1, 0.1, QStringLiteral("after"))));
        QTRY_COMPARE(other.model.count(), sent + 3);
        QTRY_VERIFY(actor.model.pending().isEmpty());
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(other.model.seq(), qint64(sent + 3));
        QCOMPARE(other.model.confirmedState().toJson(), actor.model.confirmedState().toJson());
    }

    void burstGoesOutInFewerFramesInOrderEachEventOnce()
    {
        ServerOptions options;
        options.batchWindowMs = 200; // wide, so that the whole burst meets in few frames
        TestServer server(options);
        const RoomLink link = server.createRoom();
        TestClient actor(link);
        TestClient other(link);
        QVERIFY(actor.connectAndWait());
        QVERIFY(other.connectAndWait());
        Observer observer;
        QVERIFY(observer.join(link));

        constexpr int Burst = 60;
        QList<Operation> ops;
        for (int i = 0; i < Burst; ++i) {
            ops.append(Operation::createMarker(0.01 * i, 0.5, QStringLiteral("burst %1").arg(i)));
            QVERIFY(actor.sync.submit(ops.last()).sent);
        }
        QTRY_COMPARE(other.model.count(), Burst);
        QTRY_VERIFY(actor.model.pending().isEmpty());
        QTRY_COMPARE(broadcastsIn(observer.frames).size(), Burst);

        int batches = 0;
        const QList<QJsonObject> events = broadcastsIn(observer.frames, &batches);
        const qsizetype frames = observer.frames.size() - 1; // less the welcome
        qInfo("%d events arrived in %lld frames (%d batches)", Burst, qint64(frames), batches);
        QVERIFY(batches >= 1);
        QVERIFY(frames < Burst / 2);
        // In order, each once, and each the operation it announces.
        QCOMPARE(seqsOf(events), range(1, Burst));
        for (int i = 0; i < Burst; ++i)
            QCOMPARE(events.at(i).value(QStringLiteral("broadcastId")).toString(),
                     ops.at(i).broadcastId);

        // The sync clients unpacked the batches into the right state.
        const QJsonArray state = serverState(link);
        QCOMPARE(other.model.confirmedState().toJson(), state);
        QCOMPARE(actor.model.confirmedState().toJson(), state);
        QCOMPARE(other.model.seq(), qint64(Burst));
    }

    void aJoinerDuringTheWindowGetsNoEventTwice()
    {
        ServerOptions options;
        options.batchWindowMs = 1000;
        TestServer server(options);
        const RoomLink link = server.createRoom();
        TestClient actor(link);
        QVERIFY(actor.connectAndWait());
        Observer first;
        QVERIFY(first.join(link));

        // The first event opens a window; the next ones wait in it. They are
        // stored and acknowledged at once all the same.
        QVERIFY(actor.submitAndWait(Operation::createMarker(0.1, 0.1, QStringLiteral("opens"))));
        QTRY_COMPARE(broadcastsIn(first.frames).size(), 1);
        QSignalSpy confirmed(&actor.sync, &SyncService::operationConfirmed);
        for (int i = 0; i < 5; ++i)
            QVERIFY(
                actor.sync.submit(Operation::createMarker(0.2, 0.2, QStringLiteral("waits"))).sent);
        QTRY_COMPARE(confirmed.size(), 5);
        QCOMPARE(broadcastsIn(first.frames).size(), 1);

        // Joins now: its welcome already counts the waiting events.
        Observer late;
        QVERIFY(late.join(link));
        QCOMPARE(late.welcomeSeq(), qint64(6));
        QVERIFY(actor.sync.submit(Operation::createMarker(0.3, 0.3, QStringLiteral("after"))).sent);
        QTRY_COMPARE(confirmed.size(), 6);

        QTRY_COMPARE(seqsOf(broadcastsIn(first.frames)), range(1, 7));
        QTRY_COMPARE(seqsOf(broadcastsIn(late.frames)), QList<qint64> { 7 });
    }

    void aLoneEventIsNotHeldBack()
    {
        // A window far longer than QTRY waits: if the lone event waited for
        // it, it would not arrive in time.
        ServerOptions options;
        options.batchWindowMs = 60000;
        TestServer server(options);
        const RoomLink link = server.createRoom();
        TestClient actor(link);
        QVERIFY(actor.connectAndWait());
        Observer observer;
        QVERIFY(observer.join(link));

        const Operation op = Operation::createMarker(0.4, 0.4, QStringLiteral("alone"));
        QVERIFY(actor.sync.submit(op).sent);
        QTRY_COMPARE(observer.frames.size(), 2);
        // A plain broadcast, not a batch of one.
        const QJsonObject frame = QJsonDocument::fromJson(observer.frames.at(1).toUtf8()).object();
        QCOMPARE(frame.value(QStringLiteral("type")).toString(), Protocol::Type::NewImageChat);
        QCOMPARE(frame.value(QStringLiteral("broadcastId")).toString(), op.broadcastId);
    }

    void aLargeWelcomeOfNonLatinTextArrivesAsOneFrame()
    {
        // Qt cuts a message over 512 KiB into frames at byte offsets, and
        // its receiver rejects a frame that ends inside a character; the
        // server sends every message whole instead.
        TestServer server;
        const RoomLink link = server.createRoom();
        TestClient actor(link);
        QVERIFY(actor.connectAndWait());
        QString text;
        while (text.size() < Limits::MaxCommentChars)
            text += QStringLiteral("Това е коментар. ");
        text.truncate(Limits::MaxCommentChars);
        constexpr int Markers = 80; // about 600 KB of snapshot
        QSignalSpy confirmed(&actor.sync, &SyncService::operationConfirmed);
        for (int i = 0; i < Markers; ++i)
            QVERIFY(actor.sync.submit(Operation::createMarker(0.5, 0.5, text)).sent);
        QTRY_COMPARE(confirmed.size(), Markers);

        QTcpSocket raw;
        QByteArray received;
        QVERIFY(rawJoin(raw, link, &received));
        QTRY_VERIFY(received.size() >= 10);
        const auto *bytes = reinterpret_cast<const uchar *>(received.constData());
        QCOMPARE(int(bytes[0]), 0x81); // FIN and text: the whole message in this frame
        QCOMPARE(int(bytes[1]), 127); // a 64-bit length
        quint64 length = 0;
        for (int i = 2; i < 10; ++i)
            length = (length << 8) | bytes[i];
        QVERIFY(length > 512 * 1024);
        QTRY_VERIFY(quint64(received.size()) >= 10 + length);
        const QJsonObject welcome =
            QJsonDocument::fromJson(received.mid(10, qsizetype(length))).object();
        QCOMPARE(welcome.value(QStringLiteral("type")).toString(), Protocol::Type::Welcome);
        QCOMPARE(welcome.value(QStringLiteral("snapshot")).toArray().size(), Markers);

        TestClient joiner(link);
        QVERIFY(joiner.connectAndWait());
        QCOMPARE(joiner.model.count(), Markers);
        QCOMPARE(joiner.model.ordered().first()->comments.first().text, text);
    }

    void aConnectionThatNeverUpgradesIsDropped()
    {
        // Connections are accepted by the server itself and handed to Qt for
        // the upgrade; one that never sends it must not hold a socket for ever.
        ServerOptions options;
        options.handshakeTimeoutMs = 1000;
        TestServer server(options);
        QTcpSocket idle;
        QSignalSpy closed(&idle, &QTcpSocket::disconnected);
        idle.connectToHost(QHostAddress::LocalHost, server.address().port);
        QVERIFY(idle.waitForConnected(5000));
        QVERIFY(closed.wait(5000));

        // One that upgrades in time is served.
        Observer observer;
        QVERIFY(observer.join(server.createRoom()));
    }
};

QTEST_GUILESS_MAIN(TestFanout)
#include "tst_fanout.moc"
