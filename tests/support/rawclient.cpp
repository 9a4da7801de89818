#include "rawclient.h"

#include <QDeadlineTimer>

#include "testserver.h"

#include <QJsonDocument>
#include <QSignalSpy>

namespace ImageChat::Test {

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject helloFor(const RoomLink &link, const Protocol::Identity &identity)
{
    QJsonObject hello { { QStringLiteral("type"), QStringLiteral("hello") },
                        { QStringLiteral("version"), Protocol::Version },
                        { QStringLiteral("room"), link.room },
                        { QStringLiteral("key"), link.key },
                        { QStringLiteral("name"), QStringLiteral("raw") } };
    if (identity.isValid()) {
        hello.insert(QStringLiteral("user"), identity.user);
        hello.insert(QStringLiteral("secret"), identity.secret);
    }
    return hello;
}

// Presence and typing come whenever people come, go and type; tests of
// other things do not want them between a request and its reply.
bool isPresence(const QString &frame)
{
    const QString type =
        QJsonDocument::fromJson(frame.toUtf8()).object().value(QStringLiteral("type")).toString();
    return type == Protocol::Type::Presence || type == Protocol::Type::Joined
        || type == Protocol::Type::Left || type == Protocol::Type::Typing;
}

RawClient::RawClient()
{
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                     [this](const QString &frame) {
                         if (m_showPresence || !isPresence(frame))
                             m_frames.append(frame);
                     });
    QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket,
                     [this] { m_disconnected = true; });
}

bool RawClient::open(const ServerAddress &server)
{
    // Either way, as soon as it is known: a server may refuse at once.
    m_disconnected = false;
    QSignalSpy failed(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    m_socket.open(server.webSocketUrl());
    waitUntil(
        [&] {
            return m_socket.state() == QAbstractSocket::ConnectedState || !failed.isEmpty()
                || m_disconnected;
        },
        5000);
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

std::optional<QJsonObject> RawClient::next(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_frames.isEmpty()) {
        QSignalSpy received(&m_socket, &QWebSocket::textMessageReceived);
        const qint64 left = deadline.remainingTime();
        if (left <= 0 || !received.wait(int(left)))
            return std::nullopt;
    }
    const QString frame = m_frames.takeFirst();
    const QJsonDocument doc = QJsonDocument::fromJson(frame.toUtf8());
    if (!doc.isObject()) {
        qWarning("the server sent something that is not a JSON object: %s", qPrintable(frame));
        return std::nullopt;
    }
    return doc.object();
}

bool RawClient::join(const RoomLink &link, const Protocol::Identity &identity)
{
    if (!open(link.server))
        return false;
    sendJson(helloFor(link, identity));
    const std::optional<QJsonObject> welcome = next();
    if (!welcome || welcome->value(QStringLiteral("type")).toString() != QLatin1String("welcome")) {
        qWarning("no welcome: %s", welcome ? qPrintable(compact(*welcome)) : "no reply");
        return false;
    }
    m_identity.user = welcome->value(QStringLiteral("user")).toString();
    m_identity.secret =
        identity.isValid() ? identity.secret : welcome->value(QStringLiteral("secret")).toString();
    return m_identity.isValid();
}

bool RawClient::waitForDisconnected(int timeoutMs)
{
    if (m_disconnected)
        return true;
    QSignalSpy disconnected(&m_socket, &QWebSocket::disconnected);
    return disconnected.wait(timeoutMs);
}

} // namespace ImageChat::Test

namespace ImageChat::Test {

RoomMessages::RoomMessages(QWebSocket *socket)
{
    QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                     [this](const QString &frame) {
                         if (!isPresence(frame))
                             m_frames.append(frame);
                     });
}

} // namespace ImageChat::Test
