#include "postgresstore.h"

#include "ids.h"
#include "serverlogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QUrlQuery>

namespace ImageChat {

namespace {

// Gives these texts the translation context "ImageChat::PostgresStore" (lupdate reads it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImageChat::PostgresStore)
};

// The same tables and columns as SqliteStore's, in PostgreSQL's types:
// BIGINT for SQLite's 64-bit INTEGER, BYTEA for BLOB.
const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, secret_hash TEXT NOT NULL, "
    "created BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS images (sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL, "
    "width INTEGER NOT NULL, height INTEGER NOT NULL, mime TEXT NOT NULL, data BYTEA NOT NULL)",
    // Images are compressed already: store them out of line without trying again.
    "ALTER TABLE images ALTER COLUMN data SET STORAGE EXTERNAL",
    "CREATE TABLE IF NOT EXISTS rooms (id TEXT PRIMARY KEY, key_hash TEXT NOT NULL, "
    "owner TEXT NOT NULL, epoch TEXT NOT NULL, seq BIGINT NOT NULL, log_start BIGINT NOT NULL, "
    "image TEXT NOT NULL REFERENCES images(sha256), image_name TEXT NOT NULL, "
    "created BIGINT NOT NULL)",
    // body is NULL once pruned; the broadcast_id stays so outcomes can be told.
    "CREATE TABLE IF NOT EXISTS events (room TEXT NOT NULL, seq BIGINT NOT NULL, "
    "broadcast_id TEXT NOT NULL, body TEXT, PRIMARY KEY (room, seq), UNIQUE (room, broadcast_id))",
    "CREATE TABLE IF NOT EXISTS conversations (room TEXT NOT NULL, id TEXT NOT NULL, "
    "body TEXT NOT NULL, PRIMARY KEY (room, id))",
};

// Nodes starting together would race on CREATE TABLE IF NOT EXISTS (it is not
// atomic against a concurrent create); this lock makes them take turns.
constexpr qint64 kSchemaLock = 0x496d616765436861; // "ImageCha"

// After a failed attempt to connect, calls fail at once for this long rather
// than each waiting for an attempt of its own.
constexpr qint64 kReconnectDelayMs = 500;

// libpq gives up on a server that does not answer within seconds, also on a
// connection that was open (keepalives, tcp_user_timeout), instead of
// waiting for the operating system's much longer TCP timeouts.
const char kConnectOptions[] = "connect_timeout=3;keepalives=1;keepalives_idle=10;"
                               "keepalives_interval=3;keepalives_count=3;tcp_user_timeout=10000;"
                               "application_name=imagechat-server";

const char kUniqueViolation[] = "23505";

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

// libpq's messages span lines ("server closed the connection unexpectedly\n\t...").
QString oneLine(const QString &text)
{
    return text.simplified();
}

} // namespace

PostgresStore::PostgresStore(const QUrl &url)
    : m_url(url)
    , m_connection(QStringLiteral("imagechat-store-") + newUuid())
{ }

