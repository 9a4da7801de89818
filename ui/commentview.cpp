#include "commentview.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ImageChat {

QString commentTimeText(qint64 msSinceEpoch)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime();
    const QLocale locale;
    if (when.date() == QDate::currentDate())
        return locale.toString(when.time(), QLocale::ShortFormat);
    return locale.toString(when, QLocale::ShortFormat);
}

namespace {

QLabel *smallLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

CommentView::CommentView(const QString &commentId, QWidget *parent)
    : QFrame(parent)
    , m_id(commentId)
    , m_author(new QLabel(this))
    , m_time(smallLabel(this))
    , m_edited(smallLabel(this))
    , m_status(smallLabel(this))
    , m_editButton(new QToolButton(this))
    , m_deleteButton(new QToolButton(this))
    , m_text(new QLabel(this))
    , m_confirm(new QWidget(this))
    , m_editor(new QWidget(this))
    , m_editText(new QPlainTextEdit(m_editor))
    , m_saveButton(new QPushButton(tr("Save", "save an edited comment"), m_editor))
    , m_cancelButton(new QPushButton(tr("Cancel"), m_editor))
    , m_editorHint(smallLabel(m_editor))
    , m_failure(new QWidget(this))
    , m_failureLabel(new QLabel(m_failure))
    , m_retryButton(new QPushButton(tr("Retry"), m_failure))
{
    setObjectName(QStringLiteral("comment-") + commentId);
    setFrameShape(QFrame::NoFrame);
    m_author->setObjectName(QStringLiteral("author"));
    m_time->setObjectName(QStringLiteral("time"));
    m_edited->setObjectName(QStringLiteral("edited"));
    m_edited->setText(tr("(edited)", "a comment changed after it was posted"));
    m_status->setObjectName(QStringLiteral("status"));
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_editButton->setText(tr("Edit", "edit a comment"));
    m_editButton->setAutoRaise(true);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setText(tr("Delete", "delete a comment"));
    m_deleteButton->setAutoRaise(true);

    QFont bold = m_author->font();
    bold.setBold(true);
    m_author->setFont(bold);
    m_author->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Plain text: what people type is never interpreted as markup. Selectable
    // by mouse and keyboard so it can be quoted, also while offline.
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    header->addWidget(m_author);
    header->addWidget(m_time);
    header->addWidget(m_edited);
    header->addWidget(m_status);
    header->addStretch(1);
    header->addWidget(m_editButton);
    header->addWidget(m_deleteButton);

    // Asked inline rather than in a dialog: no nested event loop, and the
    // rest of the thread stays readable meanwhile.
    m_confirm->setObjectName(QStringLiteral("confirmDelete"));
    auto *confirmLayout = new QHBoxLayout(m_confirm);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    auto *confirmLabel = new QLabel(tr("Delete this comment?"), m_confirm);
    confirmLabel->setWordWrap(true);
    auto *confirmButton = new QPushButton(tr("Delete", "confirm deleting a comment"), m_confirm);
    confirmButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    auto *keepButton = new QPushButton(tr("Keep", "do not delete the comment"), m_confirm);
    confirmLayout->addWidget(confirmLabel, 1);
    confirmLayout->addWidget(confirmButton);
    confirmLayout->addWidget(keepButton);
    m_confirm->hide();

    m_editor->setObjectName(QStringLiteral("editor"));
    m_editText->setObjectName(QStringLiteral("editText"));
    m_editText->setTabChangesFocus(true);
    m_editText->setMaximumHeight(m_editText->fontMetrics().lineSpacing() * 8);
    m_editText->installEventFilter(this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_editorHint->setText(tr("Ctrl+Enter saves, Esc cancels"));
    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editText);
    auto *editorButtons = new QHBoxLayout;
    editorButtons->addWidget(m_editorHint, 1);
    editorButtons->addWidget(m_cancelButton);
    editorButtons->addWidget(m_saveButton);
    editorLayout->addLayout(editorButtons);
    m_editor->hide();

    m_failure->setObjectName(QStringLiteral("failure"));
    m_failureLabel->setObjectName(QStringLiteral("failureText"));
    m_failureLabel->setWordWrap(true);
    m_failureLabel->setTextFormat(Qt::PlainText);
    m_failureLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_failureLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_failureLabel->setPalette(errorPalette);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    auto *failureLayout = new QHBoxLayout(m_failure);
    failureLayout->setContentsMargins(0, 0, 0, 0);
    failureLayout->addWidget(m_failureLabel, 1);
    failureLayout->addWidget(m_retryButton, 0, Qt::AlignTop);
    m_failure->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 6);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_text);
    layout->addWidget(m_editor);
    layout->addWidget(m_confirm);
    layout->addWidget(m_failure);

    connect(m_editButton, &QToolButton::clicked, this, [this] {
        openEditor(m_comment.text);
        m_editText->setFocus(); // the user asked for the editor
    });
    connect(m_deleteButton, &QToolButton::clicked, this, [this] {
        m_confirm->show();
        updateButtons();
    });
    connect(confirmButton, &QPushButton::clicked, this, [this] {
        m_confirm->hide();
        updateButtons();
        emit deleteRequested();
    });
    connect(keepButton, &QPushButton::clicked, this, [this] {
        m_confirm->hide();
        updateButtons();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &CommentView::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &CommentView::closeEditor);
    connect(m_editText, &QPlainTextEdit::textChanged, this, &CommentView::updateButtons);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        if (m_failed)
            emit retryRequested(*m_failed);
    });
    updateButtons();
}

