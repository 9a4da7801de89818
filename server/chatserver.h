#pragma once

#include "bus.h"
#include "protocol.h"
#include "roomlink.h"
#include "roomstate.h"
#include "serveroptions.h"
#include "store.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QTcpSocket;
class QWebSocket;

namespace ImageChat {

class Connections;
class Identities;
class ImageExchange;
class Metrics;
class RoomHub;
class WebSocketListener;
struct Session;

// Parses "HOST:PORT" (numeric host, IPv6 in brackets) for --listen options.
bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port, QString *error);

// The relay: accepts WebSocket connections, checks hellos and room keys,
// validates and stores every operation before acknowledging and broadcasting
// it, and serves catch-up (missed events or a snapshot) on reconnect. Its
// parts: WebSocketListener (TCP/TLS and the upgrade), Connections (sessions,
// replies, heartbeat), RoomHub (the rooms' copies, batching and fan-out) and
// ImageExchange (images in and out).
class ChatServer : public QObject
{
    Q_OBJECT

public:
    ChatServer(Store *store, Bus *bus, const ServerOptions &options, QObject *parent = nullptr);
    ~ChatServer() override;

    bool listen(QString *error);
    void close();
    quint16 port() const;
    // ws://address:port/ (wss:// with TLS) as clients reach it.
    QUrl url() const;
    // The same as links carry it: with TLS, and the certificate's
    // fingerprint when it is self-signed (pinned by the link).
    ServerAddress address() const;

    int connectionCount() const;
    // Rooms this node holds in memory (operators and tests).
    int liveRoomCount() const;
    // Bytes queued in the server for the connection that has most of them
    // (operators and tests: what slow clients cost).
    qint64 largestSendBacklog() const;
    // Usage per tenant, in Prometheus' text format (GET /metrics).
    QByteArray metricsText() const;
    // Hands what was counted since the last call to the store, which adds
    // it to the day's totals; kept for the next call if the store fails.
    bool saveUsage();
    // Forgets the bodies of all events of a room but the last `keep`
    // (operators and tests); clients further behind get a snapshot.
    void pruneLog(const QString &room, qint64 keep);

signals:
    // For tests and operators: something was refused (code), the server goes on.
    void requestRefused(const QString &code);
    // A client was disconnected because it did not read fast enough.
    void slowClientDropped(qint64 backlogBytes);

private:
    void onConnected(QWebSocket *socket, QTcpSocket *tcp);
    void onTextMessage(QWebSocket *socket, const QString &frame);
    void onBinaryMessage(QWebSocket *socket, const QByteArray &data);
    void onDisconnected(QWebSocket *socket);
    void handleHello(QWebSocket *socket, Session &session, const QJsonObject &message);
    void handleOperation(QWebSocket *socket, Session &session, const QJsonObject &message);
    void handleTyping(QWebSocket *socket, Session &session, const QJsonObject &message);

    Store *m_store;
    ServerOptions m_options;
    std::unique_ptr<Metrics> m_metrics; // first: the others count there
    std::unique_ptr<WebSocketListener> m_listener;
    std::unique_ptr<Connections> m_connections;
    std::unique_ptr<RoomHub> m_rooms;
    std::unique_ptr<ImageExchange> m_images;
    std::unique_ptr<Identities> m_identities;
    QTimer m_usageTimer;
};

} // namespace ImageChat
