#pragma once

#include "bus.h"
#include "protocol.h"
#include "roomlink.h"
#include "roomstate.h"
#include "store.h"
#include "tlsidentity.h"

#include <QHostAddress>
#include <QObject>

#include <memory>
#include <optional>

class QTcpSocket;
class QWebSocket;

namespace ImageChat {

class Connections;
class ImageExchange;
class RoomHub;
class WebSocketListener;
struct Session;

struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    RoomLimits limits;
    qint64 maxImageBytes = Protocol::MaxImageBytes;
    // Missed events beyond this are cheaper to send as a snapshot.
    int maxCatchUpEvents = 2000;
    // Keep this many events' bodies per room for catch-up; older are pruned.
    int logRetention = 10000;
    // Idle connections are pinged this often and dropped after 2.5 times it
    // without any sign of life.
    int heartbeatMs = 20000;
    // A connection that has not completed the WebSocket upgrade by then is
    // dropped.
    int handshakeTimeoutMs = 10000;
    // Smart batching (S9): broadcasts of a room go out at most once per
    // window; what arrives in between waits and goes out as one "batch"
    // frame. The first broadcast after a quiet window goes out at once.
    // 0 turns batching off. 5 ms, not 10: at 100 events/s a 10 ms window
    // held back every event that came a little early, and the holds added
    // up to 5 ms on average (measured), while 200 events/s is a burst.
    int batchWindowMs = 5;
    // A client that does not read what it is sent is disconnected once this
    // much waits for it (beyond its welcome); it catches up when it returns.
    qint64 maxSendBacklogBytes = 1024 * 1024;
    // With a bus across nodes: how often live rooms are compared with the
    // store, in case the bus lost an event without noticing.
    int catchUpIntervalMs = 2000;
    // Serve wss:// with this certificate; plain ws:// without one.
    std::optional<TlsIdentity> tls;
};

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
    // Bytes queued in the server for the connection that has most of them
    // (operators and tests: what slow clients cost).
    qint64 largestSendBacklog() const;
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
    OpError storeUnavailable() const;

    Store *m_store;
    ServerOptions m_options;
    std::unique_ptr<WebSocketListener> m_listener;
    std::unique_ptr<Connections> m_connections;
    std::unique_ptr<RoomHub> m_rooms;
    std::unique_ptr<ImageExchange> m_images;
};

} // namespace ImageChat
