// The stores against real databases: SqliteStore on a file and PostgresStore
// on a throwaway PostgreSQL cluster run the same checks (data-driven), then
// what only a shared database server has: several connections writing one
// room, and the server going away and coming back.

#include "ids.h"
#include "postgresprocess.h"
#include "postgresstore.h"
#include "sqlitestore.h"
#include "storefactory.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <numeric>

using namespace ImageChat;
using namespace ImageChat::Test;

namespace {

// A call on an unreachable database must give up within this.
constexpr qint64 kFailFastMs = 5000;

Protocol::ImageMeta putRandomImage(Store &store, qsizetype size = 1024)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()),
                                          size / qsizetype(sizeof(quint32)));
    Protocol::ImageMeta meta;
    meta.sha256 = sha256Hex(data);
    meta.size = data.size();
    meta.width = 640;
    meta.height = 480;
    meta.mime = QStringLiteral("image/png");
    meta.name = QStringLiteral("plan.png");
    if (!store.putImage(meta, data))
        return {};
    return meta;
}

RoomRecord makeRoom(Store &store)
{
    RoomRecord room;
    room.id = newUuid();
    room.keyHash = sha256Hex(room.id.toUtf8());
    room.owner = QStringLiteral("owner-") + newUuid();
    room.epoch = newUuid();
    room.image = putRandomImage(store);
    if (room.image.sha256.isEmpty() || store.createRoom(room))
        return {};
    return room;
}

// A new marker as the next event, with the conversation it leaves behind.
struct Append
{
    Event event;
    std::optional<Conversation> after;
};

Append newMarker(qint64 seq, const QString &author = QStringLiteral("author"))
{
    Append a;
    a.event.op = Operation::createMarker(0.25, 0.75, QStringLiteral("Look here #%1").arg(seq));
    a.event.seq = seq;
    a.event.at = 1700000000000 + seq;
    a.event.author = author;
    a.event.authorName = QStringLiteral("Ana");
    applyEvent(&a.after, a.event, author, RoomLimits {}, 0);
    return a;
}

// What a writer that expected the room at the seq before `a` is told.
const OpError kStale { ErrorCode::BadRequest, QStringLiteral("the room moved on") };

// Stores `a` if the room is where its writer thought; `*seenSeq` gets the
// stored seq the store showed while deciding (-1: it never asked).
OpError append(Store &store, const QString &room, const Append &a, qint64 *seenSeq = nullptr)
{
    if (seenSeq)
        *seenSeq = -1;
    return store.appendEvent(
        room, [&](qint64 storedSeq, Event *event, std::optional<Conversation> *after) -> OpError {
            if (seenSeq)
                *seenSeq = storedSeq;
            if (storedSeq + 1 != a.event.seq)
                return kStale;
            *event = a.event;
            *after = a.after;
            return {};
        });
}

QList<qint64> seqsOf(const QJsonArray &events)
{
    QList<qint64> seqs;
    for (const QJsonValue &e : events)
        seqs.append(e.toObject().value(QStringLiteral("seq")).toInteger());
    return seqs;
}

QList<qint64> oneTo(qint64 n)
{
    QList<qint64> seqs(n);
    std::iota(seqs.begin(), seqs.end(), 1);
    return seqs;
}

} // namespace

class TestPgStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void users_data() { backends(); }
    void users();
    void images_data() { backends(); }
    void images();
    void rooms_data() { backends(); }
    void rooms();
    void eventsAndConversations_data() { backends(); }
    void eventsAndConversations();
    void duplicateAndStaleSeq_data() { backends(); }
    void duplicateAndStaleSeq();
    void pruneLog_data() { backends(); }
    void pruneLog();
    void settledPendingIsNeverStoredLater_data() { backends(); }
    void settledPendingIsNeverStoredLater();
    void aSecondWriterWaitsForTheFirst();
    void sameTablesAndColumns();
    void concurrentWritersGetConsecutiveSeqs();
    void outageFailsFastAndHeals();
    void aFailedReadIsNoAbsence();
    void openStoreSpecs();
    void olderFilesAreMigrated();

