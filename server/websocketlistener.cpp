#include "websocketlistener.h"

#include "clientreader.h"
#include "directsocket.h"
#include "serverlogging.h"

#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <memory>

namespace ImageChat {

namespace {

QString peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char(':') + QString::number(port);
}

} // namespace

WebSocketListener::WebSocketListener(const ServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_handshakeTimeoutMs(options.handshakeTimeoutMs)
    , m_maxPerAddress(options.maxConnectionsPerAddress)
    , m_limitLoopback(options.limitLoopback)
    , m_server(QStringLiteral("imagechat-server"), QWebSocketServer::NonSecureMode)
{
    if (options.tls) {
        auto *listener = new QSslServer;
        listener->setSslConfiguration(options.tls->configuration);
        listener->setHandshakeTimeout(options.handshakeTimeoutMs);
        connect(listener, &QSslServer::errorOccurred, this,
                [](QSslSocket *socket, QAbstractSocket::SocketError) {
                    qCInfo(lcServer) << "TLS connection failed:" << socket->errorString();
                });
        m_listener.reset(listener);
    } else {
        m_listener = std::make_unique<DirectTcpServer>();
    }
    // pendingConnectionAvailable, not newConnection: a QSslServer emits the
    // latter as soon as TCP connects, before its connection is pending.
    connect(m_listener.get(), &QTcpServer::pendingConnectionAvailable, this,
            &WebSocketListener::onPendingConnection);
    connect(&m_server, &QWebSocketServer::newConnection, this, &WebSocketListener::onUpgraded);
}

WebSocketListener::~WebSocketListener()
{
    close();
}

bool WebSocketListener::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_listener->listen(address, port))
        return true;
    *error = tr("Cannot listen on %1:%2: %3")
                 .arg(address.toString())
                 .arg(port)
                 .arg(m_listener->errorString());
    return false;
}

void WebSocketListener::close()
{
    m_listener->close();
    m_server.close();
    m_handshaking.clear();
}

void WebSocketListener::onPendingConnection()
{
    while (QTcpSocket *tcp = m_listener->nextPendingConnection()) {
        if (!admit(tcp)) {
            tcp->abort();
            tcp->deleteLater();
            continue;
        }
        const QString key = peerKey(tcp->peerAddress(), tcp->peerPort());
        m_handshaking.insert(key, tcp);
        // A handshake that fails or times out ends with the socket.
        connect(tcp, &QObject::destroyed, this, [this, key, tcp] {
            if (m_handshaking.value(key) == tcp)
                m_handshaking.remove(key);
        });
        // QWebSocketServer times out only the handshakes of connections it
        // accepted itself.
        QTimer::singleShot(m_handshakeTimeoutMs, tcp, [this, key, tcp] {
            if (m_handshaking.value(key) != tcp)
                return;
            qCInfo(lcServer) << "dropping a connection that did not complete the WebSocket "
                                "handshake";
            tcp->abort();
        });
        m_server.handleConnection(tcp);
    }
}

bool WebSocketListener::admit(QTcpSocket *tcp)
{
    const QHostAddress address = tcp->peerAddress();
    if (m_maxPerAddress <= 0 || (address.isLoopback() && !m_limitLoopback))
        return true;
    int &count = m_perAddress[address];
    if (count >= m_maxPerAddress) {
        ++m_refusedUnlogged;
        if (!m_lastRefusalLog.isValid() || m_lastRefusalLog.hasExpired(10000)) {
            qCWarning(lcServer).nospace()
                << "refused " << m_refusedUnlogged << " connection(s) from " << address.toString()
                << ": it has " << count << " open (limit " << m_maxPerAddress << ")";
            m_refusedUnlogged = 0;
            m_lastRefusalLog.start();
        }
        if (count == 0)
            m_perAddress.remove(address);
        return false;
    }
    ++count;
    // The socket lives on under the WebSocket; the connection ends when it
    // disconnects or, failing that, when it is destroyed; counted down once.
    auto counted = std::make_shared<bool>(true);
    const auto release = [this, address, counted] {
        if (!std::exchange(*counted, false))
            return;
        const auto it = m_perAddress.find(address);
        if (it != m_perAddress.end() && --*it <= 0)
            m_perAddress.erase(it);
    };
    connect(tcp, &QAbstractSocket::disconnected, this, release);
    connect(tcp, &QObject::destroyed, this, release);
    return true;
}

void WebSocketListener::onUpgraded()
{
    while (QWebSocket *socket = m_server.nextPendingConnection()) {
        QTcpSocket *tcp = m_handshaking.take(peerKey(socket->peerAddress(), socket->peerPort()));
        if (!tcp) {
            qCWarning(lcServer) << "no TCP socket known for a new connection; its broadcasts take "
                                   "the slow path and its frames are read by Qt alone";
            emit connected(socket, tcp);
            continue;
        }
        // From here on the server reads the client's frames itself. What
        // came with the handshake Qt has read already: a client sends
        // nothing before the server's answer (RFC 6455 4.1), and before
        // connected() nobody would receive it anyway.
        ClientReader *reader = ClientReader::attach(socket, tcp);
        emit connected(socket, tcp);
        if (reader && tcp->bytesAvailable() > 0)
            QMetaObject::invokeMethod(reader, &ClientReader::readAvailable, Qt::QueuedConnection);
    }
}

} // namespace ImageChat
