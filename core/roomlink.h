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
    // With TLS: the SHA-256 of the one certificate to accept (lowercase hex),
    // for a program that shares rooms with a self-signed certificate.
    QString fingerprint;

    // ws://host:port/ or wss://host:port/
    QUrl webSocketUrl() const;
    // Parses "ws://host:port" or "wss://host:port".
    static std::optional<ServerAddress> parse(const QString &text, QString *error);
    bool operator==(const ServerAddress &o) const
    {
        return host == o.host && port == o.port && tls == o.tls && fingerprint == o.fingerprint;
    }
};

// The one copyable text that shares a room:
//   imagechat://HOST:PORT/ROOM?key=KEY          (plain WebSocket)
//   imagechat://HOST:PORT/ROOM?key=KEY&tls=1    (WebSocket over TLS)
//   imagechat://HOST:PORT/ROOM?key=KEY&tls=1&fp=SHA256HEX
//                                  (TLS; accept exactly this certificate)
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
