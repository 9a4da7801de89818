#pragma once

#include "bus.h"
#include "chatserver.h"
#include "roomlink.h"
#include "sqlitestore.h"

#include <QObject>

#include <memory>

namespace ImageChat {

// A whole server inside another program (the desktop program, `imagechat-cli
// host`): SQLite in a data folder, the in-process bus, and a ChatServer. It
// starts on the loopback interface; share() reopens it on every interface on
// the same port, so links that name this machine keep working.
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
    bool isRunning() const { return bool(m_server); }
    bool isShared() const { return m_shared; }
    quint16 port() const;
    ServerAddress localAddress() const;
    // The address other machines use: this machine's first non-loopback IPv4.
    ServerAddress networkAddress() const;
    ChatServer *server() const { return m_server.get(); }

signals:
    void sharedChanged(bool shared);

private:
    bool listen(const QHostAddress &address, quint16 port, QString *error);

    QString m_dataDir;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<LocalBus> m_bus;
    std::unique_ptr<ChatServer> m_server;
    bool m_shared = false;
};

// This machine's address as others on the local network see it.
QString localNetworkHost();

} // namespace ImageChat
