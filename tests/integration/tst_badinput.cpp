#include "ids.h"
#include "rawclient.h"
#include "testserver.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include <optional>

using namespace ImageChat;
using namespace ImageChat::Test;

// Runs a helper that checks with QVERIFY/QCOMPARE and stops the test if it failed.
#define CHECK(call)                                                                                \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

// QTRY_VERIFY, but checking after every event rather than every 50 ms: the
// tests wait for many round trips.
#define WAIT_VERIFY(expr)                                                                          \
    QVERIFY2(waitUntil([&] { return bool(expr); }), "timed out waiting for " #expr)

namespace {

// Placeholders in test data, filled in by the test once the fixture exists
// (data functions run before init()).
const QString AuthorMarker = QStringLiteral("<author-marker>");
const QString NewId = QStringLiteral("<new-id>");

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A request as a test writes it; "broadcastId" is a fresh UUID unless given.
QJsonObject request(const QString &type, QJsonObject fields = {})
{
    fields.insert(QStringLiteral("type"), type);
    if (!fields.contains(QStringLiteral("broadcastId")))
        fields.insert(QStringLiteral("broadcastId"), NewId);
    return fields;
}

// What the server keeps: the rows of every table of its SQLite file, and the
// room's sequence, log and conversations as its store reports them.
struct ServerState
{
    QMap<QString, qint64> rows;
    qint64 seq = -1;
    QString epoch;
    QString events;
    QString conversations;
};

QMap<QString, qint64> rowsPerTable(const QString &dataDir)
{
    QMap<QString, qint64> rows;
    for (const char *table : { "users", "images", "rooms", "events", "conversations", "settings" })
        rows.insert(QLatin1String(table), countRows(dataDir, table));
    return rows;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void invalidJson_data();
    void invalidJson();
    void notAnObjectWithType_data();
    void notAnObjectWithType();
    void unknownType_data();
    void unknownType();
    void oversizeFrame_data();
    void oversizeFrame();
    void oversizeTextMessage_data();
    void oversizeTextMessage();
    void commentTooLong_data();
    void commentTooLong();
    void emptyComment_data();
    void emptyComment();
    void coordinatesOutOfRange_data();
    void coordinatesOutOfRange();
    void unknownMarkerOrComment_data();
    void unknownMarkerOrComment();
    void malformedIds_data();
    void malformedIds();
    void wrongKey_data();
    void wrongKey();
    void unknownRoom_data();
    void unknownRoom();
    void operationBeforeHello_data();
    void operationBeforeHello();
    void operationOnDownloadOnlyConnection();
    void unsupportedVersion_data();
    void unsupportedVersion();
    void editOthersComment();
    void deleteOthersComment();
    void deleteOthersMarker();
    void ownerMayDeleteOthersMarker();
    void forgedIdentity_data();
    void forgedIdentity();

private:
    ServerState serverState();
    QJsonObject resolve(QJsonObject request) const;
    void submitAndWait(Test::TestClient &client, const Operation &op);
    void verifyRefusal(const std::optional<QJsonObject> &reply, const QString &code,
                       const QString &broadcastId = {});
    void verifyClosedByServer(RawClient &raw, QWebSocketProtocol::CloseCode code);
    void verifySameState(const ServerState &before, const ServerState &after);
    void verifyStillServing(const ServerState &before, RawClient *offender);
    void verifyUnchangedAndServing(const ServerState &before, RawClient *offender);
    void verifyRequestRefused(const QJsonObject &request, const QString &code, bool replyWithId);

    std::unique_ptr<Test::TestServer> m_server;
    RoomLink m_link;
    Protocol::Identity m_owner;
    std::unique_ptr<Test::TestClient> m_author;
    std::unique_ptr<Test::TestClient> m_observer;
    // The author's marker; its first comment has the same id.
    QString m_authorMarker;
};

void TestBadInput::init()
{
    m_server = std::make_unique<Test::TestServer>();
    m_owner = {};
    m_link = m_server->createRoom(&m_owner);
    QVERIFY(m_owner.isValid());
    m_author =
        std::make_unique<Test::TestClient>(m_link, Protocol::Identity(), QStringLiteral("author"));
    m_observer = std::make_unique<Test::TestClient>(m_link, Protocol::Identity(),
                                                    QStringLiteral("observer"));
    m_author->sync.start();
    m_observer->sync.start();
    WAIT_VERIFY(m_author->sync.state() == SyncService::State::Live
                && m_observer->sync.state() == SyncService::State::Live);
    QVERIFY(m_author->sync.identity().user != m_owner.user);
    // Only the two well-behaved clients are connected (the upload is over).
    WAIT_VERIFY(m_server->server().connectionCount() == 2);

    const Operation op =
        Operation::createMarker(0.25, 0.75, QStringLiteral("The author's first comment"));
    CHECK(submitAndWait(*m_author, op));
    m_authorMarker = op.marker;
}

void TestBadInput::cleanup()
{
    m_observer.reset();
    m_author.reset();
    m_server.reset();
}

ServerState TestBadInput::serverState()
{
    ServerState state;
    state.rows = rowsPerTable(m_server->dataDir());
    Store &store = m_server->store();
    if (const Lookup<RoomRecord> room = store.room(m_link.room)) {
        state.seq = room->seq;
        state.epoch = room->epoch;
    }
    state.events = compact(store.eventsAfter(m_link.room, 0).value_or(QJsonArray()));
    if (const std::optional<RoomState> conversations = store.loadState(m_link.room))
        state.conversations = compact(conversations->toJson());
    return state;
}

// Fills in the placeholders of a request written in a data function.
QJsonObject TestBadInput::resolve(QJsonObject request) const
{
    for (auto it = request.begin(); it != request.end(); ++it) {
        const QString value = it.value().toString();
        if (value == AuthorMarker)
            it.value() = m_authorMarker;
        else if (value == NewId)
            it.value() = newId();
    }
    return request;
}

void TestBadInput::submitAndWait(Test::TestClient &client, const Operation &op)
{
    QSignalSpy confirmed(&client.sync, &SyncService::operationConfirmed);
    QSignalSpy failed(&client.sync, &SyncService::operationFailed);
    const SyncService::Submission submission = client.sync.submit(op);
    QVERIFY2(submission.sent, qPrintable(submission.error.message));
    WAIT_VERIFY(!confirmed.isEmpty() || !failed.isEmpty());
    QVERIFY(failed.isEmpty());
    const qint64 seq = m_server->store().room(m_link.room)->seq;
    WAIT_VERIFY(client.model.seq() == seq && m_observer->model.seq() == seq);
}

void TestBadInput::verifyRefusal(const std::optional<QJsonObject> &reply, const QString &code,
                                 const QString &broadcastId)
{
    QVERIFY2(reply, "the server did not answer the bad request");
    const QString type = reply->value(QStringLiteral("type")).toString();
    if (broadcastId.isEmpty()) {
        QVERIFY2(type == QLatin1String("error"), qPrintable(compact(*reply)));
    } else {
        QVERIFY2(type == QLatin1String("rejected"), qPrintable(compact(*reply)));
        QCOMPARE(reply->value(QStringLiteral("broadcastId")).toString(), broadcastId);
    }
    QCOMPARE(reply->value(QStringLiteral("code")).toString(), code);
    QVERIFY2(!reply->value(QStringLiteral("message")).toString().trimmed().isEmpty(),
             "a refusal must say why in words");
}

void TestBadInput::verifyClosedByServer(RawClient &raw, QWebSocketProtocol::CloseCode code)
{
    QVERIFY2(raw.waitForDisconnected(), "the server should have closed the connection");
    QCOMPARE(raw.closeCode(), code);
    // ... and forgotten it.
    WAIT_VERIFY(m_server->server().connectionCount() == 2);
}

void TestBadInput::verifySameState(const ServerState &before, const ServerState &after)
{
    for (auto it = before.rows.cbegin(); it != before.rows.cend(); ++it) {
        QVERIFY2(it.value() >= 0, "cannot read the server's database");
        QVERIFY2(after.rows.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("table \"%1\" had %2 rows before the bad request and "
                                           "%3 after it")
                                .arg(it.key())
                                .arg(it.value())
                                .arg(after.rows.value(it.key()))));
    }
    QCOMPARE(after.seq, before.seq);
    QCOMPARE(after.epoch, before.epoch);
    QCOMPARE(after.events, before.events);
    QCOMPARE(after.conversations, before.conversations);
}

// The server goes on serving: a newcomer can join and sees the room exactly
// as it was before the bad request, and the next change by a well-behaved
// client reaches everyone in the room, the offender included if still there.
void TestBadInput::verifyStillServing(const ServerState &before, RawClient *offender)
{
    QVERIFY(before.seq > 0);
    Test::TestClient newcomer(m_link, Protocol::Identity(), QStringLiteral("newcomer"));
    newcomer.sync.start();
    WAIT_VERIFY(newcomer.sync.state() == SyncService::State::Live);
    QCOMPARE(newcomer.model.seq(), before.seq);
    QCOMPARE(compact(newcomer.model.confirmedState().toJson()), before.conversations);

    const Operation op = Operation::createMarker(0.5, 0.5, QStringLiteral("Still here?"));
    QVERIFY(m_author->sync.submit(op).sent);
    WAIT_VERIFY(m_observer->model.conversation(op.marker));
    // Nothing of the bad request came before it.
    QCOMPARE(m_observer->model.seq(), before.seq + 1);
    WAIT_VERIFY(newcomer.model.conversation(op.marker));
    QCOMPARE(newcomer.model.seq(), before.seq + 1);

    if (offender) {
        const std::optional<QJsonObject> broadcast = offender->next();
        QVERIFY2(broadcast, "the offender's connection no longer gets the room's changes");
        QCOMPARE(broadcast->value(QStringLiteral("type")).toString(),
                 QStringLiteral("new-image-chat"));
        // The new marker's id is the change's broadcastId.
        QCOMPARE(broadcast->value(QStringLiteral("broadcastId")).toString(), op.marker);
        QCOMPARE(broadcast->value(QStringLiteral("seq")).toInteger(), before.seq + 1);
    }
}

void TestBadInput::verifyUnchangedAndServing(const ServerState &before, RawClient *offender)
{
    const ServerState after = serverState();
    CHECK(verifyStillServing(before, offender));
    CHECK(verifySameState(before, after));
}

// Joins the room on a raw connection, sends the request and expects it
// refused with the code, with no harm done.
void TestBadInput::verifyRequestRefused(const QJsonObject &request, const QString &code,
                                        bool replyWithId)
{
    RawClient raw;
    QVERIFY(raw.join(m_link));
    const ServerState before = serverState();

    raw.sendJson(request);
    CHECK(verifyRefusal(raw.next(), code,
                        replyWithId ? request.value(QStringLiteral("broadcastId")).toString()
                                    : QString()));
    CHECK(verifyUnchangedAndServing(before, &raw));
}

void TestBadInput::invalidJson_data()
{
    QTest::addColumn<QString>("frame");
    QTest::newRow("truncated") << QStringLiteral(R"({"type":"add-comment","marker":)");
    QTest::newRow("prose") << QStringLiteral("please add a comment");
    QTest::newRow("single quotes") << QStringLiteral("{'type':'create-marker'}");
    QTest::newRow("trailing garbage") << QStringLiteral(R"({"type":"create-marker"} x)");
    QTest::newRow("empty frame") << QString();
}

void TestBadInput::invalidJson()
{
    QFETCH(QString, frame);
    RawClient raw;
    QVERIFY(raw.join(m_link));
    const ServerState before = serverState();

    raw.sendText(frame);
    CHECK(verifyRefusal(raw.next(), ErrorCode::BadJson));
    CHECK(verifyUnchangedAndServing(before, &raw));
}

void TestBadInput::notAnObjectWithType_data()
{
    QTest::addColumn<QString>("frame");
    QTest::addColumn<QString>("code");
    QTest::newRow("array") << QStringLiteral(R"(["create-marker"])") << ErrorCode::BadRequest;
    QTest::newRow("empty object") << QStringLiteral("{}") << ErrorCode::BadRequest;
    QTest::newRow("type is a number") << QStringLiteral(R"({"type":7})") << ErrorCode::BadRequest;
    QTest::newRow("type is null") << QStringLiteral(R"({"type":null})") << ErrorCode::BadRequest;
    QTest::newRow("no type") << QStringLiteral(R"({"kind":"create-marker","x":0.5,"y":0.5})")
                             << ErrorCode::BadRequest;
    // Qt's parser, like RFC 4627, wants an object or an array at the top, so
    // a bare value counts as not JSON at all.
    QTest::newRow("string") << QStringLiteral(R"("create-marker")") << ErrorCode::BadJson;
    QTest::newRow("number") << QStringLiteral("42") << ErrorCode::BadJson;
    QTest::newRow("null") << QStringLiteral("null") << ErrorCode::BadJson;
}

void TestBadInput::notAnObjectWithType()
{
    QFETCH(QString, frame);
    QFETCH(QString, code);
    RawClient raw;
    QVERIFY(raw.join(m_link));
    const ServerState before = serverState();

    raw.sendText(frame);
    CHECK(verifyRefusal(raw.next(), code));
    CHECK(verifyUnchangedAndServing(before, &raw));
}

void TestBadInput::unknownType_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("made up") << QStringLiteral("launch-rockets");
    QTest::newRow("empty") << QString();
    QTest::newRow("other case") << QStringLiteral("CREATE-MARKER");
    QTest::newRow("server's welcome") << QStringLiteral("welcome");
    QTest::newRow("server's accepted") << QStringLiteral("accepted");
    QTest::newRow("a broadcast") << QStringLiteral("new-image-chat");
}

