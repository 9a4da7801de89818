#include "threadpanel.h"

#include "commentview.h"
#include "mentioncompleter.h"
#include "participantnames.h"
#include "presence.h"
#include "roomsession.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ImageChat {

namespace {

QLabel *wrappingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setErrorColour(QWidget *widget)
{
    QPalette pal = widget->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    widget->setPalette(pal);
}

bool isReturn(const QKeyEvent *key)
{
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
}

} // namespace

ThreadPanel::ThreadPanel(RoomSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_names(new ParticipantNames(session->model(), this))
    , m_drafts(new ThreadDrafts(this))
    , m_stack(new QStackedWidget(this))
{
    // --- "Select a marker…" ---
    m_placeholder =
        new QLabel(tr("Select a marker on the image or in the list to see its conversation.",
                      "marker: a numbered pin on the image with its conversation"),
                   m_stack);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);

    // --- The thread ---
    auto *page = new QWidget(m_stack);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("title"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_state = new QLabel(page);
    m_state->setObjectName(QStringLiteral("state"));
    m_resolveButton = new QPushButton(page);
    m_resolveButton->setObjectName(QStringLiteral("resolveButton"));
    m_deleteButton =
        new QPushButton(tr("Delete marker…", "marker: a numbered pin with its conversation"), page);
    m_deleteButton->setObjectName(QStringLiteral("deleteMarkerButton"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_state);
    header->addStretch(1);
    header->addWidget(m_resolveButton);
    header->addWidget(m_deleteButton);

    // Confirmation inline, not a modal dialog: no nested event loop, and the
    // thread stays readable while deciding.
    m_confirmDelete = new QWidget(page);
    m_confirmDelete->setObjectName(QStringLiteral("confirmDeleteMarker"));
    m_confirmLabel = wrappingLabel(m_confirmDelete, QStringLiteral("confirmText"));
    auto *confirmButton =
        new QPushButton(tr("Delete", "confirm deleting a marker"), m_confirmDelete);
    confirmButton->setObjectName(QStringLiteral("confirmDeleteMarkerButton"));
    auto *keepButton = new QPushButton(tr("Keep", "do not delete the marker"), m_confirmDelete);
    keepButton->setObjectName(QStringLiteral("keepMarkerButton"));
    auto *confirmLayout = new QHBoxLayout(m_confirmDelete);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(m_confirmLabel, 1);
    confirmLayout->addWidget(confirmButton);
    confirmLayout->addWidget(keepButton);
    m_confirmDelete->hide();

    m_notice = wrappingLabel(page, QStringLiteral("notice"));
    QFont noticeFont = m_notice->font();
    noticeFont.setBold(true);
    m_notice->setFont(noticeFont);
    m_notice->hide();

    m_actionFailure = new QWidget(page);
    m_actionFailure->setObjectName(QStringLiteral("actionFailure"));
    m_actionFailureLabel = wrappingLabel(m_actionFailure, QStringLiteral("actionFailureText"));
    setErrorColour(m_actionFailureLabel);
    m_actionRetryButton = new QPushButton(tr("Retry"), m_actionFailure);
    m_actionRetryButton->setObjectName(QStringLiteral("actionRetryButton"));
    auto *actionDismiss = new QPushButton(tr("Dismiss"), m_actionFailure);
    auto *actionLayout = new QHBoxLayout(m_actionFailure);
    actionLayout->setContentsMargins(0, 0, 0, 0);
    actionLayout->addWidget(m_actionFailureLabel, 1);
    actionLayout->addWidget(m_actionRetryButton, 0, Qt::AlignTop);
    actionLayout->addWidget(actionDismiss, 0, Qt::AlignTop);
    m_actionFailure->hide();

    m_scroll = new QScrollArea(page);
    m_scroll->setObjectName(QStringLiteral("comments"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *comments = new QWidget(m_scroll);
    m_commentsLayout = new QVBoxLayout(comments);
    m_commentsLayout->setContentsMargins(0, 0, 0, 0);
    m_commentsLayout->setSpacing(0);
    m_commentsLayout->addStretch(1);
    m_scroll->setWidget(comments);

    m_replyEdit = new QPlainTextEdit(page);
    m_replyEdit->setObjectName(QStringLiteral("replyEdit"));
    m_replyEdit->setPlaceholderText(tr("Write a reply…"));
    m_replyEdit->setTabChangesFocus(true);
    m_replyEdit->setMaximumHeight(m_replyEdit->fontMetrics().lineSpacing() * 6);
    m_replyEdit->installEventFilter(this);
    // Installed after the panel's own filter, so it sees keys first: while
    // the list of names is open, Enter picks a name and sends nothing.
    m_mentions = new MentionCompleter(
        m_replyEdit, [this] { return m_names->names(m_session->self()); }, this);
    m_typing = new QLabel(page);
    m_typing->setObjectName(QStringLiteral("typingLabel"));
    m_typing->setForegroundRole(QPalette::PlaceholderText);
    m_typing->hide();
    m_replyHint = new QLabel(page);
    m_replyHint->setObjectName(QStringLiteral("replyHint"));
    m_replyHint->setWordWrap(true);
    m_replyHint->setForegroundRole(QPalette::PlaceholderText);
    m_sendButton = new QPushButton(tr("Send", "send a reply"), page);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    auto *replyBar = new QHBoxLayout;
    replyBar->addWidget(m_replyHint, 1);
    replyBar->addWidget(m_sendButton);

    m_replyFailure = new QWidget(page);
    m_replyFailure->setObjectName(QStringLiteral("replyFailure"));
    m_replyFailureLabel = wrappingLabel(m_replyFailure, QStringLiteral("replyFailureText"));
    setErrorColour(m_replyFailureLabel);
    m_replyRetryButton = new QPushButton(tr("Retry"), m_replyFailure);
    m_replyRetryButton->setObjectName(QStringLiteral("replyRetryButton"));
    auto *replyDismiss = new QPushButton(tr("Dismiss"), m_replyFailure);
    auto *replyFailureLayout = new QHBoxLayout(m_replyFailure);
    replyFailureLayout->setContentsMargins(0, 0, 0, 0);
    replyFailureLayout->addWidget(m_replyFailureLabel, 1);
    replyFailureLayout->addWidget(m_replyRetryButton, 0, Qt::AlignTop);
    replyFailureLayout->addWidget(replyDismiss, 0, Qt::AlignTop);
    m_replyFailure->hide();

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(6, 6, 6, 6);
    pageLayout->addLayout(header);
    pageLayout->addWidget(m_confirmDelete);
    pageLayout->addWidget(m_notice);
    pageLayout->addWidget(m_actionFailure);
    pageLayout->addWidget(m_scroll, 1);
    pageLayout->addWidget(m_typing);
    pageLayout->addWidget(m_replyEdit);
    pageLayout->addLayout(replyBar);
    pageLayout->addWidget(m_replyFailure);
    m_stack->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // --- User actions ---
    connect(m_sendButton, &QPushButton::clicked, this, &ThreadPanel::sendReply);
    connect(m_replyEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_switching && !m_gone)
            m_drafts->setReply(m_id, m_replyEdit->toPlainText());
        updateControls();
    });
    connect(m_replyRetryButton, &QPushButton::clicked, this, [this] {
        if (const auto failure = m_drafts->replyFailure(m_id))
            submit(failure->op, true);
    });
    connect(replyDismiss, &QPushButton::clicked, this, &ThreadPanel::clearReplyFailure);
    connect(m_actionRetryButton, &QPushButton::clicked, this, [this] {
        if (const auto failure = m_drafts->actionFailure(m_id))
            submit(failure->op, true);
    });
    connect(actionDismiss, &QPushButton::clicked, this, &ThreadPanel::clearActionFailure);
    connect(m_resolveButton, &QPushButton::clicked, this, [this] {
        if (const Conversation *c = m_session->model()->conversation(m_id))
            submit(Operation::setResolved(m_id, !c->resolved));
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        m_confirmLabel->setText(tr("Delete marker %1 and its whole conversation for everyone? This "
                                   "can't be undone.",
                                   "marker: a numbered pin with its conversation; %1 is its number")
                                    .arg(m_session->conversations()->rowOf(m_id) + 1));
        m_confirmDelete->show();
    });
    connect(confirmButton, &QPushButton::clicked, this, [this] {
        m_confirmDelete->hide();
        submit(Operation::deleteMarker(m_id));
    });
    connect(keepButton, &QPushButton::clicked, m_confirmDelete, &QWidget::hide);

    // Reading down a thread, new comments at the end stay in view.
    QScrollBar *bar = m_scroll->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_stickToBottom = value >= bar->maximum() - 2; });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_stickToBottom)
            bar->setValue(max);
    });

    // --- The room ---
    RoomModel *model = session->model();
    connect(model, &RoomModel::conversationAdded, this, [this](const QString &id) {
        // Back after a refused delete, or a resync brought it back.
        if (id == m_id && m_gone) {
            m_gone = false;
            m_notice->hide();
            refresh();
        }
    });
    connect(model, &RoomModel::conversationChanged, this, [this](const QString &id) {
        if (id == m_id)
            refresh();
    });
    connect(model, &RoomModel::conversationRemoved, this, [this](const QString &id) {
        if (id == m_id)
            onRemoved();
    });
    connect(model, &RoomModel::modelReset, this, [this] {
        if (m_id.isEmpty())
            return;
        if (!m_session->model()->conversation(m_id)) {
            onRemoved();
            return;
        }
        m_gone = false;
        m_notice->hide();
        refresh();
    });
    // The marker's number moves when earlier ones come or go.
    ConversationListModel *list = session->conversations();
    connect(list, &QAbstractItemModel::rowsInserted, this, &ThreadPanel::refreshHeader);
    connect(list, &QAbstractItemModel::rowsRemoved, this, &ThreadPanel::refreshHeader);
    connect(list, &QAbstractItemModel::modelReset, this, &ThreadPanel::refreshHeader);

    connect(session, &RoomSession::operationConfirmed, this, &ThreadPanel::onConfirmed);
    connect(session, &RoomSession::operationFailed, this,
            [this](const Operation &op, const OpError &error) {
                // Only this panel's own operations; the canvas reports its own.
                if (m_drafts->failed(op, error.message))
                    onFailed(op);
            });
    connect(session, &RoomSession::started, this, &ThreadPanel::attach);
    if (session->sync())
        attach();

    updateControls();
}

