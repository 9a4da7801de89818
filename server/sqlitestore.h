#pragma once

#include "store.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace ImageChat {

// The embedded store: one SQLite file in WAL mode in the data folder. WAL with
// synchronous=NORMAL never loses a committed event when the process dies; a
// power cut can lose the last few, which is why --durable switches to FULL.
class SqliteStore : public Store
{
public:
    explicit SqliteStore(const QString &path, bool durable = false);
    ~SqliteStore() override;

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

private:
    bool exec(QSqlQuery &query);
    bool exec(const QString &sql);

    QString m_path;
    QString m_connection;
    bool m_durable;
    QSqlDatabase m_db;
    // Prepared once: these run for every operation.
    QSqlQuery m_bumpSeq;
    QSqlQuery m_insertEvent;
    QSqlQuery m_putConversation;
    QSqlQuery m_deleteConversation;
};

} // namespace ImageChat