private:
    void backends();
    std::unique_ptr<Store> open();
    // Connections of PostgreSQL waiting for a lock in a statement on this room.
    int lockWaiters(const QString &room);

    PostgresProcess m_pg;
    std::unique_ptr<QTemporaryDir> m_sqliteDir;
};

void TestPgStore::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_pg.init(), qPrintable(m_pg.errorString()));
    qInfo("PostgreSQL cluster on port %d ready in %lld ms", m_pg.port(), timer.elapsed());
}

void TestPgStore::init()
{
    // A fresh SQLite file for every test; PostgreSQL tests keep apart by fresh ids.
    m_sqliteDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_sqliteDir->isValid());
}

void TestPgStore::backends()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("sqlite") << QString();
    QTest::newRow("postgres") << m_pg.url();
}

// Another store on the same data: for PostgreSQL another connection, as
// another server node would have.
std::unique_ptr<Store> TestPgStore::open()
{
    QFETCH(QString, spec);
    QString error;
    std::unique_ptr<Store> store = openStore(spec, m_sqliteDir->path(), false, &error);
    if (!store)
        qWarning("openStore failed: %s", qPrintable(error));
    return store;
}

void TestPgStore::users()
{
    const std::unique_ptr<Store> store = open();
    QVERIFY(store);
    const QString id = newUuid();
    QVERIFY(store->createUser(id, QStringLiteral("hash-1")));
    QCOMPARE(store->userSecretHash(id).value(), QStringLiteral("hash-1"));
    QVERIFY(!store->createUser(id, QStringLiteral("hash-2"))); // ids are taken once
    QCOMPARE(store->userSecretHash(id).value(), QStringLiteral("hash-1"));
    QVERIFY(store->userSecretHash(newUuid()).isMissing());
    QVERIFY(store->isReachable());
}

