#include "sqlitestore.h"

#include <QSqlError>

namespace ImageChat {

namespace {

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
    // The latest deleted state of each conversation, for restore-marker, with
    // the seq of the deletion: it goes when the log no longer reaches it.
    "CREATE TABLE IF NOT EXISTS deleted_conversations (room TEXT NOT NULL, id TEXT NOT NULL, "
    "body TEXT NOT NULL, seq INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (room, id))",
    // Values the whole deployment shares, e.g. the key identities are made with.
    "CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
};

} // namespace

SqliteStore::SqliteStore(const QString &path, bool durable)
    : SqlStore(QStringLiteral("QSQLITE"))
    , m_path(path)
    , m_durable(durable)
{ }

bool SqliteStore::open(QString *error)
{
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error = openError(m_path, m_db.lastError().text());
        return false;
    }
    bool ok = exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        && exec(m_durable ? QStringLiteral("PRAGMA synchronous=FULL")
                          : QStringLiteral("PRAGMA synchronous=NORMAL"))
        && exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    for (const char *statement : kSchema)
        ok = ok && exec(QLatin1String(statement));
    ok = ok && createSharedSchema() && prepareWrites();
    if (!ok) {
        *error = openError(m_path, m_db.lastError().text());
        return false;
    }
    return true;
}

} // namespace ImageChat
