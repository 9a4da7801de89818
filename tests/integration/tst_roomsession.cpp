// The desktop program's per-window logic, without widgets: joining with an
// identity from the credential store, opening a local image on a host, the
// connection status behind the offline banner, and the conversation list.
#include "appsettings.h"
#include "connectionstatus.h"
#include "conversationlistmodel.h"
#include "credentialstore.h"
#include "identitymanager.h"
#include "roomhost.h"
#include "roomsession.h"
#include "testserver.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ImageChat;
using namespace ImageChat::Test;

class TestRoomSession : public QObject
{
    Q_OBJECT

private:
    SessionCredentialStore m_secrets;
    SessionCredentialStore m_fallback;
    RoomKeys m_roomKeys { &m_secrets };

    std::unique_ptr<RoomSession> makeSession(IdentityManager *identities,
                                             Reachability *reachability)
    {
        auto session = std::make_unique<RoomSession>(identities, reachability);
        session->setRoomKeys(&m_roomKeys);
        session->setTiming(fastTiming());
        session->setDisplayName(QStringLiteral("Dana"));
        return session;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void joinDownloadsTheImageAndKeepsTheIdentity()
    {
        TestServer server;
        const QByteArray png = makePng(300, 200);
        Protocol::Identity owner;
        const RoomLink link = server.createRoom(&owner, png);
        IdentityManager identities(&m_secrets, &m_fallback);
        ManualReachability reachability;

        auto session = makeSession(&identities, &reachability);
        QSignalSpy ready(session.get(), &RoomSession::imageReady);
        QSignalSpy progress(session.get(), &RoomSession::imageProgress);
        session->join(link);
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(ready.at(0).at(0).toByteArray(), png);
        QCOMPARE(ready.at(0).at(1).value<Protocol::ImageMeta>().width, 300);
        QVERIFY(!progress.isEmpty());
        QTRY_COMPARE(session->status()->kind(), ConnectionStatus::Kind::Hidden);
        const QString me = session->self();
        QVERIFY(!me.isEmpty());

        // The issued identity was stored: a later window is the same person.
        QVERIFY(session->submit(Operation::createMarker(0.5, 0.5, QStringLiteral("mine"))).sent);
        auto later = makeSession(&identities, &reachability);
        later->join(link);
        QTRY_COMPARE(later->status()->kind(), ConnectionStatus::Kind::Hidden);
        QCOMPARE(later->self(), me);
        IdentityManager fresh(&m_secrets, &m_fallback); // same store, new manager
        QSignalSpy loaded(&fresh, &IdentityManager::identityReady);
        fresh.load(link.server);
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(1).value<Protocol::Identity>().user, me);
    }

    void openImageCreatesARoomAndReopeningBringsItBack()
    {
        TestServer server;
        FixedRoomHost host(server.address());
        IdentityManager identities(&m_secrets, &m_fallback);
        ManualReachability reachability;
        const QByteArray png = makePng(120, 90);

        auto first = makeSession(&identities, &reachability);
        QSignalSpy ready(first.get(), &RoomSession::imageReady);
        first->openImage(png, QStringLiteral("mock-up.png"), &host);
        QTRY_COMPARE(ready.size(), 1);
        QTRY_COMPARE(first->status()->kind(), ConnectionStatus::Kind::Hidden);
        QCOMPARE(first->image().name, QStringLiteral("mock-up.png"));
        const QString owner = first->self();
        QCOMPARE(first->model()->owner(), owner);
        const Operation create = Operation::createMarker(0.2, 0.2, QStringLiteral("keep me"));
        QSignalSpy confirmed(first.get(), &RoomSession::operationConfirmed);
        QVERIFY(first->submit(create).sent);
        QTRY_COMPARE(confirmed.size(), 1);
        const RoomLink link = first->link();
        first.reset();
        // The settings remember the room, but not its key.
        const QStringList kept = QSettings().allKeys();
        for (const QString &key : kept)
            QVERIFY2(!QSettings().value(key).toString().contains(link.key), qPrintable(key));

        auto again = makeSession(&identities, &reachability);
        again->openImage(png, QStringLiteral("mock-up.png"), &host);
        // The key comes back from the keychain first (asynchronously).
        QTRY_VERIFY(again->status() && again->status()->kind() == ConnectionStatus::Kind::Hidden);
        QCOMPARE(again->link(), link);
        QVERIFY(again->model()->conversation(create.marker));
        QVERIFY(again->canDelete(create.marker));

        // Keys that are gone (no keychain, a new computer): a new room, no error.
        SessionCredentialStore empty;
        RoomKeys lost(&empty);
        auto fresh = makeSession(&identities, &reachability);
        fresh->setRoomKeys(&lost);
        QSignalSpy freshReady(fresh.get(), &RoomSession::imageReady);
        fresh->openImage(png, QStringLiteral("mock-up.png"), &host);
        QTRY_COMPARE(freshReady.size(), 1);
        QVERIFY(fresh->link().room != link.room);
    }

