// S1, S3, S11: every change reaches every other client of the room, and only them.
#include "testserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace ImageChat;
using namespace ImageChat::Test;

class TestBroadcast : public QObject
{
    Q_OBJECT

private:
    static QStringList broadcastTypes(const QSignalSpy &spy)
    {
        QStringList types;
        for (const QList<QVariant> &args : spy) {
            const QString type = args.at(0).toJsonObject().value(QStringLiteral("type")).toString();
            if (Protocol::isBroadcastType(type))
                types.append(type);
        }
        return types;
    }

private slots:
    void everyEventTypeReachesEveryOtherClientOfTheRoomOnly()
    {
        TestServer server;
        Protocol::Identity owner;
        const RoomLink roomA = server.createRoom(&owner);
        const RoomLink roomB = server.createRoom();
        TestClient actor(roomA, owner, QStringLiteral("Ana"));
        TestClient peer1(roomA);
        TestClient peer2(roomA);
        TestClient elsewhere(roomB);
        for (TestClient *c : { &actor, &peer1, &peer2, &elsewhere })
            QVERIFY(c->connectAndWait());
        QSignalSpy peer1Events(&peer1.sync, &SyncService::remoteEventApplied);
        QSignalSpy peer2Events(&peer2.sync, &SyncService::remoteEventApplied);
        QSignalSpy elsewhereMessages(&elsewhere.sync, &SyncService::messageReceived);

        const Operation create =
            Operation::createMarker(0.4, 0.6, QStringLiteral("Is this aligned?"));
        QVERIFY(actor.sync.submit(create).sent);
        QTRY_COMPARE(peer1Events.size(), 1);
        QTRY_COMPARE(peer2Events.size(), 1);
        QCOMPARE(peer1.model.conversation(create.marker)->comments.first().text,
                 QStringLiteral("Is this aligned?"));
        QCOMPARE(peer1.model.conversation(create.marker)->comments.first().authorName,
                 QStringLiteral("Ana"));

        QVERIFY(
            actor.sync.submit(Operation::addComment(create.marker, QStringLiteral("No, 2px off")))
                .sent);
        QTRY_COMPARE(peer1Events.size(), 2);
        QTRY_COMPARE(peer2Events.size(), 2);
        QCOMPARE(peer2.model.conversation(create.marker)->comments.size(), 2);

        QVERIFY(actor.sync.submit(Operation::deleteMarker(create.marker)).sent);
        QTRY_COMPARE(peer1Events.size(), 3);
        QTRY_COMPARE(peer2Events.size(), 3);
        QVERIFY(!peer1.model.conversation(create.marker));
        QVERIFY(!peer2.model.conversation(create.marker));

        const QStringList expected { QStringLiteral("new-image-chat"),
                                     QStringLiteral("image-chat-updated"),
                                     QStringLiteral("deleted-image-chat") };
        for (QSignalSpy *spy : { &peer1Events, &peer2Events }) {
            QStringList types;
            for (const QList<QVariant> &args : *spy)
                types.append(args.at(0).value<Event>().op.broadcastType());
            QCOMPARE(types, expected);
        }

        // The other room hears nothing of it. Its own event, sent after all of
        // the above, proves the server had every chance to leak them.
        TestClient elsewhereActor(roomB);
        QVERIFY(elsewhereActor.connectAndWait());
        QVERIFY(elsewhereActor.submitAndWait(
            Operation::createMarker(0.1, 0.1, QStringLiteral("room B"))));
        QTRY_COMPARE(broadcastTypes(elsewhereMessages),
                     QStringList { QStringLiteral("new-image-chat") });
        QCOMPARE(elsewhere.model.count(), 1);
    }

    void newImageChatOnTheWireIsLight()
    {
        // S8: measure the real frame as a client receives it.
        TestServer server;
        const RoomLink link = server.createRoom();
        TestClient actor(link, {}, QStringLiteral("Ana"));
        QVERIFY(actor.connectAndWait());
        QWebSocket raw;
        QSignalSpy frames(&raw, &QWebSocket::textMessageReceived);
        raw.open(link.server.webSocketUrl());
        QTRY_COMPARE(raw.state(), QAbstractSocket::ConnectedState);
        Protocol::Hello hello;
        hello.room = link.room;
        hello.key = link.key;
        raw.sendTextMessage(Protocol::encode(hello.toJson()));
        QTRY_COMPARE(frames.size(), 1); // welcome

        const QString comment = QStringLiteral("The logo needs more room on the left..");
        QCOMPARE(comment.size(), 40 - 2);
        QVERIFY(
            actor.sync
                .submit(Operation::createMarker(0.421337, 0.187512, comment + QStringLiteral("!!")))
                .sent);
        QTRY_COMPARE(frames.size(), 2);
        const QByteArray frame = frames.at(1).at(0).toString().toUtf8();
        QVERIFY(frame.contains("\"new-image-chat\""));
        qInfo("new-image-chat frame with a 40-character comment: %lld bytes", qint64(frame.size()));
        QVERIFY2(frame.size() < 1024, frame.constData());
    }

    void twoSyncServicesInOneProcessSeeEachOther()
    {
        // S11: two windows of the same person, same identity, one process.
        // Echo filtering is per operation, so neither drops the other's change.
        TestServer server;
        Protocol::Identity me;
        const RoomLink link = server.createRoom(&me);
        TestClient window1(link, me);
        TestClient window2(link, me);
        QVERIFY(window1.connectAndWait());
        QVERIFY(window2.connectAndWait());

        const Operation create = Operation::createMarker(0.5, 0.5, QStringLiteral("from window 1"));
        QVERIFY(window1.submitAndWait(create));
        QTRY_VERIFY(window2.model.conversation(create.marker));

        const Operation reply =
            Operation::addComment(create.marker, QStringLiteral("from window 2"));
        QVERIFY(window2.submitAndWait(reply));
        QTRY_COMPARE(window1.model.conversation(create.marker)->comments.size(), 2);
        QCOMPARE(window1.model.conversation(create.marker)->comments.at(1).text,
                 QStringLiteral("from window 2"));

        QVERIFY(window1.submitAndWait(Operation::setResolved(create.marker, true)));
        QTRY_VERIFY(window2.model.conversation(create.marker)->resolved);
        QCOMPARE(window1.model.confirmedState().toJson(), window2.model.confirmedState().toJson());
    }
};

QTEST_GUILESS_MAIN(TestBroadcast)
#include "tst_broadcast.moc"
