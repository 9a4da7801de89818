// ConversationListModel alone: the open conversation is kept read while the
// user watches it, and what arrives while they do not stays unread until
// they are back.
#include "conversationlistmodel.h"
#include "roommodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace ImageChat;

class TestConversationListModel : public QObject
{
    Q_OBJECT

private:
    const QString me = QStringLiteral("me");
    const QString other = QStringLiteral("other");
    qint64 m_seq = 0;

    void apply(RoomModel &model, const Operation &op, const QString &author)
    {
        ++m_seq;
        QVERIFY(!model.applyConfirmed(
            Event { op, m_seq, 1000 + m_seq, author, author + QStringLiteral("-name") }));
    }

private slots:
    void openConversationStaysReadOnlyWhileWatched()
    {
        RoomModel model;
        ConversationListModel list(&model);
        list.setSelf(me);
        const Operation open = Operation::createMarker(0.1, 0.1, QStringLiteral("look"));
        const Operation elsewhere = Operation::createMarker(0.2, 0.2, QStringLiteral("there"));
        apply(model, open, other);
        apply(model, elsewhere, other);
        QCOMPARE(list.totalUnread(), 2);

        // Opening it reads it; what arrives there while watched is read too.
        list.setOpenConversation(open.marker);
        QCOMPARE(list.openConversation(), open.marker);
        QCOMPARE(list.unreadCount(open.marker), 0);
        apply(model, Operation::addComment(open.marker, QStringLiteral("one")), other);
        QCOMPARE(list.unreadCount(open.marker), 0);
        QCOMPARE(list.totalUnread(), 1);

        // Not watched (the window is in the background): it stays unread.
        QSignalSpy total(&list, &ConversationListModel::totalUnreadChanged);
        list.setWatching(false);
        QVERIFY(!list.isWatching());
        apply(model, Operation::addComment(open.marker, QStringLiteral("two")), other);
        apply(model, Operation::addComment(open.marker, QStringLiteral("three")), other);
        QCOMPARE(list.unreadCount(open.marker), 2);
        QCOMPARE(list.totalUnread(), 3);

        // Back: the open one is read, the other one is not.
        list.setWatching(true);
        QCOMPARE(list.unreadCount(open.marker), 0);
        QCOMPARE(list.unreadCount(elsewhere.marker), 1);
        QCOMPARE(list.totalUnread(), 1);
        QCOMPARE(total.last().at(0).toInt(), 1);

        // Opened while not watched: it is the user's own act, so it is read.
        list.setWatching(false);
        list.setOpenConversation(elsewhere.marker);
        QCOMPARE(list.unreadCount(elsewhere.marker), 0);
        // Closed: nothing is kept read any more.
        list.setOpenConversation(QString());
        list.setWatching(true);
        apply(model, Operation::addComment(elsewhere.marker, QStringLiteral("later")), other);
        QCOMPARE(list.unreadCount(elsewhere.marker), 1);
    }
};

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"
