#pragma once

#include "operation.h"
#include "syncservice.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace ImageChat {

class CommentView;
class MentionCompleter;
class ParticipantNames;
class RoomSession;

// The selected marker's conversation: its comments (selectable, also while
// offline), a reply box, edit and delete of the user's own comments,
// Resolve / Reopen and Delete marker. Remote changes show up live without
// moving focus or touching text being typed. A change that fails keeps the
// typed text where it was, with the reason and a Retry button (S14); nothing
// is queued. What is typed for a conversation is kept while others are shown.
class ThreadPanel : public QWidget
{
    Q_OBJECT

public:
    // `session` must outlive the panel; it may join its room later.
    explicit ThreadPanel(RoomSession *session, QWidget *parent = nullptr);
    ~ThreadPanel() override;

    // The marker shown (empty: none). It may be gone from the room, when it
    // was deleted while shown.
    QString conversation() const { return m_id; }
    // Text the user typed that is not on the server: a reply, an open edit,
    // or a failed change, in any conversation. Closing would lose it.
    bool hasUnsentText() const;

public slots:
    // Shows a marker's conversation; empty shows "Select a marker…".
    void showConversation(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // What the user typed or was told for a conversation not on screen.
    struct EditDraft
    {
        QString text;
        std::optional<Operation> failed;
        QString reason;
    };
    struct Draft
    {
        QString reply;
        std::optional<Operation> failedReply;
        QString replyReason;
        std::optional<Operation> failedAction;
        QString actionReason;
        QHash<QString, EditDraft> edits;
        bool isEmpty() const
        {
            return reply.isEmpty() && !failedReply && !failedAction && edits.isEmpty();
        }
    };

    void attach();
    void refresh();
    void refreshHeader();
    void updateControls();
    void onRemoved();
    void onRemoteEvent(const Event &event);
    void saveDraft();
    void restoreDraft();
    void clearComments();
    void refreshTyping();

    void sendReply();
    void submit(const Operation &op, bool retry = false);
    void onSent(const Operation &op);
    void onConfirmed(const Operation &op);
    void onFailed(const Operation &op, const QString &reason);
    void showReplyFailure(const Operation &op, const QString &reason);
    void showActionFailure(const Operation &op, const QString &reason);
    void clearReplyFailure();
    void clearActionFailure();
    QString failureText(const Operation &op, const QString &reason) const;
    bool replyInFlight(const QString &text) const;
    bool canSend() const;

    RoomSession *m_session;
    ParticipantNames *m_names;
    MentionCompleter *m_mentions = nullptr;
    QString m_id;
    // Shown, but no longer in the room (deleted while shown).
    bool m_gone = false;
    QHash<QString, Draft> m_drafts;
    // Operations this panel sent that the server has not answered yet.
    QHash<QString, Operation> m_inFlight;
    std::optional<Operation> m_failedReply;
    std::optional<Operation> m_failedAction;
    QString m_replyReason;
    QString m_actionReason;
    bool m_stickToBottom = true;

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_state;
    QPushButton *m_resolveButton;
    QPushButton *m_deleteButton;
    QWidget *m_confirmDelete;
    QLabel *m_confirmLabel;
    QLabel *m_notice;
    QWidget *m_actionFailure;
    QLabel *m_actionFailureLabel;
    QPushButton *m_actionRetryButton;
    QScrollArea *m_scroll;
    QVBoxLayout *m_commentsLayout;
    QHash<QString, CommentView *> m_commentViews;
    QPlainTextEdit *m_replyEdit;
    QLabel *m_replyHint;
    QLabel *m_typing; // "Ana is typing…"
    QPushButton *m_sendButton;
    QWidget *m_replyFailure;
    QLabel *m_replyFailureLabel;
    QPushButton *m_replyRetryButton;
};

} // namespace ImageChat