void CommentView::setComment(const Comment &comment, bool own, bool first)
{
    m_comment = comment;
    m_own = own;
    m_first = first;
    // Back (a refused delete was undone): editable again.
    m_gone = false;
    m_editText->setReadOnly(false);
    m_author->setText(comment.authorName.isEmpty() ? tr("Someone", "author with no display name")
                                                   : comment.authorName);
    const QLocale locale;
    m_time->setText(commentTimeText(comment.createdAt));
    m_time->setToolTip(locale.toString(
        QDateTime::fromMSecsSinceEpoch(comment.createdAt).toLocalTime(), QLocale::LongFormat));
    m_edited->setVisible(comment.editedAt > 0);
    if (comment.editedAt > 0)
        m_edited->setToolTip(
            tr("Edited %1")
                .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(comment.editedAt).toLocalTime(),
                                     QLocale::LongFormat)));
    // Only touch the label when the words changed, so a selection the user
    // is making survives unrelated updates.
    if (m_text->text() != comment.text)
        m_text->setText(comment.text);
    updateButtons();
}

void CommentView::setCanSend(bool canSend, const QString &reason)
{
    m_canSend = canSend;
    const QString tip = canSend ? QString() : reason;
    m_saveButton->setToolTip(tip);
    m_retryButton->setToolTip(tip);
    updateButtons();
}

void CommentView::setSending(bool sending)
{
    m_sending = sending;
    updateButtons();
}

void CommentView::setGone(const QString &notice)
{
    m_gone = true;
    m_confirm->hide();
    m_editText->setReadOnly(true);
    m_status->setText(notice);
    updateButtons();
}

bool CommentView::isEditing() const
{
    return !m_editor->isHidden();
}

QString CommentView::editText() const
{
    return m_editText->toPlainText();
}

void CommentView::openEditor(const QString &text)
{
    if (m_editText->toPlainText() != text) {
        m_editText->setPlainText(text);
        // Editing usually adds to what is there.
        m_editText->moveCursor(QTextCursor::End);
    }
    m_editor->show();
    m_text->hide();
    updateButtons();
}

void CommentView::closeEditor()
{
    m_editor->hide();
    m_text->show();
    m_editText->clear();
    clearFailure();
    updateButtons();
}

void CommentView::showFailure(const Operation &op, const QString &reason)
{
    m_failed = op;
    m_failureReason = reason;
    m_failureLabel->setText(reason);
    m_failure->show();
    updateButtons();
}

void CommentView::clearFailure()
{
    m_failed.reset();
    m_failureReason.clear();
    m_failure->hide();
}

void CommentView::save()
{
    const QString text = m_editText->toPlainText();
    if (!m_saveButton->isEnabled())
        return;
    if (text == m_comment.text && !m_failed) {
        closeEditor();
        return;
    }
    emit saveRequested(text);
}

bool CommentView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editText && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier)) {
            save();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_gone) {
            closeEditor();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void CommentView::updateButtons()
{
    const bool editing = isEditing();
    const bool changeable = m_own && !m_gone;
    m_editButton->setVisible(changeable && !editing);
    // The first comment goes only with its marker.
    m_deleteButton->setVisible(changeable && !m_first && !editing);
    m_editButton->setEnabled(m_canSend && !m_sending);
    m_deleteButton->setEnabled(m_canSend && !m_sending);
    m_deleteButton->setToolTip(QString());
    if (!m_confirm->isHidden() && (!m_canSend || !changeable))
        m_confirm->hide();
    const bool hasText = !m_editText->toPlainText().trimmed().isEmpty();
    m_saveButton->setEnabled(m_canSend && !m_sending && !m_gone && hasText);
    m_cancelButton->setVisible(!m_gone);
    m_retryButton->setEnabled(m_canSend && !m_sending && !m_gone);
    if (!m_gone)
        m_status->setText(m_sending
                              ? tr("Sending…", "an own change the server has not confirmed yet")
                              : QString());
    m_status->setVisible(!m_status->text().isEmpty());
}

} // namespace ImageChat