void TestBadInput::unknownType()
{
    QFETCH(QString, type);
    const QJsonObject message { { QStringLiteral("type"), type },
                                { QStringLiteral("marker"), newId() },
                                { QStringLiteral("x"), 0.5 },
                                { QStringLiteral("y"), 0.5 },
                                { QStringLiteral("text"), QStringLiteral("hi") } };
    CHECK(verifyRequestRefused(message, ErrorCode::UnknownType, false));
}

void TestBadInput::oversizeFrame_data()
{
    QTest::addColumn<bool>("binary");
    QTest::newRow("text") << false;
    QTest::newRow("binary") << true;
}

void TestBadInput::oversizeFrame()
{
    QFETCH(bool, binary);
    RawClient raw;
    QVERIFY(raw.join(m_link));
    const ServerState before = serverState();

    const qsizetype size = Protocol::MaxIncomingMessageBytes + 1024;
    if (binary)
        raw.sendBinary(QByteArray(size, 'x'));
    else
        raw.sendText(QString(size, QLatin1Char('x')));
    // Qt refuses it before it is read whole: the connection closes with 1009.
    CHECK(verifyClosedByServer(raw, QWebSocketProtocol::CloseCodeTooMuchData));
    QCOMPARE(raw.unreadMessages(), 0);
    CHECK(verifyUnchangedAndServing(before, nullptr));
}

