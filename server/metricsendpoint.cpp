#include "metricsendpoint.h"

#include "serverlogging.h"

#include <QTcpSocket>
#include <QTimer>

namespace ImageChat {

namespace {

// A request line and a few headers; anything larger is not a scraper.
constexpr qsizetype MaxRequestBytes = 8 * 1024;
constexpr int RequestTimeoutMs = 5000;
constexpr int MaxOpenConnections = 16;

QByteArray response(int status, const char *reason, const QByteArray &contentType,
                    const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: "
        + contentType + "\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

MetricsEndpoint::MetricsEndpoint(std::function<QByteArray()> metrics,
                                 std::function<Health()> health, QObject *parent)
    : QObject(parent)
    , m_metrics(std::move(metrics))
    , m_health(std::move(health))
{
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsEndpoint::accept);
}

bool MetricsEndpoint::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server.listen(address, port))
        return true;
    *error = QStringLiteral("--metrics-listen %1:%2: %3")
                 .arg(address.toString())
                 .arg(port)
                 .arg(m_server.errorString());
    return false;
}

void MetricsEndpoint::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_open >= MaxOpenConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_open;
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this] { --m_open; });
        QTimer::singleShot(RequestTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void MetricsEndpoint::answer(QTcpSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    // Headers end with an empty line; the body of a GET, if any, is ignored.
    const QByteArray head = socket->peek(MaxRequestBytes);
    const qsizetype end = head.indexOf("\r\n\r\n");
    QByteArray reply;
    if (end < 0) {
        if (head.size() < MaxRequestBytes)
            return; // more to come
        reply = response(431, "Request Header Fields Too Large", "text/plain", "too large\n");
    } else {
        const QList<QByteArray> request = head.left(head.indexOf("\r\n")).split(' ');
        const QByteArray method = request.value(0);
        const QByteArray path = request.value(1).split('?').value(0);
        if (request.size() != 3 || !request.value(2).startsWith("HTTP/1.")) {
            reply = response(400, "Bad Request", "text/plain", "expected GET /metrics\n");
        } else if (method != "GET" && method != "HEAD") {
            reply = response(405, "Method Not Allowed", "text/plain", "only GET\n");
        } else if (path == "/metrics") {
            reply = response(200, "OK", "text/plain; version=0.0.4; charset=utf-8", m_metrics());
        } else if (path == "/healthz") {
            const Health health = m_health();
            reply = health.healthy
                ? response(200, "OK", "text/plain", health.report)
                : response(503, "Service Unavailable", "text/plain", health.report);
        } else {
            reply = response(404, "Not Found", "text/plain", "try /metrics or /healthz\n");
        }
        if (method == "HEAD")
            reply = reply.left(reply.indexOf("\r\n\r\n") + 4);
    }
    socket->setProperty("answered", true);
    socket->readAll();
    socket->write(reply);
    socket->disconnectFromHost();
}

} // namespace ImageChat
