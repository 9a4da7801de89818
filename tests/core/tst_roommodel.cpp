#include "ids.h"
#include "roommodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace ImageChat;

class TestRoomModel : public QObject
{
    Q_OBJECT

private:
    static Event event(const Operation &op, const QString &author, qint64 seq = 0, qint64 at = 1000)
    {
        return Event { op, seq, at, author, author + QStringLiteral("-name") };
    }

    const QString me = QStringLiteral("me");
    const QString other = QStringLiteral("other");

private slots:
    void optimisticApplyAndRollback()
    {
        RoomModel model;
        QSignalSpy added(&model, &RoomModel::conversationAdded);
        QSignalSpy removed(&model, &RoomModel::conversationRemoved);
        const Operation create = Operation::createMarker(0.5, 0.5, QStringLiteral("hi"));
        QVERIFY(!model.applyLocal(event(create, me)));
        QCOMPARE(added.size(), 1);
        QVERIFY(model.conversation(create.marker));
        QVERIFY(model.isPending(create.marker));
        QVERIFY(model.confirmedState().conversations().isEmpty());

        const std::optional<Event> dropped = model.dropPending(create.broadcastId);
        QVERIFY(dropped);
        QCOMPARE(dropped->op.text, QStringLiteral("hi"));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.count(), 0);
    }

    void rollbackKeepsRemoteChangesMadeInBetween()
    {
        RoomModel model;
        const Operation create = Operation::createMarker(0.1, 0.1, QStringLiteral("theirs"));
        QVERIFY(!model.applyConfirmed(event(create, other, 1)));

        const Operation reply = Operation::addComment(create.marker, QStringLiteral("mine"));
        QVERIFY(!model.applyLocal(event(reply, me)));
        QCOMPARE(model.conversation(create.marker)->comments.size(), 2);

        // Someone moves the marker while my reply is in flight...
        QVERIFY(
            !model.applyConfirmed(event(Operation::moveMarker(create.marker, 0.9, 0.8), other, 2)));
        QCOMPARE(model.conversation(create.marker)->x, 0.9);
        QCOMPARE(model.conversation(create.marker)->comments.size(), 2);

        // ...and then the server rejects my reply: only my reply goes.
        QVERIFY(model.dropPending(reply.broadcastId));
        QCOMPARE(model.conversation(create.marker)->comments.size(), 1);
        QCOMPARE(model.conversation(create.marker)->x, 0.9);
    }

    void confirmedOwnEventReplacesOptimisticOne()
    {
        RoomModel model;
        const Operation create = Operation::createMarker(0.3, 0.3, QStringLiteral("mine"));
        QVERIFY(!model.applyLocal(event(create, me, 0, 5)));
        QSignalSpy changed(&model, &RoomModel::conversationChanged);
        QVERIFY(!model.applyConfirmed(event(create, me, 1, 777)));
        QVERIFY(!model.isPending(create.marker));
        QVERIFY(model.pending().isEmpty());
        QCOMPARE(model.seq(), 1);
        QCOMPARE(model.conversation(create.marker)->createdAt, 777); // the server's time
        QCOMPARE(model.conversation(create.marker)->comments.size(), 1);
        QCOMPARE(changed.size(), 1);
    }

    void confirmationAloneTellsTheViews()
    {
        // A move confirmed with the very position shown changes nothing but
        // the pending state; views still need to hear of it (pin colour).
        RoomModel model;
        const Operation create = Operation::createMarker(0.3, 0.3, QStringLiteral("x"));
        QVERIFY(!model.applyConfirmed(event(create, me, 1, 5)));
        const Operation move = Operation::moveMarker(create.marker, 0.6, 0.6);
        QVERIFY(!model.applyLocal(event(move, me)));
        QVERIFY(model.isPending(create.marker));
        QSignalSpy changed(&model, &RoomModel::conversationChanged);
        QVERIFY(!model.applyConfirmed(event(move, me, 2)));
        QVERIFY(!model.isPending(create.marker));
        QCOMPARE(changed.size(), 1);
    }

    void pendingOperationHiddenWhenItNoLongerApplies()
    {
        RoomModel model;
        const Operation create = Operation::createMarker(0.1, 0.1, QStringLiteral("theirs"));
        QVERIFY(!model.applyConfirmed(event(create, other, 1)));
        model.setOwner(other);
        const Operation reply = Operation::addComment(create.marker, QStringLiteral("mine"));
        QVERIFY(!model.applyLocal(event(reply, me)));
        QSignalSpy removed(&model, &RoomModel::conversationRemoved);
        QVERIFY(!model.applyConfirmed(event(Operation::deleteMarker(create.marker), other, 2)));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!model.conversation(create.marker));
        QVERIFY(model.hasPendingOperation(reply.broadcastId)); // the server will settle it
    }

    void localChecksUseTheSameRules()
    {
        RoomModel model;
        model.setOwner(other);
        const Operation create = Operation::createMarker(0.1, 0.1, QStringLiteral("theirs"));
        QVERIFY(!model.applyConfirmed(event(create, other, 1)));
        QCOMPARE(model
                     .applyLocal(event(Operation::editComment(create.marker, create.marker,
                                                              QStringLiteral("hijack")),
                                       me))
                     .code,
                 ErrorCode::Forbidden);
        QCOMPARE(model.applyLocal(event(Operation::deleteMarker(create.marker), me)).code,
                 ErrorCode::Forbidden);
        QCOMPARE(
            model.applyLocal(event(Operation::addComment(newId(), QStringLiteral("x")), me)).code,
            ErrorCode::NotFound);
        QVERIFY(model.pending().isEmpty());
        // The owner may delete anyone's marker.
        QVERIFY(!model.applyLocal(event(Operation::deleteMarker(create.marker), other)));
    }

    void resetReplaysPending()
    {
        RoomModel model;
        const Operation mine = Operation::createMarker(0.2, 0.2, QStringLiteral("mine"));
        QVERIFY(!model.applyLocal(event(mine, me)));
        RoomState snapshot;
        QVERIFY(!snapshot.apply(
            event(Operation::createMarker(0.7, 0.7, QStringLiteral("x")), other, 1)));
        QSignalSpy reset(&model, &RoomModel::modelReset);
        model.reset(snapshot, QStringLiteral("epoch1"), 9);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.count(), 2);
        QCOMPARE(model.seq(), 9);
        QCOMPARE(model.epoch(), QStringLiteral("epoch1"));
        QVERIFY(model.isPending(mine.marker));
    }

    void editAndDeleteOwnComments()
    {
        RoomModel model;
        const Operation create = Operation::createMarker(0.5, 0.5, QStringLiteral("first"));
        QVERIFY(!model.applyConfirmed(event(create, me, 1, 10)));
        const Operation reply = Operation::addComment(create.marker, QStringLiteral("second"));
        QVERIFY(!model.applyConfirmed(event(reply, me, 2, 20)));
        QVERIFY(!model.applyConfirmed(event(
            Operation::editComment(create.marker, reply.comment, QStringLiteral("second, edited")),
            me, 3, 30)));
        const Conversation *c = model.conversation(create.marker);
        QCOMPARE(c->comments.at(1).text, QStringLiteral("second, edited"));
        QCOMPARE(c->comments.at(1).editedAt, 30);
        QVERIFY(!model.applyConfirmed(
            event(Operation::deleteComment(create.marker, reply.comment), me, 4)));
        QCOMPARE(model.conversation(create.marker)->comments.size(), 1);
        QVERIFY(
            !model.applyConfirmed(event(Operation::setResolved(create.marker, true), other, 5)));
        QVERIFY(model.conversation(create.marker)->resolved);
    }

    void snapshotJsonRoundTrip()
    {
        RoomState state;
        const Operation create = Operation::createMarker(0.5, 0.25, QStringLiteral("first"));
        QVERIFY(!state.apply(event(create, me, 1, 10)));
        QVERIFY(!state.apply(
            event(Operation::addComment(create.marker, QStringLiteral("2nd")), other, 2, 20)));
        const std::optional<RoomState> back = RoomState::fromJson(state.toJson());
        QVERIFY(back);
        QCOMPARE(back->conversations(), state.conversations());
    }
};

QTEST_GUILESS_MAIN(TestRoomModel)
#include "tst_roommodel.moc"