PostgresStore::~PostgresStore()
{
    disconnect();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool PostgresStore::open(QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    m_db.setHostName(m_url.host());
    m_db.setPort(m_url.port(5432));
    m_db.setUserName(m_url.userName(QUrl::FullyDecoded));
    m_db.setPassword(m_url.password(QUrl::FullyDecoded));
    m_db.setDatabaseName(m_url.path(QUrl::FullyDecoded).mid(1));
    QString options = QLatin1String(kConnectOptions);
    const QString sslMode = QUrlQuery(m_url).queryItemValue(QStringLiteral("sslmode"));
    if (!sslMode.isEmpty())
        options += QStringLiteral(";sslmode=") + sslMode;
    m_db.setConnectOptions(options);
    return connect(error);
}

bool PostgresStore::connect(QString *error)
{
    const QString where = m_url.toDisplayString(QUrl::RemovePassword | QUrl::RemoveQuery);
    m_lastAttempt.start();
    if (!m_db.open()) {
        *error = Text::tr("Cannot open the database %1: %2")
                     .arg(where, oneLine(m_db.lastError().text()));
        m_db.close();
        return false;
    }
    m_connected = true;
    // A node that stalls inside a transaction must not hold a room's row lock
    // for long, and a writer must not wait for long on one held elsewhere.
    bool ok = exec(QStringLiteral("SET client_min_messages = warning")) // no "already exists"
        && exec(QStringLiteral("SET lock_timeout = '5s'"))
        && exec(QStringLiteral("SET idle_in_transaction_session_timeout = '15s'"));
    ok = ok && m_db.transaction();
    m_inTransaction = ok;
    ok = ok && exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSchemaLock));
    for (const char *statement : kSchema)
        ok = ok && exec(QLatin1String(statement));
    ok = ok && m_db.commit();
    m_inTransaction = false;

    m_bumpSeq = prepared(QStringLiteral("UPDATE rooms SET seq = ? WHERE id = ? AND seq = ?"));
    m_roomSeq = prepared(QStringLiteral("SELECT seq FROM rooms WHERE id = ?"));
    m_insertEvent = prepared(
        QStringLiteral("INSERT INTO events (room, seq, broadcast_id, body) VALUES (?, ?, ?, ?)"));
    m_putConversation =
        prepared(QStringLiteral("INSERT INTO conversations (room, id, body) VALUES (?, ?, ?) "
                                "ON CONFLICT (room, id) DO UPDATE SET body = EXCLUDED.body"));
    m_deleteConversation =
        prepared(QStringLiteral("DELETE FROM conversations WHERE room = ? AND id = ?"));
    for (const QSqlQuery *query :
         { &m_bumpSeq, &m_roomSeq, &m_insertEvent, &m_putConversation, &m_deleteConversation })
        ok = ok && query->lastError().type() == QSqlError::NoError;
    if (!ok) {
        *error = Text::tr("Cannot open the database %1: %2")
                     .arg(where, oneLine(m_db.lastError().text()));
        disconnect();
        return false;
    }
    m_lastAttempt.invalidate();
    qCInfo(lcStore) << "connected to" << where;
    return true;
}

void PostgresStore::disconnect()
{
    // Queries must go before the connection they belong to; a new connection
    // prepares them again.
    for (QSqlQuery *query :
         { &m_bumpSeq, &m_roomSeq, &m_insertEvent, &m_putConversation, &m_deleteConversation })
        query->finish(), *query = QSqlQuery();
    if (m_db.isValid())
        m_db.close();
    m_connected = false;
    m_inTransaction = false;
}

bool PostgresStore::ensureConnected()
{
    if (m_connected)
        return true;
    if (m_lastAttempt.isValid() && !m_lastAttempt.hasExpired(kReconnectDelayMs))
        return false;
    QString error;
    if (connect(&error))
        return true;
    qCWarning(lcStore).noquote() << error;
    return false;
}

void PostgresStore::noteFailure()
{
    if (!m_connected)
        return;
    // A failed statement aborts the transaction; nothing runs on it until the rollback.
    if (m_inTransaction) {
        m_db.rollback();
        m_inTransaction = false;
    }
    // QPSQL does not say whether the statement or the connection failed: ask
    // (unless the driver has already noticed and closed the connection).
    QString why = QStringLiteral("the connection was closed");
    if (m_db.isOpen()) {
        QSqlQuery ping(m_db);
        if (ping.exec(QStringLiteral("SELECT 1")))
            return;
        why = oneLine(ping.lastError().text());
    }
    qCWarning(lcStore).noquote() << "lost the connection to PostgreSQL:" << why;
    disconnect();
}

bool PostgresStore::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcStore).noquote() << "query failed:" << query.lastQuery()
                                 << oneLine(query.lastError().text());
    noteFailure();
    return false;
}

bool PostgresStore::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    qCWarning(lcStore).noquote() << "query failed:" << sql << oneLine(query.lastError().text());
    query = QSqlQuery();
    noteFailure();
    return false;
}