void TestBadInput::oversizeTextMessage_data()
{
    // A well-formed add-comment whose text alone is past the size limit for
    // text messages but within what the connection lets through; were the
    // size not checked, the answer would be "too-long" instead.
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii, 96 KiB") << QString(96 * 1024, QLatin1Char('a'));
    // 40,000 characters but 80,000 bytes of UTF-8 on the wire.
    QTest::newRow("two-byte UTF-8, 78 KiB") << QString(40000, QChar(0xe9));
}

void TestBadInput::oversizeTextMessage()
{
    QFETCH(QString, text);
    RawClient raw;
    QVERIFY(raw.join(m_link));
    const ServerState before = serverState();

    const QString frame =
        compact(QJsonObject { { QStringLiteral("type"), QStringLiteral("add-comment") },
                              { QStringLiteral("broadcastId"), newId() },
                              { QStringLiteral("marker"), m_authorMarker },
                              { QStringLiteral("text"), text } });
    const qsizetype bytes = frame.toUtf8().size();
    QVERIFY(bytes > Protocol::MaxTextMessageBytes);
    QVERIFY(bytes < Protocol::MaxIncomingMessageBytes);

    raw.sendText(frame);
    // The server does not read a message this large, so cannot know its broadcastId.
    CHECK(verifyRefusal(raw.next(), ErrorCode::TooLarge));
    CHECK(verifyUnchangedAndServing(before, &raw));
}

