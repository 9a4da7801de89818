#pragma once

#include "errors.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ImageChat {

// Every change to a room is one Operation. The same object is applied
// optimistically by the client, sent on the wire, validated and stored by the
// server, and broadcast (as an Event) to everyone else in the room.
struct Operation
{
    enum class Kind {
        CreateMarker, // marker + its first comment (which shares the marker's id)
        AddComment,
        EditComment,
        DeleteComment,
        MoveMarker,
        SetResolved,
        DeleteMarker,
        // Brings back a deleted marker with its whole thread, as the server
        // kept it; allowed for the marker's creator and the room's owner.
        RestoreMarker,
    };

    Kind kind = Kind::CreateMarker;
    QString broadcastId; // client-made id (newId()), unique per operation (S4)
    // The conversation. A change that makes something names it by its own
    // broadcastId: create-marker's marker, add-comment's comment. One id less
    // on the wire, and no way to make two things under one operation.
    QString marker;
    QString comment; // comment id, for comment operations
    QString text; // create-marker, add-comment, edit-comment
    double x = 0; // create-marker, move-marker: normalised [0, 1]
    double y = 0;
    bool resolved = false; // set-resolved
    // restore-marker: the conversation brought back (Conversation::toJson()).
    // The server fills it in from what it kept; a request never carries it,
    // the client sets it only to apply its own restore optimistically.
    QJsonObject restored;

    static Operation createMarker(double x, double y, const QString &text);
    static Operation addComment(const QString &marker, const QString &text);
    static Operation editComment(const QString &marker, const QString &comment,
                                 const QString &text);
    static Operation deleteComment(const QString &marker, const QString &comment);
    static Operation moveMarker(const QString &marker, double x, double y);
    static Operation setResolved(const QString &marker, bool resolved);
    static Operation deleteMarker(const QString &marker);
    static Operation restoreMarker(const QString &marker, const QJsonObject &restored = {});

    // The request's "type" on the wire, e.g. "add-comment"; also the "change"
    // of an image-chat-updated broadcast.
    QString name() const;
    static std::optional<Kind> kindFromName(const QString &name);

    // Which of the three broadcast types (S3) announces this operation.
    QString broadcastType() const;

    // Whether the operation carries comment text typed by a user.
    bool hasText() const;
    // Whether it writes a new comment (create-marker, add-comment), and so
    // carries its author's name.
    bool makesComment() const;

    // The same change as a new operation: a new broadcastId and, for a change
    // that makes a marker or comment, a new id for it (the old one never
    // existed on the server, or exists there already).
    Operation renewed() const;

    // Stateless checks: ranges and sizes. State checks (ids exist,
    // permissions) are RoomState::apply's job.
    OpError validate() const;

    // Request form: {"type": name(), "broadcastId": ..., fields...}.
    QJsonObject toRequest() const;
    // Parses a request. Checks the shape (fields present, right JSON types,
    // ids of the right form); call validate() for ranges.
    static std::optional<Operation> fromRequest(const QJsonObject &json, OpError *error);

    // Where fields are read from. A request must use newId() ids for what it
    // makes; a broadcast may also come from the log of a room older than
    // protocol version 2, with UUIDs everywhere.
    enum class Form { Request, Broadcast };
    // Writes the operation's own fields (not "type") into json. The id of
    // what the operation makes is left out when it is the broadcastId.
    void writeFields(QJsonObject &json) const;
    static std::optional<Operation> readFields(Kind kind, Form form, const QJsonObject &json,
                                               OpError *error);

    bool operator==(const Operation &other) const;
};

// An Operation as stored and broadcast: the server adds the room sequence
// number, its own timestamp and the authenticated author.
struct Event
{
    Operation op;
    qint64 seq = 0;
    qint64 at = 0; // server time, ms since the Unix epoch (UTC)
    QString author;
    QString authorName; // only for operations that write a comment
    // The room already knows the author by authorName (RoomState::knowsName),
    // so the broadcast leaves "name" out. Read from a broadcast: "name" was
    // left out, and authorName is empty until the room's state fills it in.
    bool nameKnown = false;

    // Broadcast form: {"type": "new-image-chat" | "image-chat-updated" |
    // "deleted-image-chat", "seq", "at", "by", ["name"], ["change"], fields...}.
    QJsonObject toJson() const;
    static std::optional<Event> fromJson(const QJsonObject &json, OpError *error);
};

// Limits shared by client and server.
namespace Limits {
constexpr int MaxCommentChars = 4000;
constexpr int MaxNameChars = 64;
// Normalised coordinates are rounded to this many decimals: 1e-5 of the
// largest image a room takes (30,000 pixels a side) is 0.3 pixel, and short
// numbers keep frames light.
constexpr int CoordinateDecimals = 5;
} // namespace Limits

double roundCoordinate(double value);

} // namespace ImageChat
