// The conversation list, the thread panel and the offline banner as real
// widgets on a real session against a real server: what others do shows up
// live, what the user does reaches the server, and a failure never loses
// typed text (S1, S6, S13, S14).
#include "commentview.h"
#include "connectionstatus.h"
#include "conversationlist.h"
#include "credentialstore.h"
#include "identitymanager.h"
#include "offlinebanner.h"
#include "roomsession.h"
#include "testserver.h"
#include "threadpanel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace ImageChat;
using namespace ImageChat::Test;

namespace {

// One window's worth of panels on one RoomSession, wired as the main window
// wires them.
struct Window
{
    SessionCredentialStore secrets;
    SessionCredentialStore fallback;
    IdentityManager identities { &secrets, &fallback };
    ManualReachability reachability;
    RoomSession session { &identities, &reachability };
    QWidget top;
    OfflineBanner *banner = nullptr;
    ConversationList *list = nullptr;
    ThreadPanel *panel = nullptr;

    explicit Window(const RoomLink &link, const QString &name = QStringLiteral("Me"))
    {
        session.setDisplayName(name);
        session.setTiming(fastTiming());
        session.join(link, makePng());
        banner = new OfflineBanner(session.status(), session.sync(), &top);
        list = new ConversationList(session.conversations(), &top);
        panel = new ThreadPanel(&session, &top);
        QObject::connect(list, &ConversationList::conversationSelected, panel,
                         &ThreadPanel::showConversation);
        auto *layout = new QVBoxLayout(&top);
        layout->addWidget(banner);
        auto *panes = new QHBoxLayout;
        panes->addWidget(list, 1);
        panes->addWidget(panel, 2);
        layout->addLayout(panes, 1);
        top.resize(900, 600);
        top.show();
    }

    bool waitLive()
    {
        return QTest::qWaitFor(
            [this] { return session.sync()->state() == SyncService::State::Live; }, 10000);
    }

    QAbstractItemModel *rows() const { return list->view()->model(); }
    QModelIndex row(int r) const { return rows()->index(r, 0); }

    void clickRow(int r)
    {
        QListView *view = list->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row(r)).center());
    }

    template<typename T> T *panelChild(const QString &name) const
    {
        return panel->findChild<T *>(name);
    }
    QPlainTextEdit *replyEdit() const
    {
        return panelChild<QPlainTextEdit>(QStringLiteral("replyEdit"));
    }
    QPushButton *button(const QString &name) const { return panelChild<QPushButton>(name); }
    CommentView *comment(const QString &id) const
    {
        return panel->findChild<CommentView *>(QStringLiteral("comment-") + id);
    }
    QLabel *label(const QString &name) const { return panelChild<QLabel>(name); }

    // Creates a marker as the canvas would, and waits for the server.
    QString createMarker(const QString &text, double x = 0.5, double y = 0.5)
    {
        QSignalSpy confirmed(&session, &RoomSession::operationConfirmed);
        const Operation op = Operation::createMarker(x, y, text);
        if (!session.submit(op).sent)
            return {};
        if (!QTest::qWaitFor(
                [&] { return !confirmed.isEmpty() && !session.model()->isPending(op.marker); },
                10000))
            return {};
        return op.marker;
    }
};

QJsonObject serverConversation(const RoomLink &link, const QString &id)
{
    for (const QJsonValue &value : serverState(link)) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

QJsonArray serverComments(const RoomLink &link, const QString &id)
{
    return serverConversation(link, id).value(QStringLiteral("comments")).toArray();
}

bool isShown(const QWidget *widget)
{
    return widget && widget->isVisibleTo(widget->window());
}

} // namespace

