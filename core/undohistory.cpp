#include "undohistory.h"

#include "logging.h"
#include "roommodel.h"

#include <QCoreApplication>

namespace ImageChat {

namespace {

// Gives these texts the translation context "ImageChat::UndoHistory" (lupdate reads it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImageChat::UndoHistory)
};

// What people see of a marker and would notice changing; times and names are
// left out (the server's time replaces the optimistic one).
bool sameContent(const Conversation &a, const Conversation &b)
{
    if (a.x != b.x || a.y != b.y || a.resolved != b.resolved
        || a.comments.size() != b.comments.size())
        return false;
    for (qsizetype i = 0; i < a.comments.size(); ++i) {
        const Comment &ca = a.comments.at(i);
        const Comment &cb = b.comments.at(i);
        if (ca.id != cb.id || ca.author != cb.author || ca.text != cb.text)
            return false;
    }
    return true;
}

// The number people know the marker by (creation order, from 1), with the
// marker counted in even when it is not in the model now.
int markerNumber(const RoomModel &model, const Conversation &marker)
{
    int number = 1;
    for (const Conversation &c : model.conversations()) {
        if (c.id != marker.id
            && (c.createdAt != marker.createdAt ? c.createdAt < marker.createdAt
                                                : c.id < marker.id))
            ++number;
    }
    return number;
}

QString stepText(Operation::Kind kind, bool resolved, int number)
{
    switch (kind) {
    case Operation::Kind::CreateMarker:
        return Text::tr("Add Marker %1").arg(number);
    case Operation::Kind::AddComment:
        return Text::tr("Add Comment to Marker %1").arg(number);
    case Operation::Kind::EditComment:
        return Text::tr("Edit Comment on Marker %1").arg(number);
    case Operation::Kind::DeleteComment:
        return Text::tr("Delete Comment on Marker %1").arg(number);
    case Operation::Kind::MoveMarker:
        return Text::tr("Move Marker %1").arg(number);
    case Operation::Kind::SetResolved:
        return resolved ? Text::tr("Resolve Marker %1").arg(number)
                        : Text::tr("Reopen Marker %1").arg(number);
    case Operation::Kind::DeleteMarker:
        return Text::tr("Delete Marker %1").arg(number);
    case Operation::Kind::RestoreMarker:
        return Text::tr("Restore Marker %1").arg(number);
    }
    Q_UNREACHABLE();
}

enum class Conflict { Gone, Changed, Back };

OpError conflict(Conflict what, bool undo, const QString &text)
{
    QString message;
    switch (what) {
    case Conflict::Gone:
        message = undo ? Text::tr("Cannot undo \"%1\": someone has deleted it since.")
                       : Text::tr("Cannot redo \"%1\": someone has deleted it since.");
        break;
    case Conflict::Changed:
        message = undo ? Text::tr("Cannot undo \"%1\": someone else has changed it since, and "
                                  "their change is kept.")
                       : Text::tr("Cannot redo \"%1\": someone else has changed it since, and "
                                  "their change is kept.");
        break;
    case Conflict::Back:
        message = undo ? Text::tr("Cannot undo \"%1\": the marker is back already.")
                       : Text::tr("Cannot redo \"%1\": the marker is back already.");
        break;
    }
    return { ErrorCode::Conflict, message.arg(text) };
}

} // namespace

std::optional<UndoStep> UndoStep::record(const Operation &op,
                                         const std::optional<Conversation> &before,
                                         const RoomModel &model)
{
    UndoStep step;
    step.m_kind = op.kind;
    step.m_marker = op.marker;
    step.m_before = before;
    if (const Conversation *after = model.conversation(op.marker))
        step.m_after = *after;
    const std::optional<Conversation> &shown = step.m_after ? step.m_after : step.m_before;
    if (!shown)
        return std::nullopt;
    // A change the model did not take (it failed at once) is not recorded;
    // so both sides must be as the operation says.
    const bool exists = op.kind != Operation::Kind::DeleteMarker;
    if (step.m_after.has_value() != exists)
        return std::nullopt;
    switch (op.kind) {
    case Operation::Kind::AddComment:
    case Operation::Kind::EditComment:
    case Operation::Kind::DeleteComment: {
        step.m_comment = op.comment;
        if (before) {
            const qsizetype index = before->indexOfComment(op.comment);
            if (index >= 0)
                step.m_textBefore = before->comments.at(index).text;
        }
        const qsizetype index = step.m_after->indexOfComment(op.comment);
        if (index >= 0)
            step.m_textAfter = step.m_after->comments.at(index).text;
        if (!before)
            return std::nullopt;
        break;
    }
    case Operation::Kind::MoveMarker:
    case Operation::Kind::SetResolved:
        if (!before)
            return std::nullopt;
        break;
    default:
        break;
    }
    step.m_text = stepText(op.kind, op.resolved, markerNumber(model, *shown));
    return step;
}

