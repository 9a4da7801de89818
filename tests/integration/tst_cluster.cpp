// A cluster as it is deployed: three imagechat-server processes on one
// PostgreSQL and one Redis, HAProxy in front, real clients over real
// WebSockets. Members of one room on different nodes see the same events in
// the same order; writers on several nodes at once get distinct, consecutive
// seqs; a node killed in the middle of a burst, a Redis restart and a
// PostgreSQL outage lose nothing that was acknowledged and acknowledge
// nothing that was not stored. The kill also prints how long its clients
// took to be live and caught up again (reported, not asserted: the target of
// 5 s is the benchmark's, and this machine's load is not the test's). The store itself is read
// directly (a PostgresStore of the test's own), never through a node's copy of the room.
#include "errors.h"
#include "haproxyprocess.h"
#include "httpget.h"
#include "imagetransfer.h"
#include "operation.h"
#include "postgresprocess.h"
#include "postgresstore.h"
#include "protocol.h"
#include "rawclient.h"
#include "redisprocess.h"
#include "roomlink.h"
#include "roommodel.h"
#include "serverprocess.h"
#include "syncservice.h"
#include "testserver.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace ImageChat;
using namespace ImageChat::Test;

namespace {

using State = SyncService::State;

constexpr int NodeCount = 3;

// One clock for the whole test, so that times taken in signal handlers and
// in the test body can be subtracted.
const QElapsedTimer &testClock()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock;
}

QByteArray compactJson(const QJsonArray &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// The same room, reached through another address (a node, or HAProxy).
RoomLink via(RoomLink link, quint16 port)
{
    link.server.port = port;
    return link;
}

// One client and everything it was told, from its own signals.
struct Member
{
    std::unique_ptr<TestClient> client;
    QList<qint64> eventSeqs; // broadcasts, in the order they arrived
    QList<qint64> acceptedSeqs; // the seqs the server gave this client's operations
    QSet<QString> sent; // broadcastIds handed to the server
    QSet<QString> refused; // not sent at all (not live at the time)
    QSet<QString> confirmed;
    QHash<QString, QString> failed; // broadcastId -> error code
    bool wasLive = false;
    bool leftLive = false; // dropped (or resynced) after it had been live
    qint64 liveAgainAtMs = -1; // on testClock(): the first time live after leftLive

    Member(const RoomLink &link, const Protocol::Identity &identity, const QString &name)
        : client(std::make_unique<TestClient>(link, identity, name))
    {
        SyncService &sync = client->sync;
        QObject::connect(&sync, &SyncService::messageReceived, [this](const QJsonObject &message) {
            const QString type = message.value(QStringLiteral("type")).toString();
            const qint64 seq = message.value(QStringLiteral("seq")).toInteger();
            if (type == Protocol::Type::Accepted)
                acceptedSeqs.append(seq);
            else if (Protocol::isBroadcastType(type))
                eventSeqs.append(seq);
        });
        QObject::connect(&sync, &SyncService::operationConfirmed,
                         [this](const Operation &op) { confirmed.insert(op.broadcastId); });
        QObject::connect(&sync, &SyncService::operationFailed,
                         [this](const Operation &op, const OpError &error) {
                             failed.insert(op.broadcastId, error.code);
                         });
        QObject::connect(&sync, &SyncService::stateChanged, [this](State state) {
            if (state == State::Live && leftLive && liveAgainAtMs < 0)
                liveAgainAtMs = testClock().elapsed();
            if (state == State::Live)
                wasLive = true;
            else if (wasLive && state != State::Disconnected)
                leftLive = true;
        });
    }

    SyncService &sync() { return client->sync; }
    const RoomModel &model() const { return client->model; }

    bool submit(const Operation &op)
    {
        const bool wasSent = client->sync.submit(op).sent;
        (wasSent ? sent : refused).insert(op.broadcastId);
        return wasSent;
    }
    // Every operation sent has had its verdict.
    bool settled() const
    {
        for (const QString &id : sent) {
            if (!confirmed.contains(id) && !failed.contains(id))
                return false;
        }
        return true;
    }
    // Submits and waits for the verdict; the error code, empty when accepted.
    std::optional<QString> submitAndWait(const Operation &op)
    {
        if (!submit(op))
            return ErrorCode::Offline;
        if (!waitUntil([&] {
                return confirmed.contains(op.broadcastId) || failed.contains(op.broadcastId);
            }))
            return std::nullopt;
        return failed.value(op.broadcastId);
    }
};

// The codes of the errors among the messages a SyncService received.
QStringList errorCodes(const QSignalSpy &received)
{
    QStringList codes;
    for (const QList<QVariant> &args : received) {
        const QJsonObject message = args.at(0).toJsonObject();
        if (message.value(QStringLiteral("type")).toString() == Protocol::Type::Error)
            codes.append(message.value(QStringLiteral("code")).toString());
    }
    return codes;
}

} // namespace

class TestCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void nodesShareOneOrder();
    void anyNodeServesTheImage();
    void concurrentWritersOnTwoNodes();
    void redisRestartConverges();
    void postgresOutageAcknowledgesNothing();
    void postgresRestartSendsNobodyAway();
    void nodeKilledMidBurst();
    // Last: it sets up a tenant, which closes the cluster to rooms without a
    // token until it is removed again.
    void tenantsAndHealthAcrossNodes();

private:
    bool startNode(int index, const QString &listen);
    std::optional<RoomLink> createRoom(const ServerAddress &server, Protocol::Identity *owner);
    Member *addMember(const RoomLink &link, const Protocol::Identity &identity = {},
                      const QString &name = QStringLiteral("member"));
    QList<Member *> members() const;
    // `count` members, alternating between the first two nodes (the first
    // one as the owner), each live.
    bool joinOnTwoNodes(const RoomLink &link, int count, const Protocol::Identity &owner,
                        const QString &namePrefix);
    // Every member has had the verdict on every operation it sent.
    bool allSettled() const;
    // Every client live, caught up with the store and holding its state.
    bool converged(const QString &room);
    QString describe(const QString &room);
    // The stored log's broadcastIds, with how often each occurs.
    QHash<QString, int> storedBroadcastIds(const QString &room);
    // Submits makeOp's operations from every member, one each per tick,
    // until each has submitted perMember; onTick runs after every tick.
    bool burst(const QList<Member *> &from, int perMember,
               const std::function<Operation(Member *, int)> &makeOp,
               const std::function<void()> &onTick = {});

    PostgresProcess m_postgres;
    RedisProcess m_redis;
    std::array<QTemporaryDir, NodeCount> m_dataDirs;
    std::array<std::unique_ptr<ServerProcess>, NodeCount> m_nodes;
    std::array<quint16, NodeCount> m_ports {};
    HaproxyProcess m_haproxy;
    std::unique_ptr<PostgresStore> m_store; // the test's own view of the database
    std::vector<std::unique_ptr<Member>> m_members;
};

void TestCluster::initTestCase()
{
    QVERIFY2(QFileInfo(serverBinary()).isExecutable(),
             "IMAGECHAT_SERVER_BIN must name the built imagechat-server (run through ctest)");
    QVERIFY2(m_postgres.init(), qPrintable(m_postgres.errorString()));
    QVERIFY2(m_redis.start(), m_redis.diagnostics().constData());
    for (int i = 0; i < NodeCount; ++i)
        QVERIFY(startNode(i, QStringLiteral("127.0.0.1:0")));
    QVERIFY2(m_haproxy.start({ m_ports.begin(), m_ports.end() }),
             m_haproxy.diagnostics().constData());
    m_store = std::make_unique<PostgresStore>(QUrl(m_postgres.url()));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
}

void TestCluster::init()
{
    // A test that failed half-way may have left something down.
    if (!m_postgres.isRunning())
        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
    if (!m_redis.isRunning())
        QVERIFY2(m_redis.start(), m_redis.diagnostics().constData());
    for (int i = 0; i < NodeCount; ++i) {
        if (!m_nodes[i]->isRunning())
            QVERIFY(startNode(i, QStringLiteral("127.0.0.1:%1").arg(m_ports[i])));
    }
}

void TestCluster::cleanup()
{
    m_members.clear();
}

bool TestCluster::startNode(int index, const QString &listen)
{
    m_nodes[index] = std::make_unique<ServerProcess>();
    if (!m_nodes[index]->start(listen, m_dataDirs[index].path(),
                               { QStringLiteral("--store"), m_postgres.url(),
                                 QStringLiteral("--bus"), m_redis.url() })) {
        qWarning("node %d did not start: %s", index, m_nodes[index]->diagnostics().constData());
        return false;
    }
    m_ports[index] = m_nodes[index]->port();
    return true;
}