ThreadPanel::~ThreadPanel() = default;

void ThreadPanel::attach()
{
    // Whether sending is possible, and who is "me", change with the
    // connection: a new identity, the room's owner known once live.
    connect(m_session->status(), &ConnectionStatus::changed, this, [this] {
        refresh();
        updateControls();
    });
    connect(m_session->sync(), &SyncService::remoteEventApplied, this, &ThreadPanel::onRemoteEvent);
    connect(m_session->presence(), &Presence::typingChanged, this, [this](const QString &marker) {
        if (marker == m_id)
            refreshTyping();
    });
    refresh();
    updateControls();
}

bool ThreadPanel::hasUnsentText() const
{
    if (m_drafts->hasUnsentText())
        return true;
    return std::any_of(m_commentViews.cbegin(), m_commentViews.cend(),
                       [](const CommentView *view) { return view->isEditing(); });
}

bool ThreadPanel::canSend() const
{
    return m_session->status() && m_session->status()->canSend();
}

void ThreadPanel::showConversation(const QString &id)
{
    if (id == m_id)
        return;
    if (Presence *presence = m_session->presence())
        presence->stopTyping();
    saveDraft();
    clearComments();
    m_switching = true;
    m_replyEdit->clear();
    m_switching = false;
    m_replyFailure->hide();
    m_actionFailure->hide();
    m_confirmDelete->hide();
    m_notice->hide();
    m_gone = false;
    m_stickToBottom = true;
    m_id = id;
    refreshTyping();
    if (id.isEmpty()) {
        m_stack->setCurrentIndex(0);
        updateControls();
        return;
    }
    m_stack->setCurrentIndex(1);
    if (m_session->model()->conversation(id)) {
        refresh();
    } else {
        m_gone = true;
        m_title->setText(tr("Marker", "marker: a numbered pin with its conversation"));
        m_state->clear();
        m_notice->setText(tr("This marker no longer exists."));
        m_notice->show();
    }
    restoreDraft();
    updateControls();
}

