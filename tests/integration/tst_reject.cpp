// S5: an operation the server refuses is rolled back in the originator's
// model, with the reason, and the operation comes back for a retry.
#include "testserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace ImageChat;
using namespace ImageChat::Test;

class TestReject : public QObject
{
    Q_OBJECT

private slots:
    void refusedOperationIsRolledBack()
    {
        // The server holds one marker per room at most; the client does not
        // know that limit, so it applies its second marker optimistically.
        ServerOptions options;
        options.limits.maxMarkers = 1;
        TestServer server(options);
        const RoomLink link = server.createRoom();
        TestClient me(link);
        TestClient other(link);
        QVERIFY(me.connectAndWait());
        QVERIFY(other.connectAndWait());
        const Operation first = Operation::createMarker(0.1, 0.1, QStringLiteral("first"));
        QVERIFY(me.submitAndWait(first));
        QTRY_COMPARE(other.model.count(), 1);

        QSignalSpy failed(&me.sync, &SyncService::operationFailed);
        QSignalSpy removed(&me.model, &RoomModel::conversationRemoved);
        const Operation second = Operation::createMarker(0.9, 0.9, QStringLiteral("text I typed"));
        QVERIFY(me.sync.submit(second).sent);
        QCOMPARE(me.model.count(), 2); // optimistic
        QVERIFY(me.model.isPending(second.marker));

        QTRY_COMPARE(failed.size(), 1);
        const Operation returned = failed.at(0).at(0).value<Operation>();
        const OpError reason = failed.at(0).at(1).value<OpError>();
        QCOMPARE(returned, second);
        QCOMPARE(returned.text, QStringLiteral("text I typed"));
        QCOMPARE(reason.code, ErrorCode::LimitReached);
        QVERIFY(!reason.message.isEmpty());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(me.model.count(), 1);
        QVERIFY(!me.model.conversation(second.marker));
        QVERIFY(me.model.pending().isEmpty());
        QCOMPARE(serverState(link), me.model.confirmedState().toJson());
        QCOMPARE(other.model.count(), 1);
    }

    void rejectedUpdateKeepsLaterRemoteChanges()
    {
        ServerOptions options;
        options.limits.maxCommentsPerMarker = 1;
        TestServer server(options);
        const RoomLink link = server.createRoom();
        TestClient me(link);
        TestClient other(link);
        QVERIFY(me.connectAndWait());
        QVERIFY(other.connectAndWait());
        const Operation create = Operation::createMarker(0.5, 0.5, QStringLiteral("only comment"));
        QVERIFY(other.submitAndWait(create));
        QTRY_VERIFY(me.model.conversation(create.marker));

        QSignalSpy failed(&me.sync, &SyncService::operationFailed);
        QVERIFY(me.sync.submit(Operation::addComment(create.marker, QStringLiteral("one too many")))
                    .sent);
        QVERIFY(other.sync.submit(Operation::setResolved(create.marker, true)).sent);
        QTRY_COMPARE(failed.size(), 1);
        QTRY_VERIFY(me.model.conversation(create.marker)->resolved);
        QCOMPARE(me.model.conversation(create.marker)->comments.size(), 1);
        QCOMPARE(failed.at(0).at(1).value<OpError>().code, ErrorCode::LimitReached);
    }
};

QTEST_GUILESS_MAIN(TestReject)
#include "tst_reject.moc"