std::optional<RoomLink> TestCluster::createRoom(const ServerAddress &server,
                                                Protocol::Identity *owner)
{
    ImageUpload upload(server, makePng(), QStringLiteral("cluster.png"));
    QSignalSpy finished(&upload, &ImageUpload::finished);
    QSignalSpy failed(&upload, &ImageTransfer::failed);
    upload.start();
    if (!waitUntil([&] { return !finished.isEmpty() || !failed.isEmpty(); })
        || finished.isEmpty()) {
        qWarning("could not create a room: %s",
                 failed.isEmpty() ? "timed out"
                                  : qPrintable(failed.first().at(0).value<OpError>().message));
        return std::nullopt;
    }
    if (owner)
        *owner = upload.identity();
    return finished.first().at(0).value<RoomLink>();
}

Member *TestCluster::addMember(const RoomLink &link, const Protocol::Identity &identity,
                               const QString &name)
{
    m_members.push_back(std::make_unique<Member>(link, identity, name));
    return m_members.back().get();
}

QList<Member *> TestCluster::members() const
{
    QList<Member *> all;
    for (const auto &member : m_members)
        all.append(member.get());
    return all;
}

bool TestCluster::joinOnTwoNodes(const RoomLink &link, int count, const Protocol::Identity &owner,
                                 const QString &namePrefix)
{
    for (int i = 0; i < count; ++i) {
        Member *member = addMember(via(link, m_ports[i % 2]), i == 0 ? owner : Protocol::Identity(),
                                   namePrefix + QString::number(i));
        if (!member->client->connectAndWait())
            return false;
    }
    return true;
}

bool TestCluster::allSettled() const
{
    return std::all_of(m_members.cbegin(), m_members.cend(),
                       [](const auto &member) { return member->settled(); });
}

bool TestCluster::converged(const QString &room)
{
    const Lookup<RoomRecord> record = m_store->room(room);
    const std::optional<RoomState> state = m_store->loadState(room);
    if (!record || !state)
        return false;
    const QByteArray stored = compactJson(state->toJson());
    for (const auto &member : m_members) {
        if (member->sync().state() != State::Live || member->model().seq() != record->seq
            || !member->model().pending().isEmpty()
            || compactJson(member->model().confirmedState().toJson()) != stored)
            return false;
    }
    return true;
}

QString TestCluster::describe(const QString &room)
{
    const Lookup<RoomRecord> record = m_store->room(room);
    QString text = QStringLiteral("store at seq %1;").arg(record ? record->seq : -1);
    for (const auto &member : m_members)
        text += QStringLiteral(" %1: %2 seq %3 pending %4;")
                    .arg(member->sync().displayName(),
                         QString::fromLatin1(
                             QMetaEnum::fromType<State>().valueToKey(int(member->sync().state()))))
                    .arg(member->model().seq())
                    .arg(member->model().pending().size());
    return text;
}

QHash<QString, int> TestCluster::storedBroadcastIds(const QString &room)
{
    QHash<QString, int> ids;
    const std::optional<QJsonArray> events = m_store->eventsAfter(room, 0);
    if (!events)
        return ids;
    for (const QJsonValue &value : *events)
        ++ids[value.toObject().value(QStringLiteral("broadcastId")).toString()];
    return ids;
}

bool TestCluster::burst(const QList<Member *> &from, int perMember,
                        const std::function<Operation(Member *, int)> &makeOp,
                        const std::function<void()> &onTick)
{
    // Paced, so that whatever a test does in onTick happens while operations
    // are still coming in.
    int tick = 0;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (tick < perMember) {
            for (Member *member : from)
                member->submit(makeOp(member, tick));
            ++tick;
        }
        if (onTick)
            onTick();
    });
    timer.start();
    return waitUntil([&] { return tick >= perMember; }, 30000);
}

