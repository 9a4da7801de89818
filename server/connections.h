#pragma once

#include "errors.h"
#include "framewriter.h"
#include "serveroptions.h"
#include "tokenbucket.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWebSocket>

#include <deque>
#include <memory>

class QTcpSocket;

namespace ImageChat {

struct Upload;
struct Download;
class Metrics;
struct TenantCounters;

// One client connection, from the WebSocket upgrade until it closes.
struct Session
{
    QString user;
    QString name;
    QString room; // empty until joined; stays empty on a lobby connection
    QString tenant; // the room's, or the one a room was created in
    TenantCounters *counters = nullptr; // the tenant's (never null)
    bool hello = false;
    bool sync = false;
    FrameSink sink; // the socket under the QWebSocket; fan-out writes here
    qint64 backlogAllowance = 0; // the welcome's bytes, until they are sent
    qsizetype skipQueued = 0; // queued broadcasts its welcome already holds
    QElapsedTimer lastSeen;
    QElapsedTimer connected;
    TokenBucket requests; // every text message takes one
    // The marker of the last "typing" passed on, until its "stop"; when.
    QString typingMarker;
    QElapsedTimer lastTyping;
    std::shared_ptr<Upload> upload;
    std::shared_ptr<Download> download;

    // What waits in the process to be sent to this client.
    qint64 backlog(const QWebSocket *socket) const;
};

// The server's open connections: their sessions, how a message reaches one,
// the heartbeat that finds the dead and the silent, and the time limit on a
// hello.
class Connections : public QObject
{
    Q_OBJECT

public:
    // Uses the options' heartbeatMs, helloTimeoutMs and request rate.
    Connections(const ServerOptions &options, Metrics *metrics, QObject *parent = nullptr);
    ~Connections() override;

    // Takes the socket (as a child of this object).
    Session &add(QWebSocket *socket, QTcpSocket *tcp);
    // Forgets the session; the socket goes with the event loop's next turn.
    void remove(QWebSocket *socket);
    // Aborts and forgets every connection.
    void closeAll();

    // Null once the connection is gone: a write may have found it broken,
    // and any call that sends may have ended it.
    Session *find(QWebSocket *socket);
    int count() const { return int(m_sessions.size()); }
    qint64 largestSendBacklog() const;

    // The session's traffic counts for this tenant from now on.
    void assignTenant(Session &session, const QString &tenant);
    // Open connections per tenant (for the metrics).
    QHash<QString, qint64> perTenant() const;

    void send(QWebSocket *socket, const QJsonObject &message);
    void refuse(QWebSocket *socket, const OpError &error, const QString &broadcastId = {});
    void refuseAndClose(QWebSocket *socket, const OpError &error);

    // Milliseconds on the clock request buckets run on.
    qint64 now() const { return m_clock.elapsed(); }

    void startHeartbeat();
    void stopHeartbeat() { m_sweepTimer.stop(); }

signals:
    // Something was refused (code); the server goes on.
    void refused(const QString &code);

private:
    void sweep();
    void dropSilentNewcomers();

    const ServerOptions &m_options;
    Metrics *m_metrics;
    QHash<QWebSocket *, Session> m_sessions;
    QTimer m_sweepTimer;
    QElapsedTimer m_clock;
    // Connections in the order they came, until they said hello: one timer
    // for all, set for the oldest.
    std::deque<std::pair<QPointer<QWebSocket>, qint64>> m_awaitingHello;
    QTimer m_helloTimer;
};

} // namespace ImageChat