void TestPgStore::images()
{
    const std::unique_ptr<Store> store = open();
    QVERIFY(store);
    // A few megabytes of every byte value, so bytea's escaping is exercised.
    QByteArray data(3 * 1024 * 1024 + 5, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char((i * 7919 + i / 256) & 0xff);
    Protocol::ImageMeta meta;
    meta.sha256 = sha256Hex(data);
    meta.size = data.size();
    meta.width = 4000;
    meta.height = 3000;
    meta.mime = QStringLiteral("image/jpeg");
    meta.name = QStringLiteral("façade.jpg");
    QVERIFY(store->putImage(meta, data));
    QVERIFY(store->putImage(meta, data)); // already there: nothing to do, not an error
    const std::optional<QByteArray> back = store->image(meta.sha256);
    QVERIFY(back);
    QCOMPARE(back->size(), data.size());
    QVERIFY(*back == data);
    QVERIFY(!store->image(sha256Hex("not stored")));
}

void TestPgStore::rooms()
{
    const std::unique_ptr<Store> store = open();
    QVERIFY(store);
    RoomRecord room = makeRoom(*store);
    QVERIFY(!room.id.isEmpty());
    const Lookup<RoomRecord> back = store->room(room.id);
    QVERIFY(back);
    QCOMPARE(back->id, room.id);
    QCOMPARE(back->keyHash, room.keyHash);
    QCOMPARE(back->owner, room.owner);
    QCOMPARE(back->epoch, room.epoch);
    QCOMPARE(back->seq, 0);
    QCOMPARE(back->logStart, 1);
    QCOMPARE(back->image, room.image);
    QVERIFY(store->createRoom(room)); // the id is taken
    QVERIFY(!store->room(newUuid()));
    // An image that is not stored cannot be a room's.
    room.id = newUuid();
    room.image.sha256 = sha256Hex("missing");
    QVERIFY(store->createRoom(room));
}

void TestPgStore::eventsAndConversations()
{
    const std::unique_ptr<Store> store = open();
    QVERIFY(store);
    const RoomRecord room = makeRoom(*store);
    QVERIFY(!room.id.isEmpty());

    QList<Append> appends;
    for (qint64 seq = 1; seq <= 5; ++seq) {
        appends.append(newMarker(seq));
        const OpError error = append(*store, room.id, appends.last());
        QVERIFY2(!error, qPrintable(error.message));
    }
    // Deleting the third marker leaves no conversation behind.
    Append deletion;
    deletion.event.op = Operation::deleteMarker(appends[2].event.op.marker);
    deletion.event.seq = 6;
    deletion.event.at = 1700000000006;
    deletion.event.author = QStringLiteral("author");
    QVERIFY(!append(*store, room.id, deletion));
    QCOMPARE(store->room(room.id)->seq, 6);

    const std::optional<RoomState> state = store->loadState(room.id);
    QVERIFY(state);
    QCOMPARE(state->size(), 4);
    for (int i : { 0, 1, 3, 4 }) {
        QVERIFY(state->find(appends[i].after->id));
        QCOMPARE(*state->find(appends[i].after->id), *appends[i].after);
    }
    QVERIFY(!state->find(appends[2].after->id));
    QCOMPARE(store->loadState(newUuid())->size(), 0);

    const std::optional<QJsonArray> all = store->eventsAfter(room.id, 0);
    QVERIFY(all);
    QCOMPARE(seqsOf(*all), oneTo(6));
    QCOMPARE(all->at(0).toObject(), appends[0].event.toJson());
    QCOMPARE(all->at(5).toObject(), deletion.event.toJson());
    QCOMPARE(seqsOf(*store->eventsAfter(room.id, 4)), (QList<qint64> { 5, 6 }));
    QCOMPARE(store->eventsAfter(room.id, 6)->size(), 0);

    const QString unknown = newUuid();
    QCOMPARE(
        store->storedBroadcastIds(
            room.id, { appends[0].event.op.broadcastId, unknown, deletion.event.op.broadcastId }),
        std::optional<QStringList>(
            { appends[0].event.op.broadcastId, deletion.event.op.broadcastId }));
    // Stored in this room only.
    QCOMPARE(store->storedBroadcastIds(newUuid(), { appends[0].event.op.broadcastId }),
             std::optional<QStringList>(QStringList()));
}

void TestPgStore::duplicateAndStaleSeq()
{
    const std::unique_ptr<Store> store = open();
    QVERIFY(store);
    const RoomRecord room = makeRoom(*store);
    QVERIFY(!room.id.isEmpty());
    const Append first = newMarker(1);
    QVERIFY(!append(*store, room.id, first));

    // The same operation again, at the next seq: the broadcastId tells.
    Append again = newMarker(2);
    again.event.op.broadcastId = first.event.op.broadcastId;
    QCOMPARE(append(*store, room.id, again).code, ErrorCode::Duplicate);

    // The writer decides on the stored seq, and a refusal stores nothing.
    qint64 seen = 0;
    const OpError stale = append(*store, room.id, newMarker(5), &seen);
    QCOMPARE(seen, 1);
    QCOMPARE(stale.code, kStale.code);
    // A writer that ignores the stored seq is refused by the store.
    const Append wrong = newMarker(5);
    const OpError refused = store->appendEvent(
        room.id, [&](qint64, Event *event, std::optional<Conversation> *after) -> OpError {
            *event = wrong.event;
            *after = wrong.after;
            return {};
        });
    QCOMPARE(refused.code, ErrorCode::StorageFailed);

    // Neither left anything behind.
    QCOMPARE(store->room(room.id)->seq, 1);
    QCOMPARE(seqsOf(*store->eventsAfter(room.id, 0)), oneTo(1));
    QCOMPARE(store->loadState(room.id)->size(), 1);
    QVERIFY(!append(*store, room.id, newMarker(2)));

    // No such room: nothing to decide on.
    const OpError noRoom = append(*store, newUuid(), newMarker(1), &seen);
    QCOMPARE(noRoom.code, ErrorCode::StorageFailed);
    QCOMPARE(seen, -1);
}

void TestPgStore::pruneLog()
{
    const std::unique_ptr<Store> store = open();
    QVERIFY(store);
    const RoomRecord room = makeRoom(*store);
    QVERIFY(!room.id.isEmpty());
    QStringList ids;
    QStringList markers;
    for (qint64 seq = 1; seq <= 10; ++seq) {
        const Append a = newMarker(seq);
        ids.append(a.event.op.broadcastId);
        markers.append(a.after->id);
        QVERIFY(!append(*store, room.id, a));
    }
    QCOMPARE(store->pruneLog(room.id, 4), 5);
    QCOMPARE(store->room(room.id)->logStart, 5);
    QVERIFY(!store->eventsAfter(room.id, 0)); // no longer reaches back that far
    QVERIFY(!store->eventsAfter(room.id, 3));
    QCOMPARE(seqsOf(*store->eventsAfter(room.id, 4)), (QList<qint64> { 5, 6, 7, 8, 9, 10 }));
    // Outcomes of pruned events can still be told.
    QCOMPARE(store->storedBroadcastIds(room.id, ids), std::optional<QStringList>(ids));
    // The start never moves back.
    QCOMPARE(store->pruneLog(room.id, 2), 5);
    QCOMPARE(store->room(room.id)->logStart, 5);
    // Conversations are not part of the log.
    QCOMPARE(store->loadState(room.id)->size(), 10);

    // What a deletion removed is kept while the log holds the deletion.
    for (qint64 seq : { 11, 12 }) {
        Append deletion;
        deletion.event.op = Operation::deleteMarker(markers[int(seq) - 11]);
        deletion.event.seq = seq;
        deletion.event.at = 1700000000000 + seq;
        deletion.event.author = QStringLiteral("author");
        QVERIFY(!append(*store, room.id, deletion));
    }
    QVERIFY(store->deletedConversation(room.id, markers[0]));
    QCOMPARE(store->pruneLog(room.id, 11), 12);
    QVERIFY(!store->deletedConversation(room.id, markers[0]));
    QCOMPARE(store->deletedConversation(room.id, markers[1])->id, markers[1]);
    QCOMPARE(store->loadState(room.id)->size(), 8);
}

void TestPgStore::aSecondWriterWaitsForTheFirst()
{
    // Two nodes, each with its own connection. While the first decides on
    // its event, holding the room's lock, the second tries to write: it must
    // wait, then decide on what the first stored.
    QString error;
    const std::unique_ptr<Store> nodeA = openStore(m_pg.url(), QString(), false, &error);
    QVERIFY2(nodeA, qPrintable(error));
    const RoomRecord room = makeRoom(*nodeA);
    QVERIFY(!room.id.isEmpty());

    const Append a1 = newMarker(1, QStringLiteral("a"));
    const Append b2 = newMarker(2, QStringLiteral("b"));
    std::atomic<qint64> bSaw { -2 };
    std::atomic<bool> bDone { false };
    bool bWaited = false;
    OpError bResult;
    std::unique_ptr<QThread> nodeB;
    qint64 aSaw = 0;
    const OpError aResult = nodeA->appendEvent(
        room.id, [&](qint64 storedSeq, Event *event, std::optional<Conversation> *after) {
            aSaw = storedSeq;
            nodeB.reset(QThread::create([&] {
                QString openError;
                const std::unique_ptr<Store> store =
                    openStore(m_pg.url(), QString(), false, &openError);
                if (!store)
                    return;
                qint64 seen = 0;
                bResult = append(*store, room.id, b2, &seen);
                bSaw = seen;
                bDone = true;
            }));
            nodeB->start();
            // B is waiting on the room's row lock, as PostgreSQL itself says.
            // Polled: B's thread wakes nothing in this one.
            bWaited =
                QTest::qWaitFor([&] { return bDone || lockWaiters(room.id) > 0; }, 10000) && !bDone;
            *event = a1.event;
            *after = a1.after;
            return OpError();
        });
    QVERIFY2(!aResult, qPrintable(aResult.message));
    QCOMPARE(aSaw, 0);
    QVERIFY2(bWaited, "node B wrote without waiting for node A's lock");
    QVERIFY(nodeB->wait(QDeadlineTimer(20000)));
    QVERIFY2(!bResult, qPrintable(bResult.message));
    QCOMPARE(bSaw.load(), 1); // B decided on A's event

    const std::optional<QJsonArray> events = nodeA->eventsAfter(room.id, 0);
    QVERIFY(events);
    QCOMPARE(*events, (QJsonArray { a1.event.toJson(), b2.event.toJson() }));
    QCOMPARE(nodeA->room(room.id)->seq, 2);
    QCOMPARE(nodeA->loadState(room.id)->size(), 2);
}

int TestPgStore::lockWaiters(const QString &room)
{
    // Looked at from a connection of its own.
    const QString name = QStringLiteral("lock-watch");
    int waiters = -1;
    {
        QSqlDatabase db = QSqlDatabase::contains(name)
            ? QSqlDatabase::database(name)
            : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_pg.port());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("imagechat"));
        if (!db.isOpen() && !db.open())
            return -1;
        QSqlQuery q(db);
        // QPSQL runs prepared statements as EXECUTE with their values.
        q.prepare(QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                 "WHERE wait_event_type = 'Lock' AND query LIKE ?"));
        q.addBindValue(QStringLiteral("%%1%").arg(room));
        if (q.exec() && q.next())
            waiters = q.value(0).toInt();
        else
            qWarning("lockWaiters: %s", qPrintable(q.lastError().text()));
    }
    return waiters;
}

