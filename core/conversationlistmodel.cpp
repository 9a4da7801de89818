#include "conversationlistmodel.h"

#include <algorithm>

namespace ImageChat {

ConversationListModel::ConversationListModel(RoomModel *model, QObject *parent)
    : QAbstractListModel(parent)
    , m_model(model)
{
    connect(model, &RoomModel::conversationAdded, this, &ConversationListModel::onAdded);
    connect(model, &RoomModel::conversationChanged, this, &ConversationListModel::onChanged);
    connect(model, &RoomModel::conversationRemoved, this, [this](const QString &id) {
        onRemoved(id);
        m_marks.forget(id);
    });
    connect(model, &RoomModel::modelReset, this, &ConversationListModel::onReset);
    // The total follows the rows' counts; only the rows that changed are
    // counted again, so a busy room does not recount everything per event.
    connect(this, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                updateRows(from.row(), to.row());
            });
    connect(this, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int from, int to) { updateRows(from, to); });
    connect(this, &QAbstractItemModel::rowsRemoved, this, &ConversationListModel::updateTotal);
    connect(this, &QAbstractItemModel::modelReset, this, &ConversationListModel::updateTotal);
    // New comments in the open conversation are read while it is watched.
    connect(this, &QAbstractItemModel::dataChanged, this, &ConversationListModel::keepOpenSeen);
    connect(this, &QAbstractItemModel::rowsInserted, this, &ConversationListModel::keepOpenSeen);
    connect(this, &QAbstractItemModel::modelReset, this, &ConversationListModel::keepOpenSeen);
    onReset();
}

void ConversationListModel::openReadMarks(const QString &path)
{
    if (path == m_marks.path())
        return;
    const bool known = m_marks.open(path);
    const bool loaded = !m_rows.isEmpty() || !m_model->epoch().isEmpty();
    m_baseline = !known && !loaded;
    if (!known && loaded)
        markAllRead();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), { UnreadRole });
}

void ConversationListModel::markAllRead()
{
    m_marks.touch();
    for (const Conversation *c : m_model->ordered()) {
        QStringList ids;
        for (const Comment &comment : c->comments)
            ids.append(comment.id);
        m_marks.markRead(c->id, ids);
    }
}

void ConversationListModel::updateTotal()
{
    m_unread.clear();
    int total = 0;
    for (const Key &key : std::as_const(m_rows)) {
        const int unread = unreadCount(key.id);
        if (unread > 0)
            m_unread.insert(key.id, unread);
        total += unread;
    }
    setTotal(total);
}

void ConversationListModel::updateRows(int from, int to)
{
    int total = m_totalUnread;
    for (int row = std::max(0, from); row <= to && row < m_rows.size(); ++row) {
        const QString &id = m_rows.at(row).id;
        const int unread = unreadCount(id);
        total += unread - m_unread.value(id);
        if (unread > 0)
            m_unread.insert(id, unread);
        else
            m_unread.remove(id);
    }
    setTotal(total);
}

void ConversationListModel::setTotal(int total)
{
    if (total == m_totalUnread)
        return;
    m_totalUnread = total;
    emit totalUnreadChanged(total);
}

QString ConversationListModel::nextUnread(const QString &afterId) const
{
    const int count = int(m_rows.size());
    const int start = rowOf(afterId); // -1: from the top
    for (int step = 1; step <= count; ++step) {
        const int row = (start + step) % count;
        if (unreadCount(m_rows.at(row).id) > 0)
            return m_rows.at(row).id;
    }
    return {};
}

void ConversationListModel::setSelf(const QString &userId)
{
    if (userId == m_self)
        return;
    m_self = userId;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), { UnreadRole });
}

int ConversationListModel::unreadOf(const Conversation &c) const
{
    return int(std::count_if(c.comments.cbegin(), c.comments.cend(), [&](const Comment &comment) {
        return comment.author != m_self && !m_marks.isRead(c.id, comment.id);
    }));
}

int ConversationListModel::unreadCount(const QString &id) const
{
    const Conversation *c = m_model->conversation(id);
    return c ? unreadOf(*c) : 0;
}

void ConversationListModel::markSeen(const QString &id)
{
    const Conversation *c = m_model->conversation(id);
    if (!c)
        return;
    QStringList ids;
    for (const Comment &comment : c->comments)
        if (comment.author != m_self)
            ids.append(comment.id);
    if (!m_marks.markRead(id, ids))
        return;
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row), index(row), { UnreadRole });
}

