// Mentions and replies as desktop notifications, from the real window against
// a real server, to a stand-in org.freedesktop.Notifications on a private
// session bus (the test runs under dbus-run-session): exactly one per comment,
// only while the window is not active and the setting is on, and a click
// (ActionInvoked) brings the window up at that marker.
#include "appsettings.h"
#include "conversationlist.h"
#include "credentialstore.h"
#include "identitymanager.h"
#include "mainwindow.h"
#include "notificationsstandin.h"
#include "roomhost.h"
#include "roomsession.h"
#include "testserver.h"
#include "threadpanel.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ImageChat;
using namespace ImageChat::Test;

class TestNotifications : public QObject
{
    Q_OBJECT

private:
    AppSettings *m_settings = nullptr;
    SessionCredentialStore m_secrets;
    SessionCredentialStore m_fallback;
    IdentityManager *m_identities = nullptr;
    ManualReachability m_reachability;
    std::unique_ptr<NotificationsStandIn> m_service;
    QStringList m_files;

    std::unique_ptr<MainWindow> openWindow(RoomHost *host, const RoomLink &link)
    {
        auto window = std::make_unique<MainWindow>(
            Services { m_settings, m_identities, &m_reachability, host });
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->show();
        window->joinRoom(link);
        if (!QTest::qWaitFor(
                [&] {
                    return window->session()->status() && window->session()->status()->canSend()
                        && !window->session()->model()->epoch().isEmpty();
                },
                10000))
            qWarning("window did not get live");
        m_files.append(window->session()->conversations()->readMarks()->path());
        return window;
    }

    // Another window in front, so the room's window is in the background.
    static bool moveToBackground(QWidget *other, MainWindow *window)
    {
        other->show();
        other->activateWindow();
        return QTest::qWaitForWindowActive(other) && !window->isActiveWindow();
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a private session bus: run under dbus-run-session");
        m_service = std::make_unique<NotificationsStandIn>();
        QVERIFY2(m_service->isRegistered(),
                 "org.freedesktop.Notifications is taken: run under dbus-run-session");
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_settings = new AppSettings(this);
        m_settings->setDisplayName(QStringLiteral("Robin"));
        m_identities = new IdentityManager(&m_secrets, &m_fallback, this);
    }

    void cleanupTestCase()
    {
        for (const QString &file : std::as_const(m_files))
            QFile::remove(file);
    }

    void mentionsAndRepliesNotifyOnceAndClickOpensTheMarker()
    {
        TestServer server;
        FixedRoomHost host(server.address());
        const RoomLink link = server.createRoom();
        std::unique_ptr<MainWindow> window = openWindow(&host, link);
        QWidget elsewhere;
        elsewhere.resize(200, 100);
        QVERIFY(moveToBackground(&elsewhere, window.get()));

        TestClient other(link, {}, QStringLiteral("Sam"));
        QVERIFY(other.connectAndWait());
        const int before = int(m_service->calls().size());

        // Not for me: no notification. Then one that mentions me: exactly one.
        const Operation plain = Operation::createMarker(0.2, 0.2, QStringLiteral("just a note"));
        QVERIFY(other.submitAndWait(plain));
        const Operation mention =
            Operation::createMarker(0.3, 0.3, QStringLiteral("@robin is this right?"));
        QVERIFY(other.submitAndWait(mention));
        QTRY_COMPARE(m_service->calls().size(), before + 1);
        const NotificationsStandIn::Call call = m_service->calls().last();
        QCOMPARE(call.summary, QStringLiteral("Sam mentioned you"));
        QCOMPARE(call.body, QStringLiteral("@robin is this right?"));
        QVERIFY(call.actions.contains(QStringLiteral("default")));

        // An edit of that comment, and a move of its marker, are not new.
        const QString commentId = other.model.conversation(mention.marker)->comments.first().id;
        QVERIFY(other.submitAndWait(Operation::editComment(
            mention.marker, commentId, QStringLiteral("@Robin is this right?"))));
        QVERIFY(other.submitAndWait(Operation::moveMarker(mention.marker, 0.35, 0.35)));

        // A reply in a thread I wrote in: one notification ("replied"). Had
        // the edit raised one, it would have come first on the same bus.
        QVERIFY(window->session()
                    ->submit(Operation::addComment(plain.marker, QStringLiteral("noted")))
                    .sent);
        QTRY_VERIFY(window->session()->model()->pending().isEmpty());
        QCOMPARE(m_service->calls().size(), before + 1);
        QVERIFY(other.submitAndWait(Operation::addComment(plain.marker, QStringLiteral("thanks"))));
        QTRY_COMPARE(m_service->calls().size(), before + 2);
        QCOMPARE(m_service->calls().last().summary, QStringLiteral("Sam replied"));
        QCOMPARE(m_service->calls().last().body, QStringLiteral("thanks"));

        // Clicking the mention's notification: the window comes up at it.
        window->showMinimized();
        m_service->invokeAction(call.id);
        QTRY_COMPARE(window->conversationList()->selectedConversation(), mention.marker);
        QCOMPARE(window->threadPanel()->conversation(), mention.marker);
        QVERIFY(!window->isMinimized());
        QTRY_VERIFY(window->isActiveWindow());
        QCOMPARE(window->session()->conversations()->unreadCount(mention.marker), 0);
    }

    void nothingWhileActiveOrTurnedOff()
    {
        TestServer server;
        FixedRoomHost host(server.address());
        const RoomLink link = server.createRoom();
        std::unique_ptr<MainWindow> window = openWindow(&host, link);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        TestClient other(link, {}, QStringLiteral("Sam"));
        QVERIFY(other.connectAndWait());
        const int before = int(m_service->calls().size());

        // Active window: the user sees it arrive.
        const Operation seen = Operation::createMarker(0.2, 0.2, QStringLiteral("@Robin one"));
        QVERIFY(other.submitAndWait(seen));
        QTRY_VERIFY(window->session()->model()->conversation(seen.marker));

        // In the background, with notifications turned off.
        QWidget elsewhere;
        elsewhere.resize(200, 100);
        QVERIFY(moveToBackground(&elsewhere, window.get()));
        m_settings->setNotificationsEnabled(false);
        const Operation off = Operation::createMarker(0.3, 0.3, QStringLiteral("@Robin two"));
        QVERIFY(other.submitAndWait(off));
        QTRY_VERIFY(window->session()->model()->conversation(off.marker));

        // Turned on again: the next one is the first to be shown. Any call
        // for the two before would have reached the service ahead of it.
        m_settings->setNotificationsEnabled(true);
        const Operation shown = Operation::createMarker(0.4, 0.4, QStringLiteral("@Robin three"));
        QVERIFY(other.submitAndWait(shown));
        QTRY_COMPARE(m_service->calls().size(), before + 1);
        QCOMPARE(m_service->calls().last().body, QStringLiteral("@Robin three"));
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
