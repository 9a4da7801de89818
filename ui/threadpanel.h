#pragma once

#include "operation.h"
#include "syncservice.h"
#include "threaddrafts.h"

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
    ThreadDrafts *drafts() const { return m_drafts; }

public slots:
    // Shows a marker's conversation; empty shows "Select a marker…".
    void showConversation(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
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
    void onFailed(const Operation &op);
    // Shows the reply's and the actions' failures as the drafts have them.
    void showFailures();
    void clearReplyFailure();
    void clearActionFailure();
    QString failureText(const Operation &op, const QString &reason) const;
    bool canSend() const;

    RoomSession *m_session;
    ParticipantNames *m_names;
    MentionCompleter *m_mentions = nullptr;
    // What is typed, sent and failed, per conversation; the editors of the
    // one shown hold its edits until another is shown.
    ThreadDrafts *m_drafts;
    QString m_id;
    // Shown, but no longer in the room (deleted while shown).
    bool m_gone = false;
    // Set while another conversation is put on screen, so clearing the
    // reply box does not clear the reply kept for it.
    bool m_switching = false;
    // The reasons of failed edits shown in the comments' editors (comment
    // id -> reason), kept with the edits when another conversation is shown.
    QHash<QString, QString> m_editReasons;
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