// Clients on different nodes, each change made on one node and watched from
// the others: the same events, in the same order, no gap.
void TestCluster::nodesShareOneOrder()
{
    Protocol::Identity owner;
    const std::optional<RoomLink> link = createRoom(m_nodes[0]->address(), &owner);
    QVERIFY(link);
    Member *alice = addMember(via(*link, m_ports[0]), owner, QStringLiteral("alice"));
    Member *bob = addMember(via(*link, m_ports[1]), {}, QStringLiteral("bob"));
    Member *carol = addMember(via(*link, m_ports[2]), {}, QStringLiteral("carol"));
    for (Member *member : members())
        QVERIFY(member->client->connectAndWait());

    // Each change is made by someone who has seen the one before it, through
    // their own node: the nodes pass everything on.
    const Operation first = Operation::createMarker(0.25, 0.5, QStringLiteral("on node A"));
    const Operation reply = Operation::addComment(first.marker, QStringLiteral("on node B"));
    const Operation second = Operation::createMarker(0.75, 0.25, QStringLiteral("on node C"));
    const Operation moved = Operation::moveMarker(first.marker, 0.5, 0.5);
    const Operation answer = Operation::addComment(second.marker, QStringLiteral("back on A"));
    const Operation gone = Operation::deleteMarker(second.marker);
    const Operation resolved = Operation::setResolved(first.marker, true);
    const QList<QPair<Member *, Operation>> script = {
        { alice, first },  { bob, reply },  { carol, second }, { alice, moved },
        { alice, answer }, { carol, gone }, { bob, resolved },
    };
    qint64 seq = 0;
    for (const auto &[member, op] : script) {
        const std::optional<QString> code = member->submitAndWait(op);
        QVERIFY2(code, qPrintable(op.name() + QStringLiteral(" had no verdict")));
        QVERIFY2(code->isEmpty(), qPrintable(op.name() + QStringLiteral(": ") + *code));
        ++seq;
        QVERIFY2(waitUntil([&] {
                     return alice->model().seq() == seq && bob->model().seq() == seq
                         && carol->model().seq() == seq;
                 }),
                 qPrintable(describe(link->room)));
    }
    QVERIFY2(converged(link->room), qPrintable(describe(link->room)));

    // Every member saw every event exactly once, in seq order.
    QList<qint64> expected;
    for (qint64 i = 1; i <= seq; ++i)
        expected.append(i);
    for (Member *member : members())
        QCOMPARE(member->eventSeqs, expected);

    const RoomState &state = carol->model().confirmedState();
    QCOMPARE(state.size(), 1);
    const Conversation *conversation = state.find(first.marker);
    QVERIFY(conversation);
    QCOMPARE(conversation->x, 0.5);
    QCOMPARE(conversation->comments.size(), 2);
    QCOMPARE(conversation->comments.at(1).id, reply.comment);
    QCOMPARE(conversation->comments.at(1).author, bob->sync().identity().user);
    QVERIFY(conversation->resolved);
    QVERIFY(!state.find(second.marker));
}

// Several clients on each of two nodes, all submitting at once: the seq is
// claimed in the store, so every accepted operation has its own and they
// run 1..N without a hole.
// Images live in PostgreSQL: a room made on one node shows its image on
// every other, byte for byte.
void TestCluster::anyNodeServesTheImage()
{
    const QByteArray image = makePng(321, 123);
    ImageUpload upload(m_nodes[0]->address(), image, QStringLiteral("only-here.png"));
    QSignalSpy created(&upload, &ImageUpload::finished);
    upload.start();
    QVERIFY(waitUntil([&] { return !created.isEmpty(); }));
    const RoomLink link = created.first().at(0).value<RoomLink>();
    for (int node : { 1, 2 }) {
        ImageDownload download(via(link, m_ports[node]));
        QSignalSpy finished(&download, &ImageDownload::finished);
        QSignalSpy failed(&download, &ImageTransfer::failed);
        download.start();
        QVERIFY(waitUntil([&] { return !finished.isEmpty() || !failed.isEmpty(); }));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<OpError>().message));
        QCOMPARE(finished.first().at(0).toByteArray(), image);
    }
}