void TestBadInput::commentTooLong_data()
{
    QTest::addColumn<QJsonObject>("request");
    const QString tooLong(Limits::MaxCommentChars + 1, QLatin1Char('w'));
    // Characters are counted as people count them: 4,001 emoji are too many
    // although their UTF-8 is only 16 KB.
    QString emoji;
    for (int i = 0; i <= Limits::MaxCommentChars; ++i)
        emoji += QString::fromUcs4(U"\U0001F600", 1);

    QTest::newRow("create-marker") << request(QStringLiteral("create-marker"),
                                              { { QStringLiteral("x"), 0.5 },
                                                { QStringLiteral("y"), 0.5 },
                                                { QStringLiteral("text"), tooLong } });
    QTest::newRow("add-comment") << request(
        QStringLiteral("add-comment"),
        { { QStringLiteral("marker"), AuthorMarker }, { QStringLiteral("text"), tooLong } });
    QTest::newRow("add-comment, emoji") << request(
        QStringLiteral("add-comment"),
        { { QStringLiteral("marker"), AuthorMarker }, { QStringLiteral("text"), emoji } });
}

void TestBadInput::commentTooLong()
{
    QFETCH(QJsonObject, request);
    CHECK(verifyRequestRefused(resolve(request), ErrorCode::TooLong, true));
}

void TestBadInput::emptyComment_data()
{
    QTest::addColumn<QJsonObject>("request");
    for (const QString &text : { QString(), QStringLiteral(" \n\t ") }) {
        const QByteArray what = text.isEmpty() ? "empty" : "blank";
        QTest::addRow("create-marker, %s", what.constData())
            << request(QStringLiteral("create-marker"),
                       { { QStringLiteral("x"), 0.5 },
                         { QStringLiteral("y"), 0.5 },
                         { QStringLiteral("text"), text } });
        QTest::addRow("add-comment, %s", what.constData()) << request(
            QStringLiteral("add-comment"),
            { { QStringLiteral("marker"), AuthorMarker }, { QStringLiteral("text"), text } });
    }
}

void TestBadInput::emptyComment()
{
    QFETCH(QJsonObject, request);
    CHECK(verifyRequestRefused(resolve(request), ErrorCode::Empty, true));
}