QSqlQuery PostgresStore::prepared(const QString &sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

bool PostgresStore::isReachable()
{
    if (!ensureConnected())
        return false;
    return exec(QStringLiteral("SELECT 1"));
}

bool PostgresStore::createUser(const QString &id, const QString &secretHash)
{
    if (!ensureConnected())
        return false;
    QSqlQuery q =
        prepared(QStringLiteral("INSERT INTO users (id, secret_hash, created) VALUES (?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(secretHash);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return exec(q);
}

std::optional<QString> PostgresStore::userSecretHash(const QString &id)
{
    if (!ensureConnected())
        return std::nullopt;
    QSqlQuery q = prepared(QStringLiteral("SELECT secret_hash FROM users WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool PostgresStore::putImage(const Protocol::ImageMeta &meta, const QByteArray &data)
{
    if (!ensureConnected())
        return false;
    // Two nodes storing the same image at once: the second one does nothing.
    QSqlQuery q = prepared(QStringLiteral("INSERT INTO images (sha256, size, width, height, mime, "
                                          "data) VALUES (?, ?, ?, ?, ?, ?) "
                                          "ON CONFLICT (sha256) DO NOTHING"));
    q.addBindValue(meta.sha256);
    q.addBindValue(meta.size);
    q.addBindValue(meta.width);
    q.addBindValue(meta.height);
    q.addBindValue(meta.mime);
    q.addBindValue(data);
    return exec(q);
}

std::optional<QByteArray> PostgresStore::image(const QString &sha256)
{
    if (!ensureConnected())
        return std::nullopt;
    QSqlQuery q = prepared(QStringLiteral("SELECT data FROM images WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

bool PostgresStore::createRoom(const RoomRecord &room)
{
    if (!ensureConnected())
        return false;
    QSqlQuery q = prepared(QStringLiteral("INSERT INTO rooms (id, key_hash, owner, epoch, seq, "
                                          "log_start, image, image_name, created) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(room.id);
    q.addBindValue(room.keyHash);
    q.addBindValue(room.owner);
    q.addBindValue(room.epoch);
    q.addBindValue(room.seq);
    q.addBindValue(room.logStart);
    q.addBindValue(room.image.sha256);
    q.addBindValue(room.image.name);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return exec(q);
}

std::optional<RoomRecord> PostgresStore::room(const QString &id)
{
    if (!ensureConnected())
        return std::nullopt;
    QSqlQuery q = prepared(QStringLiteral(
        "SELECT r.key_hash, r.owner, r.epoch, r.seq, r.log_start, r.image, r.image_name, "
        "i.size, i.width, i.height, i.mime FROM rooms r JOIN images i ON i.sha256 = r.image "
        "WHERE r.id = ?"));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    RoomRecord r;
    r.id = id;
    r.keyHash = q.value(0).toString();
    r.owner = q.value(1).toString();
    r.epoch = q.value(2).toString();
    r.seq = q.value(3).toLongLong();
    r.logStart = q.value(4).toLongLong();
    r.image.sha256 = q.value(5).toString();
    r.image.name = q.value(6).toString();
    r.image.size = q.value(7).toLongLong();
    r.image.width = q.value(8).toInt();
    r.image.height = q.value(9).toInt();
    r.image.mime = q.value(10).toString();
    return r;
}

std::optional<RoomState> PostgresStore::loadState(const QString &room)
{
    if (!ensureConnected())
        return std::nullopt;
    QSqlQuery q = prepared(QStringLiteral("SELECT body FROM conversations WHERE room = ?"));
    q.addBindValue(room);
    if (!exec(q))
        return std::nullopt;
    RoomState state;
    while (q.next()) {
        const QJsonObject json = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        std::optional<Conversation> c = Conversation::fromJson(json);
        if (!c) {
            qCWarning(lcStore) << "room" << room << "has an unreadable conversation; skipped";
            continue;
        }
        state.put(*c);
    }
    return state;
}

OpError PostgresStore::appendEvent(const QString &room, const Event &event,
                                   const std::optional<Conversation> &after)
{
    // Decided after the failure: a lost connection is worth telling apart.
    const auto failed = [this] {
        if (!m_connected)
            return OpError(ErrorCode::StorageFailed,
                           Text::tr("The server cannot reach its database; nothing was changed. "
                                    "Try again shortly."));
        return OpError(ErrorCode::StorageFailed,
                       Text::tr("The server could not store this change; nothing was changed."));
    };
    if (!ensureConnected())
        return failed();
    if (!m_db.transaction()) {
        qCWarning(lcStore).noquote() << "cannot begin:" << oneLine(m_db.lastError().text());
        noteFailure();
        return failed();
    }
    m_inTransaction = true;

    // Optimistic concurrency: the row only moves if nobody else took this seq.
    // A concurrent writer of the same room holds the row lock until it
    // commits; READ COMMITTED then evaluates our WHERE on its new row, which
    // no longer matches.
    m_bumpSeq.addBindValue(event.seq);
    m_bumpSeq.addBindValue(room);
    m_bumpSeq.addBindValue(event.seq - 1);
    if (!exec(m_bumpSeq))
        return failed();
    if (m_bumpSeq.numRowsAffected() != 1) {
        // Nothing moved: another writer has this seq, or there is no such room.
        m_roomSeq.addBindValue(room);
        const bool exists = exec(m_roomSeq) && m_roomSeq.next();
        const qint64 current = exists ? m_roomSeq.value(0).toLongLong() : 0;
        m_roomSeq.finish();
        if (m_connected && m_inTransaction) {
            m_db.rollback();
            m_inTransaction = false;
        }
        if (exists && current != event.seq - 1) {
            qCDebug(lcStore) << "room" << room << "is at seq" << current << "not" << event.seq - 1;
            return { ErrorCode::Conflict,
                     Text::tr("Someone else changed this room at the same moment; catch up and "
                              "try again.") };
        }
        qCWarning(lcStore) << "cannot append to room" << room << "(not stored)";
        return failed();
    }

    m_insertEvent.addBindValue(room);
    m_insertEvent.addBindValue(event.seq);
    m_insertEvent.addBindValue(event.op.broadcastId);
    m_insertEvent.addBindValue(compact(event.toJson()));
    if (!m_insertEvent.exec()) {
        // The only constraint a valid event can break is the broadcastId's.
        const QSqlError error = m_insertEvent.lastError();
        const bool duplicate = error.nativeErrorCode() == QLatin1String(kUniqueViolation);
        if (!duplicate)
            qCWarning(lcStore).noquote() << "cannot store the event:" << oneLine(error.text());
        noteFailure();
        if (duplicate)
            return { ErrorCode::Duplicate,
                     Text::tr("This operation (same broadcastId) was already stored.") };
        return failed();
    }
    if (after) {
        m_putConversation.addBindValue(room);
        m_putConversation.addBindValue(after->id);
        m_putConversation.addBindValue(compact(after->toJson()));
        if (!exec(m_putConversation))
            return failed();
    } else {
        m_deleteConversation.addBindValue(room);
        m_deleteConversation.addBindValue(event.op.marker);
        if (!exec(m_deleteConversation))
            return failed();
    }
    m_inTransaction = false;
    if (m_db.commit())
        return {};
    // If the connection died during COMMIT, PostgreSQL may have committed;
    // saying "not stored" is safe (a retry is a Duplicate or a Conflict),
    // saying "stored" would not be.
    qCWarning(lcStore).noquote() << "cannot commit:" << oneLine(m_db.lastError().text());
    noteFailure();
    return failed();
}

std::optional<QJsonArray> PostgresStore::eventsAfter(const QString &room, qint64 seq)
{
    if (!ensureConnected())
        return std::nullopt;
    QSqlQuery q = prepared(
        QStringLiteral("SELECT seq, body FROM events WHERE room = ? AND seq > ? ORDER BY seq"));
    q.addBindValue(room);
    q.addBindValue(seq);
    if (!exec(q))
        return std::nullopt;
    QJsonArray events;
    qint64 expected = seq + 1;
    while (q.next()) {
        if (q.value(0).toLongLong() != expected || q.value(1).isNull())
            return std::nullopt; // pruned or missing: the log does not cover it
        events.append(QJsonDocument::fromJson(q.value(1).toByteArray()).object());
        ++expected;
    }
    return events;
}

QStringList PostgresStore::storedBroadcastIds(const QString &room, const QStringList &ids)
{
    QStringList stored;
    if (!ensureConnected())
        return stored;
    QSqlQuery q =
        prepared(QStringLiteral("SELECT 1 FROM events WHERE room = ? AND broadcast_id = ?"));
    for (const QString &id : ids) {
        q.addBindValue(room);
        q.addBindValue(id);
        if (!exec(q))
            break; // the rest would fail the same way
        if (q.next())
            stored.append(id);
    }
    return stored;
}

qint64 PostgresStore::pruneLog(const QString &room, qint64 seq)
{
    if (!ensureConnected())
        return -1;
    if (!m_db.transaction()) {
        noteFailure();
        return -1;
    }
    m_inTransaction = true;
    QSqlQuery q =
        prepared(QStringLiteral("UPDATE events SET body = NULL WHERE room = ? AND seq <= ?"));
    q.addBindValue(room);
    q.addBindValue(seq);
    QSqlQuery r = prepared(QStringLiteral(
        "UPDATE rooms SET log_start = GREATEST(log_start, ?) WHERE id = ? RETURNING log_start"));
    r.addBindValue(seq + 1);
    r.addBindValue(room);
    if (!exec(q) || !exec(r))
        return -1;
    const qint64 logStart = r.next() ? r.value(0).toLongLong() : RoomRecord {}.logStart;
    r.finish();
    m_inTransaction = false;
    if (!m_db.commit()) {
        noteFailure();
        return -1;
    }
    return logStart;
}

} // namespace ImageChat