void TestCluster::concurrentWritersOnTwoNodes()
{
    Protocol::Identity owner;
    const std::optional<RoomLink> link = createRoom(m_nodes[0]->address(), &owner);
    QVERIFY(link);
    QVERIFY(joinOnTwoNodes(*link, 6, owner, QStringLiteral("writer")));

    // All at once: every member's whole share in one turn of the event loop.
    constexpr int PerMember = 15;
    for (Member *member : members()) {
        for (int i = 0; i < PerMember; ++i)
            QVERIFY(member->submit(Operation::createMarker(
                0.01 * (i + 1), 0.1,
                QStringLiteral("%1 #%2").arg(member->sync().displayName()).arg(i))));
    }
    QVERIFY2(waitUntil([&] { return allSettled(); }, 20000), qPrintable(describe(link->room)));

    QList<qint64> accepted;
    int confirmed = 0;
    for (Member *member : members()) {
        accepted += member->acceptedSeqs;
        confirmed += int(member->confirmed.size());
        // A writer that comes second waits for the room's lock: nobody is
        // turned away because another node stored first.
        QCOMPARE(member->failed.values(), QList<QString>());
    }
    std::sort(accepted.begin(), accepted.end());
    QList<qint64> expected;
    for (qint64 i = 1; i <= accepted.size(); ++i)
        expected.append(i);
    QCOMPARE(accepted, expected);
    QCOMPARE(confirmed, int(accepted.size()));
    QCOMPARE(accepted.size(), 6 * PerMember);
    QCOMPARE(m_store->room(link->room)->seq, qint64(accepted.size()));

    QVERIFY2(waitUntil([&] { return converged(link->room); }), qPrintable(describe(link->room)));
    QCOMPARE(m_members.front()->model().confirmedState().size(), accepted.size());
    // Nothing stored twice, nothing stored that was turned away.
    const QHash<QString, int> stored = storedBroadcastIds(link->room);
    for (Member *member : members()) {
        for (const QString &id : std::as_const(member->confirmed))
            QCOMPARE(stored.value(id), 1);
        for (auto it = member->failed.cbegin(); it != member->failed.cend(); ++it)
            QCOMPARE(stored.value(it.key()), 0);
    }
}

// Redis goes away in the middle of a run and comes back: nothing reaches
// the other node over the bus meanwhile, and the nodes catch up from the
// store (on the bus's return, or by the timer).
void TestCluster::redisRestartConverges()
{
    Protocol::Identity owner;
    const std::optional<RoomLink> link = createRoom(m_nodes[0]->address(), &owner);
    QVERIFY(link);
    QVERIFY(joinOnTwoNodes(*link, 4, owner, QStringLiteral("member")));

    const auto confirmedSoFar = [this] {
        int count = 0;
        for (const auto &member : m_members)
            count += int(member->confirmed.size());
        return count;
    };
    bool stopped = false;
    bool restarted = false;
    int confirmedAtStop = 0;
    int confirmedAtRestart = 0;
    QVERIFY(burst(
        members(), 60,
        [](Member *member, int i) {
            return Operation::createMarker(0.5, 0.01 * (i % 100 + 1),
                                           member->sync().displayName() + QString::number(i));
        },
        [&] {
            if (!stopped && confirmedSoFar() >= 20) {
                m_redis.stop();
                stopped = true;
                confirmedAtStop = confirmedSoFar();
            } else if (stopped && !restarted && confirmedSoFar() >= confirmedAtStop + 80) {
                confirmedAtRestart = confirmedSoFar();
                QVERIFY(m_redis.start());
                restarted = true;
            }
        }));
    QVERIFY2(stopped && restarted, "the burst ended before Redis was restarted");
    QVERIFY2(waitUntil([&] { return allSettled(); }, 20000), qPrintable(describe(link->room)));
    QVERIFY2(waitUntil([&] { return converged(link->room); }, 15000),
             qPrintable(describe(link->room)));

    // Members never had to reconnect: the bus is between nodes only.
    int confirmed = 0;
    for (Member *member : members()) {
        QVERIFY(!member->leftLive);
        confirmed += int(member->confirmed.size());
    }
    QCOMPARE(m_store->room(link->room)->seq, qint64(confirmed));
    qInfo("%d confirmed, %d while Redis was away", confirmed, confirmedAtRestart - confirmedAtStop);
}

