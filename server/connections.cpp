#include "connections.h"

#include "imageexchange.h"
#include "metrics.h"
#include "protocol.h"
#include "serverlogging.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QWebSocket>

namespace ImageChat {

qint64 Session::backlog(const QWebSocket *socket) const
{
    return sink.isValid() ? sink.backlog() : socket->bytesToWrite();
}

Connections::Connections(const ServerOptions &options, Metrics *metrics, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_metrics(metrics)
{
    m_clock.start();
    connect(&m_sweepTimer, &QTimer::timeout, this, &Connections::sweep);
    m_helloTimer.setSingleShot(true);
    connect(&m_helloTimer, &QTimer::timeout, this, &Connections::dropSilentNewcomers);
}

Connections::~Connections()
{
    closeAll();
}

Session &Connections::add(QWebSocket *socket, QTcpSocket *tcp)
{
    socket->setParent(this);
    // Qt accepts 2 GiB messages by default; nothing we accept is near that.
    socket->setMaxAllowedIncomingMessageSize(Protocol::MaxIncomingMessageBytes);
    socket->setMaxAllowedIncomingFrameSize(Protocol::MaxIncomingMessageBytes);
    Session &session = m_sessions[socket];
    // No read chunk to hand back (DirectTcpSocket::releaseReadChunkAfterEachRead):
    // ClientReader takes all that arrives at once, and Qt's block with it.
    if (tcp)
        session.sink = FrameSink(tcp);
    session.counters = m_metrics->forTenant({});
    session.lastSeen.start();
    session.connected.start();
    session.requests = TokenBucket(m_options.requestsPerSecond, m_options.requestBurst, now());
    if (m_options.helloTimeoutMs > 0) {
        m_awaitingHello.emplace_back(socket, now() + m_options.helloTimeoutMs);
        if (!m_helloTimer.isActive())
            m_helloTimer.start(m_options.helloTimeoutMs);
    }
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (Session *session = find(socket))
            session->lastSeen.start();
    });
    return session;
}

void Connections::remove(QWebSocket *socket)
{
    m_sessions.remove(socket);
    socket->deleteLater();
}

void Connections::closeAll()
{
    const QList<QWebSocket *> sockets = m_sessions.keys();
    for (QWebSocket *socket : sockets) {
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
    }
    m_sessions.clear();
}

Session *Connections::find(QWebSocket *socket)
{
    const auto it = m_sessions.find(socket);
    return it == m_sessions.end() ? nullptr : &*it;
}

qint64 Connections::largestSendBacklog() const
{
    qint64 largest = 0;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
        largest = std::max(largest, it.key()->bytesToWrite());
    return largest;
}

void Connections::assignTenant(Session &session, const QString &tenant)
{
    session.tenant = tenant;
    session.counters = m_metrics->forTenant(tenant);
    ++session.counters->connections;
}

QHash<QString, qint64> Connections::perTenant() const
{
    QHash<QString, qint64> open;
    for (const Session &session : m_sessions)
        ++open[session.tenant];
    return open;
}

void Connections::send(QWebSocket *socket, const QJsonObject &message)
{
    const QByteArray utf8 = QJsonDocument(message).toJson(QJsonDocument::Compact);
    // One frame, however long. QWebSocket cuts messages over 512 KiB into
    // frames at byte offsets, and Qt 6.4's receiver rejects a frame that
    // ends inside a UTF-8 character (close 1007): a welcome with a large
    // snapshot of non-Latin comments could never arrive.
    Session *session = find(socket);
    if (session) {
        ++session->counters->messages;
        session->counters->bytes += frameBytes(utf8.size());
    }
    if (session && session->sink.isValid())
        session->sink.write(textFrame(utf8));
    else
        socket->sendTextMessage(QString::fromUtf8(utf8));
}

void Connections::refuse(QWebSocket *socket, const OpError &error, const QString &broadcastId)
{
    qCDebug(lcServer) << "refused:" << error.code << error.message;
    if (Session *session = find(socket))
        ++session->counters->rejected[error.code];
    send(socket,
         broadcastId.isEmpty() ? Protocol::errorMessage(error)
                               : Protocol::rejected(broadcastId, error));
    emit refused(error.code);
}

void Connections::refuseAndClose(QWebSocket *socket, const OpError &error)
{
    refuse(socket, error);
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, error.message);
}

void Connections::startHeartbeat()
{
    m_sweepTimer.start(m_options.heartbeatMs);
}

void Connections::dropSilentNewcomers()
{
    const qint64 t = now();
    while (!m_awaitingHello.empty()) {
        const auto &[socket, deadline] = m_awaitingHello.front();
        const Session *session = socket ? find(socket) : nullptr;
        if (session && !session->hello) {
            if (deadline > t)
                return m_helloTimer.start(int(deadline - t));
            // A connection that never says who it is only holds a socket.
            qCInfo(lcServer) << "dropping a connection that sent no hello within"
                             << m_options.helloTimeoutMs << "ms";
            socket->abort();
        }
        m_awaitingHello.pop_front();
    }
}

void Connections::sweep()
{
    // One timer for all connections: an idle connection costs a ping now and
    // then and nothing else (S15).
    const qint64 heartbeatMs = m_options.heartbeatMs;
    const qint64 dead = heartbeatMs * 5 / 2;
    const QList<QWebSocket *> sockets = m_sessions.keys();
    for (QWebSocket *socket : sockets) {
        const Session *session = find(socket);
        if (!session)
            continue; // an abort just now ended it
        const qint64 idle = session->lastSeen.elapsed();
        if (idle > dead) {
            qCInfo(lcServer) << "dropping a connection silent for" << idle << "ms";
            socket->abort();
        } else if (idle >= heartbeatMs) {
            socket->ping();
        }
    }
}

} // namespace ImageChat
