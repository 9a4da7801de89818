// imagechat-screenshot: the real main window with a few markers and an open
// thread (and, asked for, View ▸ Connection or someone typing), saved as a PNG for the README.
// Run under Xvfb by scripts/screenshot.sh; not a test.
#include "appsettings.h"
#include "canvasview.h"
#include "connectionpanel.h"
#include "credentialstore.h"
#include "identitymanager.h"
#include "mainwindow.h"
#include "presence.h"
#include "roomhost.h"
#include "roomsession.h"
#include "testserver.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace ImageChat;
using namespace ImageChat::Test;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("imagechat-screenshot"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QString output = app.arguments().value(1, QStringLiteral("screenshot.png"));
    // Optional language code: the same window in that language.
    installTranslations(&app, chooseLanguage(app.arguments().value(2, QStringLiteral("en")), {}));
    QFile sample(QStringLiteral(IMAGECHAT_SAMPLE_IMAGE));
    if (!sample.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample image");

    TestServer server;
    Protocol::Identity owner;
    const RoomLink link = server.createRoom(&owner, sample.readAll());
    TestClient ana(link, owner, QStringLiteral("Ana"));
    TestClient ben(link, {}, QStringLiteral("Ben"));
    if (!ana.connectAndWait() || !ben.connectAndWait())
        qFatal("cannot connect");
    const Operation logo = Operation::createMarker(
        0.13, 0.05, QStringLiteral("Logo feels cramped — give it 8 px more on the left?"));
    const Operation cards = Operation::createMarker(
        0.46, 0.23, QStringLiteral("These card colours are too close to each other."));
    const Operation button =
        Operation::createMarker(0.29, 0.46, QStringLiteral("Button label missing"));
    const Operation sidebar =
        Operation::createMarker(0.09, 0.55, QStringLiteral("Sidebar items need icons"));
    for (const Operation &op : { logo, cards, button, sidebar })
        ana.submitAndWait(op);
    ben.submitAndWait(Operation::addComment(
        cards.marker, QStringLiteral("Agreed. Maybe one hue, three lightness steps?")));
    ana.submitAndWait(Operation::addComment(
        cards.marker, QStringLiteral("Good idea, I'll try that in the next round.")));
    ben.submitAndWait(Operation::setResolved(button.marker, true));

    AppSettings settings;
    settings.setDisplayName(QStringLiteral("Chloé"));
    SessionCredentialStore secrets;
    SessionCredentialStore fallback;
    IdentityManager identities(&secrets, &fallback);
    ManualReachability reachability;
    FixedRoomHost host(server.address());
    MainWindow window({ &settings, &identities, &reachability, &host });
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.resize(1280, 800);
    window.show();
    window.joinRoom(link);
    if (!QTest::qWaitFor(
            [&] {
                return window.session()->model()->count() == 4
                    && !window.canvas()->imageSize().isEmpty();
            },
            15000))
        qFatal("the window did not load the room");
    window.canvas()->fitToWindow();
    // Select the busy thread, as a reviewer would.
    window.selectConversation(cards.marker);
    if (app.arguments().value(3) == QLatin1String("connection")) {
        window.findChild<QAction *>(QStringLiteral("connectionAction"))->trigger();
        // Wait for the heartbeat's round trip and a change from someone else.
        ben.submitAndWait(Operation::addComment(
            logo.marker, QStringLiteral("8 px it is — and the tagline too?")));
        const auto *rtt =
            window.connectionPanel()->findChild<QLabel *>(QStringLiteral("roundTrip"));
        if (!QTest::qWaitFor([&] { return rtt->text().contains(QLatin1String("ms")); }, 15000))
            qFatal("no round trip measured");
    }
    if (app.arguments().value(3) == QLatin1String("presence")) {
        // Ana and Ben have the room open (the toolbar shows them); Ana
        // writes a reply in the open thread.
        Presence typing(&ana.sync);
        typing.noteTyping(cards.marker);
        const auto *label = window.findChild<QLabel *>(QStringLiteral("typingLabel"));
        if (!QTest::qWaitFor([&] { return label->isVisible(); }, 15000))
            qFatal("Ana's typing did not show");
        QTest::qWait(500);
        if (!window.grab().save(output))
            qFatal("cannot write %s", qPrintable(output));
        qInfo("wrote %s", qPrintable(output));
        return 0;
    }
    QTest::qWait(500); // let the window system paint; this is a picture, not a test
    if (!window.grab().save(output))
        qFatal("cannot write %s", qPrintable(output));
    qInfo("wrote %s", qPrintable(output));
    return 0;
}
