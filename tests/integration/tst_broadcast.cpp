// S1, S3, S11: every change reaches every other client of the room, and only them.
#include "ids.h"
#include "rawclient.h"
#include "testserver.h"

#include <QDateTime>
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
        // The room knew Ana by now, so the wire left her name out; the
        // receivers still have it, in the event and in the comment.
        QCOMPARE(peer2Events.at(1).at(0).value<Event>().authorName, QStringLiteral("Ana"));
        QCOMPARE(peer2.model.conversation(create.marker)->comments.at(1).authorName,
                 QStringLiteral("Ana"));

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
        // S8 and issue 8's target: a marker with a 40-character comment is at
        // most 200 bytes on the wire. Measured on the frame a client receives.
        TestServer server;
        const RoomLink link = server.createRoom();
        TestClient actor(link, {}, QStringLiteral("Ana"));
        QVERIFY(actor.connectAndWait());
        QWebSocket raw;
        const RoomMessages frames(&raw);
        raw.open(link.server.webSocketUrl());
        QTRY_COMPARE(raw.state(), QAbstractSocket::ConnectedState);
        Protocol::Hello hello;
        hello.room = link.room;
        hello.key = link.key;
        raw.sendTextMessage(Protocol::encode(hello.toJson()));
        QTRY_COMPARE(frames.size(), 1); // welcome

        const QString comment = QStringLiteral("The logo needs more room on the left..");
        QCOMPARE(comment.size(), 40 - 2);
        // The author's first marker also tells the room her name; later ones
        // need not.
        for (const QString &end : { QStringLiteral("!!"), QStringLiteral("??") }) {
            QVERIFY(
                actor.submitAndWait(Operation::createMarker(0.421337, 0.187512, comment + end)));
            QTRY_COMPARE(frames.size(), end == QLatin1String("!!") ? 2 : 3);
        }
        const QByteArray first = frames.at(1).toUtf8();
        const QByteArray later = frames.at(2).toUtf8();
        QVERIFY2(first.contains("\"new-image-chat\"") && first.contains("\"name\":\"Ana\""),
                 first.constData());
        QVERIFY2(later.contains("\"new-image-chat\"") && !later.contains("\"name\""),
                 later.constData());
        QCOMPARE(later.size(), first.size() - qsizetype(sizeof(R"(,"name":"Ana")") - 1));
        // A server's frame of 126 to 65,535 bytes has a 4-byte header (RFC
        // 6455, 5.2: no mask from a server).
        const qsizetype header = 4;
        QVERIFY(later.size() >= 126 && first.size() <= 65535);
        qInfo("new-image-chat frame with a 40-character comment: %lld bytes on the wire (%lld of "
              "JSON); %lld for the author's first one, which carries her name",
              qint64(later.size() + header), qint64(later.size()), qint64(first.size() + header));
        QVERIFY2(later.size() + header <= 200, later.constData());
        QVERIFY2(first.size() + header < 1024, first.constData());
    }

    void namesLeftOutStayRightAcrossJoinsRenamesAndCatchUp()
    {
        TestServer server;
        const RoomLink link = server.createRoom();
        TestClient ana(link, {}, QStringLiteral("Ana"));
        QVERIFY(ana.connectAndWait());
        const Operation first = Operation::createMarker(0.1, 0.1, QStringLiteral("one"));
        QVERIFY(ana.submitAndWait(first));

        // Joins with a snapshot, then hears of a marker whose frame has no name.
        TestClient late(link);
        QVERIFY(late.connectAndWait());
        QSignalSpy lateFrames(&late.sync, &SyncService::messageReceived);
        const Operation second = Operation::createMarker(0.2, 0.2, QStringLiteral("two"));
        QVERIFY(ana.submitAndWait(second));
        QTRY_VERIFY(late.model.conversation(second.marker));
        QVERIFY(!lateFrames.constLast().at(0).toJsonObject().contains(QStringLiteral("name")));
        QCOMPARE(late.model.conversation(second.marker)->comments.first().authorName,
                 QStringLiteral("Ana"));

        // Ana comes back under another name: said once, then known again.
        const Protocol::Identity anaId = ana.sync.identity();
        ana.sync.stop();
        TestClient renamed(link, anaId, QStringLiteral("Ana B."));
        QVERIFY(renamed.connectAndWait());
        const Operation reply = Operation::addComment(first.marker, QStringLiteral("three"));
        QVERIFY(renamed.submitAndWait(reply));
        QTRY_COMPARE(late.model.conversation(first.marker)->comments.size(), 2);
        QCOMPARE(lateFrames.constLast().at(0).toJsonObject().value(QStringLiteral("name")),
                 QJsonValue(QStringLiteral("Ana B.")));

        // A copy that catches up with events hears the rest without names.
        late.sync.stop();
        const Operation third = Operation::createMarker(0.3, 0.3, QStringLiteral("four"));
        QVERIFY(renamed.submitAndWait(third));
        QVERIFY(renamed.submitAndWait(Operation::deleteMarker(third.marker)));
        QVERIFY(renamed.submitAndWait(Operation::deleteComment(first.marker, reply.comment)));
        // Her latest comment that is left says "Ana": the room knows her so again.
        const Operation fourth = Operation::createMarker(0.4, 0.4, QStringLiteral("five"));
        renamed.sync.stop();
        TestClient again(link, anaId, QStringLiteral("Ana"));
        QVERIFY(again.connectAndWait());
        QVERIFY(again.submitAndWait(fourth));

        QSignalSpy welcomes(&late.sync, &SyncService::resynced);
        late.sync.start();
        QTRY_COMPARE(welcomes.size(), 1);
        QCOMPARE(welcomes.at(0).at(0).toBool(), false); // caught up with events, no snapshot
        QTRY_COMPARE(late.model.seq(), again.model.seq());
        QCOMPARE(late.model.conversation(fourth.marker)->comments.first().authorName,
                 QStringLiteral("Ana"));
        QCOMPARE(late.model.confirmedState().toJson(), again.model.confirmedState().toJson());
        // And the room as the server keeps it says the same.
        const std::optional<RoomState> stored = server.store().loadState(link.room);
        QVERIFY(stored);
        QCOMPARE(stored->toJson(), late.model.confirmedState().toJson());
    }

    void roomsStoredWithVersion1IdsStillWork()
    {
        // A room as a version 1 server stored it: UUIDs for every id, and
        // events that spell out both ids and the name.
        TestServer server;
        Protocol::Identity owner;
        const RoomLink link = server.createRoom(&owner);
        Operation create;
        create.kind = Operation::Kind::CreateMarker;
        create.broadcastId = newUuid();
        create.marker = newUuid();
        create.x = 0.25;
        create.y = 0.5;
        create.text = QStringLiteral("From before");
        Operation reply;
        reply.kind = Operation::Kind::AddComment;
        reply.broadcastId = newUuid();
        reply.marker = create.marker;
        reply.comment = newUuid();
        reply.text = QStringLiteral("Also from before");
        const qint64 at = QDateTime::currentMSecsSinceEpoch() - 60000;
        std::optional<Conversation> after;
        qint64 seq = 0;
        for (const Operation &op : { create, reply }) {
            ++seq;
            const Event event { op, seq, at + seq, owner.user, QStringLiteral("Ada") };
            QVERIFY(event.toJson().contains(QStringLiteral("marker")));
            QVERIFY(!applyEvent(&after, event, owner.user, RoomLimits {}, 0));
            QVERIFY(!server.store().appendEvent(
                link.room,
                [&](qint64 storedSeq, Event *decided, std::optional<Conversation> *leaves) {
                    if (storedSeq != seq - 1)
                        return OpError { ErrorCode::StorageFailed, QStringLiteral("not next") };
                    *decided = event;
                    *leaves = after;
                    return OpError {};
                }));
        }

        // Loaded from the store (nobody had joined yet): the old ids stand.
        TestClient ada(link, owner, QStringLiteral("Ada"));
        QVERIFY(ada.connectAndWait());
        const Conversation *old = ada.model.conversation(create.marker);
        QVERIFY(old);
        QCOMPARE(old->comments.size(), 2);
        QCOMPARE(old->comments.at(1).id, reply.comment);
        // New changes may name them; what they make gets new ids. Ada is
        // known by her old comments, so her new one leaves the name out.
        const Operation answer = Operation::addComment(create.marker, QStringLiteral("New"));
        QVERIFY(ada.submitAndWait(answer));
        QVERIFY(ada.submitAndWait(
            Operation::editComment(create.marker, reply.comment, QStringLiteral("Edited"))));
        QVERIFY(ada.submitAndWait(Operation::moveMarker(create.marker, 0.3, 0.35)));
        QCOMPARE(ada.model.conversation(create.marker)->comments.size(), 3);
        QCOMPARE(ada.model.conversation(create.marker)->comments.at(2).authorName,
                 QStringLiteral("Ada"));

        // The stored version 1 events still read in a catch-up.
        TestClient fromStart(link);
        fromStart.model.reset(RoomState {}, ada.model.epoch(), 0);
        QSignalSpy welcomes(&fromStart.sync, &SyncService::resynced);
        QVERIFY(fromStart.connectAndWait());
        QCOMPARE(welcomes.size(), 1);
        QCOMPARE(welcomes.at(0).at(0).toBool(), false); // events, not a snapshot
        QCOMPARE(welcomes.at(0).at(1).toInt(), 5);
        QCOMPARE(fromStart.model.confirmedState().toJson(), ada.model.confirmedState().toJson());
        // Deleting the old marker by its old id.
        QVERIFY(ada.submitAndWait(Operation::deleteMarker(create.marker)));
        QTRY_VERIFY(!fromStart.model.conversation(create.marker));
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
