#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace ImageChat {

// What one user has read in one room: per marker, the ids of the comments
// seen. Kept in a small JSON file so that unread counts survive a restart.
// Comment ids rather than a count or a seq: an edit or a deleted comment must
// not make anything look unread, and the file needs no knowledge of the log.
class ReadMarks : public QObject
{
    Q_OBJECT

public:
    explicit ReadMarks(QObject *parent = nullptr);
    ~ReadMarks() override;

    // Where the read marks of `userId` in `roomId` on `server` live under
    // `dataDir` (one file per user and room).
    static QString fileFor(const QString &dataDir, const QString &server, const QString &userId,
                           const QString &roomId);

    // Reads the file (a missing or unreadable one leaves nothing read; an
    // unreadable one is logged and replaced at the next save). True when
    // the file existed: the user opened this room before.
    bool open(const QString &path);
    bool isOpen() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }

    bool isRead(const QString &markerId, const QString &commentId) const;
    // Marks these comments read; returns whether anything changed.
    bool markRead(const QString &markerId, const QStringList &commentIds);
    // Writes the file even with nothing read in it: the room is known now,
    // so what arrives from here on is news at the next start.
    void touch();
    // The marker is gone from the room.
    void forget(const QString &markerId);

    // Writes pending changes now (also done shortly after each change and on
    // destruction).
    void flush();

private:
    void scheduleSave();

    QString m_path;
    QHash<QString, QSet<QString>> m_read;
    QTimer m_saveTimer;
    bool m_dirty = false;
};

} // namespace ImageChat
