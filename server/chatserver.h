#pragma once

#include "bus.h"
#include "framewriter.h"
#include "protocol.h"
#include "roomlink.h"
#include "roomstate.h"
#include "store.h"
#include "tlsidentity.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

namespace ImageChat {

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
// it, and serves catch-up (missed events or a snapshot) on reconnect.
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

    int connectionCount() const { return int(m_sessions.size()); }
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
    struct Upload
    {
        qint64 size = 0;
        QString sha256;
        QString name;
        QByteArray data;
    };
    struct Download
    {
        QByteArray data;
        qint64 sent = 0;
    };
    struct Session
    {
        QString user;
        QString name;
        QString room; // empty until joined; stays empty on a lobby connection
        bool hello = false;
        bool sync = false;
        FrameSink sink; // the socket under the QWebSocket; fan-out writes here
        qint64 backlogAllowance = 0; // the welcome's bytes, until they are sent
        qsizetype skipQueued = 0; // queued broadcasts its welcome already holds
        QElapsedTimer lastSeen;
        QElapsedTimer connected;
        std::shared_ptr<Upload> upload;
        std::shared_ptr<Download> download;
    };
    struct LiveRoom
    {
        RoomRecord record;
        RoomState state;
        QList<QWebSocket *> members;
        qint64 lastAt = 0;
        // Batching: encoded broadcasts waiting for the window to end.
        QList<QByteArray> queued;
        qsizetype queuedBytes = 0;
        QElapsedTimer lastFlush;
        std::shared_ptr<QTimer> flushTimer;
    };

    void onNewConnection();
    void onTextMessage(QWebSocket *socket, const QString &frame);
    void onBinaryMessage(QWebSocket *socket, const QByteArray &data);
    void onDisconnected(QWebSocket *socket);
    void onDelivered(const QString &room, qint64 seq, const QByteArray &message);
    // This node's copy of a room follows the stored events in seq order,
    // whether they come from here, the bus or the store.
    enum class Send { MayFlush, Later };
    void enqueue(const QString &room, const QByteArray &message, Send send = Send::MayFlush);
    bool applyStored(LiveRoom &room, const QJsonObject &event, OpError *error);
    // Applies and sends what the store has beyond this node's copy.
    void catchUp(const QString &room);
    void catchUpAll();
    void flushRoom(const QString &room);
    void fanOut(LiveRoom &room, const QList<QByteArray> &messages);
    void handleHello(QWebSocket *socket, Session &session, const QJsonObject &message);
    void handleOperation(QWebSocket *socket, Session &session, const QJsonObject &message);
    void handleCreateRoom(QWebSocket *socket, Session &session, const QJsonObject &message);
    void finishUpload(QWebSocket *socket, Session &session);
    void handleGetImage(QWebSocket *socket, Session &session);
    void sendMoreImage(QWebSocket *socket);
    void sweep();

    LiveRoom *liveRoom(const QString &id);
    void send(QWebSocket *socket, const QJsonObject &message);
    void refuse(QWebSocket *socket, const OpError &error, const QString &broadcastId = {});
    void refuseAndClose(QWebSocket *socket, const OpError &error);
    OpError storeUnavailable() const;

    Store *m_store;
    Bus *m_bus;
    // Other nodes write the same rooms (a bus across nodes): this node's
    // copies can fall behind the store.
    bool m_sharedRooms;
    ServerOptions m_options;
    QWebSocketServer m_server;
    // Connections are accepted here and handed to m_server for the handshake,
    // so that fan-out knows each connection's TCP socket.
    // A QSslServer with TLS: it completes the TLS handshake before the
    // connection reaches m_server.
    std::unique_ptr<QTcpServer> m_listener;
    QHash<QString, QTcpSocket *> m_handshaking; // by peer address:port
    QHash<QWebSocket *, Session> m_sessions;
    QHash<QString, LiveRoom> m_rooms;
    QTimer m_sweepTimer;
    QTimer m_catchUpTimer;
};

} // namespace ImageChat
