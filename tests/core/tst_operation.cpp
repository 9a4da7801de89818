#include "ids.h"
#include "operation.h"
#include "protocol.h"
#include "roomstate.h"

#include <QJsonDocument>
#include <QTest>

using namespace ImageChat;

class TestOperation : public QObject
{
    Q_OBJECT

private:
    static QList<Operation> oneOfEach()
    {
        const QString marker = newId();
        return { Operation::createMarker(0.25, 0.75, QStringLiteral("First")),
                 Operation::addComment(marker, QStringLiteral("Reply")),
                 Operation::editComment(marker, newId(), QStringLiteral("Edited")),
                 Operation::deleteComment(marker, newId()),
                 Operation::moveMarker(marker, 0.5, 0.125),
                 Operation::setResolved(marker, true),
                 Operation::deleteMarker(marker) };
    }

    static QJsonObject parse(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).object();
    }

    // A WebSocket text frame from the server: a 2-byte header up to 125
    // bytes of payload, 4 bytes up to 65,535 (RFC 6455, 5.2; no mask).
    static qint64 onTheWire(qint64 payload) { return payload + (payload <= 125 ? 2 : 4); }

private slots:
    void idsAreShortAndRandom()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString id = newId();
            QCOMPARE(id.size(), 16);
            QVERIFY2(isId(id), qPrintable(id));
            QVERIFY2(!id.startsWith(QLatin1Char('-')), qPrintable(id)); // not an option

            seen.insert(id);
        }
        QCOMPARE(seen.size(), 1000);
        // Tenant ids are shorter; one in 64 random ones would start with '-'.
        for (int i = 0; i < 2000; ++i) {
            const QString tenantId = randomArgument(6);
            QCOMPARE(tenantId.size(), 8);
            QVERIFY2(!tenantId.startsWith(QLatin1Char('-')), qPrintable(tenantId));
        }
        QVERIFY(!isId(QStringLiteral("AAAAAAAAAAAAAAA"))); // 15
        QVERIFY(!isId(QStringLiteral("AAAAAAAAAAAAAAAAA"))); // 17
        QVERIFY(!isId(QStringLiteral("AAAAAAAAAAAAAAA=")));
        QVERIFY(!isId(QStringLiteral("AAAAAAAAAAAAAAA/")));
        QVERIFY(!isId(QString(15, QLatin1Char('A')) + QChar(0xE9)));
        QVERIFY(!isId(newUuid()));
        QVERIFY(isIdOrLegacyUuid(newUuid()));
        QVERIFY(isIdOrLegacyUuid(newId()));
        QVERIFY(!isIdOrLegacyUuid(newUuid().toUpper()));
    }

    void requestRoundTrip()
    {
        for (const Operation &op : oneOfEach()) {
            const QJsonObject json = op.toRequest();
            QCOMPARE(json.value(QStringLiteral("type")).toString(), op.name());
            QVERIFY(isId(json.value(QStringLiteral("broadcastId")).toString()));
            // What a change makes is named by its broadcastId, so the id goes once.
            QCOMPARE(json.contains(QStringLiteral("marker")),
                     op.kind != Operation::Kind::CreateMarker);
            QCOMPARE(json.contains(QStringLiteral("comment")),
                     op.kind == Operation::Kind::EditComment
                         || op.kind == Operation::Kind::DeleteComment);
            OpError error;
            const std::optional<Operation> back = Operation::fromRequest(json, &error);
            QVERIFY2(back, qPrintable(error.message));
            QCOMPARE(*back, op);
        }
    }

    void eventRoundTripAndBroadcastTypes()
    {
        const QStringList expected {
            QStringLiteral("new-image-chat"),     QStringLiteral("image-chat-updated"),
            QStringLiteral("image-chat-updated"), QStringLiteral("image-chat-updated"),
            QStringLiteral("image-chat-updated"), QStringLiteral("image-chat-updated"),
            QStringLiteral("deleted-image-chat")
        };
        const QList<Operation> ops = oneOfEach();
        for (int i = 0; i < ops.size(); ++i) {
            Event event { ops[i], i + 1, 1700000000000 + i, QStringLiteral("user1234"),
                          ops[i].kind == Operation::Kind::CreateMarker
                                  || ops[i].kind == Operation::Kind::AddComment
                              ? QStringLiteral("Ana")
                              : QString() };
            const QJsonObject json = event.toJson();
            QCOMPARE(json.value(QStringLiteral("type")).toString(), expected[i]);
            QCOMPARE(json.value(QStringLiteral("broadcastId")).toString(), ops[i].broadcastId);
            QCOMPARE(json.value(QStringLiteral("seq")).toInteger(), i + 1);
            OpError error;
            const std::optional<Event> back = Event::fromJson(json, &error);
            QVERIFY2(back, qPrintable(error.message));
            QCOMPARE(back->op, event.op);
            QCOMPARE(back->seq, event.seq);
            QCOMPARE(back->at, event.at);
            QCOMPARE(back->author, event.author);
            QCOMPARE(back->authorName, event.authorName);
            QVERIFY(!back->nameKnown);
            QCOMPARE(json.contains(QStringLiteral("name")), ops[i].makesComment());

            // A name the room knows is left out, and read back as left out.
            event.nameKnown = ops[i].makesComment();
            const QJsonObject light = event.toJson();
            QVERIFY(!light.contains(QStringLiteral("name")));
            const std::optional<Event> lightBack = Event::fromJson(light, &error);
            QVERIFY2(lightBack, qPrintable(error.message));
            QCOMPARE(lightBack->op, event.op);
            QCOMPARE(lightBack->nameKnown, ops[i].makesComment());
            QVERIFY(lightBack->authorName.isEmpty());
        }
    }

    void renewedMakesNewIds()
    {
        const Operation create = Operation::createMarker(0.5, 0.5, QStringLiteral("x"));
        const Operation again = create.renewed();
        QVERIFY(again.broadcastId != create.broadcastId);
        QCOMPARE(again.marker, again.broadcastId);
        QCOMPARE(again.text, create.text);
        const Operation reply = Operation::addComment(create.marker, QStringLiteral("y"));
        const Operation replyAgain = reply.renewed();
        QCOMPARE(replyAgain.marker, create.marker);
        QCOMPARE(replyAgain.comment, replyAgain.broadcastId);
        QVERIFY(replyAgain.comment != reply.comment);
        const Operation move = Operation::moveMarker(create.marker, 0.1, 0.2).renewed();
        QCOMPARE(move.marker, create.marker);
    }

    void requestsMakeNewIdsAndMayNameOldOnes()
    {
        const QByteArray id = newId().toLatin1();
        const QByteArray uuid = newUuid().toLatin1();
        OpError error;
        // A marker made before version 2 still takes comments, edits, deletes.
        std::optional<Operation> op =
            Operation::fromRequest(parse(R"({"type":"add-comment","broadcastId":")" + id
                                         + R"(","marker":")" + uuid + R"(","text":"hi"})"),
                                   &error);
        QVERIFY2(op, qPrintable(error.message));
        QCOMPARE(op->marker, QString::fromLatin1(uuid));
        QCOMPARE(op->comment, QString::fromLatin1(id));
        op = Operation::fromRequest(parse(R"({"type":"delete-comment","broadcastId":")" + id
                                          + R"(","marker":")" + uuid + R"(","comment":")" + uuid
                                          + R"("})"),
                                    &error);
        QVERIFY2(op, qPrintable(error.message));
        // Saying the made id is the broadcastId is allowed.
        op = Operation::fromRequest(parse(R"({"type":"create-marker","broadcastId":")" + id
                                          + R"(","marker":")" + id
                                          + R"(","text":"hi","x":0.5,"y":0.5})"),
                                    &error);
        QVERIFY2(op, qPrintable(error.message));
        QCOMPARE(op->marker, QString::fromLatin1(id));
    }

    void broadcastsFromOlderLogsStillRead()
    {
        // Stored by a version 1 server: UUIDs, and the made ids spelt out.
        const QJsonObject create = parse(
            R"({"at":1795293415827,"broadcastId":"58be1f9e-88f8-43ef-b71e-e91c81b7bde6","by":"gtOyLGMh6Hf1IvXh","marker":"ac286db1-e83b-4f07-82a5-4675aa1b2ef0","name":"Ada","seq":1,"text":"Is this wall load-bearing? Please check.","type":"new-image-chat","x":0.4215,"y":0.3782})");
        OpError error;
        std::optional<Event> event = Event::fromJson(create, &error);
        QVERIFY2(event, qPrintable(error.message));
        QCOMPARE(event->op.broadcastId, QStringLiteral("58be1f9e-88f8-43ef-b71e-e91c81b7bde6"));
        QCOMPARE(event->op.marker, QStringLiteral("ac286db1-e83b-4f07-82a5-4675aa1b2ef0"));
        QCOMPARE(event->authorName, QStringLiteral("Ada"));
        QVERIFY(!event->nameKnown);
        // Written again, it says the same.
        QCOMPARE(event->toJson(), create);

        const QJsonObject reply = parse(
            R"({"at":1795293419335,"broadcastId":"11ca9d4f-1d67-476c-854c-07d2857361bf","by":"x6FZkqHpzMYx0kpj","change":"add-comment","comment":"800c7d3e-39d6-469e-8e4d-1c22675d496b","marker":"ac286db1-e83b-4f07-82a5-4675aa1b2ef0","name":"Bob","seq":2,"text":"Yes, it carries the roof beam.","type":"image-chat-updated"})");
        event = Event::fromJson(reply, &error);
        QVERIFY2(event, qPrintable(error.message));
        QCOMPARE(event->op.comment, QStringLiteral("800c7d3e-39d6-469e-8e4d-1c22675d496b"));
        QCOMPARE(event->toJson(), reply);
    }

    void updateCannotSmuggleCreateOrDelete()
    {
        Event event { Operation::createMarker(0.1, 0.1, QStringLiteral("x")), 1, 1,
                      QStringLiteral("u"), QStringLiteral("n") };
        QJsonObject json = event.toJson();
        json.insert(QStringLiteral("type"), QStringLiteral("image-chat-updated"));
        json.insert(QStringLiteral("change"), QStringLiteral("create-marker"));
        OpError error;
        QVERIFY(!Event::fromJson(json, &error));
        QCOMPARE(error.code, ErrorCode::UnknownType);
    }

    void shapeErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        const QByteArray id = newId().toLatin1();
        const QByteArray other = newId().toLatin1();
        const QByteArray uuid = newUuid().toLatin1();
        QTest::newRow("unknown type")
            << QByteArray(R"({"type":"make-coffee"})") << ErrorCode::UnknownType;
        QTest::newRow("no broadcastId")
            << QByteArray(R"({"type":"delete-marker","marker":")" + id + R"("})")
            << ErrorCode::BadRequest;
        QTest::newRow("braced uuid") << QByteArray(R"({"type":"delete-marker","broadcastId":"{)"
                                                   + id + R"(}","marker":")" + id + R"("})")
                                     << ErrorCode::BadRequest;
        QTest::newRow("uuid broadcastId") << QByteArray(R"({"type":"delete-marker","broadcastId":")"
                                                        + uuid + R"(","marker":")" + id + R"("})")
                                          << ErrorCode::BadRequest;
        QTest::newRow("short broadcastId")
            << QByteArray(R"({"type":"delete-marker","broadcastId":")" + id.left(15)
                          + R"(","marker":")" + id + R"("})")
            << ErrorCode::BadRequest;
        QTest::newRow("marker not an id") << QByteArray(R"({"type":"delete-marker","broadcastId":")"
                                                        + id + R"(","marker":"not/an/id/at/all"})")
                                          << ErrorCode::BadRequest;
        QTest::newRow("create names another marker")
            << QByteArray(R"({"type":"create-marker","broadcastId":")" + id + R"(","marker":")"
                          + other + R"(","text":"hi","x":0.5,"y":0.5})")
            << ErrorCode::BadRequest;
        QTest::newRow("create names a uuid marker")
            << QByteArray(R"({"type":"create-marker","broadcastId":")" + id + R"(","marker":")"
                          + uuid + R"(","text":"hi","x":0.5,"y":0.5})")
            << ErrorCode::BadRequest;
        QTest::newRow("add-comment names another comment")
            << QByteArray(R"({"type":"add-comment","broadcastId":")" + id + R"(","marker":")"
                          + other + R"(","comment":")" + other + R"(","text":"hi"})")
            << ErrorCode::BadRequest;
        QTest::newRow("edit-comment without comment")
            << QByteArray(R"({"type":"edit-comment","broadcastId":")" + id + R"(","marker":")"
                          + other + R"(","text":"hi"})")
            << ErrorCode::BadRequest;
        QTest::newRow("x is a string")
            << QByteArray(R"({"type":"move-marker","broadcastId":")" + id + R"(","marker":")" + id
                          + R"(","x":"0.5","y":0.5})")
            << ErrorCode::BadRequest;
        QTest::newRow("resolved is a number")
            << QByteArray(R"({"type":"set-resolved","broadcastId":")" + id + R"(","marker":")" + id
                          + R"(","resolved":1})")
            << ErrorCode::BadRequest;
        QTest::newRow("text missing") << QByteArray(R"({"type":"add-comment","broadcastId":")" + id
                                                    + R"(","marker":")" + other + R"("})")
                                      << ErrorCode::BadRequest;
    }

    void shapeErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        OpError error;
        QVERIFY(!Operation::fromRequest(QJsonDocument::fromJson(json).object(), &error));
        QCOMPARE(error.code, code);
        QVERIFY(!error.message.isEmpty());
    }

    void validation()
    {
        QCOMPARE(Operation::createMarker(1.5, 0.5, QStringLiteral("x")).validate().code,
                 ErrorCode::OutOfRange);
        QCOMPARE(Operation::createMarker(0.5, -0.01, QStringLiteral("x")).validate().code,
                 ErrorCode::OutOfRange);
        QCOMPARE(Operation::moveMarker(newId(), qQNaN(), 0.5).validate().code,
                 ErrorCode::OutOfRange);
        QCOMPARE(Operation::createMarker(0.5, 0.5, QStringLiteral("  \n")).validate().code,
                 ErrorCode::Empty);
        QVERIFY(!Operation::createMarker(0, 1, QStringLiteral("corner")).validate());

        // 4,000 characters are fine, counted as characters: emoji are two
        // UTF-16 units each but one character.
        const QString emoji = QString::fromUtf8("\xF0\x9F\x99\x82");
        QVERIFY(!Operation::addComment(newId(), emoji.repeated(4000)).validate());
        QCOMPARE(Operation::addComment(newId(), emoji.repeated(4001)).validate().code,
                 ErrorCode::TooLong);
        QCOMPARE(Operation::editComment(newId(), newId(), QString(4001, QLatin1Char('a')))
                     .validate()
                     .code,
                 ErrorCode::TooLong);
    }

    void coordinatesAreRounded()
    {
        const Operation op = Operation::createMarker(0.123456789, 0.987654321, QStringLiteral("x"));
        QCOMPARE(op.x, 0.12346);
        QCOMPARE(op.y, 0.98765);
        // Read the same way from a request, whatever a client sent.
        OpError error;
        QJsonObject json = op.toRequest();
        json.insert(QStringLiteral("x"), 0.333333333);
        const std::optional<Operation> back = Operation::fromRequest(json, &error);
        QVERIFY2(back, qPrintable(error.message));
        QCOMPARE(back->x, 0.33333);
    }

    void newImageChatIsLight()
    {
        // S8 and its target: a marker with a 40-character comment, in a room
        // far into its history, by an author the room knows, is at most 200
        // bytes on the wire; the author's first comment carries the name too.
        const QString comment = QStringLiteral("Make this button the brand colour pls!!");
        QCOMPARE(comment.size() + 1, 40);
        Event event { Operation::createMarker(0.421337, 0.187512, comment + QLatin1Char('.')), 4711,
                      1763760000000, QStringLiteral("Qx3v9TbZr1WkLp0A"), QStringLiteral("Ana") };
        const QByteArray named = Protocol::encode(event.toJson()).toUtf8();
        event.nameKnown = true;
        const QByteArray light = Protocol::encode(event.toJson()).toUtf8();
        qInfo("new-image-chat with a 40-character comment at seq 4711: %lld bytes on the wire "
              "(%lld of JSON); %lld with the author's name",
              onTheWire(light.size()), qint64(light.size()), onTheWire(named.size()));
        QVERIFY2(light.size() < named.size(), light.constData());
        QVERIFY2(onTheWire(light.size()) <= 200, light.constData());
        QVERIFY2(onTheWire(named.size()) < 1024, named.constData());
    }

    void namesTheRoomKnowsAreLeftOut()
    {
        // The sender's and every receiver's copy decide the same way, from
        // the conversations alone.
        RoomState server;
        const QString ana = QStringLiteral("ana-user-id-0001");
        auto make = [&](const Operation &op, qint64 seq, const QString &name) {
            Event event { op, seq, 1000 + seq, ana, name };
            event.nameKnown = server.knowsName(event);
            return event;
        };
        RoomState client;
        auto deliver = [&](const Event &sent) {
            OpError error;
            std::optional<Event> got = Event::fromJson(sent.toJson(), &error);
            QVERIFY2(got, qPrintable(error.message));
            QVERIFY(!client.fillName(&*got));
            QCOMPARE(got->authorName, sent.authorName);
            QVERIFY(!client.apply(*got));
            QVERIFY(!server.apply(sent));
        };

        const Event first =
            make(Operation::createMarker(0.1, 0.1, QStringLiteral("a")), 1, QStringLiteral("Ana"));
        QVERIFY(!first.nameKnown); // nobody knows Ana yet
        deliver(first);
        const Event second =
            make(Operation::createMarker(0.2, 0.2, QStringLiteral("b")), 2, QStringLiteral("Ana"));
        QVERIFY(second.nameKnown);
        deliver(second);
        // Renamed: said once, then known.
        const Event renamed = make(Operation::addComment(first.op.marker, QStringLiteral("c")), 3,
                                   QStringLiteral("Ana B."));
        QVERIFY(!renamed.nameKnown);
        deliver(renamed);
        const Event third = make(Operation::createMarker(0.3, 0.3, QStringLiteral("d")), 4,
                                 QStringLiteral("Ana B."));
        QVERIFY(third.nameKnown);
        deliver(third);
        QCOMPARE(client.find(third.op.marker)->comments.first().authorName,
                 QStringLiteral("Ana B."));
        // Her latest comments go: the room falls back to the one before.
        deliver(make(Operation::deleteMarker(third.op.marker), 5, QString()));
        deliver(make(Operation::deleteComment(first.op.marker, renamed.op.comment), 6, QString()));
        QCOMPARE(server.knownName(ana), QStringLiteral("Ana"));
        QCOMPARE(client.knownName(ana), QStringLiteral("Ana"));
        // All of them go: nothing is known, the name is said again.
        deliver(make(Operation::deleteMarker(first.op.marker), 7, QString()));
        deliver(make(Operation::deleteMarker(second.op.marker), 8, QString()));
        QVERIFY(!client.knownName(ana));
        const Event again =
            make(Operation::createMarker(0.4, 0.4, QStringLiteral("e")), 9, QStringLiteral("Ana"));
        QVERIFY(!again.nameKnown);
        deliver(again);
        // A snapshot of the room knows the same names.
        const std::optional<RoomState> snapshot = RoomState::fromJson(server.toJson());
        QVERIFY(snapshot);
        QCOMPARE(snapshot->knownName(ana), QStringLiteral("Ana"));
        QCOMPARE(server.toJson(), client.toJson());
    }

    void aLeftOutNameTheRoomDoesNotKnowIsRefused()
    {
        RoomState state;
        Event event { Operation::createMarker(0.5, 0.5, QStringLiteral("x")), 1, 1,
                      QStringLiteral("stranger"), QString() };
        event.nameKnown = true;
        OpError error;
        std::optional<Event> got = Event::fromJson(event.toJson(), &error);
        QVERIFY(got);
        QCOMPARE(state.fillName(&*got).code, ErrorCode::BadRequest);
        QCOMPARE(state.apply(*got).code, ErrorCode::BadRequest);
        QCOMPARE(state.size(), 0);
    }

    void helloRefusesOtherVersions()
    {
        Protocol::Hello hello;
        hello.version = 99;
        OpError error;
        QVERIFY(!Protocol::Hello::fromJson(hello.toJson(), &error));
        QCOMPARE(error.code, ErrorCode::UnsupportedVersion);
        QVERIFY(error.message.contains(QLatin1String("99")));
        hello.version = Protocol::Version;
        QVERIFY(Protocol::Hello::fromJson(hello.toJson(), &error));
    }
};

QTEST_GUILESS_MAIN(TestOperation)
#include "tst_operation.moc"