class TestPanels : public QObject
{
    Q_OBJECT

private slots:
    void remoteMarkerAddsRowAndSelectingClearsUnread()
    {
        TestServer server;
        const RoomLink link = server.createRoom();
        Window me(link);
        QVERIFY(me.waitLive());
        TestClient ana(link, {}, QStringLiteral("Ana"));
        QVERIFY(ana.connectAndWait());

        const Operation first = Operation::createMarker(0.2, 0.2, QStringLiteral("Earlier point"));
        QVERIFY(ana.submitAndWait(first));
        const Operation create = Operation::createMarker(
            0.4, 0.6, QStringLiteral("The logo needs more room\nsecond line"));
        QVERIFY(ana.submitAndWait(create));
        QTRY_COMPARE(me.rows()->rowCount(), 2);

        const QModelIndex row = me.row(1);
        QCOMPARE(row.data(ConversationListModel::IdRole).toString(), create.marker);
        QCOMPARE(row.data(ConversationListModel::UnreadRole).toInt(), 1);
        ConversationDelegate::RowText text = ConversationDelegate::rowText(row);
        QCOMPARE(text.number, QStringLiteral("2"));
        QCOMPARE(text.firstLine, QStringLiteral("The logo needs more room"));
        QCOMPARE(text.details, QStringLiteral("Ana · No replies"));
        QCOMPARE(text.badge, QStringLiteral("1"));

        for (int i = 0; i < 3; ++i)
            QVERIFY(ana.submitAndWait(
                Operation::addComment(create.marker, QStringLiteral("more %1").arg(i))));
        QTRY_COMPARE(ConversationDelegate::rowText(me.row(1)).details,
                     QStringLiteral("Ana · 3 replies"));
        QCOMPARE(ConversationDelegate::rowText(me.row(1)).badge, QStringLiteral("4"));
        QCOMPARE(ConversationDelegate::replyCountText(1), QStringLiteral("1 reply"));

        // Picking the row shows it, clears its badge, and says so once.
        QSignalSpy selected(me.list, &ConversationList::conversationSelected);
        me.clickRow(1);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.at(0).at(0).toString(), create.marker);
        QCOMPARE(me.panel->conversation(), create.marker);
        QCOMPARE(me.row(1).data(ConversationListModel::UnreadRole).toInt(), 0);
        QVERIFY(ConversationDelegate::rowText(me.row(1)).badge.isEmpty());
        QVERIFY(me.comment(create.marker));
        QCOMPARE(me.comment(create.marker)->findChild<QLabel *>(QStringLiteral("author"))->text(),
                 QStringLiteral("Ana"));

        // While it stays selected, new comments are seen as they arrive.
        const Operation later =
            Operation::addComment(create.marker, QStringLiteral("while you look"));
        QVERIFY(ana.submitAndWait(later));
        QTRY_VERIFY(me.comment(later.comment));
        QCOMPARE(me.row(1).data(ConversationListModel::UnreadRole).toInt(), 0);
        // ... but not the other conversation's.
        QVERIFY(
            ana.submitAndWait(Operation::addComment(first.marker, QStringLiteral("elsewhere"))));
        QTRY_COMPARE(me.row(0).data(ConversationListModel::UnreadRole).toInt(), 2);

