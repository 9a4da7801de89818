// imagechat-chaos: seeded fault injection against real server processes.
//
// From a seed, M clients (the desktop's own SyncService and RoomModel) work
// in one room while faults are injected at times the seed chooses: client
// connections cut or blackholed, a server node killed with SIGKILL and
// started again on the same port and data, and in cluster mode Redis
// restarted and PostgreSQL stopped and started. When the faults stop and
// everything has settled, the room's store is read and checked against what
// every client was told. One line per seed; non-zero exit status on any
// violation. See README, "Reliability".
#include "chaosnode.h"
#include "chaosproxy.h"
#include "errors.h"
#include "haproxyprocess.h"
#include "ids.h"
#include "imagetransfer.h"
#include "operation.h"
#include "postgresprocess.h"
#include "postgresstore.h"
#include "protocol.h"
#include "redisprocess.h"
#include "roomlink.h"
#include "roommodel.h"
#include "roomstate.h"
#include "sqlitestore.h"
#include "syncservice.h"
#include "testserver.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMap>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace ImageChat;
using namespace ImageChat::Chaos;
using ImageChat::Test::PostgresProcess;
using ImageChat::Test::RedisProcess;
using ImageChat::Test::waitUntil;
using State = SyncService::State;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

enum class Mode { Single, Cluster };

QString modeName(Mode mode)
{
    return mode == Mode::Single ? QStringLiteral("single") : QStringLiteral("cluster");
}

struct Config
{
    QString serverBinary;
    quint32 seed = 1;
    int runs = 1;
    QList<Mode> modes { Mode::Single };
    int clients = 4;
    int nodes = 3;
    bool haproxy = true;
    int durationMs = 5000;
    int settleMs = 60000;
    bool verbose = false;
};

// What one run found; added up over runs.
struct Figures
{
    int runs = 0;
    int failedRuns = 0;
    qint64 operations = 0; // submitted
    qint64 acknowledged = 0;
    qint64 failedOps = 0; // reported as failed (at once or later)
    qint64 faults = 0;
    qint64 lost = 0; // acknowledged, not stored (or stored with other content)
    qint64 duplicated = 0; // stored more than once
    qint64 appliedAfterFailure = 0; // reported failed, stored all the same
    qint64 unsettled = 0; // sent, never told the outcome
    qint64 badReports = 0; // failure without its text handed back, or two verdicts
    qint64 divergent = 0; // clients whose copy is not the store's
    qint64 crashes = 0;

    void add(const Figures &run)
    {
        runs += run.runs;
        failedRuns += run.failedRuns;
        operations += run.operations;
        acknowledged += run.acknowledged;
        failedOps += run.failedOps;
        faults += run.faults;
        lost += run.lost;
        duplicated += run.duplicated;
        appliedAfterFailure += run.appliedAfterFailure;
        unsettled += run.unsettled;
        badReports += run.badReports;
        divergent += run.divergent;
        crashes += run.crashes;
    }
    qint64 violations() const
    {
        return lost + duplicated + appliedAfterFailure + unsettled + badReports + divergent
            + crashes;
    }
};

QByteArray compact(const QJsonValue &json)
{
    return json.isArray() ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
                          : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
}

// One client's operation and everything the client was told about it.
struct Record
{
    Operation op;
    bool sent = false; // handed to the server (else refused at once)
    bool acceptedReply = false; // an "accepted" arrived for it
    int confirmations = 0; // operationConfirmed
    int failures = 0; // operationFailed, or the refusal of submit()
    OpError error;
    Operation handedBack; // what came back with the failure
    QStringList history; // what the client was told, in order (for reports)
};

// A window's worth of client, behind its own chaos proxy.
struct Client
{
    int index = 0;
    std::unique_ptr<ChaosProxy> proxy;
    std::unique_ptr<RoomModel> model;
    std::unique_ptr<SyncService> sync;
    QHash<QString, Record> records;
    QStringList order; // broadcastIds in the order submitted

    bool settled() const
    {
        for (const Record &record : records) {
            if (record.sent && record.confirmations + record.failures == 0)
                return false;
        }
        return true;
    }
};

QString stateName(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state)));
}

class Run
{
public:
    Run(const Config &config, Mode mode, quint32 seed, PostgresProcess *postgres,
        RedisProcess *redis)
        : m_config(config)
        , m_mode(mode)
        , m_seed(seed)
        , m_rng(seed)
        , m_postgres(postgres)
        , m_redis(redis)
    { }

