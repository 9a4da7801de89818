#pragma once

#include "errors.h"
#include "operation.h"
#include "roomstate.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ImageChat {

// The wire protocol; docs/protocol.md describes every message with an example.
namespace Protocol {

// 2: 16-character ids (ids.h), what a change makes takes its broadcastId,
// names the room knows are left out of broadcasts, 5-decimal positions.
// Version 1 clients would refuse the ids, so the server refuses them.
constexpr int Version = 2;

// Sizes the server enforces. Text frames are requests (a comment of 4,000
// characters is at most 16 KB of UTF-8); binary frames carry image chunks.
constexpr qint64 MaxTextMessageBytes = 64 * 1024;
constexpr qint64 ImageChunkBytes = 256 * 1024;
constexpr qint64 MaxIncomingMessageBytes = ImageChunkBytes + 1024;
constexpr qint64 MaxImageBytes = 50 * 1024 * 1024;

namespace Type {
inline const QString Hello = QStringLiteral("hello");
inline const QString Welcome = QStringLiteral("welcome");
inline const QString Accepted = QStringLiteral("accepted");
inline const QString Rejected = QStringLiteral("rejected");
inline const QString Error = QStringLiteral("error");
inline const QString Batch = QStringLiteral("batch");
inline const QString CreateRoom = QStringLiteral("create-room");
inline const QString UploadReady = QStringLiteral("upload-ready");
inline const QString RoomCreated = QStringLiteral("room-created");
inline const QString GetImage = QStringLiteral("get-image");
inline const QString Image = QStringLiteral("image");
inline const QString ImageEnd = QStringLiteral("image-end");
inline const QString NewImageChat = QStringLiteral("new-image-chat");
inline const QString ImageChatUpdated = QStringLiteral("image-chat-updated");
inline const QString DeletedImageChat = QStringLiteral("deleted-image-chat");
// Presence and typing: ephemeral, never stored, no seq (protocol.md 5.9).
inline const QString Presence = QStringLiteral("presence");
inline const QString Joined = QStringLiteral("joined");
inline const QString Left = QStringLiteral("left");
inline const QString Typing = QStringLiteral("typing");
} // namespace Type

bool isBroadcastType(const QString &type);

// Compact JSON, one object per frame.
QString encode(const QJsonObject &message);
// Parses a text frame; on failure says why in *error.
std::optional<QJsonObject> decode(const QString &frame, OpError *error);

QJsonObject errorMessage(const OpError &error);
QJsonObject rejected(const QString &broadcastId, const OpError &error);
QJsonObject accepted(const QString &broadcastId, qint64 seq, qint64 at);

// The shared image of a room. Width and height come from the image's own
// header, read by the server, never from what a client claims.
struct ImageMeta
{
    QString sha256;
    qint64 size = 0;
    int width = 0;
    int height = 0;
    QString mime;
    QString name; // file name the sharer chose, for display only

    QJsonObject toJson() const;
    static ImageMeta fromJson(const QJsonObject &json);
    bool operator==(const ImageMeta &o) const;
};

struct Identity
{
    QString user;
    QString secret;
    bool isValid() const { return !user.isEmpty() && !secret.isEmpty(); }
};

// First message on every connection.
struct Hello
{
    int version = Version;
    QString room; // empty: a connection to create a room
    QString key;
    Identity identity; // empty: ask the server to issue one
    QString name; // display name
    bool sync = true; // false: image download only, no state
    QString epoch; // where the client's state stands, if it has any
    qint64 seq = 0;
    QStringList pending; // own broadcastIds whose outcome is unknown

    QJsonObject toJson() const;
    static std::optional<Hello> fromJson(const QJsonObject &json, OpError *error);
};

// The server's answer to a Hello: who you are, the room, and how to catch up.
struct Welcome
{
    QString room;
    QString epoch;
    qint64 seq = 0;
    QString owner;
    Identity identity; // secret only set when newly issued
    ImageMeta image;
    // Exactly one of: the events after the client's seq, or a snapshot.
    bool sync = true; // false: an image-only connection, no catch-up
    bool hasSnapshot = false;
    QJsonArray snapshot;
    QJsonArray events; // broadcast objects, oldest first
    QStringList confirmed; // the subset of Hello::pending the server stored

    QJsonObject toJson() const;
    static std::optional<Welcome> fromJson(const QJsonObject &json, OpError *error);
};

} // namespace Protocol
} // namespace ImageChat