void ConversationListModel::setOpenConversation(const QString &id)
{
    m_open = id;
    // Opening it is looking at it, whether or not the window is in front.
    if (!id.isEmpty())
        markSeen(id);
}

void ConversationListModel::setWatching(bool watching)
{
    if (watching == m_watching)
        return;
    m_watching = watching;
    keepOpenSeen();
}

void ConversationListModel::keepOpenSeen()
{
    if (m_watching && !m_open.isEmpty() && unreadCount(m_open) > 0)
        markSeen(m_open);
}

int ConversationListModel::lowerBound(const Key &key) const
{
    return int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), key) - m_rows.cbegin());
}

int ConversationListModel::rowOf(const QString &id) const
{
    const auto it = m_createdAt.constFind(id);
    if (it == m_createdAt.cend())
        return -1;
    const int row = lowerBound({ *it, id });
    return row < m_rows.size() && m_rows.at(row).id == id ? row : -1;
}

void ConversationListModel::onAdded(const QString &id)
{
    const Conversation *c = m_model->conversation(id);
    if (!c)
        return;
    const Key key { c->createdAt, id };
    const int row = lowerBound(key);
    beginInsertRows({}, row, row);
    m_rows.insert(row, key);
    m_createdAt.insert(id, key.createdAt);
    endInsertRows();
    // Numbers after the new row moved by one.
    if (row + 1 < m_rows.size())
        emit dataChanged(index(row + 1), index(int(m_rows.size()) - 1),
                         { NumberRole, Qt::DisplayRole });
}

void ConversationListModel::onChanged(const QString &id)
{
    const Conversation *c = m_model->conversation(id);
    const int row = rowOf(id);
    if (!c || row < 0)
        return;
    if (c->createdAt != m_rows.at(row).createdAt) {
        // The server's time replaced the optimistic one: the row may move.
        onRemoved(id);
        onAdded(id);
        return;
    }
    emit dataChanged(index(row), index(row));
}

void ConversationListModel::onRemoved(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_createdAt.remove(id);
    endRemoveRows();
    if (row < m_rows.size())
        emit dataChanged(index(row), index(int(m_rows.size()) - 1),
                         { NumberRole, Qt::DisplayRole });
}

void ConversationListModel::onReset()
{
    beginResetModel();
    m_rows.clear();
    m_createdAt.clear();
    for (const Conversation *c : m_model->ordered()) {
        m_rows.append({ c->createdAt, c->id });
        m_createdAt.insert(c->id, c->createdAt);
    }
    // What was there when a new room first opened counts as read; what
    // arrives with a later resync (after being offline) is news.
    if (m_baseline && (!m_rows.isEmpty() || !m_model->epoch().isEmpty())) {
        markAllRead();
        m_baseline = false;
    }
    endResetModel();
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QString &id = m_rows.at(index.row()).id;
    const Conversation *c = m_model->conversation(id);
    if (!c)
        return {};
    const QString firstText = c->comments.isEmpty() ? QString() : c->comments.first().text;
    const QString firstLine = firstText.section(QLatin1Char('\n'), 0, 0).trimmed();
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1. %2").arg(index.row() + 1).arg(firstLine);
    case IdRole:
        return id;
    case NumberRole:
        return index.row() + 1;
    case FirstLineRole:
        return firstLine;
    case AuthorRole:
        return c->comments.isEmpty() ? QString() : c->comments.first().authorName;
    case ReplyCountRole:
        return std::max<int>(0, int(c->comments.size()) - 1);
    case ResolvedRole:
        return c->resolved;
    case UnreadRole:
        return unreadCount(id);
    case PendingRole:
        return m_model->isPending(id);
    case CreatedAtRole:
        return c->createdAt;
    case CreatorRole:
        return c->creator;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {
        { IdRole, "id" },          { NumberRole, "number" },      { FirstLineRole, "firstLine" },
        { AuthorRole, "author" },  { ReplyCountRole, "replies" }, { ResolvedRole, "resolved" },
        { UnreadRole, "unread" },  { PendingRole, "pending" },    { CreatedAtRole, "createdAt" },
        { CreatorRole, "creator" }
    };
}

void ConversationFilterModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

bool ConversationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter == Filter::All)
        return true;
    const bool resolved = sourceModel()
                              ->index(sourceRow, 0, sourceParent)
                              .data(ConversationListModel::ResolvedRole)
                              .toBool();
    return resolved == (m_filter == Filter::Resolved);
}

} // namespace ImageChat
