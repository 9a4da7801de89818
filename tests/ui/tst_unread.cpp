// Unread counts in the real window against a real server: another client's
// markers and comments are counted, the total is in the title, the counts
// survive closing and reopening the window (same data folder), Next Unread
// walks them in list order, and opening a conversation clears it for good.
#include "appsettings.h"
#include "canvasview.h"
#include "conversationlist.h"
#include "credentialstore.h"
#include "identitymanager.h"
#include "mainwindow.h"
#include "markercomposer.h"
#include "mentioncompleter.h"
#include "roomhost.h"
#include "roomsession.h"
#include "testserver.h"
#include "threadpanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QFile>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace ImageChat;
using namespace ImageChat::Test;

class TestUnread : public QObject
{
    Q_OBJECT

private:
    AppSettings *m_settings = nullptr;
    SessionCredentialStore m_secrets;
    SessionCredentialStore m_fallback;
    IdentityManager *m_identities = nullptr;
    ManualReachability m_reachability;
    QStringList m_files; // read marks written, removed at the end

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
                        && window->session()->model()->seq() >= 0
                        && !window->session()->model()->epoch().isEmpty();
                },
                10000))
            qWarning("window did not get live");
        m_files.append(window->session()->conversations()->readMarks()->path());
        return window;
    }

    static int unread(MainWindow *window, const QString &id)
    {
        return window->session()->conversations()->unreadCount(id);
    }

    static void nextUnread(MainWindow *window)
    {
        QAction *next = window->findChild<QAction *>(QStringLiteral("nextUnreadAction"));
        QVERIFY(next);
        QVERIFY(next->isEnabled());
        QCOMPARE(next->shortcut(), QKeySequence(QStringLiteral("N")));
        next->trigger();
    }