void ThreadPanel::clearComments()
{
    qDeleteAll(m_commentViews);
    m_commentViews.clear();
}

void ThreadPanel::refresh()
{
    const Conversation *c = m_id.isEmpty() ? nullptr : m_session->model()->conversation(m_id);
    if (!c)
        return;
    const QString self = m_session->self();
    QWidget *container = m_scroll->widget();
    int position = 0;
    QSet<QString> present;
    for (const Comment &comment : c->comments) {
        CommentView *view = m_commentViews.value(comment.id);
        if (!view) {
            view = new CommentView(comment.id, container);
            const QString commentId = comment.id;
            connect(view, &CommentView::saveRequested, this,
                    [this, commentId](const QString &text) {
                        submit(Operation::editComment(m_id, commentId, text));
                    });
            connect(view, &CommentView::deleteRequested, this,
                    [this, commentId] { submit(Operation::deleteComment(m_id, commentId)); });
            connect(view, &CommentView::retryRequested, this,
                    [this](const Operation &failed) { submit(failed, true); });
            m_commentViews.insert(comment.id, view);
        }
        view->setComment(comment, !self.isEmpty() && comment.author == self, comment.id == c->id);
        view->setSending(m_drafts->commentInFlight(comment.id));
        // Moving a widget within the layout keeps its state and focus.
        if (m_commentsLayout->indexOf(view) != position)
            m_commentsLayout->insertWidget(position, view);
        present.insert(comment.id);
        ++position;
    }
    for (auto it = m_commentViews.begin(); it != m_commentViews.end();) {
        CommentView *view = it.value();
        if (present.contains(it.key())) {
            ++it;
        } else if (view->isEditing()) {
            // Deleted (from another window) while being edited here: keep
            // the edit's text to copy.
            if (!view->isGone())
                view->setGone(tr("This comment was deleted."));
            ++it;
        } else {
            delete view;
            it = m_commentViews.erase(it);
        }
    }
    refreshHeader();
    updateControls();
}

