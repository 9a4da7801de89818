#pragma once

#include "readmarks.h"
#include "roommodel.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace ImageChat {

// The conversations of a room as rows, in creation order (the pins'
// numbers), with what the list shows and an unread count: comments by others
// (a new marker's first comment among them) since the user last looked at
// that conversation. What was read is kept across restarts (ReadMarks).
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NumberRole, // 1-based position in creation order
        FirstLineRole, // first line of the first comment
        AuthorRole, // display name of the first comment's author
        ReplyCountRole, // comments after the first
        ResolvedRole,
        UnreadRole, // comments by others not yet seen
        PendingRole, // an own change awaits the server
        CreatedAtRole,
        CreatorRole, // user id of who made the marker (its pin's colour)
    };

    explicit ConversationListModel(RoomModel *model, QObject *parent = nullptr);

    // Whose comments count as "mine" (never unread).
    void setSelf(const QString &userId);
    // The user has seen this conversation as it is now.
    void markSeen(const QString &id);
    // The conversation the user has open (empty: none). It is seen now, and
    // what arrives in it later is seen too, while the user is watching.
    void setOpenConversation(const QString &id);
    QString openConversation() const { return m_open; }
    // Whether the user can see the open conversation (its window is the
    // active one). While not, what arrives there stays unread, so that it is
    // still news when they come back; coming back marks it seen.
    void setWatching(bool watching);
    bool isWatching() const { return m_watching; }
    int unreadCount(const QString &id) const;
    // Unread comments in all conversations.
    int totalUnread() const { return m_totalUnread; }
    // The first conversation with something unread after `afterId` in list
    // order, wrapping around (`afterId` itself last); empty when none.
    QString nextUnread(const QString &afterId) const;

    // Keeps what is read in this file from now on (ReadMarks::fileFor). A
    // room never opened before starts with everything in it read.
    void openReadMarks(const QString &path);
    ReadMarks *readMarks() { return &m_marks; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &id) const;
    QString idAt(int row) const { return m_rows.value(row).id; }

signals:
    void totalUnreadChanged(int total);

private:
    struct Key
    {
        qint64 createdAt = 0;
        QString id;
        bool operator<(const Key &o) const
        {
            return createdAt != o.createdAt ? createdAt < o.createdAt : id < o.id;
        }
    };

    void onAdded(const QString &id);
    void onChanged(const QString &id);
    void onRemoved(const QString &id);
    void onReset();
    int unreadOf(const Conversation &c) const;
    void markAllRead();
    void keepOpenSeen();
    void updateTotal();
    void updateRows(int from, int to);
    void setTotal(int total);
    int lowerBound(const Key &key) const;

    RoomModel *m_model;
    QString m_self;
    QList<Key> m_rows;
    QHash<QString, qint64> m_createdAt; // id -> key, to find rows of removed conversations
    ReadMarks m_marks;
    // Everything in the room at its next load counts as read: the room is
    // new to this user, so its history is not news.
    bool m_baseline = true;
    int m_totalUnread = 0;
    QString m_open;
    bool m_watching = true;
    QHash<QString, int> m_unread; // id -> unread count, where not 0
};

// Filters the list: open, resolved, or all conversations.
class ConversationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Filter { All, Open, Resolved };
    Q_ENUM(Filter)

    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Filter m_filter = Filter::All;
};

} // namespace ImageChat
