// The "Trusted authority:" setting in the real window and the real Settings
// dialog, against a real wss:// server whose certificate a private CA signed
// (tests/support/testpki.h): refused by name without it, joined with it, and
// a file that is no certificate refused in the dialog.
#include "appsettings.h"
#include "canvasview.h"
#include "credentialstore.h"
#include "identitymanager.h"
#include "mainwindow.h"
#include "markeritem.h"
#include "offlinebanner.h"
#include "roomhost.h"
#include "roomsession.h"
#include "settingsdialog.h"
#include "testpki.h"
#include "testserver.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace ImageChat;
using namespace ImageChat::Test;

namespace {

int pinCount(CanvasView *canvas)
{
    int count = 0;
    for (QGraphicsItem *item : canvas->scene()->items()) {
        const auto *pin = qgraphicsitem_cast<MarkerItem *>(item);
        if (pin && pin->state() != MarkerItem::State::Draft)
            ++count;
    }
    return count;
}

} // namespace

class TestTrustedAuthority : public QObject
{
    Q_OBJECT

private:
    TestPki m_pki;
    AppSettings *m_settings = nullptr;
    SessionCredentialStore m_secrets;
    SessionCredentialStore m_fallback;
    IdentityManager *m_identities = nullptr;
    ManualReachability m_reachability;
    std::vector<std::unique_ptr<MainWindow>> m_windows;

