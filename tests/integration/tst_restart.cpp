// A server restart as a new process with the same data folder: clients notice
// the crash, come back by themselves, and nothing the server acknowledged is
// lost. Also the server executable's command line.
#include "errors.h"
#include "imagetransfer.h"
#include "operation.h"
#include "roomlink.h"
#include "roommodel.h"
#include "serverprocess.h"
#include "syncservice.h"
#include "testserver.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

using namespace ImageChat;
using namespace ImageChat::Test;

namespace {

using State = SyncService::State;

struct ProcessRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the server with these arguments until it exits by itself.
ProcessRun runServer(const QStringList &arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(serverBinary(), arguments);
    ProcessRun run;
    run.finished = QTest::qWaitFor([&] { return !finished.isEmpty(); }, 10000)
        && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run; // ~QProcess kills it if it is still running
}

QByteArray stateJson(const Test::TestClient &client)
{
    return QJsonDocument(client.model.confirmedState().toJson()).toJson(QJsonDocument::Compact);
}

bool isReconnecting(State state)
{
    return state == State::WaitingToRetry || state == State::Connecting;
}

int countState(const QSignalSpy &spy, State state)
{
    int count = 0;
    for (const QList<QVariant> &args : spy) {
        if (args.at(0).value<State>() == state)
            ++count;
    }
    return count;
}

bool sawState(const QSignalSpy &spy, State state)
{
    return countState(spy, state) > 0;
}

} // namespace