// PostgreSQL stopped: the nodes keep their clients but acknowledge nothing
// (storage-failed, never "no such room"); once it is back, changes go
// through again without restarting any node, and everyone converges.
void TestCluster::postgresOutageAcknowledgesNothing()
{
    Protocol::Identity owner;
    const std::optional<RoomLink> link = createRoom(m_nodes[0]->address(), &owner);
    QVERIFY(link);
    Member *alice = addMember(via(*link, m_ports[0]), owner, QStringLiteral("alice"));
    Member *bob = addMember(via(*link, m_ports[1]), {}, QStringLiteral("bob"));
    QVERIFY(alice->client->connectAndWait());
    QVERIFY(bob->client->connectAndWait());
    const Operation before = Operation::createMarker(0.5, 0.5, QStringLiteral("before"));
    QCOMPARE(alice->submitAndWait(before), QString());
    QVERIFY(waitUntil([&] { return converged(link->room); }));

    QVERIFY2(m_postgres.stop(), qPrintable(m_postgres.errorString()));
    QList<Operation> during;
    for (int i = 0; i < 3; ++i) {
        for (Member *member : { alice, bob }) {
            const Operation op = Operation::addComment(
                before.marker,
                QStringLiteral("during %1 from %2").arg(i).arg(member->sync().displayName()));
            during.append(op);
            QCOMPARE(member->submitAndWait(op), ErrorCode::StorageFailed);
        }
    }
    // A newcomer on the node that never had this room: told the database is
    // away, which is worth trying again, not that the room does not exist.
    Member *carol = addMember(via(*link, m_ports[2]), {}, QStringLiteral("carol"));
    QSignalSpy carolErrors(&carol->sync(), &SyncService::messageReceived);
    carol->sync().start();
    QVERIFY(waitUntil([&] { return !errorCodes(carolErrors).isEmpty(); }));
    for (const QString &code : errorCodes(carolErrors))
        QCOMPARE(code, ErrorCode::StorageFailed);
    QVERIFY(carol->sync().state() != State::Failed);
    // Someone whose reply to `before` was lost asks about it now: the
    // welcome would have to say whether it is stored, and without the
    // database nobody knows. Refused, to come again; never "not stored".
    RawClient asking;
    QVERIFY(asking.open(m_nodes[0]->address()));
    QJsonObject hello = helloFor(via(*link, m_ports[0]), owner);
    hello.insert(QStringLiteral("pending"), QJsonArray { before.broadcastId });
    asking.sendJson(hello);
    const std::optional<QJsonObject> answer = asking.next();
    QVERIFY(answer);
    QCOMPARE(answer->value(QStringLiteral("type")).toString(), Protocol::Type::Error);
    QCOMPARE(answer->value(QStringLiteral("code")).toString(), ErrorCode::StorageFailed);
    QCOMPARE(alice->sync().state(), State::Live);
    QCOMPARE(bob->sync().state(), State::Live);
    QCOMPARE(alice->confirmed.size(), 1);
    QVERIFY(bob->confirmed.isEmpty());

    QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
    // A node finds out that its database is back when it next tries (no
    // sooner than its reconnect delay): try as a user would, until it works.
    const Operation after = Operation::addComment(before.marker, QStringLiteral("after"));
    QVERIFY(waitUntil(
        [&] {
            Operation attempt = Operation::addComment(before.marker, after.text);
            const std::optional<QString> code = bob->submitAndWait(attempt);
            return code && code->isEmpty();
        },
        15000));
    const Operation afterOnA = Operation::addComment(before.marker, QStringLiteral("after on A"));
    QVERIFY(waitUntil(
        [&] {
            Operation attempt = Operation::addComment(before.marker, afterOnA.text);
            const std::optional<QString> code = alice->submitAndWait(attempt);
            return code && code->isEmpty();
        },
        15000));
    QVERIFY2(waitUntil([&] { return converged(link->room); }, 15000),
             qPrintable(describe(link->room)));

    // Nothing from the outage was stored; every failure during it said why.
    const QHash<QString, int> stored = storedBroadcastIds(link->room);
    for (const Operation &op : std::as_const(during))
        QCOMPARE(stored.value(op.broadcastId), 0);
    for (Member *member : { alice, bob }) {
        for (auto it = member->failed.cbegin(); it != member->failed.cend(); ++it)
            QCOMPARE(it.value(), ErrorCode::StorageFailed);
        for (const QString &id : std::as_const(member->confirmed))
            QCOMPARE(stored.value(id), 1);
    }
    const Conversation *conversation = carol->model().conversation(before.marker);
    QVERIFY(conversation);
    QCOMPARE(conversation->comments.size(), 3);
}

// A PostgreSQL restart leaves every node a dead connection, which it finds
// out about on its next read, and the reconnect right after works. A hello
// on a node that does not have the room open is such a read: the newcomer
// may be told to come again (storage-failed), never that there is no such
// room or that its identity is unknown, which would send it away for good.
void TestCluster::postgresRestartSendsNobodyAway()
{
    Protocol::Identity owner;
    const std::optional<RoomLink> link = createRoom(m_nodes[0]->address(), &owner);
    QVERIFY(link);
    // The owner's identity comes back (checked against the deployment's key
    // or its row), then someone new (given one), on every node in turn: the
    // hello is each node's first read after the restart, and every node is
    // connected again when the test ends.
    for (const Protocol::Identity &identity : { owner, Protocol::Identity() }) {
        QVERIFY2(m_postgres.stop() && m_postgres.start(), qPrintable(m_postgres.errorString()));
        for (int node = NodeCount - 1; node >= 0; --node) {
            Member *newcomer =
                addMember(via(*link, m_ports[node]), identity, QStringLiteral("newcomer"));
            QSignalSpy received(&newcomer->sync(), &SyncService::messageReceived);
            newcomer->sync().start();
            QVERIFY(waitUntil(
                [&] {
                    const State state = newcomer->sync().state();
                    return state == State::Live || state == State::Failed;
                },
                15000));
            for (const QString &code : errorCodes(received))
                QCOMPARE(code, ErrorCode::StorageFailed);
            QCOMPARE(newcomer->sync().state(), State::Live);
        }
    }
}

