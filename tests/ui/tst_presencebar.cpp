// Presence in a real window against a real server: another person's avatar
// (initials, name as tooltip, their colour) and the count appear in the
// toolbar and go when they leave; "Ana is typing…" shows in the thread
// panel of the marker she writes in, and clears when she stops.
#include "appsettings.h"
#include "credentialstore.h"
#include "identitymanager.h"
#include "mainwindow.h"
#include "presence.h"
#include "presencebar.h"
#include "roomhost.h"
#include "roomsession.h"
#include "testserver.h"
#include "threadpanel.h"

#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace ImageChat;
using namespace ImageChat::Test;

class TestPresenceBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void avatarRowAndTyping()
    {
        ServerOptions options;
        options.typingIntervalMs = 0;
        TestServer server(options);
        const RoomLink link = server.createRoom();

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
        window.joinRoom(link);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.session()->status() && window.session()->status()->canSend(), 10000);

        auto *bar = window.findChild<PresenceBar *>(QStringLiteral("presenceBar"));
        QVERIFY(bar);
        auto *count = bar->findChild<QLabel *>(QStringLiteral("presenceCount"));
        QVERIFY(count);
        QTRY_COMPARE(count->text(), QStringLiteral("1 here"));
        QVERIFY(bar->findChildren<QLabel *>(QStringLiteral("avatar")).isEmpty());

        auto ana =
            std::make_unique<TestClient>(link, Protocol::Identity {}, QStringLiteral("Ana Lima"));
        Presence anaPresence(&ana->sync);
        QVERIFY(ana->connectAndWait());
        const Operation marker = Operation::createMarker(0.5, 0.5, QStringLiteral("Look here"));
        QVERIFY(ana->submitAndWait(marker));

        QTRY_COMPARE_WITH_TIMEOUT(bar->findChildren<QLabel *>(QStringLiteral("avatar")).size(), 1,
                                  2000);
        const QLabel *avatar = bar->findChildren<QLabel *>(QStringLiteral("avatar")).at(0);
        QCOMPARE(avatar->toolTip(), QStringLiteral("Ana Lima"));
        QVERIFY(avatar->isVisible());
        QCOMPARE(count->text(), QStringLiteral("2 here"));
        // Her colour, as every client draws it.
        const QImage drawn = avatar->pixmap().toImage();
        const QColor centre = drawn.pixelColor(drawn.width() / 2, drawn.height() / 6);
        QCOMPARE(centre.rgb() & 0xffffff, Presence::colourFor(ana->sync.identity().user));

        // Typing in her marker shows in its thread panel.
        auto *thread = window.findChild<ThreadPanel *>();
        QVERIFY(thread);
        QTRY_VERIFY(window.session()->model()->conversation(marker.marker));
        thread->showConversation(marker.marker);
        auto *typing = thread->findChild<QLabel *>(QStringLiteral("typingLabel"));
        QVERIFY(typing);
        QVERIFY(!typing->isVisible());
        anaPresence.noteTyping(marker.marker);
        QTRY_VERIFY_WITH_TIMEOUT(typing->isVisible(), 2000);
        QCOMPARE(typing->text(), QStringLiteral("Ana Lima is typing…"));
        anaPresence.stopTyping();
        QTRY_VERIFY_WITH_TIMEOUT(!typing->isVisible(), 2000);

        ana.reset();
        QTRY_VERIFY_WITH_TIMEOUT(bar->findChildren<QLabel *>(QStringLiteral("avatar")).isEmpty(),
                                 2000);
        QCOMPARE(count->text(), QStringLiteral("1 here"));
    }
};

QTEST_MAIN(TestPresenceBar)
#include "tst_presencebar.moc"