void TestPgStore::sameTablesAndColumns()
{
    // So that a schema change touches both stores the same way.
    QString error;
    QVERIFY(openStore(QString(), m_sqliteDir->path(), false, &error));
    QVERIFY(openStore(m_pg.url(), QString(), false, &error));
    QStringList sqliteColumns;
    QStringList postgresColumns;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("s"));
        db.setDatabaseName(m_sqliteDir->filePath(QStringLiteral("imagechat.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(QStringLiteral("SELECT m.name, p.name FROM sqlite_master m, "
                                   "pragma_table_info(m.name) p WHERE m.type = 'table' "
                                   "ORDER BY m.name, p.cid"),
                    db);
        while (q.next())
            sqliteColumns.append(q.value(0).toString() + QLatin1Char('.') + q.value(1).toString());
        QSqlDatabase p = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("p"));
        p.setHostName(QStringLiteral("127.0.0.1"));
        p.setPort(m_pg.port());
        p.setUserName(QStringLiteral("postgres"));
        p.setDatabaseName(QStringLiteral("imagechat"));
        QVERIFY(p.open());
        QSqlQuery r(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                   "WHERE table_schema = 'public' "
                                   "ORDER BY table_name, ordinal_position"),
                    p);
        while (r.next())
            postgresColumns.append(r.value(0).toString() + QLatin1Char('.')
                                   + r.value(1).toString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("s"));
    QSqlDatabase::removeDatabase(QStringLiteral("p"));
    QVERIFY(sqliteColumns.contains(QStringLiteral("images.data")));
    QCOMPARE(postgresColumns, sqliteColumns);
}

