#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>

namespace ImageChat {

// A small HTTP/1.1 endpoint for operators: GET /metrics (Prometheus text
// format) and GET /healthz. One request per connection, read with a size
// and a time limit, so a client that sends junk or nothing costs little; it
// is meant for loopback or an operator's network, not the Internet.
class MetricsEndpoint : public QObject
{
    Q_OBJECT

public:
    struct Health
    {
        bool healthy = true;
        QByteArray report; // one "part: ok|unreachable" line each
    };
    MetricsEndpoint(std::function<QByteArray()> metrics, std::function<Health()> health,
                    QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_server.serverPort(); }

private:
    void accept();
    void answer(QTcpSocket *socket);

    std::function<QByteArray()> m_metrics;
    std::function<Health()> m_health;
    QTcpServer m_server;
    int m_open = 0;
};

} // namespace ImageChat
