#include "testserver.h"

#include "imagetransfer.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

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

namespace {

NodeConfig nodeConfig(const ServerOptions &options)
{
    NodeConfig config;
    config.server = options;
    return config;
}

} // namespace

TestServer::TestServer(const ServerOptions &options)
    : TestServer(nodeConfig(options))
{ }

TestServer::TestServer(const NodeConfig &config)
{
    NodeConfig node = config;
    if (node.dataDir.isEmpty())
        node.dataDir = m_dir.path();
    node.server.address = QHostAddress::LocalHost;
    m_node = std::make_unique<ServerNode>(node);
    start();
}

TestServer::~TestServer()
{
    stop();
}

void TestServer::start()
{
    QString error;
    if (!m_node->start(&error))
        qFatal("cannot start the test server: %s", qPrintable(error));
    // Later restarts come back on the same port, as a restarted server would.
    m_address = m_node->address();
    m_node->setListenAddress(QHostAddress::LocalHost, m_address.port);
}

void TestServer::stop()
{
    m_node->stop();
}

ServerAddress TestServer::address() const
{
    return m_address;
}

RoomLink TestServer::createRoom(Protocol::Identity *owner, const QByteArray &image,
                                const QList<QSslCertificate> &authorities)
{
    ImageUpload upload(address(), image, QStringLiteral("test.png"));
    upload.setTrustedAuthorities(authorities);
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

qint64 countRows(const QString &dataDir, const char *table)
{
    qint64 rows = -1;
    const QString connection =
        QStringLiteral("peek-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("imagechat.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table))
            && query.next())
            rows = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(connection);
    return rows;
}

} // namespace ImageChat::Test
