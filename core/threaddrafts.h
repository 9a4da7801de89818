#pragma once

#include "operation.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace ImageChat {

// What the user typed in the conversations of a room and what became of it,
// per conversation, whichever one is on screen: the reply being written, the
// edits of own comments, the changes sent and not answered yet, and the ones
// that failed (with the text and the operation, so Retry sends exactly that).
// Nothing is queued: a failure waits for the user (S14). The thread panel is
// a view over it; nothing here knows about widgets.
class ThreadDrafts : public QObject
{
    Q_OBJECT

public:
    // A change that did not go through, and why (the server's or the
    // connection's reason; the panel puts it into words).
    struct Failure
    {
        Operation op;
        QString reason;
    };
    // An edit of an own comment: its text, and how it failed if it did.
    struct Edit
    {
        QString text;
        std::optional<Failure> failure;
    };

    explicit ThreadDrafts(QObject *parent = nullptr);

    // --- What is typed ---
    QString reply(const QString &marker) const;
    void setReply(const QString &marker, const QString &text);
    // Edits kept for a conversation that is not on screen (comment id ->
    // edit). The panel holds the edits of the one shown in its editors.
    QHash<QString, Edit> edits(const QString &marker) const;
    void setEdits(const QString &marker, const QHash<QString, Edit> &edits);
    QHash<QString, Edit> takeEdits(const QString &marker);
    std::optional<Edit> takeEdit(const QString &marker, const QString &comment);

    // --- What failed ---
    std::optional<Failure> replyFailure(const QString &marker) const;
    void clearReplyFailure(const QString &marker);
    // Resolve / reopen / delete marker, or an edit or delete of a comment
    // that is not on screen.
    std::optional<Failure> actionFailure(const QString &marker) const;
    void setActionFailure(const QString &marker, const Failure &failure);
    void clearActionFailure(const QString &marker);

    // --- What is on the way ---
    // Registers an operation before it is submitted: the optimistic change
    // reaches the model (and its views) during the submission.
    void sending(const Operation &op);
    // How the submission went. Sent: the operation (as it went out) waits
    // for the server. Not sent: recorded as failed with `reason`.
    void submitted(const Operation &asked, const Operation &sent, bool wasSent,
                   const QString &reason);
    // The server took it. False when it was not one of these drafts' own.
    bool confirmed(const Operation &op);
    // The server refused it (or it could not be sent). False when it was
    // not one of these drafts' own; otherwise recorded, the text kept.
    bool failed(const Operation &op, const QString &reason);

    bool isInFlight(const QString &broadcastId) const { return m_inFlight.contains(broadcastId); }
    // A reply with exactly this text awaits the server in this conversation.
    bool replyInFlight(const QString &marker, const QString &text) const;
    // This user's delete of the marker awaits the server.
    bool deleteInFlight(const QString &marker) const;
    // A new comment or an edit of this comment awaits the server.
    bool commentInFlight(const QString &commentId) const;

    // The conversation is gone for good (deleted, and the user moved on):
    // nothing of it is kept.
    void forget(const QString &marker);
    // Text the user typed that is not on the server, in any conversation:
    // a reply, a kept edit, or a failed change that carried text.
    bool hasUnsentText() const;

private:
    struct Draft
    {
        QString reply;
        std::optional<Failure> replyFailure;
        std::optional<Failure> actionFailure;
        QHash<QString, Edit> edits;
        bool isEmpty() const
        {
            return reply.isEmpty() && !replyFailure && !actionFailure && edits.isEmpty();
        }
    };

    void prune(const QString &marker);

    QHash<QString, Draft> m_drafts;
    // Operations sent from here that the server has not answered yet.
    QHash<QString, Operation> m_inFlight;
};

} // namespace ImageChat