void TestPgStore::concurrentWritersGetConsecutiveSeqs()
{
    QString error;
    const std::unique_ptr<Store> store = openStore(m_pg.url(), QString(), false, &error);
    QVERIFY2(store, qPrintable(error));
    const RoomRecord room = makeRoom(*store);
    QVERIFY(!room.id.isEmpty());

    // Each thread is a node: its own connection (made and used in that
    // thread only), writing as fast as it can. What it read of the room just
    // before is often stale by the time it holds the lock; it decides on
    // what the lock shows, and no write is turned away.
    constexpr int kWriters = 3;
    constexpr int kPerWriter = 60;
    std::atomic<int> overtaken { 0 };
    std::atomic<int> failures { 0 };
    std::atomic<int> ready { 0 };
    QList<QList<qint64>> won(kWriters);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int w = 0; w < kWriters; ++w) {
        threads.emplace_back(QThread::create([&, w] {
            QString openError;
            const std::unique_ptr<Store> node = openStore(m_pg.url(), QString(), false, &openError);
            if (!node) {
                ++failures;
                return;
            }
            // Start together, so the writers really overlap.
            ++ready;
            while (ready.load() < kWriters)
                QThread::yieldCurrentThread();
            for (int i = 0; i < kPerWriter && failures.load() == 0; ++i) {
                const Lookup<RoomRecord> before = node->room(room.id);
                qint64 seq = 0;
                const OpError result = node->appendEvent(
                    room.id,
                    [&](qint64 storedSeq, Event *event, std::optional<Conversation> *after) {
                        if (before && before->seq != storedSeq)
                            ++overtaken;
                        const Append a = newMarker(storedSeq + 1, QStringLiteral("w%1").arg(w));
                        *event = a.event;
                        *after = a.after;
                        seq = a.event.seq;
                        return OpError();
                    });
                if (result) {
                    qWarning("writer %d: %s", w, qPrintable(result.message));
                    ++failures;
                    return;
                }
                won[w].append(seq);
            }
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        QVERIFY(thread->wait(QDeadlineTimer(90000)));
    QCOMPARE(failures.load(), 0);
    qInfo("%d writers, %d events, %d of them overtaken between reading the room and locking it",
          kWriters, kWriters * kPerWriter, overtaken.load());

    QList<qint64> all;
    for (const QList<qint64> &seqs : won) {
        QCOMPARE(seqs.size(), kPerWriter);
        all += seqs;
    }
    std::sort(all.begin(), all.end());
    // Every seq won by exactly one writer, none skipped.
    QCOMPARE(all, oneTo(kWriters * kPerWriter));
    const std::optional<QJsonArray> events = store->eventsAfter(room.id, 0);
    QVERIFY(events);
    QCOMPARE(seqsOf(*events), oneTo(kWriters * kPerWriter));
    QCOMPARE(store->room(room.id)->seq, kWriters * kPerWriter);
    QCOMPARE(store->loadState(room.id)->size(), kWriters * kPerWriter);
}

void TestPgStore::outageFailsFastAndHeals()
{
    QString error;
    const std::unique_ptr<Store> store = openStore(m_pg.url(), QString(), false, &error);
    QVERIFY2(store, qPrintable(error));
    const RoomRecord room = makeRoom(*store);
    QVERIFY(!room.id.isEmpty());
    QVERIFY(!append(*store, room.id, newMarker(1)));
    QVERIFY(store->isReachable());

    QVERIFY2(m_pg.stop(), qPrintable(m_pg.errorString()));
    // The first call finds the old connection dead, the later ones cannot
    // connect: all fail, none for long.
    QElapsedTimer timer;
    for (int round = 0; round < 3; ++round) {
        timer.start();
        const OpError failed = append(*store, room.id, newMarker(2));
        QCOMPARE(failed.code, ErrorCode::StorageFailed);
        QVERIFY(!failed.message.isEmpty());
        QVERIFY(!store->room(room.id));
        QVERIFY(!store->eventsAfter(room.id, 0));
        QVERIFY(!store->loadState(room.id));
        QVERIFY(!store->isReachable());
        QVERIFY(!store->createUser(newUuid(), QStringLiteral("h")));
        QCOMPARE(store->pruneLog(room.id, 1), -1);
        QVERIFY(timer.elapsed() < kFailFastMs);
    }

    QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString()));
    // The same store object, no restart: it connects again by itself.
    QVERIFY(QTest::qWaitFor([&] { return store->isReachable(); }, 10000));
    QCOMPARE(store->room(room.id)->seq, 1);
    const OpError stored = append(*store, room.id, newMarker(2));
    QVERIFY2(!stored, qPrintable(stored.message));
    QCOMPARE(seqsOf(*store->eventsAfter(room.id, 0)), oneTo(2));

    // A restart between two calls: the connection the store holds is dead
    // although nothing told it so; it notices and connects again.
    QVERIFY(m_pg.stop());
    QVERIFY(m_pg.start());
    QVERIFY(QTest::qWaitFor([&] { return !append(*store, room.id, newMarker(3)); }, 10000));
    QCOMPARE(store->room(room.id)->seq, 3);
    QCOMPARE(seqsOf(*store->eventsAfter(room.id, 0)), oneTo(3));
}

// A PostgreSQL restart between two calls leaves the store a dead connection:
// the next read fails, and the reconnect after it works. That read must say
// it failed, not that the row is not there ("no such room" and "unknown
// identity" send clients away for good), although isReachable() says yes
// right after it.
void TestPgStore::aFailedReadIsNoAbsence()
{
    QString error;
    const std::unique_ptr<Store> store = openStore(m_pg.url(), QString(), false, &error);
    QVERIFY2(store, qPrintable(error));
    const RoomRecord room = makeRoom(*store);
    QVERIFY(!room.id.isEmpty());
    const QString user = newUuid();
    QVERIFY(store->createUser(user, QStringLiteral("hash")));
    const auto restart = [this] { return m_pg.stop() && m_pg.start(); };

    QVERIFY2(restart(), qPrintable(m_pg.errorString()));
    QVERIFY(store->room(room.id).isUnavailable());
    QVERIFY(store->isReachable());
    QVERIFY(store->room(room.id).isFound());
    QVERIFY(store->room(newUuid()).isMissing());

    QVERIFY2(restart(), qPrintable(m_pg.errorString()));
    QVERIFY(store->userSecretHash(user).isUnavailable());
    QVERIFY(store->isReachable());
    QCOMPARE(store->userSecretHash(user).value(), QStringLiteral("hash"));
    QVERIFY(store->userSecretHash(newUuid()).isMissing());

    QVERIFY2(restart(), qPrintable(m_pg.errorString()));
    QVERIFY(store->tenant(DefaultTenant).isUnavailable());
    QVERIFY(store->isReachable());
    QVERIFY(store->tenant(DefaultTenant).isFound());
    QVERIFY(store->tenant(newUuid()).isMissing());
}

void TestPgStore::openStoreSpecs()
{
    const QString unreachable =
        QStringLiteral("postgresql://postgres:s3cret@127.0.0.1:%1/imagechat").arg(1);
    const QStringList bad = {
        QStringLiteral("mysql://user@127.0.0.1/imagechat"),
        QStringLiteral("sqlite:/tmp/x.sqlite"),
        QStringLiteral("just words"),
        QStringLiteral("postgresql://"),
        QStringLiteral("postgresql://127.0.0.1:5432/imagechat"), // no user
        QStringLiteral("postgresql://user@127.0.0.1:5432/"), // no database
        QStringLiteral("postgresql://user@127.0.0.1:5432/imagechat?foo=bar"),
        unreachable,
    };
    for (const QString &spec : bad) {
        QString error;
        QElapsedTimer timer;
        timer.start();
        const std::unique_ptr<Store> store = openStore(spec, m_sqliteDir->path(), false, &error);
        QVERIFY2(!store, qPrintable(spec));
        QVERIFY2(!error.isEmpty(), qPrintable(spec));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("s3cret")), qPrintable(error));
        QVERIFY2(timer.elapsed() < kFailFastMs, qPrintable(spec));
        qInfo("%s -> %s", qPrintable(spec), qPrintable(error));
    }

    QString error;
    std::unique_ptr<Store> sqlite = openStore(QString(), m_sqliteDir->path(), true, &error);
    QVERIFY2(sqlite, qPrintable(error));
    QVERIFY(dynamic_cast<SqliteStore *>(sqlite.get()));
    QVERIFY(QFileInfo::exists(m_sqliteDir->filePath(QStringLiteral("imagechat.sqlite"))));
    QVERIFY(sqlite->isReachable());

    // A password (trust ignores it) and sslmode are accepted.
    const QString full =
        QStringLiteral("postgresql://postgres:pw@127.0.0.1:%1/imagechat?sslmode=disable")
            .arg(m_pg.port());
    std::unique_ptr<Store> postgres = openStore(full, QString(), false, &error);
    QVERIFY2(postgres, qPrintable(error));
    QVERIFY(dynamic_cast<PostgresStore *>(postgres.get()));
    QVERIFY(postgres->isReachable());
}