// kill -9 of a node while clients behind HAProxy are busy: whatever the
// server acknowledged is stored exactly once, whatever failed was said to
// have failed (and is not stored), and everyone comes back through HAProxy
// to the nodes still alive.
void TestCluster::nodeKilledMidBurst()
{
    Protocol::Identity owner;
    const ServerAddress proxy { QStringLiteral("127.0.0.1"), m_haproxy.port(), false, {} };
    const std::optional<RoomLink> link = createRoom(proxy, &owner);
    QVERIFY(link);
    QCOMPARE(link->server.port, m_haproxy.port());
    // Round robin: four connections in a row reach every one of three nodes.
    for (int i = 0; i < 4; ++i)
        addMember(*link, i == 0 ? owner : Protocol::Identity(), QStringLiteral("member%1").arg(i));
    for (Member *member : members())
        QVERIFY(member->client->connectAndWait());

    const auto confirmedSoFar = [this] {
        int count = 0;
        for (const auto &member : m_members)
            count += int(member->confirmed.size());
        return count;
    };
    bool killed = false;
    qint64 killedAtMs = 0;
    qint64 seqAtKill = 0; // what the store held when the node died
    // Member -> when it was first seen live again and holding everything
    // stored before the kill; sampled every 10 ms from the kill on.
    QHash<Member *, qint64> caughtUpAtMs;
    const auto sampleRecovery = [&] {
        for (Member *member : members()) {
            if (member->leftLive && !caughtUpAtMs.contains(member)
                && member->sync().state() == State::Live && member->model().seq() >= seqAtKill)
                caughtUpAtMs.insert(member, testClock().elapsed());
        }
    };
    QTimer recovery;
    recovery.setInterval(10);
    QObject::connect(&recovery, &QTimer::timeout, sampleRecovery);
    QVERIFY(burst(
        members(), 50,
        [](Member *member, int i) {
            return Operation::createMarker(0.25, 0.01 * (i % 100 + 1),
                                           member->sync().displayName() + QString::number(i));
        },
        [&] {
            if (!killed && confirmedSoFar() >= 30) {
                m_nodes[1]->kill();
                killedAtMs = testClock().elapsed();
                killed = true;
                seqAtKill = m_store->room(link->room)->seq;
                recovery.start();
            }
        }));
    QVERIFY2(killed, "the burst ended before the node was killed");
    QVERIFY2(waitUntil([&] { return allSettled(); }, 20000), qPrintable(describe(link->room)));
    QVERIFY2(waitUntil([&] { return converged(link->room); }, 15000),
             qPrintable(describe(link->room)));
    const qint64 convergedMs = testClock().elapsed() - killedAtMs;
    recovery.stop();
    sampleRecovery(); // one that caught up since the last tick

    // What the node loss cost its clients (target: 5 s). The burst goes on
    // meanwhile, so "converged" also waits for the rest of it.
    QStringList each;
    qint64 liveAgain = 0;
    qint64 caughtUp = 0;
    for (Member *member : members()) {
        if (!member->leftLive)
            continue;
        const qint64 live = member->liveAgainAtMs < 0 ? -1 : member->liveAgainAtMs - killedAtMs;
        const qint64 back =
            caughtUpAtMs.contains(member) ? caughtUpAtMs.value(member) - killedAtMs : -1;
        liveAgain = std::max(liveAgain, live);
        caughtUp = std::max(caughtUp, back);
        each.append(QStringLiteral("%1 live after %2 ms, caught up after %3 ms")
                        .arg(member->sync().displayName())
                        .arg(live)
                        .arg(back));
    }
    qInfo("node loss: every client of the killed node live again after %lld ms and caught up "
          "with the store (seq %lld at the kill) after %lld ms (target 5000 ms); every client "
          "converged after %lld ms. %s",
          liveAgain, seqAtKill, caughtUp, convergedMs, qPrintable(each.join(QStringLiteral("; "))));

    int dropped = 0;
    const QHash<QString, int> stored = storedBroadcastIds(link->room);
    int confirmed = 0;
    for (Member *member : members()) {
        if (member->leftLive)
            ++dropped;
        confirmed += int(member->confirmed.size());
        for (const QString &id : std::as_const(member->confirmed))
            QCOMPARE(stored.value(id), 1);
        for (auto it = member->failed.cbegin(); it != member->failed.cend(); ++it) {
            QCOMPARE(stored.value(it.key()), 0);
            QCOMPARE(it.value(), ErrorCode::ConnectionLost);
        }
        for (const QString &id : std::as_const(member->refused))
            QCOMPARE(stored.value(id), 0);
    }
    int failed = 0;
    int refused = 0;
    for (Member *member : members()) {
        failed += int(member->failed.size());
        refused += int(member->refused.size());
    }
    qInfo("%d confirmed, %d failed, %d refused while offline; %d of %d members dropped", confirmed,
          failed, refused, dropped, int(m_members.size()));
    QVERIFY2(dropped > 0, "nobody was on the killed node");
    // The log holds exactly what was acknowledged.
    QCOMPARE(m_store->room(link->room)->seq, qint64(confirmed));
    QCOMPARE(stored.size(), confirmed);
}