std::optional<Operation> UndoStep::undoOperation(const RoomModel &model, OpError *error) const
{
    return transition(model, true, error);
}

std::optional<Operation> UndoStep::redoOperation(const RoomModel &model, OpError *error) const
{
    return transition(model, false, error);
}

std::optional<Operation> UndoStep::transition(const RoomModel &model, bool undo,
                                              OpError *error) const
{
    // Going from `from` (what the user's change, or its undo, left) to `to`.
    const std::optional<Conversation> &from = undo ? m_after : m_before;
    const std::optional<Conversation> &to = undo ? m_before : m_after;
    const Conversation *current = model.conversation(m_marker);
    const auto fail = [&](Conflict what) -> std::optional<Operation> {
        *error = conflict(what, undo, m_text);
        return std::nullopt;
    };
    const auto commentText = [&](QString *text) {
        const qsizetype index = current->indexOfComment(m_comment);
        if (index < 0)
            return false;
        *text = current->comments.at(index).text;
        return true;
    };

    switch (m_kind) {
    case Operation::Kind::CreateMarker:
    case Operation::Kind::DeleteMarker:
    case Operation::Kind::RestoreMarker:
        if (!to) {
            if (!current)
                return fail(Conflict::Gone);
            // Deleting what others have since answered or moved would take
            // their work with it.
            if (!sameContent(*current, *from))
                return fail(Conflict::Changed);
            return Operation::deleteMarker(m_marker);
        }
        if (current)
            return fail(Conflict::Back);
        return Operation::restoreMarker(m_marker, to->toJson());
    case Operation::Kind::MoveMarker:
        if (!current)
            return fail(Conflict::Gone);
        if (current->x != from->x || current->y != from->y)
            return fail(Conflict::Changed);
        return Operation::moveMarker(m_marker, to->x, to->y);
    case Operation::Kind::SetResolved:
        if (!current)
            return fail(Conflict::Gone);
        if (current->resolved != from->resolved)
            return fail(Conflict::Changed);
        return Operation::setResolved(m_marker, to->resolved);
    case Operation::Kind::EditComment: {
        if (!current)
            return fail(Conflict::Gone);
        QString text;
        if (!commentText(&text))
            return fail(Conflict::Gone);
        if (text != (undo ? m_textAfter : m_textBefore))
            return fail(Conflict::Changed);
        return Operation::editComment(m_marker, m_comment, undo ? m_textBefore : m_textAfter);
    }
    case Operation::Kind::AddComment:
    case Operation::Kind::DeleteComment: {
        if (!current)
            return fail(Conflict::Gone);
        // Whether this direction writes the comment (again) or deletes it.
        const bool writes = (m_kind == Operation::Kind::AddComment) != undo;
        const QString text = m_kind == Operation::Kind::AddComment ? m_textAfter : m_textBefore;
        if (writes)
            return Operation::addComment(m_marker, text);
        QString now;
        if (!commentText(&now))
            return fail(Conflict::Gone);
        if (now != text)
            return fail(Conflict::Changed);
        return Operation::deleteComment(m_marker, m_comment);
    }
    }
    Q_UNREACHABLE();
}

void UndoStep::sent(const Operation &op, bool)
{
    // A comment written again is a new comment.
    if (op.kind == Operation::Kind::AddComment)
        m_comment = op.comment;
}

void UndoStep::renameComment(const QString &from, const QString &to)
{
    if (!from.isEmpty() && m_comment == from)
        m_comment = to;
}