    void statusFollowsReachabilityAndConnection()
    {
        TestServer server;
        const RoomLink link = server.createRoom();
        IdentityManager identities(&m_secrets, &m_fallback);
        ManualReachability reachability;
        auto session = makeSession(&identities, &reachability);
        session->join(link);
        ConnectionStatus *status = nullptr;
        QTRY_VERIFY((status = session->status())
                    && status->kind() == ConnectionStatus::Kind::Hidden);

        // The system says offline: banner, and sending fails at once.
        reachability.setStatus(Reachability::Status::Offline);
        QCOMPARE(status->kind(), ConnectionStatus::Kind::Offline);
        const auto refused =
            session->submit(Operation::createMarker(0.5, 0.5, QStringLiteral("typed")));
        QVERIFY(!refused.sent);
        QCOMPARE(refused.error.code, ErrorCode::Offline);
        QCOMPARE(refused.operation.text, QStringLiteral("typed"));
        reachability.setStatus(Reachability::Status::Online);
        QCOMPARE(status->kind(), ConnectionStatus::Kind::Hidden);

        // The server goes away: reconnecting, with a countdown.
        QSignalSpy changes(status, &ConnectionStatus::changed);
        server.stop();
        QTRY_COMPARE(status->kind(), ConnectionStatus::Kind::Reconnecting);
        QVERIFY(!status->canSend());
        server.start();
        QTRY_COMPARE_WITH_TIMEOUT(status->kind(), ConnectionStatus::Kind::Hidden, 10000);
        QVERIFY(status->canSend());
        QVERIFY(session->submit(Operation::createMarker(0.5, 0.5, QStringLiteral("back"))).sent);
    }

    void listCountsUnreadByOthers()
    {
        TestServer server;
        const RoomLink link = server.createRoom();
        IdentityManager identities(&m_secrets, &m_fallback);
        ManualReachability reachability;
        auto session = makeSession(&identities, &reachability);
        session->join(link);
        QTRY_COMPARE(session->status()->kind(), ConnectionStatus::Kind::Hidden);
        ConversationListModel *list = session->conversations();
        TestClient other(link, {}, QStringLiteral("Eli"));
        QVERIFY(other.connectAndWait());

        const Operation theirs =
            Operation::createMarker(0.1, 0.1, QStringLiteral("Theirs\nsecond line"));
        QVERIFY(other.submitAndWait(theirs));
        QTRY_COMPARE(list->rowCount(), 1);
        const QModelIndex row = list->index(0);
        QCOMPARE(row.data(ConversationListModel::NumberRole).toInt(), 1);
        QCOMPARE(row.data(ConversationListModel::FirstLineRole).toString(),
                 QStringLiteral("Theirs"));
        QCOMPARE(row.data(ConversationListModel::AuthorRole).toString(), QStringLiteral("Eli"));
        QCOMPARE(row.data(ConversationListModel::UnreadRole).toInt(), 1);
        list->markSeen(theirs.marker);
        QCOMPARE(list->unreadCount(theirs.marker), 0);

        // My own reply is not news to me; theirs is.
        QVERIFY(session->submit(Operation::addComment(theirs.marker, QStringLiteral("mine"))).sent);
        QTRY_VERIFY(session->model()->pending().isEmpty());
        QCOMPARE(list->unreadCount(theirs.marker), 0);
        QCOMPARE(list->index(0).data(ConversationListModel::ReplyCountRole).toInt(), 1);
        QVERIFY(other.submitAndWait(Operation::addComment(theirs.marker, QStringLiteral("again"))));
        QTRY_COMPARE(list->unreadCount(theirs.marker), 1);

        // A second marker gets number 2; resolving filters it.
        const Operation second = Operation::createMarker(0.9, 0.9, QStringLiteral("second"));
        QVERIFY(session->submit(second).sent);
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(list->index(1).data(ConversationListModel::NumberRole).toInt(), 2);
        QTRY_VERIFY(session->model()->pending().isEmpty());
        QVERIFY(session->submit(Operation::setResolved(second.marker, true)).sent);
        ConversationFilterModel open;
        open.setSourceModel(list);
        open.setFilter(ConversationFilterModel::Filter::Open);
        QCOMPARE(open.rowCount(), 1);
        open.setFilter(ConversationFilterModel::Filter::Resolved);
        QCOMPARE(open.rowCount(), 1);
        QCOMPARE(open.index(0, 0).data(ConversationListModel::IdRole).toString(), second.marker);
    }
};

QTEST_GUILESS_MAIN(TestRoomSession)
#include "tst_roomsession.moc"
