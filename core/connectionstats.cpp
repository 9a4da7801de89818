#include "connectionstats.h"

namespace ImageChat {

void ConnectionStats::countSent(qint64 bytes)
{
    ++m_messagesSent;
    m_bytesSent += bytes;
    emit changed();
}

void ConnectionStats::countReceived(qint64 bytes)
{
    ++m_messagesReceived;
    m_bytesReceived += bytes;
    emit changed();
}

void ConnectionStats::pingSent()
{
    m_ping.start();
}

void ConnectionStats::pongReceived()
{
    // A pong nobody asked for (allowed by RFC 6455) measures nothing.
    if (!m_ping.isValid())
        return;
    m_roundTripUs = m_ping.nsecsElapsed() / 1000;
    m_ping.invalidate();
    emit changed();
}

void ConnectionStats::connectionMade()
{
    if (++m_connections > 1)
        ++m_reconnects;
    emit changed();
}

void ConnectionStats::noteError(const QString &reason)
{
    // A ping sent on the connection that broke is never answered.
    m_ping.invalidate();
    m_lastError = reason;
    m_lastErrorAt = QDateTime::currentDateTime();
    emit changed();
}

} // namespace ImageChat