void ThreadPanel::refreshHeader()
{
    if (m_id.isEmpty() || m_gone)
        return;
    const Conversation *c = m_session->model()->conversation(m_id);
    if (!c)
        return;
    const int row = m_session->conversations()->rowOf(m_id);
    if (row >= 0)
        m_title->setText(
            tr("Marker %1", "marker: a numbered pin with its conversation").arg(row + 1));
    m_state->setText(c->resolved ? tr("Resolved", "state: the conversation's point was dealt with")
                                 : tr("Open", "state: the conversation is not resolved yet"));
    m_resolveButton->setText(c->resolved ? tr("Reopen", "make a resolved conversation open again")
                                         : tr("Resolve", "mark the conversation as dealt with"));
}

void ThreadPanel::updateControls()
{
    const bool live = !m_id.isEmpty() && !m_gone;
    const bool send = canSend();
    const QString why = m_session->status() ? m_session->status()->sendError().message
                                            : tr("Not connected to a room yet.");
    const QString text = m_replyEdit->toPlainText();
    const bool inFlight = m_drafts->replyInFlight(m_id, text);
    const bool deleting = m_drafts->deleteInFlight(m_id);
    const std::optional<ThreadDrafts::Failure> action = m_drafts->actionFailure(m_id);
    // An edit whose comment went away: nothing to retry, the text is shown.
    const bool canRetryAction =
        action && !(action->op.kind == Operation::Kind::EditComment && action->reason.isEmpty());

    m_resolveButton->setVisible(live);
    m_resolveButton->setEnabled(send);
    m_resolveButton->setToolTip(send ? QString() : why);
    m_deleteButton->setVisible(live && m_session->canDelete(m_id));
    m_deleteButton->setEnabled(send && !deleting);
    m_deleteButton->setToolTip(send ? QString() : why);
    if (!live || !send)
        m_confirmDelete->hide();

    // Typing stays possible offline (nothing is lost), and after the marker
    // is gone the text stays selectable so it can be copied elsewhere.
    m_replyEdit->setReadOnly(m_gone);
    m_sendButton->setVisible(!m_gone);
    m_sendButton->setEnabled(live && send && !text.trimmed().isEmpty() && !inFlight);
    m_sendButton->setToolTip(send ? QString() : why);
    QString hint;
    if (m_gone)
        hint =
            text.isEmpty() ? QString() : tr("Not sent. Your text stays here so you can copy it.");
    else if (!send)
        hint = tr("Not connected: replies can't be sent right now.");
    else if (inFlight)
        hint = tr("Sending…", "an own change the server has not confirmed yet");
    else
        hint = tr("Ctrl+Enter sends");
    m_replyHint->setText(hint);
    m_replyRetryButton->setEnabled(live && send);
    m_replyRetryButton->setToolTip(send ? QString() : why);
    m_actionRetryButton->setEnabled(live && send && canRetryAction);
    m_actionRetryButton->setVisible(canRetryAction);
    m_actionRetryButton->setToolTip(send ? QString() : why);
    for (CommentView *view : std::as_const(m_commentViews))
        view->setCanSend(live && send, why);
}

