#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

namespace ImageChat {

// What went over one room's connection, for the connection panel and for
// bug reports from people on bad networks. SyncService counts into it as
// messages leave and arrive; the figures add up across reconnects for as
// long as the SyncService lives. Messages and bytes are the WebSocket text
// messages and their payload (the JSON, UTF-8): not the framing, the TLS
// records or the heartbeat's ping and pong, which carry no room data.
class ConnectionStats : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    qint64 messagesSent() const { return m_messagesSent; }
    qint64 messagesReceived() const { return m_messagesReceived; }
    qint64 bytesSent() const { return m_bytesSent; }
    qint64 bytesReceived() const { return m_bytesReceived; }
    // Connections that reached the room after the first one.
    int reconnects() const { return m_reconnects; }
    // The last heartbeat's round trip (ping to pong) in microseconds; -1
    // before the first pong.
    qint64 roundTripUs() const { return m_roundTripUs; }
    // Why the connection last dropped or was refused, in the user's words;
    // empty if it never did.
    QString lastError() const { return m_lastError; }
    QDateTime lastErrorAt() const { return m_lastErrorAt; }

    // Called by SyncService.
    void countSent(qint64 bytes);
    void countReceived(qint64 bytes);
    void pingSent();
    void pongReceived();
    // A connection reached the room (its welcome arrived).
    void connectionMade();
    void noteError(const QString &reason);

signals:
    void changed();

private:
    qint64 m_messagesSent = 0;
    qint64 m_messagesReceived = 0;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
    int m_connections = 0;
    int m_reconnects = 0;
    qint64 m_roundTripUs = -1;
    QElapsedTimer m_ping;
    QString m_lastError;
    QDateTime m_lastErrorAt;
};

} // namespace ImageChat