// A hello's pending changes are settled: the stored ones confirmed, the
// others abandoned, so that one still on its way on a connection the client
// gave up on is refused when it arrives, not stored after its client was
// told it was not saved.
void TestPgStore::settledPendingIsNeverStoredLater()
{
    const std::unique_ptr<Store> store = open();
    QVERIFY(store);
    const RoomRecord room = makeRoom(*store);
    QVERIFY(!room.id.isEmpty());
    const Append stored = newMarker(1);
    QVERIFY(!append(*store, room.id, stored));
    const Append late = newMarker(2);
    QCOMPARE(
        store->settlePending(room.id, { stored.event.op.broadcastId, late.event.op.broadcastId }),
        std::optional<QStringList>(QStringList { stored.event.op.broadcastId }));
    QCOMPARE(append(*store, room.id, late).code, ErrorCode::ConnectionLost);
    QCOMPARE(store->room(room.id)->seq, 1);
    QVERIFY(store->storedBroadcastIds(room.id, { late.event.op.broadcastId })->isEmpty());
    // Settled again (the client asks once more): still not stored, no error.
    QCOMPARE(store->settlePending(room.id, { late.event.op.broadcastId }),
             std::optional<QStringList>(QStringList()));
    // Abandoned in this room only; other changes go on as before.
    QVERIFY(!append(*store, room.id, newMarker(2)));
    QCOMPARE(store->settlePending(room.id, {}), std::optional<QStringList>(QStringList()));
    // Given up at seq 1, it goes with the log's prune past that seq (a
    // change held up so long is on a connection long gone): not kept for ever.
    QCOMPARE(store->pruneLog(room.id, 1), 2);
    Append later = late;
    later.event.seq = 3;
    QVERIFY(!append(*store, room.id, later));
}

