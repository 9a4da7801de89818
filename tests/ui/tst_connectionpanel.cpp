// View ▸ Connection in a real window against a real server: its figures are
// what a relay between the window and the server counted on the socket, the
// round trip shows after the heartbeat, reconnects count a server restart.
#include "appsettings.h"
#include "canvasview.h"
#include "connectionpanel.h"
#include "credentialstore.h"
#include "identitymanager.h"
#include "mainwindow.h"
#include "roomhost.h"
#include "roomsession.h"
#include "testserver.h"
#include "websocketrelay.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace ImageChat;
using namespace ImageChat::Test;

class TestConnectionPanel : public QObject
{
    Q_OBJECT

private:
    ConnectionPanel *m_panel = nullptr;

    QString value(const char *name) const
    {
        const auto *label = m_panel->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }

    // The figures for bytes start with the exact count ("12,345 (12.1 KB)").
    bool matches(const WebSocketRelay &relay) const
    {
        const QLocale locale;
        const WebSocketRelay::Traffic seen = relay.syncTotal();
        return value("messagesSent") == locale.toString(seen.messagesUp)
            && value("messagesReceived") == locale.toString(seen.messagesDown)
            && value("bytesSent").section(QLatin1Char(' '), 0, 0) == locale.toString(seen.bytesUp)
            && value("bytesReceived").section(QLatin1Char(' '), 0, 0)
            == locale.toString(seen.bytesDown);
    }

    QByteArray describe(const WebSocketRelay &relay) const
    {
        const WebSocketRelay::Traffic seen = relay.syncTotal();
        return QStringLiteral("panel: sent %1 / %2, received %3 / %4; relay: up %5 / %6, down "
                              "%7 / %8")
            .arg(value("messagesSent"), value("bytesSent"), value("messagesReceived"),
                 value("bytesReceived"))
            .arg(seen.messagesUp)
            .arg(seen.bytesUp)
            .arg(seen.messagesDown)
            .arg(seen.bytesDown)
            .toUtf8();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void panelShowsWhatWentOverTheSocket()
    {
        TestServer server;
        const RoomLink direct = server.createRoom();
        WebSocketRelay relay(direct.server);
        RoomLink link = direct;
        link.server = relay.address();

        AppSettings settings;
        settings.setDisplayName(QStringLiteral("Robin"));
        SessionCredentialStore secrets;
        SessionCredentialStore fallback;
        IdentityManager identities(&secrets, &fallback);
        ManualReachability reachability;
        FixedRoomHost host(server.address());
        MainWindow window({ &settings, &identities, &reachability, &host });
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();

        auto *action = window.findChild<QAction *>(QStringLiteral("connectionAction"));
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        QVERIFY(!action->isEnabled()); // no room yet
        window.joinRoom(link);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.session()->status() && window.session()->status()->canSend(), 10000);
        QTRY_VERIFY(window.connectionPanel());
        m_panel = window.connectionPanel();
        QVERIFY(action->isEnabled());
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("connectionDock"));
        QVERIFY(dock && !dock->isVisible());
        action->trigger();
        QTRY_VERIFY(dock->isVisible());
        QVERIFY(m_panel->isVisible());

        QCOMPARE(value("server"), QStringLiteral("127.0.0.1:%1").arg(relay.address().port));
        QCOMPARE(value("security"), QStringLiteral("Not encrypted (ws://)"));
        QTRY_COMPARE(value("state"), QStringLiteral("Live"));
        // The heartbeat's first ping goes out when the room is reached.
        QTRY_VERIFY2(value("roundTrip").endsWith(QLatin1String(" ms")),
                     qPrintable(value("roundTrip")));

        // Traffic both ways: another person's markers, and this window's own.
        TestClient other(direct, {}, QStringLiteral("Sam"));
        QVERIFY(other.connectAndWait());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(other.submitAndWait(
                Operation::createMarker(0.2 * (i + 1), 0.3, QStringLiteral("theirs %1").arg(i))));
            QVERIFY(window.session()
                        ->submit(Operation::createMarker(0.2 * (i + 1), 0.7,
                                                         QStringLiteral("mine %1").arg(i)))
                        .sent);
        }
        RoomModel *model = window.session()->model();
        QTRY_COMPARE(model->count(), 6);
        QTRY_VERIFY(model->pending().isEmpty());
        QTRY_VERIFY2(matches(relay), describe(relay));
        QCOMPARE(value("messagesSent"), QLocale().toString(4)); // hello and three markers
        QTRY_COMPARE(value("seq"), QLocale().toString(model->seq()));
        QCOMPARE(model->seq(), 6);
        QCOMPARE(value("epoch"), model->epoch());
        QCOMPARE(value("reconnects"), QLocale().toString(0));
        QCOMPARE(value("lastError"), QStringLiteral("None"));

        // The server restarts: an error, a reconnect, and the counts go on.
        server.stop();
        QTRY_VERIFY(value("state") != QLatin1String("Live"));
        QTRY_VERIFY(value("lastError") != QLatin1String("None"));
        server.start();
        QTRY_COMPARE_WITH_TIMEOUT(value("state"), QStringLiteral("Live"), 15000);
        QTRY_COMPARE(value("reconnects"), QLocale().toString(1));
        QVERIFY(window.session()
                    ->submit(Operation::createMarker(0.5, 0.5, QStringLiteral("after")))
                    .sent);
        QTRY_COMPARE(model->count(), 7);
        QTRY_VERIFY2(matches(relay), describe(relay));
        QTRY_COMPARE(value("seq"), QLocale().toString(7));

        // Copy puts the same figures on the clipboard, for a problem report.
        auto *copy = m_panel->findChild<QPushButton *>(QStringLiteral("copyConnectionReport"));
        QVERIFY(copy);
        copy->click();
        const QString report = QApplication::clipboard()->text();
        QVERIFY2(report.contains(QLatin1String("Reconnects: 1")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Messages sent: %1").arg(value("messagesSent"))),
                 qPrintable(report));

        action->trigger();
        QTRY_VERIFY(!dock->isVisible());
        m_panel = nullptr;
    }
};

QTEST_MAIN(TestConnectionPanel)
#include "tst_connectionpanel.moc"
