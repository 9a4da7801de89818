#include "mentionnotifier.h"

#include "logging.h"
#include "mentions.h"
#include "notifications.h"

namespace ImageChat {

namespace {
// A notification shows a glimpse; the thread has the rest.
constexpr int MaxBody = 200;
} // namespace

MentionNotifier::MentionNotifier(RoomModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(model, &RoomModel::conversationAdded, this, &MentionNotifier::onConversation);
    connect(model, &RoomModel::conversationChanged, this, &MentionNotifier::onConversation);
    connect(model, &RoomModel::modelReset, this, &MentionNotifier::onReset);
    onReset();
}

void MentionNotifier::setSink(NotificationSink *sink)
{
    if (m_sink)
        disconnect(m_sink, nullptr, this, nullptr);
    m_sink = sink;
    if (sink)
        connect(sink, &NotificationSink::activated, this, &MentionNotifier::activated);
}

std::optional<MentionNotifier::Reason> MentionNotifier::reasonFor(const Conversation &c,
                                                                  const Comment &comment) const
{
    if (m_self.isEmpty() || comment.author == m_self)
        return std::nullopt;
    for (const QString &name : m_names)
        if (Mentions::mentions(comment.text, name))
            return Reason::Mention;
    if (c.creator == m_self)
        return Reason::Reply;
    for (const Comment &other : c.comments)
        if (other.author == m_self)
            return Reason::Reply;
    return std::nullopt;
}

void MentionNotifier::onConversation(const QString &id)
{
    const Conversation *c = m_model->conversation(id);
    if (!c)
        return;
    for (const Comment &comment : c->comments) {
        if (m_known.contains(comment.id))
            continue;
        m_known.insert(comment.id);
        if (!m_loaded || !m_enabled || (m_watching && m_watching()))
            continue;
        const std::optional<Reason> reason = reasonFor(*c, comment);
        if (!reason)
            continue;
        const QString who = comment.authorName.isEmpty() ? tr("Someone") : comment.authorName;
        const QString title = *reason == Reason::Mention ? tr("%1 mentioned you").arg(who)
                                                         : tr("%1 replied").arg(who);
        QString body = comment.text.simplified();
        if (body.size() > MaxBody)
            body = body.left(MaxBody - 1) + QChar(0x2026);
        qCDebug(lcNotify) << "notifying about" << comment.id << "in" << c->id << *reason;
        if (m_sink)
            m_sink->show(title, body, c->id);
        emit notified(c->id, comment.id, *reason);
    }
}

void MentionNotifier::onReset()
{
    // The first load is the room as it was: nothing in it is news. A later
    // one (a resync after being offline) may bring comments that are.
    const bool first = !m_loaded;
    m_loaded = m_loaded || m_model->count() > 0 || !m_model->epoch().isEmpty();
    if (first) {
        for (auto it = m_model->conversations().cbegin(); it != m_model->conversations().cend();
             ++it)
            for (const Comment &comment : it->comments)
                m_known.insert(comment.id);
        return;
    }
    for (auto it = m_model->conversations().cbegin(); it != m_model->conversations().cend(); ++it)
        onConversation(it.key());
}

} // namespace ImageChat