bool ThreadPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_replyEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Enter alone makes a new line: replies are often several lines.
        if (isReturn(key) && (key->modifiers() & Qt::ControlModifier)) {
            sendReply();
            return true;
        }
        // Keys that write something (not arrows or shortcuts) tell the room;
        // Presence keeps it to one notice every few seconds.
        if (Presence *presence = m_session->presence();
            presence && !key->text().isEmpty() && !m_id.isEmpty() && !m_gone)
            presence->noteTyping(m_id);
    }
    return QWidget::eventFilter(watched, event);
}

void ThreadPanel::refreshTyping()
{
    const Presence *presence = m_session->presence();
    const QStringList names =
        presence && !m_id.isEmpty() ? presence->typingIn(m_id) : QStringList();
    if (names.size() == 1)
        m_typing->setText(tr("%1 is typing…").arg(names.at(0)));
    else if (names.size() == 2)
        m_typing->setText(tr("%1 and %2 are typing…").arg(names.at(0), names.at(1)));
    else if (!names.isEmpty())
        m_typing->setText(tr("%n people are typing…", "", int(names.size())));
    m_typing->setToolTip(names.join(QLatin1Char('\n')));
    m_typing->setVisible(!names.isEmpty());
}

void ThreadPanel::sendReply()
{
    const QString text = m_replyEdit->toPlainText();
    if (m_id.isEmpty() || m_gone || text.trimmed().isEmpty() || m_drafts->replyInFlight(m_id, text))
        return;
    if (Presence *presence = m_session->presence())
        presence->stopTyping();
    // While not connected this fails at once with the reason (S14), which
    // is what a shortcut pressed past the disabled button should show.
    submit(Operation::addComment(m_id, text));
}

void ThreadPanel::submit(const Operation &op, bool retry)
{
    // Registered before submitting: the optimistic change reaches the model
    // (and this panel) inside submit().
    m_drafts->sending(op);
    const SyncService::Submission result = retry ? m_session->retry(op) : m_session->submit(op);
    m_drafts->submitted(op, result.operation, result.sent, result.error.message);
    if (!result.sent) {
        onFailed(result.operation);
        return;
    }
    onSent(result.operation);
}

