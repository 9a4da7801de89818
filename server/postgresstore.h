#pragma once

#include "sqlstore.h"

#include <QElapsedTimer>
#include <QUrl>

namespace ImageChat {

// The scaled-out store: one PostgreSQL database shared by several server
// nodes, through Qt SQL's QPSQL driver. Same tables as SqliteStore. A write
// locks its room's row (SELECT ... FOR UPDATE) before it decides, so a second
// node writing the same room waits for the first to commit and then, under
// READ COMMITTED, reads what it stored: each event gets the next seq.
//
// The connection heals itself: a failed call checks whether the connection
// is still alive and, if not, drops it; the next call opens a new one (and
// prepares its statements again). While PostgreSQL is away every call fails
// within connect_timeout. Durability is PostgreSQL's own (synchronous_commit
// stays on: an acknowledged event is never one PostgreSQL could still lose).
//
// Like every QSqlDatabase, one store may be used only in the thread that
// called open().
class PostgresStore : public SqlStore
{
public:
    // postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE]
    explicit PostgresStore(const QUrl &url);
    ~PostgresStore() override;

    // Connects and creates the schema if it is missing.
    bool open(QString *error);

    bool isReachable() override;

protected:
    bool ready() override;
    void noteFailure() override;
    OpError writeFailed() const override;
    bool isUniqueViolation(const QSqlError &error) const override;
    // READ COMMITTED gives each statement a snapshot of its own.
    QString snapshotStatement() const override
    {
        return QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
    }
    QString forUpdate() const override { return QStringLiteral(" FOR UPDATE"); }
    QString lockRoomStatement() const override
    {
        return QStringLiteral("SELECT seq FROM rooms WHERE id = ? FOR UPDATE");
    }

private:
    bool connect(QString *error);
    void disconnect();

    QUrl m_url;
    bool m_connected = false;
    // When the last attempt to connect failed: calls within a short while
    // fail at once instead of each waiting for another attempt.
    QElapsedTimer m_lastAttempt;
};

} // namespace ImageChat
