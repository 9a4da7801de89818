#include "chaosproxy.h"

#include <QHostAddress>

#include <algorithm>

namespace ImageChat::Chaos {

ChaosProxy::ChaosProxy(quint16 target, QObject *parent)
    : QObject(parent)
    , m_target(target)
{
    if (!m_server.listen(QHostAddress::LocalHost))
        qFatal("chaos proxy cannot listen: %s", qPrintable(m_server.errorString()));
    connect(&m_server, &QTcpServer::newConnection, this, &ChaosProxy::accept);
}

ChaosProxy::~ChaosProxy()
{
    cut();
}

void ChaosProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(this);
        auto pair = std::make_unique<Pair>();
        Pair *p = pair.get();
        p->client = client;
        p->upstream = new QTcpSocket(this);
        m_pairs.push_back(std::move(pair));
        // Written before the upstream is connected is kept by the socket
        // and goes out once it is.
        p->upstream->connectToHost(QHostAddress::LocalHost, m_target);
        connect(client, &QTcpSocket::readyRead, this, [this, p] { forward(p, true); });
        connect(p->upstream, &QTcpSocket::readyRead, this, [this, p] { forward(p, false); });
        connect(client, &QTcpSocket::disconnected, this, [this, p] {
            if (m_held) {
                p->clientGone = true;
                return;
            }
            if (p->upstream)
                p->upstream->disconnectFromHost();
            if (p->client)
                p->client->deleteLater();
            scheduleReap();
        });
        const auto upstreamGone = [this, p] {
            if (m_held) {
                p->upstreamGone = true;
                return;
            }
            if (p->client)
                p->client->disconnectFromHost();
            if (p->upstream)
                p->upstream->deleteLater();
            scheduleReap();
        };
        connect(p->upstream, &QTcpSocket::disconnected, this, upstreamGone);
        // A node that is down refuses the connection: no "disconnected".
        connect(p->upstream, &QTcpSocket::errorOccurred, this,
                [p, upstreamGone](QAbstractSocket::SocketError) {
                    if (p->upstream && p->upstream->state() == QAbstractSocket::UnconnectedState)
                        upstreamGone();
                });
    }
}

void ChaosProxy::forward(Pair *pair, bool up)
{
    QTcpSocket *from = up ? pair->client : pair->upstream;
    QTcpSocket *to = up ? pair->upstream : pair->client;
    if (!from)
        return;
    const QByteArray data = from->readAll();
    if (m_held) {
        (up ? pair->heldUp : pair->heldDown) += data;
        return;
    }
    if (to && to->state() != QAbstractSocket::UnconnectedState)
        to->write(data);
}

void ChaosProxy::closePair(Pair *pair)
{
    for (QTcpSocket *socket : { pair->client.data(), pair->upstream.data() }) {
        if (!socket)
            continue;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    pair->client = nullptr;
    pair->upstream = nullptr;
}

int ChaosProxy::cut()
{
    int cut = 0;
    for (const auto &pair : m_pairs) {
        if (pair->client || pair->upstream)
            ++cut;
        closePair(pair.get());
    }
    m_pairs.clear();
    return cut;
}

void ChaosProxy::hold()
{
    m_held = true;
}

void ChaosProxy::release(bool deliverLate)
{
    m_held = false;
    // A copy of the list: writing may find a socket gone and so reap.
    std::vector<Pair *> pairs;
    for (const auto &pair : m_pairs)
        pairs.push_back(pair.get());
    for (Pair *p : pairs) {
        const bool touched =
            !p->heldUp.isEmpty() || !p->heldDown.isEmpty() || p->clientGone || p->upstreamGone;
        if (!touched)
            continue;
        if (!deliverLate) {
            // Lost on the way: the byte streams have holes, the connection is dead.
            closePair(p);
            continue;
        }
        if (p->upstream && !p->heldUp.isEmpty())
            p->upstream->write(p->heldUp);
        if (p->client && !p->heldDown.isEmpty())
            p->client->write(p->heldDown);
        p->heldUp.clear();
        p->heldDown.clear();
        if (p->clientGone && p->upstream)
            p->upstream->disconnectFromHost();
        if (p->upstreamGone && p->client)
            p->client->disconnectFromHost();
    }
    scheduleReap();
}

void ChaosProxy::scheduleReap()
{
    // Never at once: closing one side can end the other within the same
    // call, and the pair must outlive both handlers.
    if (m_reapQueued)
        return;
    m_reapQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_reapQueued = false;
            reap();
        },
        Qt::QueuedConnection);
}

void ChaosProxy::reap()
{
    const auto end =
        std::remove_if(m_pairs.begin(), m_pairs.end(), [this](const std::unique_ptr<Pair> &pair) {
            const auto gone = [](const QPointer<QTcpSocket> &socket) {
                return !socket || socket->state() == QAbstractSocket::UnconnectedState;
            };
            if (!gone(pair->client) || !gone(pair->upstream) || !pair->heldUp.isEmpty()
                || !pair->heldDown.isEmpty())
                return false;
            // Their signals name the pair, which goes now.
            closePair(pair.get());
            return true;
        });
    m_pairs.erase(end, m_pairs.end());
}

} // namespace ImageChat::Chaos