// Tenants live in the shared database: one added with the operator's
// command on PostgreSQL is known to every node at once, and /healthz of a
// node says when its bus is gone.
void TestCluster::tenantsAndHealthAcrossNodes()
{
    const ProgramRun added =
        runProgram(serverBinary(),
                   { QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("Cluster Co"),
                     QStringLiteral("--store"), m_postgres.url() });
    QVERIFY2(added.finished && added.exitCode == 0, added.describe().constData());
    const QString id =
        QRegularExpression(QStringLiteral("(?m)^id: (\\S+)$")).match(added.out).captured(1);
    const QString token =
        QRegularExpression(QStringLiteral("(?m)^token: (\\S+)$")).match(added.out).captured(1);
    QVERIFY(!id.isEmpty() && !token.isEmpty());
    const auto removeTenant = qScopeGuard([&] {
        runProgram(serverBinary(),
                   { QStringLiteral("tenant"), QStringLiteral("remove"), id,
                     QStringLiteral("--store"), m_postgres.url() });
    });
    for (int node = 0; node < 2; ++node) {
        ImageUpload refused(m_nodes[node]->address(), makePng(), QStringLiteral("x.png"));
        QSignalSpy failed(&refused, &ImageTransfer::failed);
        refused.start();
        QVERIFY(waitUntil([&] { return !failed.isEmpty(); }));
        QCOMPARE(failed.first().at(0).value<OpError>().code, ErrorCode::TenantTokenRequired);
    }
    ImageUpload upload(m_nodes[1]->address(), makePng(), QStringLiteral("y.png"));
    upload.setTenantToken(token);
    QSignalSpy finished(&upload, &ImageUpload::finished);
    upload.start();
    QVERIFY(waitUntil([&] { return !finished.isEmpty(); }));
    const RoomLink link = finished.first().at(0).value<RoomLink>();
    QCOMPARE(m_store->room(link.room)->tenant, id);

    // A node with metrics: healthy while store and bus answer, not once
    // Redis is gone, and healthy again when it is back.
    ServerProcess watched;
    QTemporaryDir data;
    QVERIFY2(watched.start(QStringLiteral("127.0.0.1:0"), data.path(),
                           { QStringLiteral("--store"), m_postgres.url(), QStringLiteral("--bus"),
                             m_redis.url(), QStringLiteral("--metrics-listen"),
                             QStringLiteral("127.0.0.1:0") }),
             watched.diagnostics().constData());
    QCOMPARE(httpGet(watched.metricsPort(), "/healthz"),
             std::make_pair(200, QByteArray("store: ok\nbus: ok\n")));
    m_redis.stop();
    QVERIFY(QTest::qWaitFor([&] { return httpGet(watched.metricsPort(), "/healthz").first == 503; },
                            10000));
    QVERIFY(httpGet(watched.metricsPort(), "/healthz").second.contains("bus: unreachable"));
    QVERIFY(m_redis.start());
    QVERIFY(QTest::qWaitFor([&] { return httpGet(watched.metricsPort(), "/healthz").first == 200; },
                            15000));
}

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
