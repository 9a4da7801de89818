#pragma once

#include "roommodel.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace ImageChat {

// The conversations of a room as rows, in creation order (the pins'
// numbers), with what the list shows and an unread count: comments by others
// since the user last looked at that conversation.
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
    };

    explicit ConversationListModel(RoomModel *model, QObject *parent = nullptr);

    // Whose comments count as "mine" (never unread).
    void setSelf(const QString &userId);
    // The user has seen this conversation as it is now.
    void markSeen(const QString &id);
    int unreadCount(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &id) const;
    QString idAt(int row) const { return m_rows.value(row).id; }

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
    int othersComments(const Conversation &c) const;
    int lowerBound(const Key &key) const;

    RoomModel *m_model;
    QString m_self;
    QList<Key> m_rows;
    QHash<QString, qint64> m_createdAt; // id -> key, to find rows of removed conversations
    QHash<QString, int> m_seen; // id -> comments by others already seen
    bool m_loaded = false;
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