void TestBadInput::coordinatesOutOfRange_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonValue>("x");
    QTest::addColumn<QJsonValue>("y");
    QTest::addColumn<QString>("code");
    const QString create = QStringLiteral("create-marker");
    const QString move = QStringLiteral("move-marker");
    QTest::newRow("create, x=1.5")
        << create << QJsonValue(1.5) << QJsonValue(0.5) << ErrorCode::OutOfRange;
    QTest::newRow("create, y=-0.1")
        << create << QJsonValue(0.5) << QJsonValue(-0.1) << ErrorCode::OutOfRange;
    // Checked after rounding to 5 decimals: the least that is off the image.
    QTest::newRow("create, x=1.00001")
        << create << QJsonValue(1.00001) << QJsonValue(0.0) << ErrorCode::OutOfRange;
    QTest::newRow("create, x a string")
        << create << QJsonValue(QStringLiteral("0.5")) << QJsonValue(0.5) << ErrorCode::BadRequest;
    QTest::newRow("create, y null")
        << create << QJsonValue(0.5) << QJsonValue(QJsonValue::Null) << ErrorCode::BadRequest;
    QTest::newRow("create, y true")
        << create << QJsonValue(0.5) << QJsonValue(true) << ErrorCode::BadRequest;
    QTest::newRow("create, no x") << create << QJsonValue(QJsonValue::Undefined) << QJsonValue(0.5)
                                  << ErrorCode::BadRequest;
    QTest::newRow("move, x=1.5") << move << QJsonValue(1.5) << QJsonValue(0.5)
                                 << ErrorCode::OutOfRange;
    QTest::newRow("move, y=-0.1") << move << QJsonValue(0.5) << QJsonValue(-0.1)
                                  << ErrorCode::OutOfRange;
    QTest::newRow("move, x an array")
        << move << QJsonValue(QJsonArray { 0.5 }) << QJsonValue(0.5) << ErrorCode::BadRequest;
}

void TestBadInput::coordinatesOutOfRange()
{
    QFETCH(QString, type);
    QFETCH(QJsonValue, x);
    QFETCH(QJsonValue, y);
    QFETCH(QString, code);
    const bool create = type == QLatin1String("create-marker");
    // A new marker takes the change's broadcastId as its id.
    QJsonObject message =
        create ? request(type) : request(type, { { QStringLiteral("marker"), AuthorMarker } });
    if (create)
        message.insert(QStringLiteral("text"), QStringLiteral("Look here"));
    if (!x.isUndefined())
        message.insert(QStringLiteral("x"), x);
    if (!y.isUndefined())
        message.insert(QStringLiteral("y"), y);
    CHECK(verifyRequestRefused(resolve(message), code, true));
}

void TestBadInput::unknownMarkerOrComment_data()
{
    QTest::addColumn<QJsonObject>("request");
    QTest::newRow("add-comment") << request(
        QStringLiteral("add-comment"),
        { { QStringLiteral("marker"), NewId }, { QStringLiteral("text"), QStringLiteral("hi") } });
    QTest::newRow("move-marker") << request(QStringLiteral("move-marker"),
                                            { { QStringLiteral("marker"), NewId },
                                              { QStringLiteral("x"), 0.1 },
                                              { QStringLiteral("y"), 0.1 } });
    QTest::newRow("set-resolved") << request(
        QStringLiteral("set-resolved"),
        { { QStringLiteral("marker"), NewId }, { QStringLiteral("resolved"), true } });
    QTest::newRow("delete-marker")
        << request(QStringLiteral("delete-marker"), { { QStringLiteral("marker"), NewId } });
    QTest::newRow("edit-comment") << request(QStringLiteral("edit-comment"),
                                             { { QStringLiteral("marker"), NewId },
                                               { QStringLiteral("comment"), NewId },
                                               { QStringLiteral("text"), QStringLiteral("hi") } });
    QTest::newRow("unknown comment, existing marker") << request(
        QStringLiteral("delete-comment"),
        { { QStringLiteral("marker"), AuthorMarker }, { QStringLiteral("comment"), NewId } });
}

void TestBadInput::unknownMarkerOrComment()
{
    QFETCH(QJsonObject, request);
    CHECK(verifyRequestRefused(resolve(request), ErrorCode::NotFound, true));
}

