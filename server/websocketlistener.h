#pragma once

#include "serveroptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QWebSocketServer>

#include <memory>
#include <optional>

class QTcpSocket;
class QWebSocket;

namespace ImageChat {

// Where connections come in: TCP (or TLS, completed before anything else),
// then the WebSocket upgrade, each with its own time limit. Connections are
// accepted here and handed to QWebSocketServer for the upgrade, so that
// whoever takes a connection also learns its TCP socket (fan-out writes
// prepared frames there). After the upgrade the server reads the client's
// frames itself (ClientReader), for the checks Qt 6.4's reader leaves out.
class WebSocketListener : public QObject
{
    Q_OBJECT

public:
    // With a TLS identity, a QSslServer: nothing reaches the WebSocket
    // handshake before the TLS handshake has completed. Uses the options'
    // tls, handshakeTimeoutMs, maxConnectionsPerAddress and limitLoopback.
    explicit WebSocketListener(const ServerOptions &options, QObject *parent = nullptr);
    ~WebSocketListener() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    void close();
    QHostAddress serverAddress() const { return m_listener->serverAddress(); }
    quint16 serverPort() const { return m_listener->serverPort(); }

signals:
    // A connection that completed the upgrade, with the TCP socket under it
    // (null if it is not known: its frames then take the slow path). Nobody
    // owns the WebSocket yet.
    void connected(QWebSocket *socket, QTcpSocket *tcp);

private:
    void onPendingConnection();
    void onUpgraded();
    // Counts the socket against its address until it is destroyed; false
    // (and counts nothing) if the address has its fill.
    bool admit(QTcpSocket *tcp);

    int m_handshakeTimeoutMs;
    int m_maxPerAddress;
    bool m_limitLoopback;
    QHash<QHostAddress, int> m_perAddress;
    // Refusals since the last one logged: a flood is logged, not echoed.
    int m_refusedUnlogged = 0;
    QElapsedTimer m_lastRefusalLog;
    std::unique_ptr<QTcpServer> m_listener;
    QWebSocketServer m_server;
    QHash<QString, QTcpSocket *> m_handshaking; // by peer address:port
};

} // namespace ImageChat
