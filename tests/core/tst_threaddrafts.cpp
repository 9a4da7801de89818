// ThreadDrafts alone: what is typed per conversation survives showing others,
// a failed change keeps its text and the operation to retry, a confirmation
// clears only what was sent, and only the drafts' own operations count.
#include "ids.h"
#include "operation.h"
#include "threaddrafts.h"

#include <QTest>

using namespace ImageChat;

class TestThreadDrafts : public QObject
{
    Q_OBJECT

private:
    // Submits as the panel does, with the server's answer given.
    static Operation send(ThreadDrafts &drafts, const Operation &op)
    {
        drafts.sending(op);
        drafts.submitted(op, op, true, {});
        return op;
    }

private slots:
    void repliesPerConversationSurviveSwitching()
    {
        ThreadDrafts drafts;
        const QString a = newId(), b = newId();
        drafts.setReply(a, QStringLiteral("half a thought"));
        drafts.setReply(b, QStringLiteral("another"));
        QCOMPARE(drafts.reply(a), QStringLiteral("half a thought"));
        QCOMPARE(drafts.reply(b), QStringLiteral("another"));
        QVERIFY(drafts.hasUnsentText());
        drafts.setReply(a, QString());
        drafts.setReply(b, QStringLiteral("  "));
        QVERIFY(!drafts.hasUnsentText());

        // Edits of comments in a conversation not on screen are kept too.
        const QString comment = newId();
        drafts.setEdits(a, { { comment, { QStringLiteral("better words"), std::nullopt } } });
        QVERIFY(drafts.hasUnsentText());
        QCOMPARE(drafts.edits(a).value(comment).text, QStringLiteral("better words"));
        const auto taken = drafts.takeEdits(a);
        QCOMPARE(taken.value(comment).text, QStringLiteral("better words"));
        QVERIFY(drafts.edits(a).isEmpty());
    }

    void failedReplyKeepsTextAndOffersRetry()
    {
        ThreadDrafts drafts;
        const QString marker = newId();
        const Operation op = Operation::addComment(marker, QStringLiteral("my reply"));
        drafts.setReply(marker, op.text);
        send(drafts, op);
        QVERIFY(drafts.replyInFlight(marker, op.text));
        QVERIFY(drafts.commentInFlight(op.comment));

        // The user moved on and cleared the box; the server refuses.
        drafts.setReply(marker, QString());
        QVERIFY(drafts.failed(op, QStringLiteral("too long")));
        QVERIFY(!drafts.replyInFlight(marker, op.text));
        QCOMPARE(drafts.reply(marker), QStringLiteral("my reply"));
        const auto failure = drafts.replyFailure(marker);
        QVERIFY(failure);
        QCOMPARE(failure->op.broadcastId, op.broadcastId);
        QCOMPARE(failure->reason, QStringLiteral("too long"));
        QVERIFY(drafts.hasUnsentText());

        // Something else typed since stays; the failure still has the words.
        const Operation second = Operation::addComment(marker, QStringLiteral("first try"));
        drafts.setReply(marker, QStringLiteral("typed meanwhile"));
        send(drafts, second);
        QVERIFY(drafts.failed(second, QStringLiteral("offline")));
        QCOMPARE(drafts.reply(marker), QStringLiteral("typed meanwhile"));
        QCOMPARE(drafts.replyFailure(marker)->op.text, QStringLiteral("first try"));

        // Retry: sent again, the failure is over; confirmed, the box too.
        const Operation retried = second.renewed();
        drafts.setReply(marker, second.text);
        drafts.sending(second);
        drafts.submitted(second, retried, true, {});
        QVERIFY(!drafts.replyFailure(marker));
        QVERIFY(drafts.replyInFlight(marker, second.text));
        QVERIFY(drafts.confirmed(retried));
        QCOMPARE(drafts.reply(marker), QString());
        QVERIFY(!drafts.hasUnsentText());
    }

