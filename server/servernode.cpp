#include "servernode.h"

#include "busfactory.h"
#include "metricsendpoint.h"
#include "serverlogging.h"
#include "storefactory.h"

#include <QCoreApplication>
#include <QDir>

namespace ImageChat {

namespace {

// Gives these texts the translation context "ImageChat::ServerNode" (lupdate reads it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImageChat::ServerNode)
};

} // namespace

ServerNode::ServerNode(const NodeConfig &config)
    : m_config(config)
{ }

ServerNode::~ServerNode()
{
    stop();
}

bool ServerNode::start(QString *error)
{
    if (m_server)
        return true;
    const bool needsFolder =
        m_config.store.isEmpty() || m_config.tls == NodeConfig::Tls::SelfSigned;
    if (needsFolder && !QDir().mkpath(m_config.dataDir)) {
        *error = Text::tr("Cannot create the folder %1.")
                     .arg(QDir::toNativeSeparators(m_config.dataDir));
        return false;
    }
    ServerOptions options = m_config.server;
    switch (m_config.tls) {
    case NodeConfig::Tls::None:
        options.tls.reset();
        break;
    case NodeConfig::Tls::Files:
        options.tls = loadTlsIdentity(m_config.tlsCertificateFile, m_config.tlsKeyFile, error);
        if (!options.tls)
            return false;
        break;
    case NodeConfig::Tls::SelfSigned:
        options.tls = selfSignedTlsIdentity(m_config.dataDir, error);
        if (!options.tls)
            return false;
        break;
    }

    m_store = openStore(m_config.store, m_config.dataDir, m_config.durable, error);
    if (!m_store)
        return false;
    m_bus = openBus(m_config.bus, error);
    if (!m_bus) {
        stop();
        return false;
    }
    // The certificate is read once; a relisten keeps it.
    m_config.server = options;
    if (!relisten(options.address, options.port, error)) {
        stop();
        return false;
    }
    if (m_config.metricsPort >= 0 && !startMetrics(error)) {
        stop();
        return false;
    }
    return true;
}

bool ServerNode::startMetrics(QString *error)
{
    const auto metrics = [this] { return m_server ? m_server->metricsText() : QByteArray(); };
    const auto health = [this] {
        MetricsEndpoint::Health health;
        const bool store = m_store && m_store->isReachable();
        health.report = QByteArray("store: ") + (store ? "ok" : "unreachable") + '\n';
        health.healthy = store && m_server;
        if (!m_config.bus.isEmpty()) {
            const bool bus = m_bus && m_bus->isConnected();
            health.report += QByteArray("bus: ") + (bus ? "ok" : "unreachable") + '\n';
            health.healthy = health.healthy && bus;
        }
        return health;
    };
    m_metrics = std::make_unique<MetricsEndpoint>(metrics, health);
    return m_metrics->listen(m_config.metricsAddress, quint16(m_config.metricsPort), error);
}

quint16 ServerNode::metricsPort() const
{
    return m_metrics ? m_metrics->port() : 0;
}

bool ServerNode::relisten(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_store) {
        *error = Text::tr("The server is not running.");
        return false;
    }
    m_server.reset(); // frees the port first
    ServerOptions options = m_config.server;
    options.address = address;
    options.port = port;
    auto server = std::make_unique<ChatServer>(m_store.get(), m_bus.get(), options);
    if (!server->listen(error))
        return false;
    m_server = std::move(server);
    m_config.server.address = address;
    // Later restarts come back on the same port, as a restarted server would.
    m_config.server.port = m_server->port();
    return true;
}

void ServerNode::stop()
{
    m_metrics.reset();
    m_server.reset();
    m_bus.reset();
    m_store.reset();
}

ServerAddress ServerNode::address() const
{
    return m_server ? m_server->address() : ServerAddress();
}

} // namespace ImageChat