QTEST_GUILESS_MAIN(TestPgStore)
// A data file from before deletions carried their seq opens, gains the
// column, and its old deletions go at the room's next prune.
void TestPgStore::olderFilesAreMigrated()
{
    const Append kept = newMarker(7);
    const QString path = m_sqliteDir->filePath(QStringLiteral("imagechat.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE deleted_conversations (room TEXT NOT NULL, id TEXT NOT NULL, "
            "body TEXT NOT NULL, PRIMARY KEY (room, id))")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO deleted_conversations VALUES ('r', ?, ?)")));
        q.addBindValue(kept.after->id);
        q.addBindValue(QJsonDocument(kept.after->toJson()).toJson(QJsonDocument::Compact));
        QVERIFY(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));

    QString error;
    const std::unique_ptr<Store> store = openStore(QString(), m_sqliteDir->path(), false, &error);
    QVERIFY2(store, qPrintable(error));
    const RoomRecord room = makeRoom(*store);
    QVERIFY(!room.id.isEmpty());
    QVERIFY(!append(*store, room.id, newMarker(1)));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(db.record(QStringLiteral("deleted_conversations")).contains(QStringLiteral("seq")));
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("UPDATE deleted_conversations SET room = '%1'").arg(room.id)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    QVERIFY(store->deletedConversation(room.id, kept.after->id));
    QCOMPARE(store->pruneLog(room.id, 0), 1);
    QVERIFY(!store->deletedConversation(room.id, kept.after->id));
}

#include "tst_pgstore.moc"
