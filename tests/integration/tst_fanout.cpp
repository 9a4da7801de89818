// S9, S16: fan-out under load. A client that stops reading neither slows the
// others nor grows the server's memory without bound; it is dropped once its
// backlog passes the cap. A burst goes out in fewer frames than events, in
// order and each event once; a lone event is not held back.
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
QList<QJsonObject> broadcastsIn(const QSignalSpy &frames, int *batches = nullptr)
{
    QList<QJsonObject> events;
    for (const QList<QVariant> &args : frames) {
        const QJsonObject message = QJsonDocument::fromJson(args.at(0).toString().toUtf8()).object();
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

// A plain QWebSocket in the room that records every frame as it arrives.
struct Observer
{
    QWebSocket socket;
    QSignalSpy frames { &socket, &QWebSocket::textMessageReceived };

    bool join(const RoomLink &link)
    {
        socket.open(link.server.webSocketUrl());
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }))
            return false;
        socket.sendTextMessage(QString::fromUtf8(helloFor(link)));
        return QTest::qWaitFor([&] { return !frames.isEmpty(); })
                && frames.first().at(0).toString().contains(QLatin1String("\"welcome\""));
    }
    qint64 welcomeSeq() const
    {
        return QJsonDocument::fromJson(frames.first().at(0).toString().toUtf8())
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
        QMetaObject::Connection reading = connect(&stalled, &QTcpSocket::readyRead, this,
                                                  [&] { received += stalled.readAll(); });
        stalled.connectToHost(QHostAddress::LocalHost, link.server.port);
        QVERIFY(stalled.waitForConnected(5000));
        stalled.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                      "Sec-WebSocket-Version: 13\r\n\r\n");
        QTRY_VERIFY(received.contains("\r\n\r\n"));
        QVERIFY(received.startsWith("HTTP/1.1 101"));
        stalled.write(maskedTextFrame(helloFor(link)));
        QTRY_VERIFY(received.contains("\"welcome\""));
        disconnect(reading);
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
            QVERIFY(actor.submitAndWait(Operation::createMarker(0.1, 0.1, QStringLiteral("after"))));
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
            QCOMPARE(events.at(i).value(QStringLiteral("broadcastId")).toString(), ops.at(i).broadcastId);

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
            QVERIFY(actor.sync.submit(Operation::createMarker(0.2, 0.2, QStringLiteral("waits"))).sent);
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
        const QJsonObject frame =
                QJsonDocument::fromJson(observer.frames.at(1).at(0).toString().toUtf8()).object();
        QCOMPARE(frame.value(QStringLiteral("type")).toString(), Protocol::Type::NewImageChat);
        QCOMPARE(frame.value(QStringLiteral("broadcastId")).toString(), op.broadcastId);
    }
};

QTEST_GUILESS_MAIN(TestFanout)
#include "tst_fanout.moc"
