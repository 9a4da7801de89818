#pragma once

#include "bus.h"
#include "chatserver.h"
#include "store.h"

#include <QHostAddress>
#include <QString>

#include <memory>

namespace ImageChat {

// Everything a server node is started from, whoever starts it (the server
// program, the desktop program, `imagechat-cli host`, tests).
struct NodeConfig
{
    // The SQLite file and a self-signed certificate live here.
    QString dataDir;
    // Flush every event to disk before acknowledging it (SQLite).
    bool durable = false;
    // Where rooms live: empty for SQLite in dataDir, or postgresql://… that
    // several nodes share (see openStore).
    QString store;
    // How events reach other nodes: empty for none (one process), or
    // redis://HOST:PORT (see openBus).
    QString bus;

    enum class Tls {
        None, // ws://
        Files, // wss:// with the operator's certificate and key
        SelfSigned, // wss:// with a certificate made in dataDir; links pin it
    };
    Tls tls = Tls::None;
    QString tlsCertificateFile;
    QString tlsKeyFile;

    ServerOptions server;

    // GET /metrics and /healthz here (metricsPort 0: a free one; -1: off).
    QHostAddress metricsAddress = QHostAddress::LocalHost;
    int metricsPort = -1;
};

class MetricsEndpoint;

// One server node, started in one order: data folder, TLS identity, store,
// bus, server, listen. Any step that fails stops there with one clear line.
class ServerNode
{
public:
    explicit ServerNode(const NodeConfig &config);
    ~ServerNode();
    ServerNode(const ServerNode &) = delete;
    ServerNode &operator=(const ServerNode &) = delete;

    // Where start() listens (before it; relisten() changes it later).
    void setListenAddress(const QHostAddress &address, quint16 port)
    {
        m_config.server.address = address;
        m_config.server.port = port;
    }
    bool start(QString *error);
    // Stops serving and closes the store; clients see the connection drop.
    void stop();
    // Serves on another address with the same store and bus; the server is
    // a new one, so connected clients reconnect by themselves.
    bool relisten(const QHostAddress &address, quint16 port, QString *error);

    bool isRunning() const { return bool(m_server); }
    ChatServer *server() const { return m_server.get(); }
    Store *store() const { return m_store.get(); }
    Bus *bus() const { return m_bus.get(); }
    const NodeConfig &config() const { return m_config; }
    // Where /metrics is served (0 when off).
    quint16 metricsPort() const;
    // The address as links carry it (loopback when listening on every interface).
    ServerAddress address() const;

private:
    bool startMetrics(QString *error);

    NodeConfig m_config;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Bus> m_bus;
    std::unique_ptr<ChatServer> m_server;
    std::unique_ptr<MetricsEndpoint> m_metrics;
};

} // namespace ImageChat
