#include "websocketrelay.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace ImageChat::Test {

struct WebSocketRelay::Pair
{
    QWebSocket *client = nullptr; // owned by the QWebSocketServer's caller: us
    std::unique_ptr<QWebSocket> upstream;
    QStringList waiting; // text from the client before the server side opened
    Traffic traffic;
};

WebSocketRelay::WebSocketRelay(const ServerAddress &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_server(QStringLiteral("relay"), QWebSocketServer::NonSecureMode)
{
    m_server.setMaxPendingConnections(100);
    if (!m_server.listen(QHostAddress::LocalHost))
        qFatal("relay cannot listen: %s", qPrintable(m_server.errorString()));
    connect(&m_server, &QWebSocketServer::newConnection, this, &WebSocketRelay::accept);
}

WebSocketRelay::~WebSocketRelay()
{
    for (const auto &pair : m_pairs) {
        pair->client->disconnect(this);
        pair->upstream->disconnect(this);
        pair->upstream->abort();
        pair->client->abort();
        delete pair->client;
    }
}

ServerAddress WebSocketRelay::address() const
{
    return { QStringLiteral("127.0.0.1"), m_server.serverPort(), false, {} };
}

QList<WebSocketRelay::Traffic> WebSocketRelay::connections() const
{
    QList<Traffic> result;
    for (const auto &pair : m_pairs)
        result.append(pair->traffic);
    return result;
}

WebSocketRelay::Traffic WebSocketRelay::syncTotal() const
{
    Traffic sum;
    for (const auto &pair : m_pairs) {
        const QJsonObject &first = pair->traffic.first;
        if (first.value(QStringLiteral("type")).toString() != QLatin1String("hello")
            || !first.value(QStringLiteral("sync")).toBool(true))
            continue;
        sum.messagesUp += pair->traffic.messagesUp;
        sum.bytesUp += pair->traffic.bytesUp;
        sum.messagesDown += pair->traffic.messagesDown;
        sum.bytesDown += pair->traffic.bytesDown;
    }
    return sum;
}

void WebSocketRelay::accept()
{
    while (QWebSocket *client = m_server.nextPendingConnection()) {
        client->setParent(nullptr);
        client->setMaxAllowedIncomingMessageSize(256 * 1024 * 1024);
        m_pairs.push_back(std::make_unique<Pair>());
        Pair *pair = m_pairs.back().get();
        pair->client = client;
        pair->upstream = std::make_unique<QWebSocket>();
        QWebSocket *upstream = pair->upstream.get();
        upstream->setMaxAllowedIncomingMessageSize(256 * 1024 * 1024);
        upstream->setMaxAllowedIncomingFrameSize(256 * 1024 * 1024);

        connect(client, &QWebSocket::textMessageReceived, this, [pair](const QString &text) {
            if (pair->traffic.messagesUp == 0)
                pair->traffic.first = QJsonDocument::fromJson(text.toUtf8()).object();
            ++pair->traffic.messagesUp;
            pair->traffic.bytesUp += text.toUtf8().size();
            if (pair->upstream->state() == QAbstractSocket::ConnectedState)
                pair->upstream->sendTextMessage(text);
            else
                pair->waiting.append(text);
        });
        connect(client, &QWebSocket::binaryMessageReceived, upstream,
                [upstream](const QByteArray &data) { upstream->sendBinaryMessage(data); });
        connect(upstream, &QWebSocket::connected, this, [pair] {
            for (const QString &text : std::as_const(pair->waiting))
                pair->upstream->sendTextMessage(text);
            pair->waiting.clear();
        });
        connect(upstream, &QWebSocket::textMessageReceived, this, [pair](const QString &text) {
            ++pair->traffic.messagesDown;
            pair->traffic.bytesDown += text.toUtf8().size();
            pair->client->sendTextMessage(text);
        });
        connect(upstream, &QWebSocket::binaryMessageReceived, client,
                [client](const QByteArray &data) { client->sendBinaryMessage(data); });
        // Either side gone: the other goes too, as through a plain network.
        connect(upstream, &QWebSocket::disconnected, this, [pair] {
            const QWebSocketProtocol::CloseCode code = pair->upstream->closeCode();
            // 1006 only describes a connection that broke; it is never sent.
            if (code == QWebSocketProtocol::CloseCodeAbnormalDisconnection)
                pair->client->abort();
            else
                pair->client->close(code, pair->upstream->closeReason());
        });
        connect(client, &QWebSocket::disconnected, this, [pair] { pair->upstream->close(); });

        QUrl url = m_target.webSocketUrl();
        url.setPath(client->requestUrl().path());
        url.setQuery(client->requestUrl().query());
        upstream->open(url);
    }
}

} // namespace ImageChat::Test
