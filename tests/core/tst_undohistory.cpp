// The undo history without a server: which operation each undo and redo
// makes, the names the menu shows, and that a change by someone else since
// makes an undo fail without sending anything.
#include "roommodel.h"
#include "undohistory.h"

#include <QSignalSpy>
#include <QTest>

using namespace ImageChat;

namespace {

const QString me = QStringLiteral("me");
const QString other = QStringLiteral("other");

// Stands in for the sync service: applies the user's operations to the
// model as the server would confirm them, and remembers what was sent.
struct FakeServer
{
    RoomModel model;
    QList<Operation> sent;
    qint64 seq = 0;
    bool online = true;
    bool hold = false; // leave operations pending, as before the server's reply

    OpError confirm(const Operation &op, const QString &author)
    {
        return model.applyConfirmed(Event { op, ++seq, 1000 + seq, author, author });
    }
    UndoHistory::Submit submitter()
    {
        return [this](const Operation &op) {
            SyncService::Submission result;
            result.operation = op;
            if (!online) {
                result.error = { ErrorCode::Offline, QStringLiteral("offline") };
                return result;
            }
            if (OpError error =
                    hold ? model.applyLocal(Event { op, 0, 0, me, me }) : confirm(op, me)) {
                result.error = error;
                return result;
            }
            sent.append(op);
            result.sent = true;
            return result;
        };
    }
};

} // namespace

class TestUndoHistory : public QObject
{
    Q_OBJECT

private slots:
    void undoAndRedoMakeTheInverseOperations()
    {
        FakeServer server;
        UndoHistory history(&server.model, server.submitter());
        QSignalSpy changed(&history, &UndoHistory::changed);
        QVERIFY(!history.canUndo());

        const Operation create = Operation::createMarker(0.2, 0.3, QStringLiteral("first"));
        QVERIFY(history.submit(create).sent);
        QCOMPARE(history.undoText(), QStringLiteral("Add Marker 1"));
        QVERIFY(history.submit(Operation::moveMarker(create.marker, 0.6, 0.7)).sent);
        QCOMPARE(history.undoText(), QStringLiteral("Move Marker 1"));
        QCOMPARE(history.count(), 2);
        QVERIFY(!changed.isEmpty());

        // Undo the move: moves back.
        QVERIFY(!history.undo());
        QCOMPARE(server.sent.last().kind, Operation::Kind::MoveMarker);
        QCOMPARE(server.model.conversation(create.marker)->x, 0.2);
        QCOMPARE(history.redoText(), QStringLiteral("Move Marker 1"));
        QCOMPARE(history.undoText(), QStringLiteral("Add Marker 1"));
        // Undo the create: deletes it; redo restores the same marker.
        QVERIFY(!history.undo());
        QCOMPARE(server.sent.last().kind, Operation::Kind::DeleteMarker);
        QVERIFY(!server.model.conversation(create.marker));
        QVERIFY(!history.canUndo());
        QVERIFY(!history.redo());
        QCOMPARE(server.sent.last().kind, Operation::Kind::RestoreMarker);
        QCOMPARE(server.model.conversation(create.marker)->comments.first().text,
                 QStringLiteral("first"));
        QVERIFY(!history.redo());
        QCOMPARE(server.model.conversation(create.marker)->x, 0.6);
        QVERIFY(!history.canRedo());
        // A request never carries what a restore brings back.
        QVERIFY(!server.sent.at(3).toRequest().contains(QStringLiteral("conversation")));
    }

    void commentStepsRestoreTheText()
    {
        FakeServer server;
        UndoHistory history(&server.model, server.submitter());
        const Operation create = Operation::createMarker(0.5, 0.5, QStringLiteral("opening"));
        QVERIFY(history.submit(create).sent);
        const Operation reply = Operation::addComment(create.marker, QStringLiteral("reply"));
        QVERIFY(history.submit(reply).sent);
        QVERIFY(history
                    .submit(Operation::editComment(create.marker, reply.comment,
                                                   QStringLiteral("edited")))
                    .sent);
        QCOMPARE(history.undoText(), QStringLiteral("Edit Comment on Marker 1"));
        QVERIFY(history.submit(Operation::setResolved(create.marker, true)).sent);
        QCOMPARE(history.undoText(), QStringLiteral("Resolve Marker 1"));
        QVERIFY(history.submit(Operation::deleteComment(create.marker, reply.comment)).sent);
        QCOMPARE(history.undoText(), QStringLiteral("Delete Comment on Marker 1"));

        const auto texts = [&] {
            QStringList list;
            for (const Comment &c : server.model.conversation(create.marker)->comments)
                list.append(c.text);
            return list;
        };
        QVERIFY(!history.undo()); // the comment is back, as a new one
        QCOMPARE(texts(), QStringList({ QStringLiteral("opening"), QStringLiteral("edited") }));
        QVERIFY(!history.undo()); // reopened
        QVERIFY(!server.model.conversation(create.marker)->resolved);
        // Redo the delete: deletes the comment written again.
        QVERIFY(!history.redo());
        QVERIFY(!history.redo());
        QCOMPARE(texts(), QStringList({ QStringLiteral("opening") }));
        QVERIFY(!history.undo());
        QCOMPARE(texts().last(), QStringLiteral("edited"));
        // The edit and the reply before it name the comment written again.
        QVERIFY(!history.undo()); // reopened
        QVERIFY(!history.undo()); // the edit
        QCOMPARE(texts().last(), QStringLiteral("reply"));
        QVERIFY(!history.undo()); // the reply
        QCOMPARE(texts(), QStringList({ QStringLiteral("opening") }));
    }

