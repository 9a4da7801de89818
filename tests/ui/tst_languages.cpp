// The program in each shipped language: the offline banner and the main
// actions show translated text, and no button is cut off at the default size.
#include "appsettings.h"
#include "canvasview.h"
#include "credentialstore.h"
#include "errortext.h"
#include "identitymanager.h"
#include "mainwindow.h"
#include "offlinebanner.h"
#include "roomhost.h"
#include "roomsession.h"
#include "testserver.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace ImageChat;
using namespace ImageChat::Test;

namespace {

const char *const kOffline = "Offline — you can view markers, new ones can't be sent";
const char *const kOfflineContext = "ImageChat::OfflineBanner";

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void choosesTheRightLanguage()
    {
        QCOMPARE(chooseLanguage(QStringLiteral("de"), {}), QStringLiteral("de"));
        QCOMPARE(chooseLanguage(QStringLiteral("pt-BR"), {}), QStringLiteral("pt_BR"));
        QCOMPARE(chooseLanguage(QString(), { QStringLiteral("el-GR"), QStringLiteral("en-US") }),
                 QStringLiteral("el"));
        QCOMPARE(chooseLanguage(QString(), { QStringLiteral("fr-FR"), QStringLiteral("tr-TR") }),
                 QStringLiteral("tr"));
        QCOMPARE(chooseLanguage(QStringLiteral("xx"), { QStringLiteral("bg-BG") }),
                 QStringLiteral("bg"));
        QCOMPARE(chooseLanguage(QString(), { QStringLiteral("fr-FR") }), QStringLiteral("en"));
    }

    // A server speaks for everyone (and one embedded in a program speaks its
    // host's language): the code decides, the client says it in its own.
    void serverErrorsInTheUsersLanguage()
    {
        const QList<QTranslator *> installed = installTranslations(qApp, QStringLiteral("de"));
        QVERIFY(!installed.isEmpty());
        const auto uninstall = qScopeGuard([&] { qDeleteAll(installed); });
        TestServer server;
        RoomLink link = server.createRoom();
        link.key = QStringLiteral("not-the-key-of-this-room");
        TestClient client(link);
        client.sync.start();
        QTRY_COMPARE(client.sync.state(), SyncService::State::Failed);
        QCOMPARE(client.sync.lastError().code, ErrorCode::WrongKey);
        QCOMPARE(client.sync.lastError().message,
                 QStringLiteral("Der Raumschlüssel ist falsch; lassen Sie sich den Link noch "
                                "einmal geben."));
        // Parameters go into the sentence; an unknown code keeps the server's.
        QCOMPARE(ErrorText::describe(ErrorCode::RateLimited,
                                     { { QStringLiteral("retryAfterMs"), 2500 } }, {}),
                 QStringLiteral("Zu viele Änderungen auf einmal; ImageChat versucht es in 3 "
                                "Sekunden erneut."));
        QCOMPARE(ErrorText::describe(QStringLiteral("from-the-future"), {},
                                     QStringLiteral("As the server said.")),
                 QStringLiteral("As the server said."));
    }

    void windowSpeaksTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : shippedLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void windowSpeaksTheLanguage()
    {
        QFETCH(QString, language);
        const QList<QTranslator *> installed = installTranslations(qApp, language);
        QVERIFY2(!installed.isEmpty(), "the translation is not embedded");
        const auto uninstall = qScopeGuard([&] { qDeleteAll(installed); });

        TestServer server;
        FixedRoomHost host(server.address());
        const RoomLink link = server.createRoom();
        AppSettings settings;
        settings.setDisplayName(QStringLiteral("Robin"));
        SessionCredentialStore secrets;
        SessionCredentialStore fallback;
        IdentityManager identities(&secrets, &fallback);
        ManualReachability reachability;
        MainWindow window({ &settings, &identities, &reachability, &host });
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        window.joinRoom(link);
        QTRY_VERIFY(window.banner() && window.session()->status()->canSend());

        // The offline banner.
        reachability.setStatus(Reachability::Status::Offline);
        QTRY_VERIFY(window.banner()->isVisible());
        const QString offline = QCoreApplication::translate(kOfflineContext, kOffline);
        QVERIFY(offline != QLatin1String(kOffline));
        QCOMPARE(window.banner()->text(), offline);

        // The main actions and menus.
        const auto *add = window.findChild<QAction *>(QStringLiteral("addMarkerAction"));
        QVERIFY(add);
        QVERIFY2(add->text() != QLatin1String("Add Marker"), qPrintable(add->text()));
        const QStringList english { QStringLiteral("&File"), QStringLiteral("&View"),
                                    QStringLiteral("&Tools"), QStringLiteral("&Help") };
        for (QAction *menu : window.menuBar()->actions())
            QVERIFY2(!english.contains(menu->text()), qPrintable(menu->text()));

        // Nothing cut off at the default window size.
        QTest::qWait(0);
        for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
            if (!button->isVisible() || button->text().isEmpty())
                continue;
            QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("clipped: \"%1\" is %2 px wide, needs %3")
                                    .arg(button->text())
                                    .arg(button->width())
                                    .arg(button->minimumSizeHint().width())));
        }
        reachability.setStatus(Reachability::Status::Online);
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
