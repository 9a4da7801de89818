#pragma once

#include "errors.h"
#include "framewriter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

class QTcpSocket;
class QWebSocket;

namespace ImageChat {

struct Upload;
struct Download;

// One client connection, from the WebSocket upgrade until it closes.
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

    // What waits in the process to be sent to this client.
    qint64 backlog(const QWebSocket *socket) const;
};

// The server's open connections: their sessions, how a message reaches one,
// and the heartbeat that finds the dead and the silent.
class Connections : public QObject
{
    Q_OBJECT

public:
    explicit Connections(int heartbeatMs, QObject *parent = nullptr);
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

    void send(QWebSocket *socket, const QJsonObject &message);
    void refuse(QWebSocket *socket, const OpError &error, const QString &broadcastId = {});
    void refuseAndClose(QWebSocket *socket, const OpError &error);

    void startHeartbeat();
    void stopHeartbeat() { m_sweepTimer.stop(); }

signals:
    // Something was refused (code); the server goes on.
    void refused(const QString &code);

private:
    void sweep();

    int m_heartbeatMs;
    QHash<QWebSocket *, Session> m_sessions;
    QTimer m_sweepTimer;
};

} // namespace ImageChat