void TestBadInput::malformedIds_data()
{
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<bool>("replyWithId");
    const QJsonObject resolve { { QStringLiteral("marker"), AuthorMarker },
                                { QStringLiteral("resolved"), true } };
    const QString setResolved = QStringLiteral("set-resolved");
    auto with = [](QJsonObject json, const QString &field, const QJsonValue &value) {
        if (value.isUndefined())
            json.remove(field);
        else
            json.insert(field, value);
        return json;
    };
    const QString id = QStringLiteral("broadcastId");
    // Protocol 1's UUIDs are refused for what a change makes, its broadcastId
    // first: such a client would not understand the replies.
    QTest::newRow("broadcastId a UUID") << with(request(setResolved, resolve), id, uuid()) << false;
    QTest::newRow("broadcastId a UUID in upper case")
        << with(request(setResolved, resolve), id, uuid().toUpper()) << false;
    QTest::newRow("broadcastId in braces")
        << with(request(setResolved, resolve), id, QLatin1Char('{') + newId() + QLatin1Char('}'))
        << false;
    QTest::newRow("broadcastId one character short")
        << with(request(setResolved, resolve), id, newId().left(15)) << false;
    QTest::newRow("broadcastId base64 padding")
        << with(request(setResolved, resolve), id, newId().left(15) + QLatin1Char('=')) << false;
    QTest::newRow("broadcastId junk")
        << with(request(setResolved, resolve), id, QStringLiteral("not-a-uuid")) << false;
    QTest::newRow("broadcastId a number") << with(request(setResolved, resolve), id, 42) << false;
    QTest::newRow("no broadcastId")
        << with(request(setResolved, resolve), id, QJsonValue::Undefined) << false;
    QTest::newRow("marker a UUID in upper case")
        << with(request(setResolved, resolve), QStringLiteral("marker"), uuid().toUpper()) << true;
    QTest::newRow("marker one character long")
        << with(request(setResolved, resolve), QStringLiteral("marker"), newId() + QLatin1Char('x'))
        << true;
    QTest::newRow("marker path") << with(request(setResolved, resolve), QStringLiteral("marker"),
                                         QStringLiteral("../../etc/passwd"))
                                 << true;
    QTest::newRow("no marker") << with(request(setResolved, resolve), QStringLiteral("marker"),
                                       QJsonValue::Undefined)
                               << true;
    QTest::newRow("comment id junk")
        << request(QStringLiteral("add-comment"),
                   { { QStringLiteral("marker"), AuthorMarker },
                     { QStringLiteral("comment"), QStringLiteral("c1") },
                     { QStringLiteral("text"), QStringLiteral("hi") } })
        << true;
    // What a change makes takes its broadcastId; naming something else is
    // refused rather than silently renamed.
    QTest::newRow("add-comment names its own comment id")
        << request(QStringLiteral("add-comment"),
                   { { QStringLiteral("marker"), AuthorMarker },
                     { QStringLiteral("comment"), newId() },
                     { QStringLiteral("text"), QStringLiteral("hi") } })
        << true;
    QTest::newRow("create-marker names its own marker id")
        << request(QStringLiteral("create-marker"),
                   { { QStringLiteral("marker"), newId() },
                     { QStringLiteral("x"), 0.5 },
                     { QStringLiteral("y"), 0.5 },
                     { QStringLiteral("text"), QStringLiteral("hi") } })
        << true;
}

void TestBadInput::malformedIds()
{
    QFETCH(QJsonObject, request);
    QFETCH(bool, replyWithId);
    CHECK(verifyRequestRefused(resolve(request), ErrorCode::BadRequest, replyWithId));
}

void TestBadInput::wrongKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("random") << QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("empty") << QString();
    // Filled in by the test: the key of another room on the same server.
    QTest::newRow("another room's") << QStringLiteral("<other-room>");
}

void TestBadInput::wrongKey()
{
    QFETCH(QString, key);
    if (key == QLatin1String("<other-room>"))
        key = m_server->createRoom().key;
    RoomLink link = m_link;
    link.key = key;
    QVERIFY(link.key != m_link.key);
    const ServerState before = serverState();

    RawClient raw;
    QVERIFY(raw.open(link.server));
    raw.sendJson(helloFor(link));
    CHECK(verifyRefusal(raw.next(), ErrorCode::WrongKey));
    CHECK(verifyClosedByServer(raw, QWebSocketProtocol::CloseCodePolicyViolated));
    CHECK(verifyUnchangedAndServing(before, nullptr));
}

void TestBadInput::unknownRoom_data()
{
    QTest::addColumn<QString>("room");
    QTest::newRow("no such room") << QStringLiteral("AAAAAAAAAAAA");
    QTest::newRow("too short") << QStringLiteral("abc");
    QTest::newRow("path") << QStringLiteral("../imagechat.sqlite");
    QTest::newRow("too long") << QString(65, QLatin1Char('A'));
}

void TestBadInput::unknownRoom()
{
    QFETCH(QString, room);
    RoomLink link = m_link;
    link.room = room;
    const ServerState before = serverState();

    RawClient raw;
    QVERIFY(raw.open(link.server));
    raw.sendJson(helloFor(link));
    CHECK(verifyRefusal(raw.next(), ErrorCode::RoomNotFound));
    CHECK(verifyClosedByServer(raw, QWebSocketProtocol::CloseCodePolicyViolated));
    CHECK(verifyUnchangedAndServing(before, nullptr));
}

