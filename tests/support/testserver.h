#pragma once

#include "roomlink.h"
#include "roommodel.h"
#include "servernode.h"
#include "syncservice.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace ImageChat::Test {

// Runs the event loop until the predicate holds. It blocks until the next
// event arrives (a socket becoming readable, a timer) and looks again, so it
// reacts at once without polling.
template<typename Predicate> bool waitUntil(Predicate predicate, int timeoutMs = 10000)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer wakeUp; // so that the last wait ends at the deadline
    wakeUp.setSingleShot(true);
    while (!predicate()) {
        if (deadline.hasExpired())
            return false;
        // A coarse timer may fire a little early (up to 5%); armed again for
        // what is left, or the last wait would have nothing to end it.
        if (!wakeUp.isActive() && !deadline.isForever())
            wakeUp.start(int(std::max<qint64>(1, deadline.remainingTime())));
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

// A PNG of the given size, made with Qt Gui (tests only; core links no Gui).
QByteArray makePng(int width = 64, int height = 48);

// Reconnect quickly in tests; a real heartbeat, but short.
SyncService::Timing fastTiming();

// The room as the server has it now, read through a fresh client.
QJsonArray serverState(const RoomLink &link);

// Rows in one table of the SQLite file in `dataDir`, read on a connection of
// its own (read-only, so a running server is not disturbed); -1 if it cannot
// be read.
qint64 countRows(const QString &dataDir, const char *table);

// A real server node on 127.0.0.1, port 0, with a real SQLite file in a
// temporary folder and the in-process bus; started as the server program
// starts it.
class TestServer
{
public:
    explicit TestServer(const ServerOptions &options = {});
    // A node as configured (TLS...); data in a temporary folder unless given.
    explicit TestServer(const NodeConfig &config);
    ~TestServer();

    ChatServer &server() { return *m_node->server(); }
    ServerNode &node() { return *m_node; }
    Store &store() { return *m_node->store(); }
    Bus &bus() { return *m_node->bus(); }
    QString dataDir() const { return m_node->config().dataDir; }
    // As links carry it: with TLS and a pinned fingerprint when so configured.
    ServerAddress address() const;

    // Creates a room by a real upload; the owner's identity is returned. The
    // upload trusts `authorities` beyond the system's (a test CA for wss://).
    RoomLink createRoom(Protocol::Identity *owner = nullptr, const QByteArray &image = makePng(),
                        const QList<QSslCertificate> &authorities = {});
    // Stops serving (clients see the connection drop).
    void stop();
    // Serves again on the same port with the same data.
    void start();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerNode> m_node;
    ServerAddress m_address;
};

// One window's worth of client: a model and its sync service.
struct TestClient
{
    RoomModel model;
    SyncService sync;

    TestClient(const RoomLink &link, const Protocol::Identity &identity = {},
               const QString &name = QStringLiteral("tester"));
    // Starts and waits until live; false if it did not get there.
    bool connectAndWait();
    // Submits and waits for the server's verdict; true when accepted.
    bool submitAndWait(const Operation &op);
};

} // namespace ImageChat::Test
