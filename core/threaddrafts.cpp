#include "threaddrafts.h"

#include <algorithm>

namespace ImageChat {

ThreadDrafts::ThreadDrafts(QObject *parent)
    : QObject(parent)
{ }

QString ThreadDrafts::reply(const QString &marker) const
{
    return m_drafts.value(marker).reply;
}

void ThreadDrafts::setReply(const QString &marker, const QString &text)
{
    if (marker.isEmpty())
        return;
    m_drafts[marker].reply = text;
    prune(marker);
}

QHash<QString, ThreadDrafts::Edit> ThreadDrafts::edits(const QString &marker) const
{
    return m_drafts.value(marker).edits;
}

void ThreadDrafts::setEdits(const QString &marker, const QHash<QString, Edit> &edits)
{
    if (marker.isEmpty())
        return;
    m_drafts[marker].edits = edits;
    prune(marker);
}

QHash<QString, ThreadDrafts::Edit> ThreadDrafts::takeEdits(const QString &marker)
{
    const auto it = m_drafts.find(marker);
    if (it == m_drafts.end())
        return {};
    const QHash<QString, Edit> edits = std::exchange(it->edits, {});
    prune(marker);
    return edits;
}

std::optional<ThreadDrafts::Edit> ThreadDrafts::takeEdit(const QString &marker,
                                                         const QString &comment)
{
    const auto it = m_drafts.find(marker);
    if (it == m_drafts.end() || !it->edits.contains(comment))
        return std::nullopt;
    const Edit edit = it->edits.take(comment);
    prune(marker);
    return edit;
}

std::optional<ThreadDrafts::Failure> ThreadDrafts::replyFailure(const QString &marker) const
{
    return m_drafts.value(marker).replyFailure;
}

void ThreadDrafts::clearReplyFailure(const QString &marker)
{
    const auto it = m_drafts.find(marker);
    if (it == m_drafts.end())
        return;
    it->replyFailure.reset();
    prune(marker);
}

std::optional<ThreadDrafts::Failure> ThreadDrafts::actionFailure(const QString &marker) const
{
    return m_drafts.value(marker).actionFailure;
}

void ThreadDrafts::setActionFailure(const QString &marker, const Failure &failure)
{
    if (!marker.isEmpty())
        m_drafts[marker].actionFailure = failure;
}

void ThreadDrafts::clearActionFailure(const QString &marker)
{
    const auto it = m_drafts.find(marker);
    if (it == m_drafts.end())
        return;
    it->actionFailure.reset();
    prune(marker);
}

void ThreadDrafts::sending(const Operation &op)
{
    m_inFlight.insert(op.broadcastId, op);
}

void ThreadDrafts::submitted(const Operation &asked, const Operation &sent, bool wasSent,
                             const QString &reason)
{
    m_inFlight.remove(asked.broadcastId);
    if (!wasSent) {
        m_inFlight.insert(sent.broadcastId, sent);
        failed(sent, reason);
        return;
    }
    m_inFlight.insert(sent.broadcastId, sent);
    // Sent: a failure it retried is over.
    if (const auto it = m_drafts.find(sent.marker); it != m_drafts.end()) {
        switch (sent.kind) {
        case Operation::Kind::AddComment:
            it->replyFailure.reset();
            break;
        case Operation::Kind::EditComment:
        case Operation::Kind::DeleteComment:
            if (const auto edit = it->edits.find(sent.comment); edit != it->edits.end())
                edit->failure.reset();
            break;
        default:
            it->actionFailure.reset();
            break;
        }
        prune(sent.marker);
    }
}

bool ThreadDrafts::confirmed(const Operation &op)
{
    if (!m_inFlight.remove(op.broadcastId))
        return false;
    const auto it = m_drafts.find(op.marker);
    switch (op.kind) {
    case Operation::Kind::AddComment:
        // Cleared only now, so a refusal finds the text still in place; and
        // only if it is still exactly what was sent.
        if (it != m_drafts.end() && it->reply == op.text)
            it->reply.clear();
        break;
    case Operation::Kind::EditComment:
        if (it != m_drafts.end()) {
            const auto edit = it->edits.constFind(op.comment);
            if (edit != it->edits.cend() && edit->text == op.text)
                it->edits.erase(edit);
        }
        break;
    case Operation::Kind::DeleteMarker:
        // Nothing to keep: deleting it was the user's own choice.
        m_drafts.remove(op.marker);
        return true;
    default:
        break;
    }
    prune(op.marker);
    return true;
}

bool ThreadDrafts::failed(const Operation &op, const QString &reason)
{
    if (!m_inFlight.remove(op.broadcastId))
        return false;
    Draft &draft = m_drafts[op.marker];
    switch (op.kind) {
    case Operation::Kind::AddComment:
        // Nothing typed since: the text goes back where it was written.
        if (draft.reply.isEmpty())
            draft.reply = op.text;
        draft.replyFailure = Failure { op, reason };
        break;
    case Operation::Kind::EditComment:
    case Operation::Kind::DeleteComment: {
        Edit &edit = draft.edits[op.comment];
        if (edit.text.isEmpty())
            edit.text = op.text;
        edit.failure = Failure { op, reason };
        break;
    }
    default:
        draft.actionFailure = Failure { op, reason };
        break;
    }
    return true;
}

bool ThreadDrafts::replyInFlight(const QString &marker, const QString &text) const
{
    return std::any_of(m_inFlight.cbegin(), m_inFlight.cend(), [&](const Operation &op) {
        return op.kind == Operation::Kind::AddComment && op.marker == marker && op.text == text;
    });
}

bool ThreadDrafts::deleteInFlight(const QString &marker) const
{
    return std::any_of(m_inFlight.cbegin(), m_inFlight.cend(), [&](const Operation &op) {
        return op.kind == Operation::Kind::DeleteMarker && op.marker == marker;
    });
}

bool ThreadDrafts::commentInFlight(const QString &commentId) const
{
    return std::any_of(m_inFlight.cbegin(), m_inFlight.cend(), [&](const Operation &op) {
        return op.comment == commentId
            && (op.kind == Operation::Kind::AddComment || op.kind == Operation::Kind::EditComment);
    });
}

void ThreadDrafts::forget(const QString &marker)
{
    m_drafts.remove(marker);
}

bool ThreadDrafts::hasUnsentText() const
{
    // Text only: a failed resolve or delete loses nothing typed.
    return std::any_of(m_drafts.cbegin(), m_drafts.cend(), [](const Draft &d) {
        return !d.reply.trimmed().isEmpty() || d.replyFailure || !d.edits.isEmpty()
            || (d.actionFailure && d.actionFailure->op.hasText());
    });
}

void ThreadDrafts::prune(const QString &marker)
{
    const auto it = m_drafts.find(marker);
    if (it != m_drafts.end() && it->isEmpty())
        m_drafts.erase(it);
}

} // namespace ImageChat
