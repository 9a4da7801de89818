#pragma once

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace ImageChat::Test {

// A TCP relay in front of the server that can swallow everything in both
// directions, like a network that silently drops packets: neither side hears
// anything, not even a close, and only a heartbeat notices.
class BlackHoleProxy : public QObject
{
public:
    explicit BlackHoleProxy(quint16 target)
        : m_target(target)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                upstream->connectToHost(QHostAddress::LocalHost, m_target);
                pipe(client, upstream);
                pipe(upstream, client);
                connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::abort);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    void setSilent(bool silent) { m_silent = silent; }

private:
    void pipe(QTcpSocket *from, QTcpSocket *to)
    {
        connect(from, &QTcpSocket::readyRead, this, [this, from, to] {
            const QByteArray data = from->readAll();
            if (!m_silent)
                to->write(data);
        });
    }

    QTcpServer m_server;
    quint16 m_target;
    bool m_silent = false;
};

} // namespace ImageChat::Test
