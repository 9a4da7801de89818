// Undo and redo of the user's own changes against a real server: each undo is
// an ordinary operation that everyone in the room sees; a deleted marker comes
// back whole (restore-marker), only for its creator or the room's owner; an
// undo over someone else's later change fails and changes nothing; offline,
// undo fails like every change (S14).
#include "testserver.h"
#include "undohistory.h"

#include <QSignalSpy>
#include <QTest>

using namespace ImageChat;
using namespace ImageChat::Test;

namespace {

// One window: a client and its undo history.
struct Window
{
    TestClient client;
    UndoHistory history;

    explicit Window(const RoomLink &link, const Protocol::Identity &identity = {},
                    const QString &name = QStringLiteral("tester"))
        : client(link, identity, name)
        , history(&client.model, [this](const Operation &op) { return client.sync.submit(op); })
    {
        QObject::connect(&client.sync, &SyncService::operationFailed, &history,
                         &UndoHistory::onOperationFailed);
    }
    RoomModel &model() { return client.model; }
    // Waits until the server has confirmed everything sent.
    bool settled()
    {
        return QTest::qWaitFor([this] { return client.model.pending().isEmpty(); }, 10000);
    }
    bool submit(const Operation &op) { return history.submit(op).sent && settled(); }
    bool undo() { return !history.undo() && settled(); }
    bool redo() { return !history.redo() && settled(); }
};

QStringList texts(const Conversation *c)
{
    QStringList list;
    if (c) {
        for (const Comment &comment : c->comments)
            list.append(comment.text);
    }
    return list;
}

} // namespace

