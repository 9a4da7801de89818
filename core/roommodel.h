#pragma once

#include "operation.h"
#include "roomstate.h"

#include <QObject>
#include <QSet>

namespace ImageChat {

// The client's view of a room: the server-confirmed state plus the user's own
// operations that the server has not confirmed yet (optimistic, S5). What the
// views show is "confirmed + pending replayed on top"; rolling back a rejected
// operation is just dropping it from the pending list and replaying, so a
// remote change that arrived in between is never undone by mistake.
class RoomModel : public QObject
{
    Q_OBJECT

public:
    explicit RoomModel(QObject *parent = nullptr);

    // --- What views read ---
    const QHash<QString, Conversation> &conversations() const { return m_visible.conversations(); }
    const Conversation *conversation(const QString &id) const { return m_visible.find(id); }
    QList<const Conversation *> ordered() const { return orderedConversations(conversations()); }
    qsizetype count() const { return m_visible.size(); }
    // True while one of the user's own changes to this marker awaits the server.
    bool isPending(const QString &markerId) const;
    QString owner() const { return m_confirmed.owner; }
    // The server-confirmed state, for export and tests.
    const RoomState &confirmedState() const { return m_confirmed; }

    // Where the confirmed state stands in the room's history.
    QString epoch() const { return m_epoch; }
    qint64 seq() const { return m_seq; }

    // --- What the sync service calls ---
    void setOwner(const QString &owner);
    void setEpoch(const QString &epoch) { m_epoch = epoch; }
    // Replaces the confirmed state (a snapshot); pending operations are kept.
    void reset(const RoomState &confirmed, const QString &epoch, qint64 seq);
    // Applies one of the user's own operations optimistically.
    OpError applyLocal(const Event &event);
    // Applies the server's next event. For one of the user's own operations
    // (matched by broadcastId) the canonical event replaces the optimistic one.
    OpError applyConfirmed(const Event &event);
    // Drops an own pending operation (rejected or lost) and returns it.
    std::optional<Event> dropPending(const QString &broadcastId);
    const QList<Event> &pending() const { return m_pending; }
    bool hasPendingOperation(const QString &broadcastId) const;

signals:
    void conversationAdded(const QString &id);
    void conversationChanged(const QString &id);
    void conversationRemoved(const QString &id);
    // Everything may have changed (snapshot); views reload.
    void modelReset();

private:
    // Recomputes one conversation of the visible state and tells the views.
    void rebuild(const QString &markerId);
    qsizetype pendingIndex(const QString &broadcastId) const;

    RoomState m_confirmed;
    RoomState m_visible;
    QList<Event> m_pending;
    // Markers shown as pending, so a change of that state alone (an own
    // change confirmed without altering what is shown) still reaches views.
    QSet<QString> m_shownPending;
    QString m_epoch;
    qint64 m_seq = 0;
};

} // namespace ImageChat