void ThreadPanel::onSent(const Operation &op)
{
    if (op.marker == m_id
        && (op.kind == Operation::Kind::EditComment || op.kind == Operation::Kind::DeleteComment)) {
        m_editReasons.remove(op.comment);
        if (CommentView *view = m_commentViews.value(op.comment))
            view->clearFailure();
    }
    showFailures();
    refresh();
    updateControls();
}

void ThreadPanel::onConfirmed(const Operation &op)
{
    if (!m_drafts->confirmed(op))
        return;
    const bool shown = op.marker == m_id;
    switch (op.kind) {
    case Operation::Kind::AddComment:
        // Cleared only now, so a refusal finds the text still in place; and
        // only if it is still exactly what was sent.
        if (shown && m_replyEdit->toPlainText() == op.text)
            m_replyEdit->clear();
        break;
    case Operation::Kind::EditComment:
        if (shown) {
            CommentView *view = m_commentViews.value(op.comment);
            if (view && view->isEditing() && view->editText() == op.text)
                view->closeEditor();
        }
        break;
    case Operation::Kind::DeleteMarker:
        if (shown) {
            m_gone = true; // nothing to keep: it was the user's own choice
            showConversation({});
        }
        return;
    default:
        break;
    }
    refresh();
    updateControls();
}

QString ThreadPanel::failureText(const Operation &op, const QString &reason) const
{
    switch (op.kind) {
    case Operation::Kind::AddComment:
        return tr("Your reply was not sent: %1").arg(reason);
    case Operation::Kind::EditComment:
        return tr("Your edit was not saved: %1").arg(reason);
    case Operation::Kind::DeleteComment:
        return tr("The comment was not deleted: %1").arg(reason);
    case Operation::Kind::SetResolved:
        return op.resolved ? tr("The conversation was not resolved: %1").arg(reason)
                           : tr("The conversation was not reopened: %1").arg(reason);
    case Operation::Kind::DeleteMarker:
        return tr("The marker was not deleted: %1", "marker: a numbered pin with its conversation")
            .arg(reason);
    default:
        return reason;
    }
}

void ThreadPanel::onFailed(const Operation &op)
{
    // The drafts have it recorded, with the text; a conversation not on
    // screen shows it when it is shown again.
    if (op.marker != m_id)
        return;
    switch (op.kind) {
    case Operation::Kind::AddComment:
        // Nothing typed since: the drafts put the text back.
        if (m_replyEdit->toPlainText() != m_drafts->reply(m_id))
            m_replyEdit->setPlainText(m_drafts->reply(m_id));
        break;
    case Operation::Kind::EditComment:
    case Operation::Kind::DeleteComment: {
        // Shown in the comment's own editor while on screen.
        const std::optional<ThreadDrafts::Edit> edit = m_drafts->takeEdit(m_id, op.comment);
        const QString reason = edit && edit->failure ? edit->failure->reason : QString();
        if (CommentView *view = m_commentViews.value(op.comment)) {
            if (op.kind == Operation::Kind::EditComment && !view->isEditing())
                view->openEditor(op.text);
            m_editReasons.insert(op.comment, reason);
            view->showFailure(op, failureText(op, reason));
        } else {
            m_drafts->setActionFailure(m_id, { op, reason });
        }
        break;
    }
    default:
        break;
    }
    showFailures();
    refresh();
    updateControls();
}

void ThreadPanel::showFailures()
{
    if (const auto reply = m_drafts->replyFailure(m_id)) {
        QString text = failureText(reply->op, reply->reason);
        // Something else was typed meanwhile: the failed words are shown
        // here, so Retry's content is never a guess.
        if (m_replyEdit->toPlainText() != reply->op.text)
            text += QLatin1Char('\n') + tr("It said: “%1”").arg(reply->op.text);
        m_replyFailureLabel->setText(text);
        m_replyFailure->show();
    } else {
        m_replyFailure->hide();
    }
    if (const auto action = m_drafts->actionFailure(m_id)) {
        // An edit without a reason is one whose comment went away meanwhile.
        m_actionFailureLabel->setText(
            action->op.kind == Operation::Kind::EditComment && action->reason.isEmpty()
                ? tr("This edit was not saved; its comment was deleted meanwhile: “%1”")
                      .arg(action->op.text)
                : failureText(action->op, action->reason));
        m_actionFailure->show();
    } else {
        m_actionFailure->hide();
    }
    updateControls();
}

