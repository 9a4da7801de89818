#pragma once

#include "protocol.h"
#include "roomlink.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QWebSocket>

#include <optional>

namespace ImageChat::Test {

QString compact(const QJsonObject &json);
QString compact(const QJsonArray &json);

// Whether a text message is presence or typing (protocol.md 5.9).
bool isPresence(const QString &frame);

// The text messages a socket receives, presence and typing left out: what
// tests of the room's own messages count.
class RoomMessages
{
public:
    explicit RoomMessages(QWebSocket *socket);
    qsizetype size() const { return m_frames.size(); }
    bool isEmpty() const { return m_frames.isEmpty(); }
    const QString &at(qsizetype i) const { return m_frames.at(i); }
    const QStringList &all() const { return m_frames; }

private:
    QStringList m_frames;
};

// A hello for the room of a link, as the reference client sends it.
QJsonObject helloFor(const RoomLink &link, const Protocol::Identity &identity = {});

// A client that speaks the protocol by hand over a real WebSocket: it sends
// whatever a test wants and hands the server's replies back one at a time.
class RawClient
{
public:
    RawClient();

    bool open(const ServerAddress &server);
    // Presence and typing messages (protocol.md 5.9) are left out unless asked for.
    void setShowPresence(bool show) { m_showPresence = show; }
    void sendText(const QString &frame) { m_socket.sendTextMessage(frame); }
    void sendJson(const QJsonObject &message) { sendText(compact(message)); }
    void sendBinary(const QByteArray &data) { m_socket.sendBinaryMessage(data); }

    // The server's next message; nullopt if none came in time or it was not
    // a JSON object.
    std::optional<QJsonObject> next(int timeoutMs = 5000);
    // Opens a connection, says hello to the room and waits for the welcome.
    bool join(const RoomLink &link, const Protocol::Identity &identity = {});

    bool waitForDisconnected(int timeoutMs = 5000);
    bool isDisconnected() const { return m_disconnected; }
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }
    qsizetype unreadMessages() const { return m_frames.size(); }
    Protocol::Identity identity() const { return m_identity; }
    QWebSocket &socket() { return m_socket; }

private:
    QWebSocket m_socket;
    QStringList m_frames;
    bool m_disconnected = false;
    bool m_showPresence = false;
    Protocol::Identity m_identity;
};

} // namespace ImageChat::Test