void TestBadInput::operationBeforeHello_data()
{
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<bool>("replyWithId");
    QTest::newRow("create-marker") << request(QStringLiteral("create-marker"),
                                              { { QStringLiteral("x"), 0.5 },
                                                { QStringLiteral("y"), 0.5 },
                                                { QStringLiteral("text"), QStringLiteral("hi") } })
                                   << true;
    QTest::newRow("delete-marker")
        << request(QStringLiteral("delete-marker"), { { QStringLiteral("marker"), AuthorMarker } })
        << true;
    QTest::newRow("get-image") << QJsonObject { { QStringLiteral("type"),
                                                  QStringLiteral("get-image") } }
                               << false;
}

void TestBadInput::operationBeforeHello()
{
    QFETCH(QJsonObject, request);
    QFETCH(bool, replyWithId);
    request = resolve(request);
    const ServerState before = serverState();

    RawClient raw;
    QVERIFY(raw.open(m_link.server));
    raw.sendJson(request);
    CHECK(verifyRefusal(raw.next(), ErrorCode::NotJoined,
                        replyWithId ? request.value(QStringLiteral("broadcastId")).toString()
                                    : QString()));
    // Not fatal: the connection may still say hello and join.
    raw.sendJson(helloFor(m_link));
    const std::optional<QJsonObject> welcome = raw.next();
    QVERIFY(welcome);
    QCOMPARE(welcome->value(QStringLiteral("type")).toString(), QStringLiteral("welcome"));
    QCOMPARE(welcome->value(QStringLiteral("seq")).toInteger(), before.seq);
    // The welcome issued this connection an identity, which stores nothing;
    // nothing changed.
    CHECK(verifyUnchangedAndServing(before, &raw));
}

void TestBadInput::operationOnDownloadOnlyConnection()
{
    RawClient raw;
    QVERIFY(raw.open(m_link.server));
    QJsonObject hello = helloFor(m_link);
    hello.insert(QStringLiteral("sync"), false);
    raw.sendJson(hello);
    const std::optional<QJsonObject> welcome = raw.next();
    QVERIFY(welcome);
    QCOMPARE(welcome->value(QStringLiteral("type")).toString(), QStringLiteral("welcome"));
    const ServerState before = serverState();

    const QJsonObject message =
        resolve(request(QStringLiteral("add-comment"),
                        { { QStringLiteral("marker"), AuthorMarker },
                          { QStringLiteral("text"), QStringLiteral("hi") } }));
    raw.sendJson(message);
    CHECK(verifyRefusal(raw.next(), ErrorCode::NotJoined,
                        message.value(QStringLiteral("broadcastId")).toString()));
    // A download-only connection gets no broadcasts, so it is no witness.
    CHECK(verifyUnchangedAndServing(before, nullptr));
    QCOMPARE(raw.unreadMessages(), 0);
    QVERIFY(!raw.isDisconnected());
}

void TestBadInput::unsupportedVersion_data()
{
    QTest::addColumn<QJsonValue>("version");
    QTest::addColumn<QString>("code");
    QTest::newRow("99") << QJsonValue(99) << ErrorCode::UnsupportedVersion;
    QTest::newRow("0") << QJsonValue(0) << ErrorCode::UnsupportedVersion;
    QTest::newRow("1.5") << QJsonValue(1.5) << ErrorCode::UnsupportedVersion;
    QTest::newRow("a string") << QJsonValue(QStringLiteral("1")) << ErrorCode::BadRequest;
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << ErrorCode::BadRequest;
}

void TestBadInput::unsupportedVersion()
{
    QFETCH(QJsonValue, version);
    QFETCH(QString, code);
    QJsonObject hello = helloFor(m_link);
    if (version.isUndefined())
        hello.remove(QStringLiteral("version"));
    else
        hello.insert(QStringLiteral("version"), version);
    const ServerState before = serverState();

    RawClient raw;
    QVERIFY(raw.open(m_link.server));
    raw.sendJson(hello);
    const std::optional<QJsonObject> reply = raw.next();
    CHECK(verifyRefusal(reply, code));
    if (code == ErrorCode::UnsupportedVersion) {
        // Says which versions do not match, so someone knows what to update.
        const QString message = reply->value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(version.toVariant().toString()), qPrintable(message));
        QVERIFY2(message.contains(QString::number(Protocol::Version)), qPrintable(message));
    }
    CHECK(verifyClosedByServer(raw, QWebSocketProtocol::CloseCodePolicyViolated));
    CHECK(verifyUnchangedAndServing(before, nullptr));
}

void TestBadInput::editOthersComment()
{
    const QJsonObject message =
        resolve(request(QStringLiteral("edit-comment"),
                        { { QStringLiteral("marker"), AuthorMarker },
                          { QStringLiteral("comment"), AuthorMarker },
                          { QStringLiteral("text"), QStringLiteral("mine now") } }));
    CHECK(verifyRequestRefused(message, ErrorCode::Forbidden, true));
}

