#pragma once

#include "operation.h"
#include "roomstate.h"
#include "syncservice.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace ImageChat {

class RoomModel;

// One of the user's own changes as the undo history keeps it: what the
// marker was before and after, so that undoing and redoing it become new
// operations of the usual kinds, and so that a change someone else made
// since is noticed instead of overwritten.
class UndoStep
{
public:
    // The step for `op`, just applied (optimistically) to `model`; `before`
    // is the marker as it was right before. nullopt for an operation that
    // cannot be taken back.
    static std::optional<UndoStep>
    record(const Operation &op, const std::optional<Conversation> &before, const RoomModel &model);

    // What the menu says, e.g. "Move Marker 3".
    QString text() const { return m_text; }
    Operation::Kind kind() const { return m_kind; }
    QString marker() const { return m_marker; }

    // The operation that takes the change back (undo) or makes it again
    // (redo) on the current state, or why not: the marker is not as this
    // change left it (someone else moved, edited or deleted it).
    std::optional<Operation> undoOperation(const RoomModel &model, OpError *error) const;
    std::optional<Operation> redoOperation(const RoomModel &model, OpError *error) const;
    // After the operation of undoOperation() or redoOperation() was sent: a
    // comment written again has a new id, which the next step must name.
    void sent(const Operation &op, bool undo);
    // The comment this step is about, if any, and a new id for it (written
    // again by another step's undo or redo).
    QString comment() const { return m_comment; }
    void renameComment(const QString &from, const QString &to);

private:
    UndoStep() = default;
    std::optional<Operation> transition(const RoomModel &model, bool undo, OpError *error) const;

    Operation::Kind m_kind = Operation::Kind::CreateMarker;
    QString m_text;
    QString m_marker;
    // The marker before and after the change (nullopt: not there).
    std::optional<Conversation> m_before;
    std::optional<Conversation> m_after;
    // Comment changes: the comment, its id as it is now (one written again
    // has a new id) and its text before and after.
    QString m_comment;
    QString m_textBefore;
    QString m_textAfter;
};

// The user's own changes made in one window, in order, with a position that
// undo and redo move (like QUndoStack, which lives in Qt Gui and whose undo
// cannot fail; here it can, and then nothing moves). Other people's changes
// are never in it. An undo or redo is an ordinary operation: offline it
// fails at once (S14), and if the server refuses it the position goes back.
class UndoHistory : public QObject
{
    Q_OBJECT

public:
    using Submit = std::function<SyncService::Submission(const Operation &)>;

    UndoHistory(RoomModel *model, Submit submit, QObject *parent = nullptr);

    // Sends a change of the user's and, once sent, records it (dropping
    // whatever had been undone).
    SyncService::Submission submit(const Operation &op);

    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < m_steps.size(); }
    // The next step's name ("Move Marker 3"), empty when there is none.
    QString undoText() const;
    QString redoText() const;
    qsizetype count() const { return m_steps.size(); }
    qsizetype index() const { return m_index; }

    // Take back / make again the next step. On failure nothing changes and
    // the error says why (also through failed()).
    OpError undo();
    OpError redo();
    void clear();

    // The server refused one of the user's operations.
    void onOperationFailed(const Operation &op, const OpError &error);

signals:
    // canUndo, canRedo or the texts may have changed.
    void changed();
    // An undo or redo did not happen or was refused by the server.
    void failed(const QString &message);

private:
    OpError step(bool undo);

    RoomModel *m_model;
    Submit m_submit;
    QList<UndoStep> m_steps;
    qsizetype m_index = 0; // steps before it are done, from it on undone
    // broadcastIds of recorded operations and of sent undos and redos, so a
    // refusal can be matched to its step.
    enum class Role { Original, Undo, Redo };
    struct Sent
    {
        QString broadcastId;
        qsizetype step;
        Role role;
    };
    QList<Sent> m_sent;
};

} // namespace ImageChat
