#pragma once

#include "store.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace ImageChat {

// What SqliteStore and PostgresStore share: the same tables, read and
// written through Qt SQL with the same statements. They differ in how they
// connect (a file; a server that may go away and come back), in their
// schema's types, and in how a write locks its room.
class SqlStore : public Store
{
public:
    ~SqlStore() override;

    bool createUser(const QString &id, const QString &secretHash) override;
    Lookup<QString> userSecretHash(const QString &id) override;
    std::optional<QString> sharedSetting(const QString &name,
                                         const std::function<QString()> &make) override;
    bool putImage(const Protocol::ImageMeta &meta, const QByteArray &data) override;
    std::optional<QByteArray> image(const QString &sha256) override;
    OpError createRoom(const RoomRecord &room) override;
    Lookup<RoomRecord> room(const QString &id) override;
    std::optional<RoomState> loadState(const QString &room) override;
    std::optional<std::pair<RoomRecord, RoomState>> loadRoom(const QString &id) override;
    // Locks the room's row (lockRoomStatement), decides, and stores the
    // event and the conversation it leaves, in one transaction.
    OpError appendEvent(const QString &room, const DecideEvent &decide) override;
    std::optional<Conversation> deletedConversation(const QString &room,
                                                    const QString &id) override;
    std::optional<QJsonArray> eventsAfter(const QString &room, qint64 seq) override;
    std::optional<QStringList> storedBroadcastIds(const QString &room,
                                                  const QStringList &ids) override;
    std::optional<QStringList> settlePending(const QString &room, const QStringList &ids) override;
    qint64 pruneLog(const QString &room, qint64 seq) override;
    std::optional<QList<TenantRecord>> tenants() override;
    Lookup<TenantRecord> tenant(const QString &id) override;
    bool addTenant(const TenantRecord &tenant) override;
    bool updateTenant(const TenantRecord &tenant) override;
    bool removeTenant(const QString &id) override;
    std::optional<QHash<QString, TenantStored>> storedPerTenant() override;
    bool addUsage(const QList<UsageRow> &amounts) override;
    std::optional<QList<UsageRow>> usage(const QString &firstDay, const QString &tenant) override;

protected:
    explicit SqlStore(const QString &driver);

    // Whether there is a connection to use now (PostgreSQL reconnects here);
    // false fails the call.
    virtual bool ready() { return true; }
    // After a statement failed (PostgreSQL finds out whether the connection died).
    virtual void noteFailure() { }
    // What a failed write says (PostgreSQL: also whether it was reachable).
    virtual OpError writeFailed() const { return storeFailed(); }
    // Whether a failed INSERT broke a unique constraint.
    virtual bool isUniqueViolation(const QSqlError &error) const = 0;
    // Reads a room's seq (one bound value: its id) and keeps other writers
    // of the room waiting until this transaction ends.
    virtual QString lockRoomStatement() const = 0;
    // What makes a SELECT keep other writers of its rows waiting until this
    // transaction ends (empty where one process writes the file).
    virtual QString forUpdate() const { return {}; }
    // Run first in a transaction whose reads must all see one snapshot
    // (empty: every transaction already does).
    virtual QString snapshotStatement() const { return {}; }

    // Transactions that know whether they are open, so a failure can end one.
    bool begin();
    bool commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // The tables and columns both stores share, in types both understand
    // (SQLite reads BIGINT as its 64-bit INTEGER), and what older files and
    // databases lack added to them. Run by open() after the store's own schema.
    bool createSharedSchema();

    // The statements every operation runs, prepared once per connection.
    bool prepareWrites();
    void releaseWrites();
    // Runs a statement; a failure is logged and noted.
    bool exec(QSqlQuery &query);
    bool exec(const QString &sql);
    // A forward-only statement prepared on this store's connection.
    QSqlQuery prepared(const QString &sql);

    static QString compact(const QJsonObject &json);
    static QString openError(const QString &where, const QString &why);
    static OpError storeFailed();
    static OpError duplicate();

    QString m_connection;
    QSqlDatabase m_db;

private:
    bool m_inTransaction = false;
    QSqlQuery m_lockRoom;
    QSqlQuery m_bumpSeq;
    QSqlQuery m_insertEvent;
    QSqlQuery m_putConversation;
    QSqlQuery m_deleteConversation;
    QSqlQuery m_keepDeleted;
};

} // namespace ImageChat