void TestBadInput::deleteOthersComment()
{
    // A reply of the author's, so that the comment is not the marker's first.
    const Operation reply =
        Operation::addComment(m_authorMarker, QStringLiteral("A second thought"));
    CHECK(submitAndWait(*m_author, reply));
    for (const QString &comment : { reply.comment, m_authorMarker }) {
        const QJsonObject message = resolve(request(QStringLiteral("delete-comment"),
                                                    { { QStringLiteral("marker"), AuthorMarker },
                                                      { QStringLiteral("comment"), comment } }));
        CHECK(verifyRequestRefused(message, ErrorCode::Forbidden, true));
    }
}

void TestBadInput::deleteOthersMarker()
{
    const QJsonObject message = resolve(
        request(QStringLiteral("delete-marker"), { { QStringLiteral("marker"), AuthorMarker } }));
    CHECK(verifyRequestRefused(message, ErrorCode::Forbidden, true));
}

void TestBadInput::ownerMayDeleteOthersMarker()
{
    RawClient raw;
    QVERIFY(raw.join(m_link, m_owner));
    QCOMPARE(raw.identity().user, m_owner.user);
    const ServerState before = serverState();

    const QString broadcastId = newId();
    raw.sendJson({ { QStringLiteral("type"), QStringLiteral("delete-marker") },
                   { QStringLiteral("broadcastId"), broadcastId },
                   { QStringLiteral("marker"), m_authorMarker } });
    const std::optional<QJsonObject> reply = raw.next();
    QVERIFY(reply);
    QVERIFY2(reply->value(QStringLiteral("type")).toString() == QLatin1String("accepted"),
             qPrintable(compact(*reply)));
    QCOMPARE(reply->value(QStringLiteral("broadcastId")).toString(), broadcastId);
    QCOMPARE(reply->value(QStringLiteral("seq")).toInteger(), before.seq + 1);

    // Everyone sees it go, the author included.
    const std::optional<QJsonObject> broadcast = raw.next();
    QVERIFY(broadcast);
    QCOMPARE(broadcast->value(QStringLiteral("type")).toString(),
             QStringLiteral("deleted-image-chat"));
    QCOMPARE(broadcast->value(QStringLiteral("by")).toString(), m_owner.user);
    WAIT_VERIFY(!m_observer->model.conversation(m_authorMarker)
                && !m_author->model.conversation(m_authorMarker));
    QCOMPARE(m_observer->model.seq(), before.seq + 1);

    // Stored: one event more, one conversation less.
    const ServerState after = serverState();
    QCOMPARE(after.seq, before.seq + 1);
    QCOMPARE(after.rows.value(QStringLiteral("events")),
             before.rows.value(QStringLiteral("events")) + 1);
    QCOMPARE(after.rows.value(QStringLiteral("conversations")),
             before.rows.value(QStringLiteral("conversations")) - 1);
    QCOMPARE(after.conversations, QStringLiteral("[]"));
}

void TestBadInput::forgedIdentity_data()
{
    // Who to claim to be, and with which secret; filled in by the test.
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("inRoom");
    QTest::newRow("author, made-up secret")
        << QStringLiteral("author") << QStringLiteral("made-up") << true;
    QTest::newRow("author, owner's secret")
        << QStringLiteral("author") << QStringLiteral("owner") << true;
    QTest::newRow("owner, author's secret")
        << QStringLiteral("owner") << QStringLiteral("author") << true;
    QTest::newRow("unknown user") << QStringLiteral("nobody") << QStringLiteral("made-up") << true;
    QTest::newRow("author, no room")
        << QStringLiteral("author") << QStringLiteral("made-up") << false;
}

void TestBadInput::forgedIdentity()
{
    QFETCH(QString, who);
    QFETCH(QString, secret);
    QFETCH(bool, inRoom);
    const Protocol::Identity author = m_author->sync.identity();
    QVERIFY(author.isValid());
    auto pick = [&](const QString &name, bool wantSecret) {
        if (name == QLatin1String("author"))
            return wantSecret ? author.secret : author.user;
        if (name == QLatin1String("owner"))
            return wantSecret ? m_owner.secret : m_owner.user;
        return wantSecret ? QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                          : QStringLiteral("AAAAAAAAAAAAAAAA");
    };
    const Protocol::Identity forged { pick(who, false), pick(secret, true) };
    QVERIFY(forged.isValid());
    QJsonObject hello = helloFor(m_link, forged);
    if (!inRoom) {
        hello.remove(QStringLiteral("room"));
        hello.remove(QStringLiteral("key"));
    }
    const ServerState before = serverState();

    RawClient raw;
    QVERIFY(raw.open(m_link.server));
    raw.sendJson(hello);
    CHECK(verifyRefusal(raw.next(), ErrorCode::BadIdentity));
    CHECK(verifyClosedByServer(raw, QWebSocketProtocol::CloseCodePolicyViolated));
    // The author, whose identity was tried, carries on as before.
    CHECK(verifyUnchangedAndServing(before, nullptr));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
