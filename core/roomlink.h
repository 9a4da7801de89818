#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace ImageChat {

// Where a server listens: host, port and whether the connection uses TLS.
struct ServerAddress
{
    QString host;
    quint16 port = 0;
    bool tls = false;

    // ws://host:port/ or wss://host:port/
    QUrl webSocketUrl() const;
    // Parses "ws://host:port" or "wss://host:port".
    static std::optional<ServerAddress> parse(const QString &text, QString *error);
    bool operator==(const ServerAddress &o) const
    {
        return host == o.host && port == o.port && tls == o.tls;
    }
};

// The one copyable text that shares a room:
//   imagechat://HOST:PORT/ROOM?key=KEY          (plain WebSocket)
//   imagechat://HOST:PORT/ROOM?key=KEY&tls=1    (WebSocket over TLS)
// It grants access to that room and nothing else.
struct RoomLink
{
    ServerAddress server;
    QString room;
    QString key;

    QString toString() const;
    static std::optional<RoomLink> parse(const QString &text, QString *error);
    bool operator==(const RoomLink &o) const
    {
        return server == o.server && room == o.room && key == o.key;
    }
};

// Room ids and keys are URL-safe base64 tokens; anything else is refused.
bool isToken(const QString &text, int minLength, int maxLength);

} // namespace ImageChat