        // Selecting from outside (a pin) selects the row without a signal.
        me.list->selectConversation(first.marker);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(me.list->view()->selectionModel()->selectedIndexes().value(0), me.row(0));
        QCOMPARE(me.row(0).data(ConversationListModel::UnreadRole).toInt(), 0);
    }

    void editResolveAndDeleteThroughThePanel()
    {
        TestServer server;
        const RoomLink link = server.createRoom();
        Window me(link);
        QVERIFY(me.waitLive());
        const QString marker = me.createMarker(QStringLiteral("Mine"));
        QVERIFY(!marker.isEmpty());
        QTRY_COMPARE(me.rows()->rowCount(), 1);
        me.clickRow(0);
        QCOMPARE(me.panel->conversation(), marker);

        // Reply with the keyboard.
        QPlainTextEdit *reply = me.replyEdit();
        reply->setFocus();
        QTest::keyClicks(reply, QStringLiteral("A reply"));
        QTest::keyClick(reply, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(serverComments(link, marker).size(), 2);
        QTRY_VERIFY(reply->toPlainText().isEmpty());
        QTRY_COMPARE(ConversationDelegate::rowText(me.row(0)).details,
                     QStringLiteral("Me · 1 reply"));
        const QString replyId =
            serverComments(link, marker).at(1).toObject().value(QStringLiteral("id")).toString();
        CommentView *replyView = me.comment(replyId);
        QVERIFY(replyView);

        // Edit it.
        QToolButton *edit = replyView->findChild<QToolButton *>(QStringLiteral("editButton"));
        QTRY_VERIFY(isShown(edit) && edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        auto *editText = replyView->findChild<QPlainTextEdit *>(QStringLiteral("editText"));
        QCOMPARE(editText->toPlainText(), QStringLiteral("A reply"));
        editText->selectAll();
        QTest::keyClicks(editText, QStringLiteral("A better reply"));
        QTest::mouseClick(replyView->findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(
            serverComments(link, marker).at(1).toObject().value(QStringLiteral("text")).toString(),
            QStringLiteral("A better reply"));
        QTRY_VERIFY(!replyView->isEditing());
        QCOMPARE(replyView->findChild<QLabel *>(QStringLiteral("text"))->text(),
                 QStringLiteral("A better reply"));
        QVERIFY(isShown(replyView->findChild<QLabel *>(QStringLiteral("edited"))));

        // The first comment can be edited but not deleted on its own.
        CommentView *firstView = me.comment(marker);
        QVERIFY(isShown(firstView->findChild<QToolButton *>(QStringLiteral("editButton"))));
        QVERIFY(!isShown(firstView->findChild<QToolButton *>(QStringLiteral("deleteButton"))));

        // Resolve, then the list and the server agree.
        QPushButton *resolve = me.button(QStringLiteral("resolveButton"));
        QCOMPARE(resolve->text(), QStringLiteral("Resolve"));
        QTest::mouseClick(resolve, Qt::LeftButton);
        QTRY_VERIFY(me.row(0).data(ConversationListModel::ResolvedRole).toBool());
        QTRY_VERIFY(serverConversation(link, marker).value(QStringLiteral("resolved")).toBool());
        QTRY_COMPARE(resolve->text(), QStringLiteral("Reopen"));
        QVERIFY(
            ConversationDelegate::rowText(me.row(0)).details.contains(QStringLiteral("Resolved")));

        // Delete the reply (asked first).
        QToolButton *deleteReply =
            replyView->findChild<QToolButton *>(QStringLiteral("deleteButton"));
        QVERIFY(isShown(deleteReply));
        QTest::mouseClick(deleteReply, Qt::LeftButton);
        QTest::mouseClick(
            replyView->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
            Qt::LeftButton);
        QTRY_COMPARE(serverComments(link, marker).size(), 1);
        QTRY_VERIFY(!me.comment(replyId));
        QTRY_COMPARE(ConversationDelegate::rowText(me.row(0)).details,
                     QStringLiteral("Me · No replies · ✓ Resolved"));

        // Delete the marker, after confirming.
        QPushButton *deleteMarker = me.button(QStringLiteral("deleteMarkerButton"));
        QVERIFY(isShown(deleteMarker));
        QTest::mouseClick(deleteMarker, Qt::LeftButton);
        QVERIFY(me.rows()->rowCount() == 1); // not before confirming
        QTest::mouseClick(me.button(QStringLiteral("confirmDeleteMarkerButton")), Qt::LeftButton);
        QTRY_COMPARE(me.rows()->rowCount(), 0);
        QTRY_COMPARE(serverState(link).size(), 0);
        QTRY_VERIFY(me.panel->conversation().isEmpty());
        QVERIFY(isShown(me.label(QStringLiteral("placeholder"))));
    }

    void othersMarkersCannotBeDeletedOrTheirCommentsEdited()
    {
        TestServer server;
        Protocol::Identity owner;
        const RoomLink link = server.createRoom(&owner);
        Window me(link);
        QVERIFY(me.waitLive());
        TestClient ana(link, {}, QStringLiteral("Ana"));
        QVERIFY(ana.connectAndWait());
        const Operation create = Operation::createMarker(0.5, 0.5, QStringLiteral("Ana's"));
        QVERIFY(ana.submitAndWait(create));
        QTRY_COMPARE(me.rows()->rowCount(), 1);
        me.clickRow(0);
        CommentView *view = me.comment(create.marker);
        QVERIFY(view);
        QVERIFY(!isShown(view->findChild<QToolButton *>(QStringLiteral("editButton"))));
        QVERIFY(!isShown(me.button(QStringLiteral("deleteMarkerButton"))));
        // Anyone may resolve.
        QVERIFY(isShown(me.button(QStringLiteral("resolveButton"))));
    }

    void typingSurvivesRemoteChanges()
    {
        TestServer server;
        const RoomLink link = server.createRoom();
        Window me(link);
        QVERIFY(me.waitLive());
        const QString mine = me.createMarker(QStringLiteral("Mine"));
        QVERIFY(!mine.isEmpty());
        TestClient ana(link, {}, QStringLiteral("Ana"));
        QVERIFY(ana.connectAndWait());
        QTRY_COMPARE(me.rows()->rowCount(), 1);
        me.clickRow(0);
        me.top.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&me.top));

        // An edit of my first comment, open with new words in it.
        CommentView *firstView = me.comment(mine);
        QTest::mouseClick(firstView->findChild<QToolButton *>(QStringLiteral("editButton")),
                          Qt::LeftButton);
        auto *editText = firstView->findChild<QPlainTextEdit *>(QStringLiteral("editText"));
        QTest::keyClicks(editText, QStringLiteral(" (draft edit)"));

        // And the reply box, with focus and half a sentence.
        QPlainTextEdit *reply = me.replyEdit();
        reply->setFocus();
        QTest::keyClicks(reply, QStringLiteral("Half a tho"));
        QCOMPARE(QApplication::focusWidget(), reply);

        const Operation answer = Operation::addComment(mine, QStringLiteral("Ana answers"));
        QVERIFY(ana.submitAndWait(answer));
        QVERIFY(ana.submitAndWait(Operation::setResolved(mine, true)));
        QTRY_VERIFY(me.comment(answer.comment));
        QTRY_COMPARE(me.label(QStringLiteral("state"))->text(), QStringLiteral("Resolved"));

        QCOMPARE(reply->toPlainText(), QStringLiteral("Half a tho"));
        QCOMPARE(QApplication::focusWidget(), reply);
        QCOMPARE(reply->textCursor().position(), 10);
        QVERIFY(firstView->isEditing());
        QCOMPARE(editText->toPlainText(), QStringLiteral("Mine (draft edit)"));
        // Typing goes on where it was.
        QTest::keyClicks(reply, QStringLiteral("ught"));
        QCOMPARE(reply->toPlainText(), QStringLiteral("Half a thought"));
    }

    void draftsAreKeptPerConversation()
    {
        TestServer server;
        const RoomLink link = server.createRoom();
        Window me(link);
        QVERIFY(me.waitLive());
        const QString a = me.createMarker(QStringLiteral("A"), 0.1, 0.1);
        const QString b = me.createMarker(QStringLiteral("B"), 0.9, 0.9);
        QTRY_COMPARE(me.rows()->rowCount(), 2);
        me.clickRow(0);
        QTest::keyClicks(me.replyEdit(), QStringLiteral("for A"));
        me.clickRow(1);
        QCOMPARE(me.panel->conversation(), b);
        QVERIFY(me.replyEdit()->toPlainText().isEmpty());
        me.clickRow(0);
        QCOMPARE(me.panel->conversation(), a);
        QCOMPARE(me.replyEdit()->toPlainText(), QStringLiteral("for A"));
    }

    void rejectedReplyKeepsItsTextAndOffersRetry()
    {
        ServerOptions options;
        options.limits.maxCommentsPerMarker = 1;
        TestServer server(options);
        const RoomLink link = server.createRoom();
        Window me(link);
        QVERIFY(me.waitLive());
        const QString marker = me.createMarker(QStringLiteral("Only one comment allowed"));
        QVERIFY(!marker.isEmpty());
        QTRY_COMPARE(me.rows()->rowCount(), 1);
        me.clickRow(0);

        QSignalSpy failed(&me.session, &RoomSession::operationFailed);
        QPlainTextEdit *reply = me.replyEdit();
        QTest::keyClicks(reply, QStringLiteral("This will be refused"));
        QTest::mouseClick(me.button(QStringLiteral("sendButton")), Qt::LeftButton);
        QTRY_COMPARE(failed.size(), 1);

        QWidget *failure = me.panelChild<QWidget>(QStringLiteral("replyFailure"));
        QLabel *reason = me.label(QStringLiteral("replyFailureText"));
        QPushButton *retry = me.button(QStringLiteral("replyRetryButton"));
        QVERIFY(isShown(failure));
        QCOMPARE(reply->toPlainText(), QStringLiteral("This will be refused"));
        QVERIFY2(reason->text().contains(failed.at(0).at(1).value<OpError>().message),
                 qPrintable(reason->text()));
        QVERIFY(reason->text().contains(QStringLiteral("most comments")));
        QVERIFY(isShown(retry) && retry->isEnabled());
        // The refused comment is not shown as if it were there.
        QCOMPARE(me.panel->findChildren<CommentView *>().size(), 1);

        // Nothing was raised: Retry is refused again, with the reason, and
        // the text is still there.
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(failed.at(1).at(0).value<Operation>().text,
                 QStringLiteral("This will be refused"));
        QVERIFY(failed.at(1).at(0).value<Operation>().broadcastId
                != failed.at(0).at(0).value<Operation>().broadcastId);
        QVERIFY(isShown(failure));
        QVERIFY(reason->text().contains(QStringLiteral("most comments")));
        QCOMPARE(reply->toPlainText(), QStringLiteral("This will be refused"));
        QCOMPARE(serverComments(link, marker).size(), 1);
    }

    void offlineDisablesSendingAndShowsTheBanner()
    {
        TestServer server;
        const RoomLink link = server.createRoom();
        Window me(link);
        QVERIFY(me.waitLive());
        const QString marker = me.createMarker(QStringLiteral("Readable offline"));
        QTRY_COMPARE(me.rows()->rowCount(), 1);
        me.clickRow(0);
        QTest::keyClicks(me.replyEdit(), QStringLiteral("typed offline"));
        QPushButton *send = me.button(QStringLiteral("sendButton"));
        QVERIFY(send->isEnabled());
        QVERIFY(me.banner->isHidden());

        me.reachability.setStatus(Reachability::Status::Offline);
        QCOMPARE(me.banner->text(),
                 QStringLiteral("Offline — you can view markers, new ones can't be sent"));
        QVERIFY(isShown(me.banner));
        QVERIFY(!send->isEnabled());
        QVERIFY(!me.button(QStringLiteral("resolveButton"))->isEnabled());
        QVERIFY(!me.comment(marker)
                     ->findChild<QToolButton *>(QStringLiteral("editButton"))
                     ->isEnabled());
        // Still readable and selectable.
        QLabel *text = me.comment(marker)->findChild<QLabel *>(QStringLiteral("text"));
        QCOMPARE(text->text(), QStringLiteral("Readable offline"));
        QVERIFY(text->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(me.list->view()->isEnabled());

        // The shortcut past the disabled button fails at once, with why.
        QTest::keyClick(me.replyEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(isShown(me.panelChild<QWidget>(QStringLiteral("replyFailure"))));
        QVERIFY(me.label(QStringLiteral("replyFailureText"))
                    ->text()
                    .contains(me.session.status()->sendError().message));
        QCOMPARE(me.replyEdit()->toPlainText(), QStringLiteral("typed offline"));

        me.reachability.setStatus(Reachability::Status::Online);
        QVERIFY(me.banner->isHidden());
        QVERIFY(send->isEnabled());
        QCOMPARE(serverComments(link, marker).size(), 1); // nothing was queued
    }

    void stoppedServerShowsReconnectingUntilResynced()
    {
        TestServer server;
        const RoomLink link = server.createRoom();
        Window me(link);
        QVERIFY(me.waitLive());
        QVERIFY(me.banner->isHidden());
        auto *retryNow = me.banner->findChild<QPushButton *>(QStringLiteral("retryNowButton"));

        server.stop();
        // Waiting between attempts: a countdown and "Retry now".
        QTRY_VERIFY_WITH_TIMEOUT(me.session.status()->kind() == ConnectionStatus::Kind::Reconnecting
                                     && me.session.status()->secondsToRetry() > 0,
                                 10000);
        QVERIFY(me.banner->text().startsWith(QStringLiteral("Reconnecting in 1 s —")));
        QVERIFY(isShown(retryNow));
        QVERIFY(!me.button(QStringLiteral("sendButton"))->isEnabled());
        // Retry now skips the wait: an attempt starts at once.
        QTest::mouseClick(retryNow, Qt::LeftButton);
        QVERIFY(me.session.sync()->state() != SyncService::State::WaitingToRetry);

        QSignalSpy resynced(me.session.sync(), &SyncService::resynced);
        server.start();
        QTRY_VERIFY_WITH_TIMEOUT(me.banner->isHidden(), 10000);
        QCOMPARE(resynced.size(), 1);
        QVERIFY(me.banner->text().isEmpty());
    }

    void bannerTellsConnectingAndRefusal()
    {
        TestServer server;
        RoomLink link = server.createRoom();
        {
            Window me(link);
            // Before the first connection is up.
            QCOMPARE(me.banner->text(), QStringLiteral("Connecting…"));
            QVERIFY(me.waitLive());
        }
        // A well-formed key that is not this room's.
        link.key[0] = link.key.at(0) == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
        Window stranger(link);
        QTRY_COMPARE_WITH_TIMEOUT(stranger.session.status()->kind(), ConnectionStatus::Kind::Failed,
                                  10000);
        QVERIFY2(stranger.banner->text().startsWith(QStringLiteral("Can't join this room: ")),
                 qPrintable(stranger.banner->text()));
        QVERIFY(stranger.banner->text().contains(stranger.session.status()->detail()));
        QVERIFY(!stranger.session.status()->detail().isEmpty());
    }

    void remoteDeleteOfTheShownMarkerSaysSoAndKeepsTheText()
    {
        TestServer server;
        const RoomLink link = server.createRoom();
        Window me(link);
        QVERIFY(me.waitLive());
        TestClient ana(link, {}, QStringLiteral("Ana"));
        QVERIFY(ana.connectAndWait());
        const Operation create = Operation::createMarker(0.5, 0.5, QStringLiteral("Soon gone"));
        QVERIFY(ana.submitAndWait(create));
        QTRY_COMPARE(me.rows()->rowCount(), 1);
        me.clickRow(0);
        QTest::keyClicks(me.replyEdit(), QStringLiteral("my unsent thoughts"));

        QVERIFY(ana.submitAndWait(Operation::deleteMarker(create.marker)));
        QTRY_COMPARE(me.rows()->rowCount(), 0);
        QLabel *notice = me.label(QStringLiteral("notice"));
        QTRY_VERIFY(isShown(notice));
        QCOMPARE(notice->text(), QStringLiteral("This marker was deleted by Ana."));
        QCOMPARE(me.panel->conversation(), create.marker);
        QCOMPARE(me.replyEdit()->toPlainText(), QStringLiteral("my unsent thoughts"));
        QVERIFY(me.replyEdit()->isReadOnly());
        me.replyEdit()->selectAll();
        QCOMPARE(me.replyEdit()->textCursor().selectedText(), QStringLiteral("my unsent thoughts"));
        QVERIFY(!isShown(me.button(QStringLiteral("sendButton"))));
        // The thread itself stays readable.
        QVERIFY(me.comment(create.marker));
    }

    void filterShowsOpenOrResolved()
    {
        TestServer server;
        const RoomLink link = server.createRoom();
        Window me(link);
        QVERIFY(me.waitLive());
        TestClient ana(link, {}, QStringLiteral("Ana"));
        QVERIFY(ana.connectAndWait());
        const Operation open = Operation::createMarker(0.2, 0.2, QStringLiteral("still open"));
        const Operation done = Operation::createMarker(0.8, 0.8, QStringLiteral("dealt with"));
        QVERIFY(ana.submitAndWait(open));
        QVERIFY(ana.submitAndWait(done));
        QVERIFY(ana.submitAndWait(Operation::setResolved(done.marker, true)));
        QTRY_COMPARE(me.rows()->rowCount(), 2);
        QTRY_VERIFY(me.session.model()->conversation(done.marker)->resolved);
        me.clickRow(1);
        QSignalSpy selected(me.list, &ConversationList::conversationSelected);

        auto filterButton = [&](const char *name) {
            return me.list->findChild<QToolButton *>(QString::fromLatin1(name));
        };
        QTest::mouseClick(filterButton("filterOpen"), Qt::LeftButton);
        QCOMPARE(me.rows()->rowCount(), 1);
        QCOMPARE(me.row(0).data(ConversationListModel::IdRole).toString(), open.marker);
        // Filtering the selected one out is not a new selection.
        QVERIFY(selected.isEmpty());
        QCOMPARE(me.panel->conversation(), done.marker);

        QTest::mouseClick(filterButton("filterResolved"), Qt::LeftButton);
        QCOMPARE(me.rows()->rowCount(), 1);
        QCOMPARE(me.row(0).data(ConversationListModel::IdRole).toString(), done.marker);
        QVERIFY(me.list->view()->selectionModel()->isSelected(me.row(0)));

        // Reopened elsewhere: it leaves the Resolved filter.
        QVERIFY(ana.submitAndWait(Operation::setResolved(done.marker, false)));
        QTRY_COMPARE(me.rows()->rowCount(), 0);

        QTest::mouseClick(filterButton("filterAll"), Qt::LeftButton);
        QCOMPARE(me.rows()->rowCount(), 2);
        QVERIFY(me.list->view()->selectionModel()->isSelected(me.row(1)));
        QVERIFY(selected.isEmpty());
        QCOMPARE(me.list->filter(), ConversationFilterModel::Filter::All);
    }
};

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