    Figures execute();

private:
    bool setUp();
    bool createRoom();
    void addClient(int index, quint16 target, const Protocol::Identity &identity);
    void scheduleAll();
    void step();
    void doOperation(Client &client, quint32 a, quint32 b, quint32 c, quint32 d);
    void doFault(quint32 a, quint32 b, quint32 c, quint32 d);
    void restoreEverything();
    bool allUp() const;
    std::unique_ptr<Store> openStore(QString *error);
    bool converged(Store &store);
    void check(Store *store, Figures *figures);
    QString describeClients() const;
    void note(const QString &violation);

    const Config &m_config;
    Mode m_mode;
    quint32 m_seed;
    QRandomGenerator m_rng;
    PostgresProcess *m_postgres;
    RedisProcess *m_redis;

    QTemporaryDir m_dataRoot;
    std::vector<std::unique_ptr<ChaosNode>> m_nodes;
    std::unique_ptr<Test::HaproxyProcess> m_haproxy;
    std::vector<std::unique_ptr<Client>> m_clients;
    RoomLink m_link;
    Protocol::Identity m_owner;

    // The schedule: what happens when, chosen by the seed up front. What an
    // operation does is decided when it happens, from the client's copy and
    // from numbers drawn up front, so the draws never depend on timing.
    struct Action
    {
        qint64 atMs = 0;
        int client = -1; // an operation of this client; -1: a fault
        quint32 a = 0, b = 0, c = 0, d = 0;
    };
    std::vector<Action> m_schedule;
    size_t m_next = 0;
    QElapsedTimer m_clock;
    QTimer m_stepTimer;
    int m_restoresPending = 0; // faults whose end is still to come
    int m_opCounter = 0;
    QHash<QString, int> m_faults; // by kind
    QMap<QString, int> m_failureCodes; // failed operations by error code
    QStringList m_violations;
    QObject m_context; // the fault timers' receiver: none fires after the run
};

bool Run::setUp()
{
    if (!m_dataRoot.isValid())
        return false;
    QStringList extra;
    int nodeCount = 1;
    if (m_mode == Mode::Cluster) {
        if (!m_postgres->isRunning() && !m_postgres->start())
            return false;
        if (!m_redis->isRunning() && !m_redis->start())
            return false;
        extra = { QStringLiteral("--store"), m_postgres->url(), QStringLiteral("--bus"),
                  m_redis->url() };
        nodeCount = m_config.nodes;
    }
    for (int i = 0; i < nodeCount; ++i) {
        const QString dir = m_dataRoot.filePath(QStringLiteral("node%1").arg(i));
        QDir().mkpath(dir);
        m_nodes.push_back(
            std::make_unique<ChaosNode>(m_config.serverBinary, QStringLiteral("node %1").arg(i),
                                        QStringList { QStringLiteral("--data"), dir } + extra));
        m_nodes.back()->start();
    }
    if (!waitUntil([&] { return allUp(); }, 20000)) {
        out() << "could not start the server: " << m_nodes.front()->tail() << Qt::endl;
        return false;
    }
    if (m_mode == Mode::Cluster && m_config.haproxy) {
        m_haproxy = std::make_unique<Test::HaproxyProcess>();
        QList<quint16> ports;
        for (const auto &node : m_nodes)
            ports.append(node->port());
        if (!m_haproxy->start(ports)) {
            out() << "could not start HAProxy: " << m_haproxy->diagnostics() << Qt::endl;
            return false;
        }
    }
    return true;
}

bool Run::allUp() const
{
    return std::all_of(m_nodes.cbegin(), m_nodes.cend(),
                       [](const auto &node) { return node->isUp(); });
}