class TestRestart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(serverBinary()).isExecutable(),
                 "IMAGECHAT_SERVER_BIN must name the built imagechat-server (run through ctest)");
    }

    void init()
    {
        m_dataDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dataDir->isValid());
    }

    void cleanup()
    {
        // Clients first, then the server process (killed), then its data.
        m_clients.clear();
        m_server.reset();
        m_dataDir.reset();
    }

    void restartKeepsAcknowledgedOperations()
    {
        QVERIFY(startServer(QStringLiteral("127.0.0.1:0")));
        const quint16 port = m_server->port();
        Protocol::Identity owner;
        const std::optional<RoomLink> link = createRoom(&owner);
        QVERIFY(link);

        Test::TestClient *alice = addClient(*link, owner, QStringLiteral("alice"));
        Test::TestClient *bob = addClient(*link, {}, QStringLiteral("bob"));
        QVERIFY(alice->connectAndWait());
        QVERIFY(bob->connectAndWait());

        // Some history, each change acknowledged by the server before the crash.
        const Operation first = Operation::createMarker(0.25, 0.5, QStringLiteral("first marker"));
        const Operation second =
            Operation::createMarker(0.75, 0.125, QStringLiteral("second marker"));
        const Operation reply = Operation::addComment(first.marker, QStringLiteral("bob replies"));
        const Operation resolve = Operation::setResolved(first.marker, true);
        const Operation reply2 =
            Operation::addComment(second.marker, QStringLiteral("alice on second"));
        QVERIFY(submitAndConfirm(alice, first));
        QVERIFY(submitAndConfirm(bob, second));
        QVERIFY(submitAndConfirm(bob, reply));
        QVERIFY(submitAndConfirm(alice, resolve));
        QVERIFY(submitAndConfirm(alice, reply2));
        const qint64 acknowledged = 5;

        // Crash.
        QSignalSpy aliceStates(&alice->sync, &SyncService::stateChanged);
        QSignalSpy bobStates(&bob->sync, &SyncService::stateChanged);
        m_server->kill();
        QTRY_VERIFY(alice->sync.state() != State::Live);
        QTRY_VERIFY(bob->sync.state() != State::Live);
        QTRY_VERIFY(sawState(aliceStates, State::WaitingToRetry));
        QTRY_VERIFY(sawState(bobStates, State::WaitingToRetry));
        QVERIFY2(isReconnecting(alice->sync.state()), "a lost server is retried, not given up on");
        QVERIFY2(isReconnecting(bob->sync.state()), "a lost server is retried, not given up on");
        // Down for a while: refused attempts do not stop the clients trying.
        QTRY_VERIFY_WITH_TIMEOUT(countState(aliceStates, State::WaitingToRetry) >= 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(countState(bobStates, State::WaitingToRetry) >= 2, 10000);
        QVERIFY(isReconnecting(alice->sync.state()));
        QVERIFY(isReconnecting(bob->sync.state()));

        // A new process, same port, same data; nobody calls retryNow().
        QVERIFY(startServer(QStringLiteral("127.0.0.1:%1").arg(port)));
        QCOMPARE(m_server->port(), port);
        QTRY_COMPARE_WITH_TIMEOUT(alice->sync.state(), State::Live, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(bob->sync.state(), State::Live, 10000);
        QVERIFY(!sawState(aliceStates, State::Failed));
        QVERIFY(!sawState(bobStates, State::Failed));

        // Everyone agrees, with a newcomer who only knows what the server stored.
        Test::TestClient *carol = addClient(*link, {}, QStringLiteral("carol"));
        QVERIFY(carol->connectAndWait());
        const QByteArray stored = stateJson(*carol);
        QTRY_COMPARE(stateJson(*alice), stored);
        QTRY_COMPARE(stateJson(*bob), stored);
        QCOMPARE(carol->model.seq(), acknowledged);
        QCOMPARE(alice->model.seq(), acknowledged);
        QCOMPARE(bob->model.seq(), acknowledged);
        QCOMPARE(carol->model.epoch(), alice->model.epoch());

        // Nothing acknowledged is lost.
        const RoomState &state = carol->model.confirmedState();
        QCOMPARE(state.size(), 2);
        const Conversation *firstConversation = state.find(first.marker);
        QVERIFY(firstConversation);
        QCOMPARE(firstConversation->comments.size(), 2);
        QCOMPARE(firstConversation->comments.at(0).text, first.text);
        QCOMPARE(firstConversation->comments.at(0).author, owner.user);
        QCOMPARE(firstConversation->comments.at(1).id, reply.comment);
        QCOMPARE(firstConversation->comments.at(1).text, reply.text);
        QCOMPARE(firstConversation->comments.at(1).author, bob->sync.identity().user);
        QVERIFY(firstConversation->resolved);
        const Conversation *secondConversation = state.find(second.marker);
        QVERIFY(secondConversation);
        QCOMPARE(secondConversation->x, second.x);
        QCOMPARE(secondConversation->y, second.y);
        QCOMPARE(secondConversation->creator, bob->sync.identity().user);
        QCOMPARE(secondConversation->comments.size(), 2);
        QCOMPARE(secondConversation->comments.at(1).id, reply2.comment);
        QVERIFY(!secondConversation->resolved);

        // Life goes on: a change after the restart reaches the others.
        QSignalSpy aliceRemote(&alice->sync, &SyncService::remoteEventApplied);
        const Operation after =
            Operation::addComment(second.marker, QStringLiteral("after the restart"));
        QVERIFY(submitAndConfirm(bob, after));
        QTRY_VERIFY(!aliceRemote.isEmpty());
        QCOMPARE(aliceRemote.last().at(0).value<Event>().op.broadcastId, after.broadcastId);
        const Conversation *seenByAlice = alice->model.confirmedState().find(second.marker);
        QVERIFY(seenByAlice);
        QVERIFY(seenByAlice->indexOfComment(after.comment) >= 0);
        QCOMPARE(alice->model.seq(), acknowledged + 1);
        QTRY_COMPARE(stateJson(*carol), stateJson(*alice));
    }

    void submitWhileServerDownFailsAtOnce()
    {
        QVERIFY(startServer(QStringLiteral("127.0.0.1:0")));
        const quint16 port = m_server->port();
        Protocol::Identity owner;
        const std::optional<RoomLink> link = createRoom(&owner);
        QVERIFY(link);
        Test::TestClient *alice = addClient(*link, owner, QStringLiteral("alice"));
        QVERIFY(alice->connectAndWait());
        const Operation before =
            Operation::createMarker(0.5, 0.5, QStringLiteral("before the crash"));
        QVERIFY(submitAndConfirm(alice, before));

        m_server->kill();
        QTRY_VERIFY(isReconnecting(alice->sync.state()));

        // S14: refused at once, handed back with the text typed, never queued.
        QSignalSpy failed(&alice->sync, &SyncService::operationFailed);
        QSignalSpy confirmed(&alice->sync, &SyncService::operationConfirmed);
        const Operation lostMarker =
            Operation::createMarker(0.1, 0.9, QStringLiteral("typed while offline"));
        const SyncService::Submission markerResult = alice->sync.submit(lostMarker);
        QVERIFY(!markerResult.sent);
        QCOMPARE(markerResult.error.code, ErrorCode::Offline);
        QVERIFY(!markerResult.error.message.isEmpty());
        QCOMPARE(markerResult.operation, lostMarker);
        const Operation lostReply =
            Operation::addComment(before.marker, QStringLiteral("also offline"));
        const SyncService::Submission replyResult = alice->sync.submit(lostReply);
        QVERIFY(!replyResult.sent);
        QCOMPARE(replyResult.error.code, ErrorCode::Offline);
        QCOMPARE(replyResult.operation.text, lostReply.text);
        // Not even shown optimistically.
        QVERIFY(alice->model.pending().isEmpty());
        QVERIFY(!alice->model.conversation(lostMarker.marker));
        QCOMPARE(alice->model.conversation(before.marker)->comments.size(), 1);

        QVERIFY(startServer(QStringLiteral("127.0.0.1:%1").arg(port)));
        QTRY_COMPARE_WITH_TIMEOUT(alice->sync.state(), State::Live, 10000);
        // A change after the reconnect: anything queued would have gone first
        // on the same connection, so once this one is stored the server has
        // seen everything Alice's client ever sent.
        const Operation after = Operation::addComment(before.marker, QStringLiteral("back online"));
        QVERIFY(submitAndConfirm(alice, after));

        Test::TestClient *bob = addClient(*link, {}, QStringLiteral("bob"));
        QVERIFY(bob->connectAndWait());
        const RoomState &stored = bob->model.confirmedState();
        QVERIFY2(!stored.find(lostMarker.marker), "an operation refused offline was sent later");
        QCOMPARE(stored.size(), 1);
        const Conversation *conversation = stored.find(before.marker);
        QVERIFY(conversation);
        QVERIFY2(conversation->indexOfComment(lostReply.comment) < 0,
                 "an operation refused offline was sent later");
        QCOMPARE(conversation->comments.size(), 2);
        QCOMPARE(conversation->comments.at(1).id, after.comment);
        QCOMPARE(bob->model.seq(), 2);
        QTRY_COMPARE(stateJson(*alice), stateJson(*bob));
        // The refused operations never came back as confirmed or failed later.
        for (const QList<QVariant> &args : std::as_const(confirmed)) {
            const QString id = args.at(0).value<Operation>().broadcastId;
            QVERIFY(id != lostMarker.broadcastId && id != lostReply.broadcastId);
        }
        for (const QList<QVariant> &args : std::as_const(failed)) {
            const QString id = args.at(0).value<Operation>().broadcastId;
            QVERIFY(id != lostMarker.broadcastId && id != lostReply.broadcastId);
        }
    }

    void helpMentionsOptions()
    {
        const ProcessRun run = runServer({ QStringLiteral("--help") });
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("--listen")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("--data")), qPrintable(run.out));
    }

    void badListenIsRefused_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::newRow("no port") << QStringLiteral("127.0.0.1");
        QTest::newRow("not an address") << QStringLiteral("nonsense");
        QTest::newRow("port too large") << QStringLiteral("127.0.0.1:70000");
        QTest::newRow("port not a number") << QStringLiteral("127.0.0.1:http");
        QTest::newRow("host name") << QStringLiteral("example.org:47800");
        QTest::newRow("empty host") << QStringLiteral(":47800");
    }

    void badListenIsRefused()
    {
        QFETCH(QString, listen);
        const ProcessRun run = runServer(
            { QStringLiteral("--listen"), listen, QStringLiteral("--data"), m_dataDir->path() });
        QVERIFY2(run.finished, "the server must exit by itself on a bad --listen");
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QLatin1String("--listen")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("HOST:PORT")), qPrintable(run.err));
        QVERIFY2(run.err.contains(listen), qPrintable(run.err));
        QVERIFY(!run.out.contains(QLatin1String("listening on")));
    }

    void portInUseIsRefused()
    {
        QVERIFY(startServer(QStringLiteral("127.0.0.1:0")));
        QTemporaryDir otherData;
        const ProcessRun run = runServer({ QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:%1").arg(m_server->port()),
                                           QStringLiteral("--data"), otherData.path() });
        QVERIFY2(run.finished, "the server must exit by itself when it cannot listen");
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QString::number(m_server->port())), qPrintable(run.err));
        QVERIFY(!run.out.contains(QLatin1String("listening on")));
        QVERIFY(m_server->isRunning());
    }

