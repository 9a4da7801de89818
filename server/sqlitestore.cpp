#include "sqlitestore.h"

#include "ids.h"
#include "serverlogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>

namespace ImageChat {

namespace {

// Gives these texts the translation context "ImageChat::SqliteStore" (lupdate reads it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImageChat::SqliteStore)
};

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, secret_hash TEXT NOT NULL, "
    "created INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS images (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, "
    "width INTEGER NOT NULL, height INTEGER NOT NULL, mime TEXT NOT NULL, data BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS rooms (id TEXT PRIMARY KEY, key_hash TEXT NOT NULL, "
    "owner TEXT NOT NULL, epoch TEXT NOT NULL, seq INTEGER NOT NULL, log_start INTEGER NOT NULL, "
    "image TEXT NOT NULL REFERENCES images(sha256), image_name TEXT NOT NULL, "
    "created INTEGER NOT NULL)",
    // body is NULL once pruned; the broadcast_id stays so outcomes can be told.
    "CREATE TABLE IF NOT EXISTS events (room TEXT NOT NULL, seq INTEGER NOT NULL, "
    "broadcast_id TEXT NOT NULL, body TEXT, PRIMARY KEY (room, seq), UNIQUE (room, broadcast_id))",
    "CREATE TABLE IF NOT EXISTS conversations (room TEXT NOT NULL, id TEXT NOT NULL, "
    "body TEXT NOT NULL, PRIMARY KEY (room, id))",
};

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

SqliteStore::SqliteStore(const QString &path, bool durable)
    : m_path(path)
    , m_connection(QStringLiteral("imagechat-store-") + newUuid())
    , m_durable(durable)
{ }

SqliteStore::~SqliteStore()
{
    // Queries must go before the connection they belong to.
    for (QSqlQuery *query :
         { &m_bumpSeq, &m_insertEvent, &m_putConversation, &m_deleteConversation })
        query->finish(), *query = QSqlQuery();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool SqliteStore::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcStore) << "query failed:" << query.lastQuery() << query.lastError().text();
    return false;
}

bool SqliteStore::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    qCWarning(lcStore) << "query failed:" << sql << query.lastError().text();
    return false;
}

bool SqliteStore::open(QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error = Text::tr("Cannot open the database %1: %2").arg(m_path, m_db.lastError().text());
        return false;
    }
    bool ok = exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        && exec(m_durable ? QStringLiteral("PRAGMA synchronous=FULL")
                          : QStringLiteral("PRAGMA synchronous=NORMAL"))
        && exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    for (const char *statement : kSchema)
        ok = ok && exec(QLatin1String(statement));
    m_bumpSeq = QSqlQuery(m_db);
    m_insertEvent = QSqlQuery(m_db);
    m_putConversation = QSqlQuery(m_db);
    m_deleteConversation = QSqlQuery(m_db);
    ok = ok
        && m_bumpSeq.prepare(QStringLiteral("UPDATE rooms SET seq = ? WHERE id = ? AND seq = ?"))
        && m_insertEvent.prepare(QStringLiteral(
            "INSERT INTO events (room, seq, broadcast_id, body) VALUES (?, ?, ?, ?)"))
        && m_putConversation.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO conversations (room, id, body) VALUES (?, ?, ?)"))
        && m_deleteConversation.prepare(
            QStringLiteral("DELETE FROM conversations WHERE room = ? AND id = ?"));
    if (!ok) {
        *error =
            Text::tr("Cannot prepare the database %1: %2").arg(m_path, m_db.lastError().text());
        return false;
    }
    return true;
}

bool SqliteStore::createUser(const QString &id, const QString &secretHash)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO users (id, secret_hash, created) VALUES (?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(secretHash);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return exec(q);
}

