#include "postgresstore.h"

#include "serverlogging.h"

#include <QCoreApplication>
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
    // The latest deleted state of each conversation, for restore-marker, with
    // the seq of the deletion: it goes when the log no longer reaches it.
    "CREATE TABLE IF NOT EXISTS deleted_conversations (room TEXT NOT NULL, id TEXT NOT NULL, "
    "body TEXT NOT NULL, seq BIGINT NOT NULL DEFAULT 0, PRIMARY KEY (room, id))",
    // Values the whole deployment shares, e.g. the key identities are made with.
    "CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
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

} // namespace

PostgresStore::PostgresStore(const QUrl &url)
    : SqlStore(QStringLiteral("QPSQL"))
    , m_url(url)
{ }

PostgresStore::~PostgresStore()
{
    disconnect();
}

bool PostgresStore::open(QString *error)
{
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
        *error = openError(where, m_db.lastError().text());
        m_db.close();
        return false;
    }
    m_connected = true;
    // A node that stalls inside a transaction must not hold a room's row lock
    // for long, and a writer must not wait for long on one held elsewhere.
    bool ok = exec(QStringLiteral("SET client_min_messages = warning")) // no "already exists"
        && exec(QStringLiteral("SET lock_timeout = '5s'"))
        && exec(QStringLiteral("SET idle_in_transaction_session_timeout = '15s'"));
    ok = ok && begin();
    ok = ok && exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSchemaLock));
    for (const char *statement : kSchema)
        ok = ok && exec(QLatin1String(statement));
    ok = ok && createSharedSchema() && commit() && prepareWrites();
    if (!ok) {
        *error = openError(where, m_db.lastError().text());
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
    releaseWrites();
    if (m_db.isValid())
        m_db.close();
    m_connected = false;
}

bool PostgresStore::ready()
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
    rollback();
    // QPSQL does not say whether the statement or the connection failed: ask
    // (unless the driver has already noticed and closed the connection).
    QString why = QStringLiteral("the connection was closed");
    if (m_db.isOpen()) {
        QSqlQuery ping(m_db);
        if (ping.exec(QStringLiteral("SELECT 1")))
            return;
        why = ping.lastError().text().simplified();
    }
    qCWarning(lcStore).noquote() << "lost the connection to PostgreSQL:" << why;
    disconnect();
}

OpError PostgresStore::writeFailed() const
{
    // Decided after the failure: a lost connection is worth telling apart.
    if (!m_connected)
        return { ErrorCode::StorageFailed,
                 Text::tr("The server cannot reach its database; nothing was changed. Try "
                          "again shortly.") };
    return storeFailed();
}

bool PostgresStore::isUniqueViolation(const QSqlError &error) const
{
    return error.nativeErrorCode() == QLatin1String(kUniqueViolation);
}

bool PostgresStore::isReachable()
{
    return ready() && exec(QStringLiteral("SELECT 1"));
}

} // namespace ImageChat
