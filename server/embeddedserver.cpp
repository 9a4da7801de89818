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

namespace {

NodeConfig embeddedConfig(const QString &dataDir)
{
    NodeConfig config;
    config.dataDir = dataDir;
    config.tls = NodeConfig::Tls::SelfSigned;
    config.server.address = QHostAddress::LocalHost;
    return config;
}

} // namespace

EmbeddedServer::EmbeddedServer(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_node(embeddedConfig(dataDir))
{ }

EmbeddedServer::~EmbeddedServer() = default;

bool EmbeddedServer::start(quint16 preferredPort, QString *error)
{
    if (m_node.isRunning())
        return true;
    m_node.setListenAddress(QHostAddress::LocalHost, preferredPort);
    if (m_node.start(error))
        return true;
    if (preferredPort == 0)
        return false;
    qCInfo(lcServer) << "port" << preferredPort << "is taken; using a free one";
    m_node.setListenAddress(QHostAddress::LocalHost, 0);
    return m_node.start(error);
}

bool EmbeddedServer::share(QString *error)
{
    if (m_shared)
        return true;
    if (!m_node.isRunning()) {
        *error = tr("The embedded server is not running.");
        return false;
    }
    const quint16 port = m_node.server()->port();
    if (!m_node.relisten(QHostAddress::AnyIPv4, port, error)) {
        QString ignored;
        m_node.relisten(QHostAddress::LocalHost, port, &ignored);
        return false;
    }
    m_shared = true;
    emit sharedChanged(true);
    return true;
}

quint16 EmbeddedServer::port() const
{
    return m_node.isRunning() ? m_node.server()->port() : 0;
}

ServerAddress EmbeddedServer::localAddress() const
{
    ServerAddress address = m_node.address();
    address.host = QStringLiteral("127.0.0.1");
    return address;
}

ServerAddress EmbeddedServer::networkAddress() const
{
    ServerAddress address = m_node.address();
    address.host = localNetworkHost();
    return address;
}

} // namespace ImageChat