std::optional<QString> SqliteStore::userSecretHash(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT secret_hash FROM users WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool SqliteStore::putImage(const Protocol::ImageMeta &meta, const QByteArray &data)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO images (sha256, size, width, height, mime, "
                             "data) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(meta.sha256);
    q.addBindValue(meta.size);
    q.addBindValue(meta.width);
    q.addBindValue(meta.height);
    q.addBindValue(meta.mime);
    q.addBindValue(data);
    return exec(q);
}

std::optional<QByteArray> SqliteStore::image(const QString &sha256)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT data FROM images WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

bool SqliteStore::createRoom(const RoomRecord &room)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO rooms (id, key_hash, owner, epoch, seq, log_start, "
                             "image, image_name, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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

std::optional<RoomRecord> SqliteStore::room(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
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

std::optional<RoomState> SqliteStore::loadState(const QString &room)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT body FROM conversations WHERE room = ?"));
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

OpError SqliteStore::appendEvent(const QString &room, const Event &event,
                                 const std::optional<Conversation> &after)
{
    const OpError failed(ErrorCode::StorageFailed,
                         Text::tr("The server could not store this change; nothing was changed."));
    if (!m_db.transaction())
        return failed;
    // Optimistic concurrency: the row only moves if nobody else took this seq.
    m_bumpSeq.addBindValue(event.seq);
    m_bumpSeq.addBindValue(room);
    m_bumpSeq.addBindValue(event.seq - 1);
    bool ok = exec(m_bumpSeq);
    // No row moved: either the room is gone or another writer (another
    // connection to this file) stored this seq first. Only the latter is a
    // conflict the caller can resolve by catching up.
    bool conflict = false;
    if (ok && m_bumpSeq.numRowsAffected() != 1) {
        ok = false;
        QSqlQuery current(m_db);
        current.prepare(QStringLiteral("SELECT seq FROM rooms WHERE id = ?"));
        current.addBindValue(room);
        conflict =
            exec(current) && current.next() && current.value(0).toLongLong() != event.seq - 1;
    }

    bool duplicate = false;
    if (ok) {
        m_insertEvent.addBindValue(room);
        m_insertEvent.addBindValue(event.seq);
        m_insertEvent.addBindValue(event.op.broadcastId);
        m_insertEvent.addBindValue(compact(event.toJson()));
        ok = m_insertEvent.exec();
        // The only constraint a valid event can break is the broadcastId's.
        duplicate = !ok;
    }
    if (ok && after) {
        m_putConversation.addBindValue(room);
        m_putConversation.addBindValue(after->id);
        m_putConversation.addBindValue(compact(after->toJson()));
        ok = exec(m_putConversation);
    } else if (ok) {
        m_deleteConversation.addBindValue(room);
        m_deleteConversation.addBindValue(event.op.marker);
        ok = exec(m_deleteConversation);
    }
    if (ok && m_db.commit())
        return {};
    m_db.rollback();
    if (conflict)
        return { ErrorCode::Conflict,
                 Text::tr("Someone else changed this room at the same moment; catch up and try "
                          "again.") };
    if (duplicate)
        return { ErrorCode::Duplicate,
                 Text::tr("This operation (same broadcastId) was already stored.") };
    return failed;
}

std::optional<QJsonArray> SqliteStore::eventsAfter(const QString &room, qint64 seq)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
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

QStringList SqliteStore::storedBroadcastIds(const QString &room, const QStringList &ids)
{
    QStringList stored;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM events WHERE room = ? AND broadcast_id = ?"));
    for (const QString &id : ids) {
        q.addBindValue(room);
        q.addBindValue(id);
        if (exec(q) && q.next())
            stored.append(id);
    }
    return stored;
}

qint64 SqliteStore::pruneLog(const QString &room, qint64 seq)
{
    if (!m_db.transaction())
        return -1;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE events SET body = NULL WHERE room = ? AND seq <= ?"));
    q.addBindValue(room);
    q.addBindValue(seq);
    QSqlQuery r(m_db);
    r.prepare(QStringLiteral("UPDATE rooms SET log_start = MAX(log_start, ?) WHERE id = ?"));
    r.addBindValue(seq + 1);
    r.addBindValue(room);
    if (!exec(q) || !exec(r) || !m_db.commit()) {
        m_db.rollback();
        return -1;
    }
    return this->room(room).value_or(RoomRecord {}).logStart;
}

} // namespace ImageChat