private:
    bool startServer(const QString &listen)
    {
        if (m_server)
            m_server->kill();
        m_server = std::make_unique<ServerProcess>();
        if (m_server->start(listen, m_dataDir->path()))
            return true;
        qWarning("imagechat-server did not start: %s", m_server->diagnostics().constData());
        return false;
    }

    std::optional<RoomLink> createRoom(Protocol::Identity *owner)
    {
        ImageUpload upload(m_server->address(), Test::makePng(), QStringLiteral("restart.png"));
        QSignalSpy finished(&upload, &ImageUpload::finished);
        QSignalSpy failed(&upload, &ImageTransfer::failed);
        upload.start();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 10000)
            || finished.isEmpty()) {
            qWarning("could not create a room: %s",
                     failed.isEmpty() ? "timed out"
                                      : qPrintable(failed.first().at(0).value<OpError>().message));
            return std::nullopt;
        }
        *owner = upload.identity();
        return finished.first().at(0).value<RoomLink>();
    }

    Test::TestClient *addClient(const RoomLink &link, const Protocol::Identity &identity,
                                const QString &name)
    {
        m_clients.push_back(std::make_unique<Test::TestClient>(link, identity, name));
        return m_clients.back().get();
    }

    // Submits and waits for the server's acknowledgement.
    bool submitAndConfirm(Test::TestClient *client, const Operation &op)
    {
        QSignalSpy confirmed(&client->sync, &SyncService::operationConfirmed);
        QSignalSpy failed(&client->sync, &SyncService::operationFailed);
        const SyncService::Submission result = client->sync.submit(op);
        if (!result.sent) {
            qWarning("submit refused: %s", qPrintable(result.error.message));
            return false;
        }
        auto isConfirmed = [&] {
            for (const QList<QVariant> &args : std::as_const(confirmed)) {
                if (args.at(0).value<Operation>().broadcastId == op.broadcastId)
                    return true;
            }
            return false;
        };
        if (QTest::qWaitFor([&] { return isConfirmed() || !failed.isEmpty(); }, 10000)
            && isConfirmed())
            return true;
        qWarning("%s was not acknowledged%s", qPrintable(op.name()),
                 failed.isEmpty() ? ""
                                  : qPrintable(QStringLiteral(": ")
                                               + failed.first().at(1).value<OpError>().message));
        return false;
    }

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<ServerProcess> m_server;
    std::vector<std::unique_ptr<Test::TestClient>> m_clients;
};

QTEST_GUILESS_MAIN(TestRestart)
#include "tst_restart.moc"