UndoHistory::UndoHistory(RoomModel *model, Submit submit, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_submit(std::move(submit))
{ }

SyncService::Submission UndoHistory::submit(const Operation &op)
{
    std::optional<Conversation> before;
    if (const Conversation *c = m_model->conversation(op.marker))
        before = *c;
    SyncService::Submission result = m_submit(op);
    if (!result.sent)
        return result;
    std::optional<UndoStep> step = UndoStep::record(op, before, *m_model);
    if (!step)
        return result;
    // A new change ends what could be redone.
    m_steps.erase(m_steps.begin() + m_index, m_steps.end());
    m_sent.removeIf([this](const Sent &s) { return s.step >= m_index; });
    m_steps.append(*step);
    m_sent.append({ op.broadcastId, m_index, Role::Original });
    ++m_index;
    emit changed();
    return result;
}

QString UndoHistory::undoText() const
{
    return canUndo() ? m_steps.at(m_index - 1).text() : QString();
}

QString UndoHistory::redoText() const
{
    return canRedo() ? m_steps.at(m_index).text() : QString();
}

OpError UndoHistory::undo()
{
    return step(true);
}

OpError UndoHistory::redo()
{
    return step(false);
}

OpError UndoHistory::step(bool undo)
{
    if (undo ? !canUndo() : !canRedo())
        return { ErrorCode::NotFound,
                 undo ? Text::tr("There is nothing to undo.")
                      : Text::tr("There is nothing to redo.") };
    const qsizetype index = undo ? m_index - 1 : m_index;
    UndoStep &step = m_steps[index];
    OpError error;
    const std::optional<Operation> op =
        undo ? step.undoOperation(*m_model, &error) : step.redoOperation(*m_model, &error);
    if (!op) {
        qCInfo(lcUndo) << (undo ? "undo" : "redo") << "refused:" << error.message;
        emit failed(error.message);
        return error;
    }
    const SyncService::Submission result = m_submit(*op);
    if (!result.sent) {
        error = result.error;
        error.message =
            (undo ? Text::tr("Cannot undo \"%1\": %2") : Text::tr("Cannot redo \"%1\": %2"))
                .arg(step.text(), result.error.message);
        emit failed(error.message);
        return error;
    }
    const QString comment = step.comment();
    step.sent(*op, undo);
    // The other steps about that comment (its edits, its writing) now mean
    // the comment written again.
    if (step.comment() != comment) {
        for (UndoStep &other : m_steps)
            other.renameComment(comment, step.comment());
    }
    m_sent.append({ op->broadcastId, index, undo ? Role::Undo : Role::Redo });
    m_index = undo ? index : index + 1;
    emit changed();
    return {};
}

void UndoHistory::clear()
{
    m_steps.clear();
    m_sent.clear();
    m_index = 0;
    emit changed();
}

void UndoHistory::onOperationFailed(const Operation &op, const OpError &error)
{
    const auto it = std::find_if(m_sent.cbegin(), m_sent.cend(),
                                 [&](const Sent &s) { return s.broadcastId == op.broadcastId; });
    if (it == m_sent.cend())
        return;
    const Sent sent = *it;
    m_sent.erase(it);
    switch (sent.role) {
    case Role::Original:
        // The change never happened: nothing to take back.
        m_steps.removeAt(sent.step);
        if (sent.step < m_index)
            --m_index;
        m_sent.removeIf([&](const Sent &s) { return s.step == sent.step; });
        for (Sent &s : m_sent) {
            if (s.step > sent.step)
                --s.step;
        }
        break;
    case Role::Undo:
        // Still right after it: the step counts as done again.
        if (m_index == sent.step)
            m_index = sent.step + 1;
        emit failed(
            Text::tr("Cannot undo \"%1\": %2").arg(m_steps.at(sent.step).text(), error.message));
        break;
    case Role::Redo:
        if (m_index == sent.step + 1)
            m_index = sent.step;
        emit failed(
            Text::tr("Cannot redo \"%1\": %2").arg(m_steps.at(sent.step).text(), error.message));
        break;
    }
    emit changed();
}

} // namespace ImageChat
