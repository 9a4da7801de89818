#include "roommodel.h"

#include "logging.h"

namespace ImageChat {

RoomModel::RoomModel(QObject *parent)
    : QObject(parent)
{ }

bool RoomModel::isPending(const QString &markerId) const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(),
                       [&](const Event &e) { return e.op.marker == markerId; });
}

qsizetype RoomModel::pendingIndex(const QString &broadcastId) const
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).op.broadcastId == broadcastId)
            return i;
    }
    return -1;
}

bool RoomModel::hasPendingOperation(const QString &broadcastId) const
{
    return pendingIndex(broadcastId) >= 0;
}

void RoomModel::setOwner(const QString &owner)
{
    m_confirmed.owner = owner;
    m_visible.owner = owner;
}

void RoomModel::reset(const RoomState &confirmed, const QString &epoch, qint64 seq)
{
    const QString owner = m_confirmed.owner;
    m_confirmed = confirmed;
    if (m_confirmed.owner.isEmpty())
        m_confirmed.owner = owner;
    m_epoch = epoch;
    m_seq = seq;
    m_visible = m_confirmed;
    m_shownPending.clear();
    for (const Event &e : std::as_const(m_pending))
        m_shownPending.insert(e.op.marker);
    // Replay what is still pending on top; what no longer applies stays
    // pending (the server will settle it) but is not shown.
    for (const Event &e : std::as_const(m_pending))
        m_visible.apply(e);
    emit modelReset();
}

OpError RoomModel::applyLocal(const Event &event)
{
    if (OpError error = m_visible.check(event))
        return error;
    m_pending.append(event);
    rebuild(event.op.marker);
    return {};
}

OpError RoomModel::applyConfirmed(const Event &event)
{
    if (OpError error = m_confirmed.apply(event)) {
        qCWarning(lcModel) << "event" << event.seq << "does not apply:" << error.message;
        return error;
    }
    m_seq = event.seq;
    const qsizetype own = pendingIndex(event.op.broadcastId);
    if (own >= 0)
        m_pending.removeAt(own);
    rebuild(event.op.marker);
    return {};
}

std::optional<Event> RoomModel::dropPending(const QString &broadcastId)
{
    const qsizetype index = pendingIndex(broadcastId);
    if (index < 0)
        return std::nullopt;
    const Event event = m_pending.takeAt(index);
    rebuild(event.op.marker);
    return event;
}

void RoomModel::rebuild(const QString &markerId)
{
    std::optional<Conversation> next;
    if (const Conversation *base = m_confirmed.find(markerId))
        next = *base;
    for (const Event &e : std::as_const(m_pending)) {
        if (e.op.marker != markerId)
            continue;
        // An own operation that no longer applies (say, a remote delete came
        // first) is simply not shown; the server's reply will settle it.
        std::optional<Conversation> attempt = next;
        if (!applyEvent(&attempt, e, m_confirmed.owner, m_confirmed.limits, m_confirmed.size()))
            next = std::move(attempt);
    }

    const bool pendingNow = isPending(markerId);
    const bool pendingChanged = pendingNow != m_shownPending.contains(markerId);
    if (pendingNow)
        m_shownPending.insert(markerId);
    else
        m_shownPending.remove(markerId);

    const Conversation *before = m_visible.find(markerId);
    if (!next) {
        if (before) {
            m_visible.remove(markerId);
            emit conversationRemoved(markerId);
        }
        return;
    }
    if (before && *before == *next) {
        if (pendingChanged)
            emit conversationChanged(markerId);
        return;
    }
    const bool added = !before;
    m_visible.put(*next);
    if (added)
        emit conversationAdded(markerId);
    else
        emit conversationChanged(markerId);
}

} // namespace ImageChat