bool Run::createRoom()
{
    ServerAddress address { QStringLiteral("127.0.0.1"), m_nodes.front()->port(), false, {} };
    ImageUpload upload(address, Test::makePng(), QStringLiteral("chaos.png"));
    QSignalSpy finished(&upload, &ImageUpload::finished);
    QSignalSpy failed(&upload, &ImageTransfer::failed);
    upload.start();
    if (!waitUntil([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 20000)
        || finished.isEmpty())
        return false;
    m_owner = upload.identity();
    m_link = finished.first().at(0).value<RoomLink>();
    return true;
}

void Run::addClient(int index, quint16 target, const Protocol::Identity &identity)
{
    auto client = std::make_unique<Client>();
    client->index = index;
    client->proxy = std::make_unique<ChaosProxy>(target);
    RoomLink link = m_link;
    link.server = { QStringLiteral("127.0.0.1"), client->proxy->port(), false, {} };
    client->model = std::make_unique<RoomModel>();
    client->sync = std::make_unique<SyncService>(client->model.get(), link);
    SyncService::Timing timing;
    // Short, so that a blackhole is noticed within about a second.
    timing.backoffInitialMs = 50;
    timing.backoffMaxMs = 400;
    timing.heartbeatMs = 500;
    timing.pongTimeoutMs = 700;
    timing.connectTimeoutMs = 2000;
    client->sync->setTiming(timing);
    client->sync->setIdentity(identity);
    client->sync->setDisplayName(QStringLiteral("client%1").arg(index));
    Client *c = client.get();
    QObject::connect(c->sync.get(), &SyncService::messageReceived, [c](const QJsonObject &m) {
        if (m.value(QStringLiteral("type")).toString() == Protocol::Type::Accepted) {
            const auto it = c->records.find(m.value(QStringLiteral("broadcastId")).toString());
            if (it != c->records.end()) {
                it->acceptedReply = true;
                it->history.append(QStringLiteral("accepted seq %1")
                                       .arg(m.value(QStringLiteral("seq")).toInteger()));
            }
        }
    });
    QObject::connect(c->sync.get(), &SyncService::operationConfirmed, [c](const Operation &op) {
        Record &record = c->records[op.broadcastId];
        ++record.confirmations;
        record.history.append(QStringLiteral("confirmed at %1 (%2)")
                                  .arg(c->model->seq())
                                  .arg(stateName(c->sync->state())));
    });
    QObject::connect(c->sync.get(), &SyncService::operationFailed,
                     [c](const Operation &op, const OpError &error) {
                         Record &record = c->records[op.broadcastId];
                         ++record.failures;
                         record.error = error;
                         record.handedBack = op;
                         record.history.append(QStringLiteral("failed %1 at %2 (%3)")
                                                   .arg(error.code)
                                                   .arg(c->model->seq())
                                                   .arg(stateName(c->sync->state())));
                     });
    m_clients.push_back(std::move(client));
}

void Run::scheduleAll()
{
    // Every draw is made here, in one order, before anything happens.
    for (int i = 0; i < int(m_clients.size()); ++i) {
        qint64 t = 0;
        for (;;) {
            t += 20 + m_rng.bounded(260);
            if (t >= m_config.durationMs)
                break;
            m_schedule.push_back(
                { t, i, m_rng.generate(), m_rng.generate(), m_rng.generate(), m_rng.generate() });
        }
    }
    qint64 t = 0;
    for (;;) {
        t += 150 + m_rng.bounded(600);
        if (t >= m_config.durationMs)
            break;
        m_schedule.push_back(
            { t, -1, m_rng.generate(), m_rng.generate(), m_rng.generate(), m_rng.generate() });
    }
    std::stable_sort(m_schedule.begin(), m_schedule.end(),
                     [](const Action &x, const Action &y) { return x.atMs < y.atMs; });
}

void Run::step()
{
    const qint64 now = m_clock.elapsed();
    while (m_next < m_schedule.size() && m_schedule[m_next].atMs <= now) {
        const Action &action = m_schedule[m_next++];
        if (action.client >= 0)
            doOperation(*m_clients[action.client], action.a, action.b, action.c, action.d);
        else
            doFault(action.a, action.b, action.c, action.d);
    }
    if (m_next < m_schedule.size())
        m_stepTimer.start(int(std::max<qint64>(0, m_schedule[m_next].atMs - m_clock.elapsed())));
}

template<typename T> const T &pick(const QList<T> &list, quint32 n)
{
    return list.at(qsizetype(n % quint32(list.size())));
}

void Run::doOperation(Client &client, quint32 a, quint32 b, quint32 c, quint32 d)
{
    const QString me = client.sync->identity().user;
    const bool isOwner = client.index == 0;
    QList<const Conversation *> markers = client.model->ordered();
    const QString text =
        QStringLiteral("s%1 c%2 #%3 \u00fc\u2713").arg(m_seed).arg(client.index).arg(++m_opCounter);
    const double x = (b % 100000) / 100000.0;
    const double y = (c % 100000) / 100000.0;
    std::optional<Operation> op;
    const quint32 roll = a % 100;
    if (markers.isEmpty() || roll < 22) {
        op = Operation::createMarker(x, y, text);
    } else {
        const Conversation *marker = pick(markers, b);
        QList<QPair<const Conversation *, const Comment *>> mine;
        for (const Conversation *conversation : std::as_const(markers)) {
            for (const Comment &comment : conversation->comments) {
                if (comment.author == me)
                    mine.append({ conversation, &comment });
            }
        }
        QList<QPair<const Conversation *, const Comment *>> mineNotFirst;
        for (const auto &entry : std::as_const(mine)) {
            if (entry.second->id != entry.first->id)
                mineNotFirst.append(entry);
        }
        if (roll < 42) {
            op = Operation::addComment(marker->id, text);
        } else if (roll < 54 && !mine.isEmpty()) {
            const auto &[conversation, comment] = pick(mine, d);
            op = Operation::editComment(conversation->id, comment->id, text);
        } else if (roll < 62 && !mineNotFirst.isEmpty()) {
            const auto &[conversation, comment] = pick(mineNotFirst, d);
            op = Operation::deleteComment(conversation->id, comment->id);
        } else if (roll < 75) {
            op = Operation::moveMarker(marker->id, y, x);
        } else if (roll < 88) {
            op = Operation::setResolved(marker->id, !marker->resolved);
        } else if (roll < 95) {
            QList<const Conversation *> deletable;
            for (const Conversation *conversation : std::as_const(markers)) {
                if (isOwner || conversation->creator == me)
                    deletable.append(conversation);
            }
            if (!deletable.isEmpty())
                op = Operation::deleteMarker(pick(deletable, d)->id);
            else
                op = Operation::addComment(marker->id, text);
        } else {
            op = Operation::addComment(marker->id, text);
        }
    }
    if (!op)
        op = Operation::createMarker(x, y, text);
    Record &record = client.records[op->broadcastId];
    record.op = *op;
    client.order.append(op->broadcastId);
    const SyncService::Submission submission = client.sync->submit(*op);
    record.sent = submission.sent;
    record.history.prepend(
        QStringLiteral("%1 at %2 (%3)")
            .arg(submission.sent ? QStringLiteral("sent") : QStringLiteral("refused"))
            .arg(client.model->seq())
            .arg(stateName(client.sync->state())));
    if (!submission.sent) {
        ++record.failures;
        record.error = submission.error;
        record.handedBack = submission.operation;
    }
}

void Run::doFault(quint32 a, quint32 b, quint32 c, quint32 d)
{
    const quint32 roll = a % 100;
    Client &client = *m_clients[b % m_clients.size()];
    const bool cluster = m_mode == Mode::Cluster;
    const auto later = [this](int ms, std::function<void()> what) {
        ++m_restoresPending;
        QTimer::singleShot(ms, &m_context, [this, what = std::move(what)] {
            what();
            --m_restoresPending;
        });
    };
    if (roll < (cluster ? 25u : 35u)) {
        ++m_faults[QStringLiteral("cut")];
        client.proxy->cut();
    } else if (roll < (cluster ? 50u : 70u)) {
        if (client.proxy->isHeld())
            return;
        ++m_faults[QStringLiteral("blackhole")];
        client.proxy->hold();
        const bool late = d % 2 == 0;
        later(300 + int(c % 2500), [&client, late] { client.proxy->release(late); });
    } else if (roll < (cluster ? 75u : 100u)) {
        ChaosNode &node = *m_nodes[c % m_nodes.size()];
        const int down = int(std::count_if(m_nodes.cbegin(), m_nodes.cend(),
                                           [](const auto &n) { return !n->isRunning(); }));
        // A cluster keeps at least one node; one node is killed only when up.
        if (!node.isRunning() || down + 1 >= int(m_nodes.size()) + (cluster ? 0 : 1))
            return;
        ++m_faults[QStringLiteral("kill")];
        node.kill();
        later(100 + int(d % 1500), [&node] { node.start(); });
    } else if (roll < 88u) {
        if (!m_redis->isRunning())
            return;
        ++m_faults[QStringLiteral("redis")];
        m_redis->stop();
        later(200 + int(d % 1500), [this] {
            if (!m_redis->isRunning() && !m_redis->start())
                note(QStringLiteral("redis did not start again: ")
                     + QString::fromUtf8(m_redis->diagnostics()));
        });
    } else {
        if (!m_postgres->isRunning())
            return;
        ++m_faults[QStringLiteral("postgres")];
        if (!m_postgres->stop())
            note(QStringLiteral("postgres did not stop: ") + m_postgres->errorString());
        later(300 + int(d % 2000), [this] {
            if (!m_postgres->isRunning() && !m_postgres->start())
                note(QStringLiteral("postgres did not start again: ") + m_postgres->errorString());
        });
    }
}

void Run::note(const QString &violation)
{
    m_violations.append(violation);
}

void Run::restoreEverything()
{
    for (const auto &client : m_clients) {
        if (client->proxy->isHeld())
            client->proxy->release(true);
    }
    if (m_mode == Mode::Cluster) {
        if (!m_postgres->isRunning() && !m_postgres->start())
            note(QStringLiteral("postgres did not start again: ") + m_postgres->errorString());
        if (!m_redis->isRunning() && !m_redis->start())
            note(QStringLiteral("redis did not start again"));
    }
    for (const auto &node : m_nodes) {
        if (!node->isRunning())
            node->start();
    }
}

std::unique_ptr<Store> Run::openStore(QString *error)
{
    std::unique_ptr<Store> store;
    if (m_mode == Mode::Cluster) {
        auto pg = std::make_unique<PostgresStore>(QUrl(m_postgres->url()));
        if (!pg->open(error))
            return nullptr;
        store = std::move(pg);
    } else {
        auto sqlite = std::make_unique<SqliteStore>(
            m_dataRoot.filePath(QStringLiteral("node0/imagechat.sqlite")));
        if (!sqlite->open(error))
            return nullptr;
        store = std::move(sqlite);
    }
    return store;
}

bool Run::converged(Store &store)
{
    // Cheap checks first: the store is read only once every client looks done.
    qint64 seq = -1;
    for (const auto &client : m_clients) {
        if (client->sync->state() != State::Live || !client->model->pending().isEmpty()
            || !client->settled())
            return false;
        if (seq >= 0 && client->model->seq() != seq)
            return false;
        seq = client->model->seq();
    }
    const Lookup<RoomRecord> record = store.room(m_link.room);
    if (!record || record->seq != seq)
        return false;
    const std::optional<RoomState> state = store.loadState(m_link.room);
    if (!state)
        return false;
    const QByteArray stored = compact(state->toJson());
    return std::all_of(m_clients.cbegin(), m_clients.cend(), [&](const auto &client) {
        return compact(client->model->confirmedState().toJson()) == stored;
    });
}

QString Run::describeClients() const
{
    QStringList parts;
    for (const auto &client : m_clients)
        parts.append(QStringLiteral("client%1 %2 seq %3 pending %4")
                         .arg(client->index)
                         .arg(stateName(client->sync->state()))
                         .arg(client->model->seq())
                         .arg(client->model->pending().size()));
    return parts.join(QStringLiteral(", "));
}

void Run::check(Store *store, Figures *figures)
{
    QHash<QString, QList<Event>> stored; // broadcastId -> events
    QByteArray storedState;
    qint64 storedSeq = -1;
    if (store) {
        const std::optional<QJsonArray> events = store->eventsAfter(m_link.room, 0);
        const std::optional<RoomState> state = store->loadState(m_link.room);
        const Lookup<RoomRecord> record = store->room(m_link.room);
        if (!events || !state || !record) {
            note(QStringLiteral("the store could not be read"));
        } else {
            for (const QJsonValue &value : *events) {
                OpError error;
                const std::optional<Event> event = Event::fromJson(value.toObject(), &error);
                if (!event) {
                    note(QStringLiteral("unreadable stored event: ") + error.message);
                    continue;
                }
                stored[event->op.broadcastId].append(*event);
            }
            storedState = compact(state->toJson());
            storedSeq = record->seq;
        }
    }

    for (const auto &client : m_clients) {
        const QString who = QStringLiteral("client%1").arg(client->index);
        for (const QString &id : std::as_const(client->order)) {
            const Record &record = client->records.value(id);
            ++figures->operations;
            const QList<Event> copies = stored.value(id);
            const bool acknowledged = record.acceptedReply || record.confirmations > 0;
            if (record.confirmations + record.failures > 1) {
                ++figures->badReports;
                note(QStringLiteral("%1: %2 %3 was reported %4 times, stored %5 times: %6")
                         .arg(who, record.op.name(), id)
                         .arg(record.confirmations + record.failures)
                         .arg(copies.size())
                         .arg(record.history.join(QStringLiteral(", "))));
            }
            if (acknowledged) {
                ++figures->acknowledged;
                if (copies.isEmpty()) {
                    ++figures->lost;
                    note(QStringLiteral("%1: acknowledged %2 %3 is not in the store")
                             .arg(who, record.op.name(), id));
                } else if (copies.size() > 1) {
                    ++figures->duplicated;
                    note(QStringLiteral("%1: acknowledged %2 %3 is stored %4 times")
                             .arg(who, record.op.name(), id)
                             .arg(copies.size()));
                } else {
                    Operation storedOp = copies.first().op;
                    storedOp.restored = record.op.restored;
                    if (!(storedOp == record.op)) {
                        ++figures->lost;
                        note(QStringLiteral("%1: %2 %3 is stored with other content: %4")
                                 .arg(who, record.op.name(), id,
                                      QString::fromUtf8(compact(copies.first().toJson()))));
                    }
                }
                continue;
            }
            if (record.failures > 0) {
                ++figures->failedOps;
                ++m_failureCodes[record.error.code];
                if (record.error.code.isEmpty() || record.error.message.isEmpty()
                    || !(record.handedBack == record.op)) {
                    ++figures->badReports;
                    note(QStringLiteral("%1: %2 %3 failed (%4) without its text handed back")
                             .arg(who, record.op.name(), id, record.error.code));
                }
                if (!copies.isEmpty()) {
                    ++figures->appliedAfterFailure;
                    note(QStringLiteral("%1: %2 %3 was reported as failed but is stored at seq "
                                        "%4: %5")
                             .arg(who, record.op.name(), id)
                             .arg(copies.first().seq)
                             .arg(record.history.join(QStringLiteral(", "))));
                }
                continue;
            }
            ++figures->unsettled;
            note(QStringLiteral("%1: %2 %3 was sent and never settled")
                     .arg(who, record.op.name(), id));
        }
        const QByteArray mine = compact(client->model->confirmedState().toJson());
        // A copy with changes still pending, or not live, is not the store's either.
        if (storedSeq < 0 || client->model->seq() != storedSeq || mine != storedState
            || !client->model->pending().isEmpty() || client->sync->state() != State::Live) {
            ++figures->divergent;
            note(QStringLiteral("%1 differs from the store: %2 seq %3 (store %4), %5 pending, %6")
                     .arg(who, stateName(client->sync->state()))
                     .arg(client->model->seq())
                     .arg(storedSeq)
                     .arg(client->model->pending().size())
                     .arg(mine == storedState ? QStringLiteral("same markers")
                                              : QStringLiteral("other markers")));
        }
    }
    // Everything stored was sent by one of the clients.
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const bool known = std::any_of(m_clients.cbegin(), m_clients.cend(), [&](const auto &c) {
            return c->records.contains(it.key());
        });
        if (!known)
            note(QStringLiteral("stored %1 was sent by nobody").arg(it.key()));
    }
}

