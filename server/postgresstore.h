#pragma once

#include "store.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

namespace ImageChat {

// The scaled-out store: one PostgreSQL database shared by several server
// nodes, through Qt SQL's QPSQL driver. Same tables as SqliteStore. A room's
// seq is claimed by a compare-and-set on its row in the transaction that
// stores the event: under READ COMMITTED a second writer blocks on the row
// lock and then sees no row to update, so it gets ErrorCode::Conflict.
//
// The connection heals itself: a failed call checks whether the connection
// is still alive and, if not, drops it; the next call opens a new one (and
// prepares its statements again). While PostgreSQL is away every call fails
// within connect_timeout. Durability is PostgreSQL's own (synchronous_commit
// stays on: an acknowledged event is never one PostgreSQL could still lose).
//
// Like every QSqlDatabase, one store may be used only in the thread that
// called open().
class PostgresStore : public Store
{
public:
    // postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE]
    explicit PostgresStore(const QUrl &url);
    ~PostgresStore() override;

    // Connects and creates the schema if it is missing.
    bool open(QString *error);

    bool createUser(const QString &id, const QString &secretHash) override;
    std::optional<QString> userSecretHash(const QString &id) override;
    bool putImage(const Protocol::ImageMeta &meta, const QByteArray &data) override;
    std::optional<QByteArray> image(const QString &sha256) override;
    bool createRoom(const RoomRecord &room) override;
    std::optional<RoomRecord> room(const QString &id) override;
    std::optional<RoomState> loadState(const QString &room) override;
    OpError appendEvent(const QString &room, const Event &event,
                        const std::optional<Conversation> &after) override;
    std::optional<QJsonArray> eventsAfter(const QString &room, qint64 seq) override;
    QStringList storedBroadcastIds(const QString &room, const QStringList &ids) override;
    qint64 pruneLog(const QString &room, qint64 seq) override;
    bool isReachable() override;

private:
    bool connect(QString *error);
    void disconnect();
    // True when there is a connection to use, opening one if needed.
    bool ensureConnected();
    // After a failure: rolls back, then finds out whether the connection died.
    void noteFailure();
    bool exec(QSqlQuery &query);
    bool exec(const QString &sql);
    QSqlQuery prepared(const QString &sql);

    QUrl m_url;
    QString m_connection;
    QSqlDatabase m_db;
    bool m_connected = false;
    bool m_inTransaction = false;
    // When the last attempt to connect failed: calls within a short while
    // fail at once instead of each waiting for another attempt.
    QElapsedTimer m_lastAttempt;
    // Prepared once per connection: these run for every operation.
    QSqlQuery m_bumpSeq;
    QSqlQuery m_roomSeq;
    QSqlQuery m_insertEvent;
    QSqlQuery m_putConversation;
    QSqlQuery m_deleteConversation;
};

} // namespace ImageChat
