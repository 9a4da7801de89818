#pragma once

#include "roomlink.h"
#include "servernode.h"

#include <QObject>

#include <memory>

namespace ImageChat {

// A whole server inside another program (the desktop program, `imagechat-cli
// host`): SQLite in a data folder, the in-process bus, and a ChatServer. It
// starts on the loopback interface; share() reopens it on every interface on
// the same port, so links that name this machine keep working.
//
// It always speaks TLS, with a self-signed certificate made in the data
// folder on first use; links carry its fingerprint. Secure on the network
// by default, and the program's own windows need not reconnect differently
// when the room is shared.
class EmbeddedServer : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedServer(const QString &dataDir, QObject *parent = nullptr);
    ~EmbeddedServer() override;

    // Listens on 127.0.0.1, on `preferredPort` if free, else on any free port.
    bool start(quint16 preferredPort, QString *error);
    // Listens on all interfaces instead (same port). Connected clients
    // reconnect by themselves.
    bool share(QString *error);
    bool isRunning() const { return m_node.isRunning(); }
    bool isShared() const { return m_shared; }
    quint16 port() const;
    ServerAddress localAddress() const;
    // The address other machines use: this machine's first non-loopback IPv4.
    ServerAddress networkAddress() const;
    ChatServer *server() const { return m_node.server(); }

signals:
    void sharedChanged(bool shared);

private:
    ServerNode m_node;
    bool m_shared = false;
};

// This machine's address as others on the local network see it.
QString localNetworkHost();

} // namespace ImageChat