Figures Run::execute()
{
    Figures figures;
    figures.runs = 1;
    const QString label = QStringLiteral("seed %1 %2").arg(m_seed).arg(modeName(m_mode));
    const auto fail = [&](const QString &why) {
        figures.failedRuns = 1;
        ++figures.crashes;
        out() << label << ": FAIL " << why << Qt::endl;
        return figures;
    };
    if (!setUp())
        return fail(QStringLiteral("could not set up"));
    if (!createRoom())
        return fail(QStringLiteral("could not create a room"));

    for (int i = 0; i < m_config.clients; ++i) {
        quint16 target = m_nodes[i % m_nodes.size()]->port();
        // In a cluster every other client goes through HAProxy, the rest
        // straight to a node.
        if (m_haproxy && i % 2 == 0)
            target = m_haproxy->port();
        else if (m_mode == Mode::Cluster)
            target = m_nodes[(i / 2) % m_nodes.size()]->port();
        addClient(i, target, i == 0 ? m_owner : Protocol::Identity());
    }
    for (const auto &client : m_clients)
        client->sync->start();
    if (!waitUntil(
            [&] {
                return std::all_of(m_clients.cbegin(), m_clients.cend(),
                                   [](const auto &c) { return c->sync->state() == State::Live; });
            },
            20000))
        return fail(QStringLiteral("clients did not get live: ") + describeClients());

    scheduleAll();
    m_stepTimer.setSingleShot(true);
    QObject::connect(&m_stepTimer, &QTimer::timeout, [this] { step(); });
    m_clock.start();
    step();
    const bool ran = waitUntil([&] { return m_next >= m_schedule.size() && !m_restoresPending; },
                               m_config.durationMs + 60000);
    if (!ran)
        note(QStringLiteral("the schedule did not finish"));
    restoreEverything();

    // Settled: every process back, every client live, told every outcome,
    // and holding what the store holds.
    QString error;
    std::unique_ptr<Store> store;
    const bool settled = waitUntil(
        [&] {
            if (!allUp() || (m_mode == Mode::Cluster && !m_redis->isRunning()))
                return false;
            if (!store)
                store = openStore(&error);
            return store && converged(*store);
        },
        m_config.settleMs);
    if (!settled)
        note(QStringLiteral("did not settle within %1 ms: %2")
                 .arg(m_config.settleMs)
                 .arg(describeClients()));
    if (!store)
        store = openStore(&error);
    check(store.get(), &figures);

    // Every process the harness did not kill is still there, and stops cleanly.
    for (const auto &client : m_clients)
        client->sync->stop();
    if (m_haproxy && !m_haproxy->isRunning())
        note(QStringLiteral("HAProxy is gone: ") + QString::fromUtf8(m_haproxy->diagnostics()));
    for (const auto &node : m_nodes) {
        node->terminate();
        for (const QString &crash : node->crashes()) {
            ++figures.crashes;
            note(crash);
        }
    }
    store.reset();

    for (const int count : std::as_const(m_faults))
        figures.faults += count;
    QStringList faults;
    QStringList kinds = m_faults.keys();
    kinds.sort();
    for (const QString &kind : std::as_const(kinds))
        faults.append(QStringLiteral("%1 %2").arg(kind).arg(m_faults.value(kind)));
    QStringList byCode;
    for (auto it = m_failureCodes.cbegin(); it != m_failureCodes.cend(); ++it)
        byCode.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    const QString codes =
        byCode.isEmpty() ? QString() : QStringLiteral(": ") + byCode.join(QStringLiteral(", "));
    // Anything noted that the counters do not cover (a store that could not
    // be read, a run that did not settle) still fails the run.
    const bool ok = m_violations.isEmpty();
    if (!ok && figures.violations() == 0)
        ++figures.divergent;
    figures.failedRuns = ok ? 0 : 1;
    out() << label << ": " << (ok ? "ok" : "FAIL") << " ops " << figures.operations << " (acked "
          << figures.acknowledged << ", failed " << figures.failedOps << codes << "), faults "
          << figures.faults << " (" << faults.join(QStringLiteral(", ")) << "), lost "
          << figures.lost << ", duplicated " << figures.duplicated << ", failed-but-stored "
          << figures.appliedAfterFailure << ", unsettled " << figures.unsettled << ", divergent "
          << figures.divergent << ", crashes " << figures.crashes << Qt::endl;
    for (const QString &violation : std::as_const(m_violations))
        out() << "  " << violation << Qt::endl;
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Seeded fault injection: clients work in one room while connections are cut and "
        "blackholed and server processes are killed; then everything acknowledged must be "
        "stored once, every client must hold the store's state, every failure must have been "
        "reported, and nothing may have crashed."));
    parser.addHelpOption();
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("First seed (default 1)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Seeds to run: N, N+1, ... (default 1)."),
                                        QStringLiteral("K"), QStringLiteral("1"));
    const QCommandLineOption modeOption(
        QStringLiteral("mode"),
        QStringLiteral("single (one node on SQLite), cluster (nodes on PostgreSQL and Redis) "
                       "or both (default single)."),
        QStringLiteral("MODE"), QStringLiteral("single"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Clients in the room (default 4)."),
                                           QStringLiteral("M"), QStringLiteral("4"));
    const QCommandLineOption nodesOption(QStringLiteral("nodes"),
                                         QStringLiteral("Cluster nodes, 2 or 3 (default 3)."),
                                         QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption noHaproxyOption(
        QStringLiteral("no-haproxy"),
        QStringLiteral("Cluster: every client straight to a node (default: every other one "
                       "through HAProxy)."));
    const QCommandLineOption durationOption(
        QStringLiteral("duration"),
        QStringLiteral("How long operations and faults go on, ms (default 5000)."),
        QStringLiteral("MS"), QStringLiteral("5000"));
    const QCommandLineOption settleOption(
        QStringLiteral("settle-timeout"),
        QStringLiteral("How long everything may take to settle afterwards, ms (default 60000)."),
        QStringLiteral("MS"), QStringLiteral("60000"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral("The imagechat-server program (default: the one built with this)."),
        QStringLiteral("PATH"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Show the clients' log."));
    parser.addOptions({ seedOption, runsOption, modeOption, clientsOption, nodesOption,
                        noHaproxyOption, durationOption, settleOption, serverOption,
                        verboseOption });
    parser.process(app);

    Config config;
    QTextStream err(stderr);
    const auto number = [&](const QCommandLineOption &option, qint64 min, qint64 max,
                            qint64 *value) {
        bool ok = false;
        *value = parser.value(option).toLongLong(&ok);
        if (!ok || *value < min || *value > max) {
            err << "imagechat-chaos: --" << option.names().first() << " must be a number from "
                << min << " to " << max << Qt::endl;
            return false;
        }
        return true;
    };
    qint64 seed, runs, clients, nodes, duration, settle;
    if (!number(seedOption, 0, 0xffffffffLL, &seed) || !number(runsOption, 1, 100000, &runs)
        || !number(clientsOption, 1, 32, &clients) || !number(nodesOption, 2, 3, &nodes)
        || !number(durationOption, 100, 3600000, &duration)
        || !number(settleOption, 1000, 3600000, &settle))
        return 2;
    config.seed = quint32(seed);
    config.runs = int(runs);
    config.clients = int(clients);
    config.nodes = int(nodes);
    config.durationMs = int(duration);
    config.settleMs = int(settle);
    config.haproxy = !parser.isSet(noHaproxyOption);
    config.verbose = parser.isSet(verboseOption);
    const QString mode = parser.value(modeOption);
    if (mode == QLatin1String("single"))
        config.modes = { Mode::Single };
    else if (mode == QLatin1String("cluster"))
        config.modes = { Mode::Cluster };
    else if (mode == QLatin1String("both"))
        config.modes = { Mode::Single, Mode::Cluster };
    else {
        err << "imagechat-chaos: --mode must be single, cluster or both" << Qt::endl;
        return 2;
    }
    config.serverBinary = parser.isSet(serverOption) ? parser.value(serverOption)
                                                     : QStringLiteral(IMAGECHAT_SERVER_PATH);
    if (!QFileInfo(config.serverBinary).isExecutable()) {
        err << "imagechat-chaos: no server program at " << config.serverBinary << Qt::endl;
        return 2;
    }
    if (!config.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n"
                                                        "*.warning=false"));

    // PostgreSQL and Redis are made once and shared by the cluster runs;
    // each run has its own room, nodes and clients.
    std::unique_ptr<Test::PostgresProcess> postgres;
    std::unique_ptr<Test::RedisProcess> redis;
    if (config.modes.contains(Mode::Cluster)) {
        postgres = std::make_unique<Test::PostgresProcess>();
        redis = std::make_unique<Test::RedisProcess>();
        if (!postgres->init()) {
            err << "imagechat-chaos: cannot set up PostgreSQL: " << postgres->errorString()
                << Qt::endl;
            return 2;
        }
        if (!redis->start()) {
            err << "imagechat-chaos: cannot start Redis: " << redis->diagnostics() << Qt::endl;
            return 2;
        }
    }

    QHash<int, Figures> totals; // by mode
    for (qint64 i = 0; i < config.runs; ++i) {
        const quint32 runSeed = quint32(config.seed + quint32(i));
        for (const Mode m : std::as_const(config.modes)) {
            Run run(config, m, runSeed, postgres.get(), redis.get());
            totals[int(m)].add(run.execute());
        }
    }
    qint64 violations = 0;
    for (const Mode m : std::as_const(config.modes)) {
        const Figures &t = totals[int(m)];
        violations += t.violations() + t.failedRuns;
        if (config.runs > 1 || config.modes.size() > 1)
            out() << "total " << modeName(m) << ": runs " << t.runs << ", failed runs "
                  << t.failedRuns << ", operations " << t.operations << " (acknowledged "
                  << t.acknowledged << ", reported failed " << t.failedOps << "), faults "
                  << t.faults << ", acknowledged lost " << t.lost << ", duplicated " << t.duplicated
                  << ", failed-but-stored " << t.appliedAfterFailure << ", unsettled "
                  << t.unsettled << ", bad reports " << t.badReports << ", divergent clients "
                  << t.divergent << ", crashes " << t.crashes << Qt::endl;
    }
    return violations ? 1 : 0;
}
