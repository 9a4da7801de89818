#include "testserver.h"

#include "imagetransfer.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

namespace ImageChat::Test {

QByteArray makePng(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(120, 160, 220));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

SyncService::Timing fastTiming()
{
    SyncService::Timing timing;
    timing.backoffInitialMs = 50;
    timing.backoffMaxMs = 400;
    timing.heartbeatMs = 1000;
    timing.pongTimeoutMs = 1000;
    timing.connectTimeoutMs = 3000;
    return timing;
}

TestServer::TestServer(const ServerOptions &options)
    : m_options(options)
{
    m_options.address = QHostAddress::LocalHost;
    start();
}

TestServer::~TestServer()
{
    stop();
}

void TestServer::start()
{
    m_store = std::make_unique<SqliteStore>(m_dir.filePath(QStringLiteral("imagechat.sqlite")));
    QString error;
    if (!m_store->open(&error))
        qFatal("cannot open test store: %s", qPrintable(error));
    m_bus = std::make_unique<LocalBus>();
    m_server = std::make_unique<ChatServer>(m_store.get(), m_bus.get(), m_options);
    if (!m_server->listen(&error))
        qFatal("cannot listen: %s", qPrintable(error));
    // Later restarts come back on the same port, as a restarted server would.
    m_options.port = m_server->port();
}

void TestServer::stop()
{
    m_server.reset();
    m_bus.reset();
    m_store.reset();
}

ServerAddress TestServer::address() const
{
    ServerAddress address;
    address.host = QStringLiteral("127.0.0.1");
    address.port = m_options.port;
    return address;
}

RoomLink TestServer::createRoom(Protocol::Identity *owner, const QByteArray &image)
{
    ImageUpload upload(address(), image, QStringLiteral("test.png"));
    if (owner)
        upload.setIdentity(*owner);
    QSignalSpy finished(&upload, &ImageUpload::finished);
    QSignalSpy failed(&upload, &ImageTransfer::failed);
    upload.start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 10000)
        || finished.isEmpty())
        qFatal("could not create a test room");
    if (owner)
        *owner = upload.identity();
    return finished.first().at(0).value<RoomLink>();
}

TestClient::TestClient(const RoomLink &link, const Protocol::Identity &identity,
                       const QString &name)
    : sync(&model, link)
{
    sync.setIdentity(identity);
    sync.setDisplayName(name);
    sync.setTiming(fastTiming());
}

bool TestClient::connectAndWait()
{
    sync.start();
    return QTest::qWaitFor([&] { return sync.state() == SyncService::State::Live; }, 10000);
}

} // namespace ImageChat::Test

namespace ImageChat::Test {

bool TestClient::submitAndWait(const Operation &op)
{
    QSignalSpy confirmed(&sync, &SyncService::operationConfirmed);
    QSignalSpy failed(&sync, &SyncService::operationFailed);
    if (!sync.submit(op).sent)
        return false;
    // Accepted, and its echo applied, so the model holds the canonical event.
    return QTest::qWaitFor(
               [&] {
                   return !failed.isEmpty()
                       || (!confirmed.isEmpty() && !model.hasPendingOperation(op.broadcastId));
               },
               10000)
        && failed.isEmpty();
}

QJsonArray serverState(const RoomLink &link)
{
    TestClient probe(link);
    if (!probe.connectAndWait())
        qFatal("could not read the server's state");
    return probe.model.confirmedState().toJson();
}

} // namespace ImageChat::Test
