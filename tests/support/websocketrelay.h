#pragma once

#include "roomlink.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QWebSocketServer>

#include <memory>

class QWebSocket;

namespace ImageChat::Test {

// A WebSocket relay between clients and a real server that counts the text
// messages and their bytes (UTF-8 payload) each way, per connection: an
// observer of what went over the socket that does not ask the client. Binary
// messages (image transfers) pass uncounted. Pings are answered by the relay
// itself, as any WebSocket peer answers them.
class WebSocketRelay : public QObject
{
public:
    struct Traffic
    {
        QJsonObject first; // the first message the client sent (its hello)
        qint64 messagesUp = 0; // client to server
        qint64 bytesUp = 0;
        qint64 messagesDown = 0; // server to client
        qint64 bytesDown = 0;
    };

    explicit WebSocketRelay(const ServerAddress &target, QObject *parent = nullptr);
    ~WebSocketRelay() override;

    // Where clients connect instead of the server (plain ws on 127.0.0.1).
    ServerAddress address() const;
    // Every connection so far, in the order they came.
    QList<Traffic> connections() const;
    // The room connections (a hello that asks for sync, not an image
    // transfer), added up.
    Traffic syncTotal() const;

private:
    struct Pair;
    void accept();

    ServerAddress m_target;
    QWebSocketServer m_server;
    std::vector<std::unique_ptr<Pair>> m_pairs;
};

} // namespace ImageChat::Test
