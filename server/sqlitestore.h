#pragma once

#include "sqlstore.h"

namespace ImageChat {

// The embedded store: one SQLite file in WAL mode in the data folder. WAL with
// synchronous=NORMAL never loses a committed event when the process dies; a
// power cut can lose the last few, which is why --durable switches to FULL.
class SqliteStore : public SqlStore
{
public:
    explicit SqliteStore(const QString &path, bool durable = false);

    bool open(QString *error);

protected:
    bool isUniqueViolation(const QSqlError &) const override { return true; }
    // One process writes an SQLite file: nobody else can take the room
    // between this read and the write.
    QString lockRoomStatement() const override
    {
        return QStringLiteral("SELECT seq FROM rooms WHERE id = ?");
    }

private:
    QString m_path;
    bool m_durable;
};

} // namespace ImageChat
