#include "embeddedserver.h"

#include "serverlogging.h"

#include <QDir>
#include <QNetworkInterface>

namespace ImageChat {

QString localNetworkHost()
{
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp)
            || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol)
                return entry.ip().toString();
        }
    }
    return QHostAddress(QHostAddress::LocalHost).toString();
}

EmbeddedServer::EmbeddedServer(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{ }

EmbeddedServer::~EmbeddedServer() = default;

bool EmbeddedServer::start(quint16 preferredPort, QString *error)
{
    if (m_server)
        return true;
    if (!QDir().mkpath(m_dataDir)) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_dataDir));
        return false;
    }
    m_store =
        std::make_unique<SqliteStore>(QDir(m_dataDir).filePath(QStringLiteral("imagechat.sqlite")));
    if (!m_store->open(error)) {
        m_store.reset();
        return false;
    }
    m_bus = std::make_unique<LocalBus>();
    if (listen(QHostAddress::LocalHost, preferredPort, error))
        return true;
    qCInfo(lcServer) << "port" << preferredPort << "is taken; using a free one";
    return listen(QHostAddress::LocalHost, 0, error);
}

bool EmbeddedServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    ServerOptions options;
    options.address = address;
    options.port = port;
    auto server = std::make_unique<ChatServer>(m_store.get(), m_bus.get(), options);
    if (!server->listen(error))
        return false;
    m_server = std::move(server);
    return true;
}

bool EmbeddedServer::share(QString *error)
{
    if (m_shared)
        return true;
    if (!m_server) {
        *error = tr("The embedded server is not running.");
        return false;
    }
    const quint16 port = m_server->port();
    m_server.reset(); // frees the port; our own clients reconnect
    if (!listen(QHostAddress::AnyIPv4, port, error)) {
        QString ignored;
        listen(QHostAddress::LocalHost, port, &ignored);
        return false;
    }
    m_shared = true;
    emit sharedChanged(true);
    return true;
}

quint16 EmbeddedServer::port() const
{
    return m_server ? m_server->port() : 0;
}

ServerAddress EmbeddedServer::localAddress() const
{
    return { QStringLiteral("127.0.0.1"), port(), false };
}

ServerAddress EmbeddedServer::networkAddress() const
{
    return { localNetworkHost(), port(), false };
}

} // namespace ImageChat
