// The server a program hosts itself: loopback first, then shared on every
// interface on the same port, with its own clients reconnecting by
// themselves and its rooms kept in the data folder across restarts.
#include "embeddedserver.h"
#include "imagetransfer.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace ImageChat;
using namespace ImageChat::Test;

class TestEmbeddedServer : public QObject
{
    Q_OBJECT

private:
    static RoomLink createRoom(const ServerAddress &address)
    {
        ImageUpload upload(address, makePng(), QStringLiteral("local.png"));
        QSignalSpy finished(&upload, &ImageUpload::finished);
        upload.start();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 10000))
            return {};
        return finished.first().at(0).value<RoomLink>();
    }

private slots:
    void startsOnLoopbackAndSharesOnTheSamePort()
    {
        QTemporaryDir dir;
        EmbeddedServer server(dir.path());
        QString error;
        QVERIFY2(server.start(0, &error), qPrintable(error));
        QVERIFY(!server.isShared());
        QCOMPARE(server.server()->url().host(), QStringLiteral("127.0.0.1"));
        const quint16 port = server.port();
        const RoomLink link = createRoom(server.localAddress());
        QVERIFY(!link.room.isEmpty());

        TestClient window(link);
        QVERIFY(window.connectAndWait());
        QVERIFY(window.submitAndWait(
            Operation::createMarker(0.5, 0.5, QStringLiteral("before sharing"))));

        QSignalSpy shared(&server, &EmbeddedServer::sharedChanged);
        QSignalSpy resynced(&window.sync, &SyncService::resynced);
        QVERIFY2(server.share(&error), qPrintable(error));
        QCOMPARE(shared.size(), 1);
        QVERIFY(server.isShared());
        QCOMPARE(server.port(), port);
        QVERIFY(server.networkAddress().port == port);
        // Our own window noticed the rebind and came back by itself.
        QTRY_COMPARE_WITH_TIMEOUT(resynced.size(), 1, 10000);
        QCOMPARE(window.sync.state(), SyncService::State::Live);
        QVERIFY(window.submitAndWait(
            Operation::createMarker(0.2, 0.2, QStringLiteral("after sharing"))));
        QCOMPARE(window.model.count(), 2);
    }

    void takenPortFallsBackToAFreeOne()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost));
        QTemporaryDir dir;
        EmbeddedServer server(dir.path());
        QString error;
        QVERIFY2(server.start(squatter.serverPort(), &error), qPrintable(error));
        QVERIFY(server.port() != squatter.serverPort());
    }

    void roomsSurviveARestart()
    {
        QTemporaryDir dir;
        RoomLink link;
        {
            EmbeddedServer server(dir.path());
            QString error;
            QVERIFY(server.start(0, &error));
            link = createRoom(server.localAddress());
            TestClient client(link);
            QVERIFY(client.connectAndWait());
            QVERIFY(
                client.submitAndWait(Operation::createMarker(0.1, 0.9, QStringLiteral("kept"))));
        }
        EmbeddedServer again(dir.path());
        QString error;
        QVERIFY(again.start(link.server.port, &error));
        QCOMPARE(again.port(), link.server.port);
        QCOMPARE(serverState(link).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedServer)
#include "tst_embeddedserver.moc"