    void notSentAtAllFailsAtOnce()
    {
        ThreadDrafts drafts;
        const QString marker = newId();
        const Operation op = Operation::addComment(marker, QStringLiteral("offline words"));
        drafts.sending(op);
        drafts.submitted(op, op, false, QStringLiteral("Not connected."));
        QVERIFY(!drafts.isInFlight(op.broadcastId));
        QCOMPARE(drafts.reply(marker), op.text);
        QCOMPARE(drafts.replyFailure(marker)->reason, QStringLiteral("Not connected."));
    }

    void confirmationClearsOnlyWhatWasSent()
    {
        ThreadDrafts drafts;
        const QString marker = newId();
        const Operation op = Operation::addComment(marker, QStringLiteral("sent"));
        drafts.setReply(marker, op.text);
        send(drafts, op);
        drafts.setReply(marker, QStringLiteral("sent, and more"));
        QVERIFY(drafts.confirmed(op));
        QCOMPARE(drafts.reply(marker), QStringLiteral("sent, and more"));
        // Answered once only.
        QVERIFY(!drafts.confirmed(op));
        QVERIFY(!drafts.failed(op, QStringLiteral("late")));
        QVERIFY(!drafts.replyFailure(marker));

        // An edit kept off screen goes once the server took that text.
        const QString comment = newId();
        const Operation edit = Operation::editComment(marker, comment, QStringLiteral("fixed"));
        drafts.setEdits(marker, { { comment, { edit.text, std::nullopt } } });
        send(drafts, edit);
        QVERIFY(drafts.commentInFlight(comment));
        QVERIFY(drafts.confirmed(edit));
        QVERIFY(drafts.edits(marker).isEmpty());
    }

    void failedEditsAndActionsAreKept()
    {
        ThreadDrafts drafts;
        const QString marker = newId(), comment = newId();
        const Operation edit = Operation::editComment(marker, comment, QStringLiteral("new text"));
        send(drafts, edit);
        QVERIFY(drafts.failed(edit, QStringLiteral("refused")));
        const auto kept = drafts.takeEdit(marker, comment);
        QVERIFY(kept);
        QCOMPARE(kept->text, QStringLiteral("new text"));
        QVERIFY(kept->failure);
        QCOMPARE(kept->failure->op.broadcastId, edit.broadcastId);
        QVERIFY(!drafts.takeEdit(marker, comment));

        const Operation resolve = Operation::setResolved(marker, true);
        send(drafts, resolve);
        QVERIFY(drafts.failed(resolve, QStringLiteral("no")));
        QCOMPARE(drafts.actionFailure(marker)->op.broadcastId, resolve.broadcastId);
        QCOMPARE(drafts.actionFailure(marker)->reason, QStringLiteral("no"));
        // Kept to retry, but no text of the user's is at stake.
        QVERIFY(!drafts.hasUnsentText());
        drafts.clearActionFailure(marker);
        QVERIFY(!drafts.actionFailure(marker));
    }

    void othersOperationsAreIgnored()
    {
        ThreadDrafts drafts;
        const Operation notMine = Operation::addComment(newId(), QStringLiteral("canvas"));
        QVERIFY(!drafts.confirmed(notMine));
        QVERIFY(!drafts.failed(notMine, QStringLiteral("refused")));
        QVERIFY(!drafts.hasUnsentText());
        QVERIFY(drafts.reply(notMine.marker).isEmpty());
    }

    void ownDeleteDropsTheConversation()
    {
        ThreadDrafts drafts;
        const QString marker = newId();
        drafts.setReply(marker, QStringLiteral("never mind"));
        const Operation del = send(drafts, Operation::deleteMarker(marker));
        QVERIFY(drafts.deleteInFlight(marker));
        QVERIFY(drafts.confirmed(del));
        QVERIFY(!drafts.deleteInFlight(marker));
        QVERIFY(drafts.reply(marker).isEmpty());
        QVERIFY(!drafts.hasUnsentText());
    }
};

QTEST_GUILESS_MAIN(TestThreadDrafts)
#include "tst_threaddrafts.moc"
