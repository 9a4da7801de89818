// The desktop program's first start (DesktopApp, as main() makes it): the
// settings dialog asks for a name only when none is stored and none was
// given on the command line; command-line values are for that run and are
// never stored.
#include "appsettings.h"
#include "desktopapp.h"
#include "mainwindow.h"
#include "settingsdialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ImageChat;

namespace {

SettingsDialog *openSettings(MainWindow *window)
{
    for (SettingsDialog *dialog : window->findChildren<SettingsDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;

    DesktopApp::Options options() const
    {
        DesktopApp::Options o;
        o.dataDir = m_data.path();
        o.port = 0;
        return o;
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup()
    {
        // Windows first, then delete: a window takes its dialogs with it.
        QList<MainWindow *> windows;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<MainWindow *>(widget))
                windows.append(window);
        }
        qDeleteAll(windows);
    }

    void noNameAnywhereAsksForOne()
    {
        DesktopApp app(options());
        MainWindow *window = app.newWindow();
        SettingsDialog *dialog = openSettings(window);
        QVERIFY(dialog);
        QVERIFY(dialog->isModal());
        auto *name = dialog->findChild<QLineEdit *>();
        QVERIFY(name && name->isEnabled());
    }

    void nameOnTheCommandLineIsNotAskedForNorStored()
    {
        DesktopApp::Options o = options();
        o.displayName = QStringLiteral("Ana");
        DesktopApp app(o);
        MainWindow *window = app.newWindow();
        QVERIFY(!openSettings(window));
        QCOMPARE(app.services().settings->displayName(), QStringLiteral("Ana"));
        // For this run only: a demo's `--name` does not rename the user.
        QVERIFY(!QSettings().contains(QStringLiteral("identity/displayName")));
        QCOMPARE(AppSettings().hasDisplayName(), false);
        // A second window of the same run does not ask either.
        QVERIFY(!openSettings(app.newWindow()));
    }

    void givenValuesAreShownNotAskedFor()
    {
        // No name, but a server and a language: the dialog asks for the
        // name; the given values are there, fixed, and are not stored.
        DesktopApp::Options o = options();
        o.serverUrl = QStringLiteral("ws://127.0.0.1:1");
        o.language = QStringLiteral("de");
        DesktopApp app(o);
        MainWindow *window = app.newWindow();
        SettingsDialog *dialog = openSettings(window);
        QVERIFY(dialog);
        QLineEdit *name = nullptr;
        QLineEdit *server = nullptr;
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            if (edit->text() == o.serverUrl)
                server = edit;
            else if (!name)
                name = edit;
        }
        QVERIFY(server);
        QVERIFY(!server->isEnabled());
        QVERIFY(!server->toolTip().isEmpty());
        auto *language = dialog->findChild<QComboBox *>();
        QVERIFY(language);
        QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
        QVERIFY(!language->isEnabled());
        QVERIFY(name && name->isEnabled());
        name->setText(QStringLiteral("Bea"));
        dialog->accept();
        QCOMPARE(QSettings().value(QStringLiteral("identity/displayName")).toString(),
                 QStringLiteral("Bea"));
        QVERIFY(QSettings().value(QStringLiteral("sharing/serverUrl")).toString().isEmpty());
        QVERIFY(QSettings().value(QStringLiteral("ui/language")).toString().isEmpty());
    }

    void storedNameIsNotAskedForAgain()
    {
        AppSettings().setDisplayName(QStringLiteral("Cem"));
        DesktopApp app(options());
        QVERIFY(!openSettings(app.newWindow()));
        QCOMPARE(app.services().settings->displayName(), QStringLiteral("Cem"));
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