void ThreadPanel::clearReplyFailure()
{
    m_drafts->clearReplyFailure(m_id);
    m_replyFailure->hide();
}

void ThreadPanel::clearActionFailure()
{
    m_drafts->clearActionFailure(m_id);
    m_actionFailure->hide();
    updateControls();
}

void ThreadPanel::onRemoved()
{
    if (m_gone)
        return;
    m_gone = true;
    const bool ownDelete = m_drafts->deleteInFlight(m_id);
    m_notice->setText(
        ownDelete ? tr("Deleting this marker…", "marker: a numbered pin with its conversation")
                  : tr("This marker was deleted.", "marker: a numbered pin with its conversation"));
    m_notice->show();
    m_confirmDelete->hide();
    m_state->clear();
    // The comments stay on screen, read-only, until another marker is shown.
    for (CommentView *view : std::as_const(m_commentViews))
        view->setGone(QString());
    updateControls();
}

void ThreadPanel::onRemoteEvent(const Event &event)
{
    if (event.op.kind != Operation::Kind::DeleteMarker || event.op.marker != m_id || !m_gone)
        return;
    const QString name = event.author == m_session->self() ? tr("you, in another window")
                                                           : m_names->nameOf(event.author);
    m_notice->setText(name.isEmpty()
                          ? tr("This marker was deleted by someone else.",
                               "marker: a numbered pin with its conversation")
                          : tr("This marker was deleted by %1.",
                               "marker: a numbered pin with its conversation; %1 is a person")
                                .arg(name));
}

void ThreadPanel::saveDraft()
{
    if (m_id.isEmpty())
        return;
    if (m_gone) {
        // Its text stayed on screen to be copied; the marker is gone.
        m_drafts->forget(m_id);
        m_editReasons.clear();
        return;
    }
    // The reply and the failures are in the drafts already; the editors of
    // the comments hold the rest.
    QHash<QString, ThreadDrafts::Edit> edits;
    for (const CommentView *view : std::as_const(m_commentViews)) {
        if (view->isGone() || (!view->isEditing() && !view->failedOperation()))
            continue;
        ThreadDrafts::Edit edit { view->isEditing() ? view->editText() : QString(), std::nullopt };
        if (const std::optional<Operation> failed = view->failedOperation())
            edit.failure =
                ThreadDrafts::Failure { *failed, m_editReasons.value(view->commentId()) };
        edits.insert(view->commentId(), edit);
    }
    m_drafts->setEdits(m_id, edits);
    m_editReasons.clear();
}

void ThreadPanel::restoreDraft()
{
    m_switching = true;
    m_replyEdit->setPlainText(m_drafts->reply(m_id));
    m_switching = false;
    const QHash<QString, ThreadDrafts::Edit> edits = m_drafts->takeEdits(m_id);
    for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
        CommentView *view = m_commentViews.value(it.key());
        if (!view) {
            // The comment went away meanwhile; its edit is still the user's
            // text, shown to copy (an edit without a reason).
            if (!it->text.isEmpty())
                m_drafts->setActionFailure(
                    m_id, { Operation::editComment(m_id, it.key(), it->text), QString() });
            continue;
        }
        if (!it->text.isEmpty())
            view->openEditor(it->text);
        if (it->failure) {
            m_editReasons.insert(it.key(), it->failure->reason);
            view->showFailure(it->failure->op, failureText(it->failure->op, it->failure->reason));
        }
    }
    showFailures();
}

} // namespace ImageChat