class TestUndo : public QObject
{
    Q_OBJECT

private slots:
    void undoesEachKindOfChangeForEveryone()
    {
        TestServer server;
        Protocol::Identity owner;
        const RoomLink link = server.createRoom(&owner);
        Window me(link, owner, QStringLiteral("Ada"));
        TestClient other(link, {}, QStringLiteral("Bob"));
        QVERIFY(me.client.connectAndWait());
        QVERIFY(other.connectAndWait());

        const Operation create = Operation::createMarker(0.2, 0.2, QStringLiteral("first"));
        const QString id = create.marker;
        QVERIFY(me.submit(create));
        QVERIFY(me.submit(Operation::moveMarker(id, 0.7, 0.6)));
        QVERIFY(me.submit(Operation::editComment(id, id, QStringLiteral("first, edited"))));
        QVERIFY(me.submit(Operation::setResolved(id, true)));
        const Operation reply = Operation::addComment(id, QStringLiteral("a reply"));
        QVERIFY(me.submit(reply));
        QVERIFY(me.submit(Operation::deleteComment(id, reply.comment)));
        QTRY_COMPARE(other.model.seq(), me.model().seq());
        QCOMPARE(texts(other.model.conversation(id)),
                 QStringList { QStringLiteral("first, edited") });

        const auto seen = [&] { return other.model.conversation(id); };
        QCOMPARE(me.history.undoText(), QStringLiteral("Delete Comment on Marker 1"));
        QVERIFY(me.undo());
        QTRY_COMPARE(texts(seen()),
                     QStringList({ QStringLiteral("first, edited"), QStringLiteral("a reply") }));
        QVERIFY(me.undo()); // the reply itself
        QTRY_COMPARE(texts(seen()), QStringList { QStringLiteral("first, edited") });
        QVERIFY(me.undo());
        QTRY_VERIFY(!seen()->resolved);
        QVERIFY(me.undo());
        QTRY_COMPARE(texts(seen()), QStringList { QStringLiteral("first") });
        QCOMPARE(me.history.undoText(), QStringLiteral("Move Marker 1"));
        QVERIFY(me.undo());
        QTRY_COMPARE(seen()->x, 0.2);
        QCOMPARE(seen()->y, 0.2);
        QVERIFY(me.undo());
        QTRY_VERIFY(!seen());
        QVERIFY(!me.history.canUndo());

        // Redo brings the same marker back, then moves it again.
        QVERIFY(me.redo());
        QTRY_VERIFY(seen());
        QCOMPARE(texts(seen()), QStringList { QStringLiteral("first") });
        QVERIFY(me.redo());
        QTRY_COMPARE(seen()->x, 0.7);
        const QJsonArray stored = serverState(link);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).toObject().value(QStringLiteral("x")).toDouble(), 0.7);
    }

    void restoreBringsBackCommentsAndAuthors()
    {
        TestServer server;
        Protocol::Identity owner;
        const RoomLink link = server.createRoom(&owner);
        Window me(link, owner, QStringLiteral("Ada"));
        TestClient bob(link, {}, QStringLiteral("Bob"));
        QVERIFY(me.client.connectAndWait());
        QVERIFY(bob.connectAndWait());

        const Operation create =
            Operation::createMarker(0.4, 0.5, QStringLiteral("Is this right?"));
        const QString id = create.marker;
        QVERIFY(me.submit(create));
        QTRY_VERIFY(bob.model.conversation(id));
        QVERIFY(bob.submitAndWait(Operation::addComment(id, QStringLiteral("Looks fine."))));
        QVERIFY(bob.submitAndWait(Operation::setResolved(id, true)));
        QTRY_COMPARE(me.model().seq(), bob.model.seq());
        const Conversation before = *bob.model.conversation(id);

        QVERIFY(me.submit(Operation::deleteMarker(id)));
        QTRY_VERIFY(!bob.model.conversation(id));
        QCOMPARE(me.history.undoText(), QStringLiteral("Delete Marker 1"));
        QSignalSpy remote(&bob.sync, &SyncService::remoteEventApplied);
        QVERIFY(me.undo());
        QTRY_VERIFY(bob.model.conversation(id));
        // Bob sees it whole: his comment, his name, the creation times.
        QCOMPARE(*bob.model.conversation(id), before);
        QCOMPARE(bob.model.conversation(id)->comments.at(1).authorName, QStringLiteral("Bob"));
        QCOMPARE(remote.last().at(0).value<Event>().op.kind, Operation::Kind::RestoreMarker);
        QCOMPARE(*me.model().conversation(id), before);
        // And so does someone who joins later (a snapshot from the store).
        const std::optional<RoomState> stored = RoomState::fromJson(serverState(link));
        QVERIFY(stored && stored->find(id));
        QCOMPARE(*stored->find(id), before);

        // Deleted again and restored again: the latest deletion is kept.
        QVERIFY(me.redo());
        QTRY_VERIFY(!bob.model.conversation(id));
        QVERIFY(me.undo());
        QTRY_VERIFY(bob.model.conversation(id));
        QCOMPARE(bob.model.conversation(id)->comments.size(), 2);
    }

    void onlyCreatorOrOwnerCanRestore()
    {
        TestServer server;
        Protocol::Identity owner;
        const RoomLink link = server.createRoom(&owner);
        TestClient roomOwner(link, owner, QStringLiteral("Owner"));
        Window ann(link, {}, QStringLiteral("Ann"));
        TestClient bob(link, {}, QStringLiteral("Bob"));
        QVERIFY(roomOwner.connectAndWait());
        QVERIFY(ann.client.connectAndWait());
        QVERIFY(bob.connectAndWait());

        const Operation create = Operation::createMarker(0.3, 0.3, QStringLiteral("Ann's"));
        const QString id = create.marker;
        QVERIFY(ann.submit(create));
        QVERIFY(ann.submit(Operation::deleteMarker(id)));
        QTRY_COMPARE(bob.model.seq(), ann.model().seq());

        // Bob claims to be its creator in what he sends; the server goes by
        // what it kept, and refuses.
        Conversation claimed;
        claimed.id = id;
        claimed.x = 0.3;
        claimed.y = 0.3;
        claimed.creator = bob.sync.identity().user;
        claimed.comments.append(Comment { id, claimed.creator, QStringLiteral("Bob"),
                                          QStringLiteral("mine now"), 1, 0 });
        QSignalSpy failed(&bob.sync, &SyncService::operationFailed);
        const SyncService::Submission sent =
            bob.sync.submit(Operation::restoreMarker(id, claimed.toJson()));
        QVERIFY(sent.sent);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(1).value<OpError>().code, ErrorCode::Forbidden);
        QTRY_VERIFY(!bob.model.conversation(id));
        QVERIFY(serverState(link).isEmpty());

        // Nothing was deleted under this id: nothing to restore.
        Conversation unknown = claimed;
        unknown.id = unknown.comments[0].id = QStringLiteral("AAAAAAAAAAAAAAAA");
        unknown.creator = unknown.comments[0].author = owner.user;
        QVERIFY(!roomOwner.submitAndWait(Operation::restoreMarker(unknown.id, unknown.toJson())));
        QVERIFY(!roomOwner.model.conversation(unknown.id));
        // The room's owner may.
        QVERIFY(roomOwner.submitAndWait(Operation::restoreMarker(id, claimed.toJson())));
        QCOMPARE(texts(roomOwner.model.conversation(id)), QStringList { QStringLiteral("Ann's") });
        QCOMPARE(roomOwner.model.conversation(id)->creator, ann.client.sync.identity().user);
        QTRY_VERIFY(bob.model.conversation(id));
        // Ann's undo of her delete finds it back already.
        QTRY_VERIFY(ann.model().conversation(id));
        QCOMPARE(ann.history.undo().code, ErrorCode::Conflict);
    }

    void undoOverSomeoneElsesChangeFailsAndChangesNothing()
    {
        TestServer server;
        Protocol::Identity owner;
        const RoomLink link = server.createRoom(&owner);
        Window me(link, owner, QStringLiteral("Ada"));
        TestClient other(link, {}, QStringLiteral("Bob"));
        QVERIFY(me.client.connectAndWait());
        QVERIFY(other.connectAndWait());

        const Operation create = Operation::createMarker(0.1, 0.1, QStringLiteral("mine"));
        const QString id = create.marker;
        QVERIFY(me.submit(create));
        QVERIFY(me.submit(Operation::moveMarker(id, 0.5, 0.5)));
        QTRY_VERIFY(other.model.conversation(id));
        QVERIFY(other.submitAndWait(Operation::moveMarker(id, 0.9, 0.8)));
        QTRY_COMPARE(me.model().conversation(id)->x, 0.9);

        const qint64 seq = me.model().seq();
        QSignalSpy failed(&me.history, &UndoHistory::failed);
        const OpError error = me.history.undo();
        QCOMPARE(error.code, ErrorCode::Conflict);
        QVERIFY(error.message.contains(QStringLiteral("Move Marker 1")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(me.model().pending().isEmpty()); // nothing sent
        QVERIFY(me.history.canUndo());
        // A change of mine after it shows the server has nothing in between.
        QVERIFY(me.client.submitAndWait(Operation::setResolved(id, true)));
        QCOMPARE(me.model().seq(), seq + 1);
        const QJsonObject stored = serverState(link).at(0).toObject();
        QCOMPARE(stored.value(QStringLiteral("x")).toDouble(), 0.9);
        QCOMPARE(stored.value(QStringLiteral("y")).toDouble(), 0.8);

        // Someone edits my comment's thread: undoing my marker would take it.
        QVERIFY(me.client.submitAndWait(Operation::setResolved(id, false)));
        QVERIFY(other.submitAndWait(Operation::moveMarker(id, 0.5, 0.5)));
        QTRY_COMPARE(me.model().conversation(id)->x, 0.5);
        QVERIFY(me.undo()); // the move is as I left it again: undone
        QVERIFY(other.submitAndWait(Operation::addComment(id, QStringLiteral("theirs"))));
        QTRY_COMPARE(me.model().conversation(id)->comments.size(), 2);
        QCOMPARE(me.history.undo().code, ErrorCode::Conflict);
        QVERIFY(me.model().pending().isEmpty());
        QVERIFY(other.model.conversation(id));
    }

    void offlineUndoFails()
    {
        TestServer server;
        Protocol::Identity owner;
        const RoomLink link = server.createRoom(&owner);
        Window me(link, owner);
        QVERIFY(me.client.connectAndWait());
        const Operation create = Operation::createMarker(0.3, 0.3, QStringLiteral("stay"));
        QVERIFY(me.submit(create));

        server.stop();
        QTRY_VERIFY(me.client.sync.state() != SyncService::State::Live);
        const OpError error = me.history.undo();
        QCOMPARE(error.code, ErrorCode::Offline);
        QVERIFY(error.message.contains(QStringLiteral("Add Marker 1")));
        QVERIFY(me.history.canUndo());
        QVERIFY(me.model().conversation(create.marker));

        // Not sent later either.
        server.start();
        QTRY_COMPARE_WITH_TIMEOUT(me.client.sync.state(), SyncService::State::Live, 10000);
        QVERIFY(me.model().conversation(create.marker));
        QCOMPARE(serverState(link).size(), 1);
        QVERIFY(me.undo()); // now it goes
        QCOMPARE(serverState(link).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"