    // A window wired as the desktop program wires it (app/gui/desktopapp.cpp):
    // Settings… opens the Settings dialog on it, window-modal; what the window
    // cannot take (a second room) opens in a new window.
    MainWindow *newWindow(RoomHost *host)
    {
        auto window = std::make_unique<MainWindow>(
            Services { m_settings, m_identities, &m_reachability, host });
        MainWindow *w = window.get();
        w->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(w, &MainWindow::settingsRequested, w, [this, w] {
            auto *dialog = new SettingsDialog(m_settings, {}, w);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        connect(w, &MainWindow::openInNewWindow, w,
                [this, host](const QString &item) { newWindow(host)->open(item); });
        w->show();
        m_windows.push_back(std::move(window));
        return w;
    }

    // Opens the Settings dialog the way the user does: File > Settings….
    SettingsDialog *openSettings(MainWindow *window)
    {
        auto *action = window->findChild<QAction *>(QStringLiteral("settingsAction"));
        if (!action)
            return nullptr;
        action->trigger();
        if (!QTest::qWaitFor([window] { return window->findChild<SettingsDialog *>(); }))
            return nullptr;
        auto *dialog = window->findChild<SettingsDialog *>();
        return QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

    static QLineEdit *authorityEdit(SettingsDialog *dialog)
    {
        return dialog->findChild<QLineEdit *>(QStringLiteral("authorityEdit"));
    }

    static void clickOk(SettingsDialog *dialog)
    {
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // Qt's own file dialog, whatever the platform offers, so that the test
        // can choose a file in it.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        QString error;
        QVERIFY2(m_pki.create(&error), qPrintable(error));
        m_settings = new AppSettings(this);
        m_settings->setDisplayName(QStringLiteral("Robin"));
        m_identities = new IdentityManager(&m_secrets, &m_fallback, this);
    }

    void cleanup()
    {
        m_windows.clear();
        m_settings->setAuthorityFile(QString());
    }

    void joinsOnceTheAuthorityIsSet()
    {
        TestServer server(m_pki.filesConfig(QStringLiteral("server")));
        QVERIFY(server.address().tls);
        QVERIFY(server.address().fingerprint.isEmpty()); // the CA vouches, no pin
        const RoomLink link = server.createRoom(nullptr, makePng(800, 600), m_pki.authority());
        TestClient ana(link, {}, QStringLiteral("Ana"));
        ana.sync.setTrustedAuthorities(m_pki.authority());
        QVERIFY(ana.connectAndWait());
        const Operation marker =
            Operation::createMarker(0.4, 0.6, QStringLiteral("signed by our own CA"));
        QVERIFY(ana.submitAndWait(marker));
        FixedRoomHost host(server.address());

        // No authority set: the server's certificate is refused by name, once.
        QVERIFY(m_settings->authorityFile().isEmpty());
        MainWindow *window = newWindow(&host);
        window->open(link.toString());
        QVERIFY(window->session());
        QSignalSpy failed(window->session(), &RoomSession::joinFailed);
        QTRY_VERIFY(!window->message().isEmpty());
        const QString hostAndPort = QStringLiteral("127.0.0.1:%1").arg(server.address().port);
        QVERIFY2(window->message().contains(hostAndPort), qPrintable(window->message()));
        QVERIFY2(window->message().contains(QLatin1String("not signed by an authority")),
                 qPrintable(window->message()));
        QCOMPARE(failed.size(), 1);
        // Nothing tries again: no second attempt within several of the sync's
        // backoff steps (the first is at 0.5 s), no sync connection at all,
        // and the window does not claim to be connecting.
        SyncService *sync = window->session()->sync();
        QVERIFY(sync);
        QSignalSpy syncStates(sync, &SyncService::stateChanged);
        QSignalSpy progress(window->session(), &RoomSession::imageProgress);
        QVERIFY(!failed.wait(2000));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(syncStates.isEmpty(), "the sync service went on trying");
        QVERIFY(progress.isEmpty());
        QCOMPARE(sync->state(), SyncService::State::Disconnected);
        QCOMPARE(server.server().connectionCount(), 1); // Ana's alone
        if (OfflineBanner *banner = window->banner())
            QVERIFY2(banner->text().isEmpty(), qPrintable(banner->text()));
        QCOMPARE(pinCount(window->canvas()), 0);

        // The user sets the CA in Settings, choosing the file.
        SettingsDialog *dialog = openSettings(window);
        QVERIFY(dialog);
        QVERIFY(authorityEdit(dialog)->text().isEmpty());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("chooseAuthorityButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(dialog->findChild<QFileDialog *>());
        auto *chooser = dialog->findChild<QFileDialog *>();
        QVERIFY(QTest::qWaitForWindowExposed(chooser));
        // Qt's own dialog: the file name typed where the user types it, then Open.
        auto *fileName = chooser->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(fileName);
        QTest::keyClicks(fileName, m_pki.path("ca.pem"));
        auto *chooserButtons = chooser->findChild<QDialogButtonBox *>();
        QVERIFY(chooserButtons && chooserButtons->button(QDialogButtonBox::Open));
        QTRY_VERIFY(chooserButtons->button(QDialogButtonBox::Open)->isEnabled());
        QTest::mouseClick(chooserButtons->button(QDialogButtonBox::Open), Qt::LeftButton);
        QTRY_VERIFY(!dialog->findChild<QFileDialog *>());
        QCOMPARE(authorityEdit(dialog)->text(), m_pki.path("ca.pem"));
        QSignalSpy accepted(dialog, &QDialog::accepted);
        clickOk(dialog);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(m_settings->authorityFile(), m_pki.path("ca.pem"));

        // The same link again: the window that failed hands it to a new
        // window, as it does with any link, and that one joins.
        window->open(link.toString());
        QCOMPARE(m_windows.size(), size_t(2));
        MainWindow *joined = m_windows.back().get();
        QVERIFY(joined->session());
        // Live, or the message bar says why not.
        QTRY_VERIFY_WITH_TIMEOUT(
            (joined->session()->status() && joined->session()->status()->canSend())
                || !joined->message().isEmpty(),
            10000);
        QVERIFY2(joined->message().isEmpty(), qPrintable(joined->message()));
        QTRY_VERIFY(!joined->canvas()->imageSize().isEmpty());
        QCOMPARE(joined->canvas()->imageSize(), QSize(800, 600));
        QTRY_COMPARE(pinCount(joined->canvas()), 1);
        const Conversation *shown = joined->session()->model()->conversation(marker.marker);
        QVERIFY(shown);
        QCOMPARE(shown->comments.first().text, QStringLiteral("signed by our own CA"));

        // And it is live both ways: a reply from the window reaches Ana.
        const Operation reply = Operation::addComment(marker.marker, QStringLiteral("seen it"));
        QVERIFY(joined->session()->submit(reply).sent);
        QTRY_COMPARE(ana.model.conversation(marker.marker)->comments.size(), 2);
    }

    void fileThatIsNoCertificateIsRefused()
    {
        m_settings->setAuthorityFile(m_pki.path("ca.pem"));
        MainWindow *window = newWindow(nullptr);
        SettingsDialog *dialog = openSettings(window);
        QVERIFY(dialog);
        QLineEdit *edit = authorityEdit(dialog);
        QCOMPARE(edit->text(), m_pki.path("ca.pem"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("settingsError"));
        QVERIFY(error);
        QVERIFY(!error->isVisible());

        // Typed by hand: a file that holds text, then one that is not there.
        const struct
        {
            QString file;
            QString reason;
        } bad[] = {
            { m_pki.path("not-pem.pem"), QStringLiteral("holds no certificate") },
            { m_pki.path("missing.pem"), QStringLiteral("Cannot read") },
        };
        QSignalSpy accepted(dialog, &QDialog::accepted);
        for (const auto &candidate : bad) {
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Delete);
            QTest::keyClicks(edit, candidate.file);
            QCOMPARE(edit->text(), candidate.file);
            clickOk(dialog);
            // The dialog stays open and says which file and why.
            QVERIFY(dialog->isVisible());
            QVERIFY(accepted.isEmpty());
            QVERIFY(error->isVisible());
            QVERIFY2(error->text().contains(candidate.file), qPrintable(error->text()));
            QVERIFY2(error->text().contains(candidate.reason), qPrintable(error->text()));
            // The setting in force is still the old one.
            QCOMPARE(m_settings->authorityFile(), m_pki.path("ca.pem"));
            QCOMPARE(m_settings->trustedAuthorities(), m_pki.authority());
        }

        // Cancel keeps it too; nothing of what was typed is saved.
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY(!window->findChild<SettingsDialog *>());
        QCOMPARE(m_settings->authorityFile(), m_pki.path("ca.pem"));
    }
};

QTEST_MAIN(TestTrustedAuthority)
#include "tst_trustedauthority.moc"
