#pragma once

#include "operation.h"
#include "roomstate.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace ImageChat {

// One comment in the thread panel: author, time, an "edited" mark and the
// text (selectable), and for the user's own comments Edit and Delete with an
// inline editor, a confirmation and the reason + Retry when a change failed.
// Updates of the comment never touch an open editor's text or focus.
class CommentView : public QFrame
{
    Q_OBJECT

public:
    explicit CommentView(const QString &commentId, QWidget *parent = nullptr);

    QString commentId() const { return m_id; }

    // Shows the comment as it is now. `own`: the user wrote it (may edit and
    // delete it); `first`: it opens the conversation, so it can be edited but
    // not deleted on its own (the server forbids that).
    void setComment(const Comment &comment, bool own, bool first);
    // Whether changes can be sent now; `reason` explains when not.
    void setCanSend(bool canSend, const QString &reason);
    // An own new comment or an edit awaits the server.
    void setSending(bool sending);
    // The comment (or its whole marker) is gone: everything becomes read-only,
    // an open editor's text stays to be copied.
    void setGone(const QString &notice);
    bool isGone() const { return m_gone; }

    bool isEditing() const;
    QString editText() const;
    void openEditor(const QString &text);
    void closeEditor();

    // A change to this comment failed; the text stays in the editor.
    void showFailure(const Operation &op, const QString &reason);
    void clearFailure();
    std::optional<Operation> failedOperation() const { return m_failed; }
    QString failureReason() const { return m_failureReason; }

signals:
    void saveRequested(const QString &text);
    // Asked and confirmed.
    void deleteRequested();
    void retryRequested(const ImageChat::Operation &failed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void save();

    QString m_id;
    Comment m_comment;
    bool m_own = false;
    bool m_first = false;
    bool m_canSend = false;
    bool m_sending = false;
    bool m_gone = false;
    std::optional<Operation> m_failed;
    QString m_failureReason;

    QLabel *m_author;
    QLabel *m_time;
    QLabel *m_edited;
    QLabel *m_status;
    QToolButton *m_editButton;
    QToolButton *m_deleteButton;
    QLabel *m_text;

    QWidget *m_confirm;
    QWidget *m_editor;
    QPlainTextEdit *m_editText;
    QPushButton *m_saveButton;
    QPushButton *m_cancelButton;
    QLabel *m_editorHint;

    QWidget *m_failure;
    QLabel *m_failureLabel;
    QPushButton *m_retryButton;
};

// "14:05" today, a short date and time before; local time.
QString commentTimeText(qint64 msSinceEpoch);

} // namespace ImageChat