private slots:
    void initTestCase()
    {
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

    void unreadSurvivesRestartAndNextUnreadWalksInOrder()
    {
        TestServer server;
        FixedRoomHost host(server.address());
        const RoomLink link = server.createRoom();
        TestClient other(link, {}, QStringLiteral("Sam"));
        QVERIFY(other.connectAndWait());
        // Before the user ever opened the room: its history is not news.
        const Operation old = Operation::createMarker(0.1, 0.1, QStringLiteral("old news"));
        QVERIFY(other.submitAndWait(old));

        std::unique_ptr<MainWindow> window = openWindow(&host, link);
        ConversationListModel *list = window->session()->conversations();
        QTRY_COMPARE(list->rowCount(), 1);
        QCOMPARE(unread(window.get(), old.marker), 0);
        QVERIFY(!window->windowTitle().startsWith(QLatin1Char('(')));

        // Someone else's markers and replies are unread; the title counts them.
        const Operation first = Operation::createMarker(0.2, 0.2, QStringLiteral("first"));
        const Operation second = Operation::createMarker(0.3, 0.3, QStringLiteral("second"));
        QVERIFY(other.submitAndWait(first));
        QVERIFY(other.submitAndWait(second));
        QVERIFY(other.submitAndWait(Operation::addComment(first.marker, QStringLiteral("more"))));
        QVERIFY(other.submitAndWait(Operation::addComment(old.marker, QStringLiteral("news"))));
        QTRY_COMPARE(list->totalUnread(), 4);
        QCOMPARE(unread(window.get(), old.marker), 1);
        QCOMPARE(unread(window.get(), first.marker), 2);
        QCOMPARE(unread(window.get(), second.marker), 1);
        QVERIFY2(window->windowTitle().startsWith(QStringLiteral("(4) ")),
                 qPrintable(window->windowTitle()));
        // Bold with a badge in the list.
        const QModelIndex firstRow = list->index(list->rowOf(first.marker));
        QCOMPARE(ConversationDelegate::rowText(firstRow).badge, QStringLiteral("2"));

        // My own comment is never unread.
        QVERIFY(window->session()
                    ->submit(Operation::addComment(second.marker, QStringLiteral("mine")))
                    .sent);
        QTRY_VERIFY(window->session()->model()->pending().isEmpty());
        QCOMPARE(unread(window.get(), second.marker), 1);

        // Closed, and more arrives while it is closed.
        window.reset();
        const Operation third = Operation::createMarker(0.4, 0.4, QStringLiteral("third"));
        QVERIFY(other.submitAndWait(third));

        window = openWindow(&host, link);
        list = window->session()->conversations();
        QTRY_COMPARE(list->rowCount(), 4);
        QTRY_COMPARE(list->totalUnread(), 5);
        QCOMPARE(unread(window.get(), old.marker), 1);
        QCOMPARE(unread(window.get(), first.marker), 2);
        QCOMPARE(unread(window.get(), second.marker), 1);
        QCOMPARE(unread(window.get(), third.marker), 1);
        QVERIFY2(window->windowTitle().startsWith(QStringLiteral("(5) ")),
                 qPrintable(window->windowTitle()));

        // Next Unread: in list order, each opened in the thread and cleared.
        for (const Operation *op : { &old, &first, &second, &third }) {
            nextUnread(window.get());
            QCOMPARE(window->conversationList()->selectedConversation(), op->marker);
            QCOMPARE(window->threadPanel()->conversation(), op->marker);
            QCOMPARE(unread(window.get(), op->marker), 0);
        }
        QCOMPARE(list->totalUnread(), 0);
        QVERIFY(!window->windowTitle().startsWith(QLatin1Char('(')));
        // Nothing left: it stays where it is.
        nextUnread(window.get());
        QCOMPARE(window->conversationList()->selectedConversation(), third.marker);

        // A new comment behind the current one: Next Unread wraps around.
        QVERIFY(other.submitAndWait(Operation::addComment(first.marker, QStringLiteral("again"))));
        QTRY_COMPARE(list->totalUnread(), 1);
        nextUnread(window.get());
        QCOMPARE(window->conversationList()->selectedConversation(), first.marker);
        QCOMPARE(list->totalUnread(), 0);

        // What was opened stays read after another restart.
        window.reset();
        window = openWindow(&host, link);
        list = window->session()->conversations();
        QTRY_COMPARE(list->rowCount(), 4);
        QCOMPARE(list->totalUnread(), 0);
        QVERIFY(!window->windowTitle().startsWith(QLatin1Char('(')));
    }

    void openThreadInTheBackgroundStaysUnreadUntilTheWindowIsBack()
    {
        TestServer server;
        FixedRoomHost host(server.address());
        const RoomLink link = server.createRoom();
        TestClient other(link, {}, QStringLiteral("Sam"));
        QVERIFY(other.connectAndWait());
        const Operation theirs = Operation::createMarker(0.5, 0.5, QStringLiteral("look"));
        QVERIFY(other.submitAndWait(theirs));
        std::unique_ptr<MainWindow> window = openWindow(&host, link);
        RoomModel *model = window->session()->model();
        QTRY_VERIFY(model->conversation(theirs.marker));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->selectConversation(theirs.marker);
        auto comments = [&] { return model->conversation(theirs.marker)->comments.size(); };

        // In front: a reply in the open thread is read as it arrives.
        QVERIFY(other.submitAndWait(Operation::addComment(theirs.marker, QStringLiteral("one"))));
        QTRY_COMPARE(comments(), 2);
        QCOMPARE(unread(window.get(), theirs.marker), 0);

        // In the background (another window in front): it stays unread,
        // also in the title, though the thread is still open.
        QWidget elsewhere;
        elsewhere.resize(200, 100);
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        QTRY_VERIFY(!window->isActiveWindow());
        QVERIFY(other.submitAndWait(Operation::addComment(theirs.marker, QStringLiteral("two"))));
        QTRY_COMPARE(comments(), 3);
        QCOMPARE(unread(window.get(), theirs.marker), 1);
        QCOMPARE(window->threadPanel()->conversation(), theirs.marker);
        QVERIFY2(window->windowTitle().startsWith(QStringLiteral("(1) ")),
                 qPrintable(window->windowTitle()));

        // Back in front with that thread open: now it is read.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTRY_COMPARE(unread(window.get(), theirs.marker), 0);
        QVERIFY(!window->windowTitle().startsWith(QLatin1Char('(')));
    }

    void mentionCompletesFromParticipants()
    {
        TestServer server;
        FixedRoomHost host(server.address());
        const RoomLink link = server.createRoom();
        TestClient other(link, {}, QStringLiteral("Sam Ortiz"));
        QVERIFY(other.connectAndWait());
        const Operation theirs = Operation::createMarker(0.5, 0.5, QStringLiteral("colours?"));
        QVERIFY(other.submitAndWait(theirs));
        std::unique_ptr<MainWindow> window = openWindow(&host, link);
        QTRY_VERIFY(window->session()->model()->conversation(theirs.marker));
        window->selectConversation(theirs.marker);
        auto *edit =
            window->threadPanel()->findChild<QPlainTextEdit *>(QStringLiteral("replyEdit"));
        QVERIFY(edit);
        auto *completer = edit->findChild<QCompleter *>();
        if (!completer)
            completer = window->threadPanel()->findChild<QCompleter *>();
        QVERIFY(completer);
        edit->setFocus();

        // "@sa" offers Sam (not me); Enter takes it and sends nothing.
        QTest::keyClicks(edit, QStringLiteral("ok @sa"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->currentCompletion(), QStringLiteral("Sam Ortiz"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(edit->toPlainText(), QStringLiteral("ok @Sam Ortiz "));
        QVERIFY(!completer->popup()->isVisible());
        QVERIFY(window->session()->model()->pending().isEmpty());

        // No name starts with this: no list, and Ctrl+Enter sends.
        QTest::keyClicks(edit, QStringLiteral("and @zz"));
        QVERIFY(!completer->popup()->isVisible());
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(other.model.conversation(theirs.marker)->comments.size(), 2);
        QCOMPARE(other.model.conversation(theirs.marker)->comments.last().text,
                 QStringLiteral("ok @Sam Ortiz and @zz"));
    }

    void newMarkerComposerCompletesMentions()
    {
        TestServer server;
        FixedRoomHost host(server.address());
        const RoomLink link = server.createRoom(nullptr, makePng(800, 600));
        TestClient other(link, {}, QStringLiteral("Sam Ortiz"));
        QVERIFY(other.connectAndWait());
        QVERIFY(other.submitAndWait(Operation::createMarker(0.5, 0.5, QStringLiteral("hi"))));
        std::unique_ptr<MainWindow> window = openWindow(&host, link);
        QTRY_COMPARE(window->session()->model()->count(), 1);
        CanvasView *canvas = window->canvas();
        QTRY_VERIFY(!canvas->imageSize().isEmpty());

        window->findChild<QAction *>(QStringLiteral("addMarkerAction"))->trigger();
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {},
                          canvas->viewportPosition(0.25, 0.75).toPoint());
        QTRY_VERIFY(canvas->composer());
        QPlainTextEdit *edit = canvas->composer()->editor();
        QVERIFY(canvas->composer()->mentions());
        QCompleter *completer = canvas->composer()->mentions()->completer();

        // "@sa" offers Sam; Enter takes the name and creates no marker yet.
        QTest::keyClicks(edit, QStringLiteral("ask @sa"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->currentCompletion(), QStringLiteral("Sam Ortiz"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(edit->toPlainText(), QStringLiteral("ask @Sam Ortiz "));
        QVERIFY(!completer->popup()->isVisible());
        QVERIFY(canvas->composer());
        QCOMPARE(window->session()->model()->count(), 1);

        // Esc closes the list only, the composer and its text stay.
        QTest::keyClicks(edit, QStringLiteral("and @s"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(!completer->popup()->isVisible());
        QVERIFY(canvas->composer());
        QCOMPARE(edit->toPlainText(), QStringLiteral("ask @Sam Ortiz and @s"));

        // Without the list, Enter sends: the marker reaches the other client.
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(!completer->popup()->isVisible());
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(other.model.count(), 2);
        QStringList texts;
        for (const Conversation *c : other.model.ordered())
            texts.append(c->comments.first().text.trimmed());
        QVERIFY2(texts.contains(QStringLiteral("ask @Sam Ortiz and")),
                 qPrintable(texts.join(QLatin1Char('|'))));
    }

    void anotherUserHasTheirOwnReadMarks()
    {
        TestServer server;
        FixedRoomHost host(server.address());
        const RoomLink link = server.createRoom();
        std::unique_ptr<MainWindow> window = openWindow(&host, link);
        TestClient other(link, {}, QStringLiteral("Sam"));
        QVERIFY(other.connectAndWait());
        const Operation theirs = Operation::createMarker(0.5, 0.5, QStringLiteral("look"));
        QVERIFY(other.submitAndWait(theirs));
        QTRY_COMPARE(window->session()->conversations()->totalUnread(), 1);
        const QString mine = window->session()->conversations()->readMarks()->path();
        window.reset();

        // A different identity on the same room starts from its own file.
        SessionCredentialStore secrets, fallback;
        IdentityManager identities(&secrets, &fallback);
        MainWindow stranger(Services { m_settings, &identities, &m_reachability, &host });
        stranger.setAttribute(Qt::WA_DeleteOnClose, false);
        stranger.show();
        stranger.joinRoom(link);
        QTRY_VERIFY(stranger.session()->status() && stranger.session()->status()->canSend());
        QTRY_COMPARE(stranger.session()->conversations()->rowCount(), 1);
        m_files.append(stranger.session()->conversations()->readMarks()->path());
        QVERIFY(stranger.session()->conversations()->readMarks()->path() != mine);
        QCOMPARE(stranger.session()->conversations()->totalUnread(), 0);
    }
};

QTEST_MAIN(TestUnread)
#include "tst_unread.moc"