    void aChangeBySomeoneElseMakesTheUndoFail()
    {
        FakeServer server;
        UndoHistory history(&server.model, server.submitter());
        QSignalSpy failed(&history, &UndoHistory::failed);
        const Operation create = Operation::createMarker(0.1, 0.1, QStringLiteral("mine"));
        QVERIFY(history.submit(create).sent);
        QVERIFY(history.submit(Operation::moveMarker(create.marker, 0.4, 0.4)).sent);

        // Someone else moves it: my move is not undone over theirs.
        QVERIFY(!server.confirm(Operation::moveMarker(create.marker, 0.9, 0.9), other));
        const qsizetype sent = server.sent.size();
        const OpError error = history.undo();
        QCOMPARE(error.code, ErrorCode::Conflict);
        QVERIFY(error.message.contains(QStringLiteral("Move Marker 1")));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(server.sent.size(), sent);
        QCOMPARE(server.model.conversation(create.marker)->x, 0.9);
        QVERIFY(history.canUndo());
        QCOMPARE(history.index(), 2);

        // Someone answers: deleting the marker would take the answer with it.
        QVERIFY(!server.confirm(Operation::moveMarker(create.marker, 0.4, 0.4), other));
        QVERIFY(!history.undo());
        QVERIFY(
            !server.confirm(Operation::addComment(create.marker, QStringLiteral("theirs")), other));
        QCOMPARE(history.undo().code, ErrorCode::Conflict);
        QVERIFY(server.model.conversation(create.marker));

        // Deleted by someone else: a clear message, nothing sent.
        FakeServer second;
        UndoHistory edits(&second.model, second.submitter());
        const Operation c2 = Operation::createMarker(0.5, 0.5, QStringLiteral("text"));
        QVERIFY(!second.confirm(c2, other));
        QVERIFY(edits.submit(Operation::setResolved(c2.marker, true)).sent);
        QVERIFY(!second.confirm(Operation::deleteMarker(c2.marker), other));
        const OpError gone = edits.undo();
        QCOMPARE(gone.code, ErrorCode::Conflict);
        QVERIFY(gone.message.contains(QStringLiteral("deleted")));
    }

    void offlineUndoFailsAndKeepsThePosition()
    {
        FakeServer server;
        UndoHistory history(&server.model, server.submitter());
        const Operation create = Operation::createMarker(0.1, 0.1, QStringLiteral("x"));
        QVERIFY(history.submit(create).sent);
        server.online = false;
        const OpError error = history.undo();
        QCOMPARE(error.code, ErrorCode::Offline);
        QVERIFY(error.message.contains(QStringLiteral("Add Marker 1")));
        QVERIFY(history.canUndo());
        QVERIFY(server.model.conversation(create.marker));
    }

    void refusedOperationsLeaveTheHistory()
    {
        FakeServer server;
        UndoHistory history(&server.model, server.submitter());
        const Operation create = Operation::createMarker(0.1, 0.1, QStringLiteral("x"));
        QVERIFY(history.submit(create).sent);
        const Operation move = Operation::moveMarker(create.marker, 0.5, 0.5);
        server.hold = true;
        QVERIFY(history.submit(move).sent);
        server.hold = false;
        // The server refused the move after all: it is not undoable.
        QVERIFY(server.model.dropPending(move.broadcastId));
        history.onOperationFailed(move, { ErrorCode::Forbidden, QStringLiteral("no") });
        QCOMPARE(history.count(), 1);
        QCOMPARE(history.undoText(), QStringLiteral("Add Marker 1"));
        // A refused undo puts the position back.
        QSignalSpy failed(&history, &UndoHistory::failed);
        server.hold = true;
        QVERIFY(!history.undo());
        server.hold = false;
        QVERIFY(!history.canUndo());
        QVERIFY(server.model.dropPending(server.sent.last().broadcastId));
        history.onOperationFailed(server.sent.last(),
                                  { ErrorCode::Forbidden, QStringLiteral("no") });
        QVERIFY(history.canUndo());
        QCOMPARE(failed.size(), 1);
        // Other people's changes and failures of other operations change nothing.
        history.onOperationFailed(Operation::moveMarker(create.marker, 0.2, 0.2), {});
        QCOMPARE(history.index(), 1);
    }

    void operationsWithoutEffectAreNotRecorded()
    {
        FakeServer server;
        UndoHistory history(&server.model, server.submitter());
        // Refused at once (no such marker): nothing recorded.
        QVERIFY(!history.submit(Operation::moveMarker(QStringLiteral("AAAAAAAAAAAAAAAA"), 0.2, 0.2))
                     .sent);
        QCOMPARE(history.count(), 0);
        const Operation create = Operation::createMarker(0.1, 0.1, QStringLiteral("x"));
        QVERIFY(history.submit(create).sent);
        QVERIFY(history.submit(Operation::moveMarker(create.marker, 0.3, 0.3)).sent);
        QVERIFY(!history.undo());
        // A new change drops what could be redone.
        QVERIFY(history.submit(Operation::setResolved(create.marker, true)).sent);
        QVERIFY(!history.canRedo());
        QCOMPARE(history.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestUndoHistory)
#include "tst_undohistory.moc"
