#pragma once

#include "errors.h"
#include "operation.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace ImageChat {

struct Comment
{
    QString id;
    QString author;
    QString authorName;
    QString text;
    qint64 createdAt = 0; // ms since the Unix epoch (UTC)
    qint64 editedAt = 0; // 0 when never edited

    QJsonObject toJson() const;
    static std::optional<Comment> fromJson(const QJsonObject &json);
    bool operator==(const Comment &other) const;
};

// A marker on the image and its thread of comments ("image chat").
struct Conversation
{
    QString id;
    double x = 0; // normalised [0, 1] of the image width
    double y = 0; // normalised [0, 1] of the image height
    QString creator;
    qint64 createdAt = 0;
    bool resolved = false;
    QList<Comment> comments;

    qsizetype indexOfComment(const QString &commentId) const;
    QJsonObject toJson() const;
    static std::optional<Conversation> fromJson(const QJsonObject &json);
    bool operator==(const Conversation &other) const;
};

// Server-side limits that protect a room; the client applies the same rules
// optimistically so it rarely needs the server to say no.
struct RoomLimits
{
    int maxMarkers = 100000;
    int maxCommentsPerMarker = 10000;
};

// Applies one event to one conversation (nullopt: it does not exist) after
// validating it: ids exist, permissions, limits. On error nothing changes.
OpError applyEvent(std::optional<Conversation> *conversation, const Event &event,
                   const QString &owner, const RoomLimits &limits, qsizetype markerCount);

// The conversations of one room as plain data, and the one function that
// changes them. The server uses it to validate and apply; the client uses the
// same code for its optimistic and remote changes, so both agree by design.
class RoomState
{
public:
    QString owner; // user id of the room's creator
    RoomLimits limits;

    // Validates the event's operation against this state (ids exist,
    // permissions, limits) and applies it. On error nothing changes.
    OpError apply(const Event &event);
    // Same checks without changing anything.
    OpError check(const Event &event) const;

    const Conversation *find(const QString &id) const;
    const QHash<QString, Conversation> &conversations() const { return m_conversations; }
    qsizetype size() const { return m_conversations.size(); }

    // The name the room knows a user by: the name on the user's latest
    // comment (greatest "at", then marker id, then comment id); nullopt when
    // the user has no comment here. A function of the conversations alone, so
    // a server and every client with the same state agree on it.
    std::optional<QString> knownName(const QString &user) const;
    // Whether, right before this event that writes a comment, the room knows
    // its author by the event's authorName; then the broadcast leaves the
    // name out (the sender sets Event::nameKnown from this).
    bool knowsName(const Event &event) const;
    // For an event read from a broadcast that left the name out: fills in
    // the name the room knows its author by, as the state is right before
    // the event. An error when the room knows no name for the author.
    OpError fillName(Event *event) const;

    // Replaces or removes one conversation (used by RoomModel to rebuild).
    void put(const Conversation &conversation);
    void remove(const QString &id);

    QJsonArray toJson() const; // ordered by creation time, then id
    static std::optional<RoomState> fromJson(const QJsonArray &json);

private:
    // Computes the conversation the event leaves behind (nullopt: deleted).
    OpError prepare(const Event &event, std::optional<Conversation> *result) const;

    // Where a user's latest comment is, and its name.
    struct NameSource
    {
        QString name;
        qint64 at = 0;
        QString marker;
        QString comment;
    };
    void learnNames(const Conversation &conversation) const;
    void forgetNames(const Conversation &old, const Conversation *next);

    QHash<QString, Conversation> m_conversations;
    // Kept as conversations come and go; a user whose latest comment went is
    // looked up again only when asked (deletes are rarer than questions).
    mutable QHash<QString, NameSource> m_names;
    mutable QSet<QString> m_staleNames;
};

// Conversations sorted the way people number them: by creation time, then id.
QList<const Conversation *> orderedConversations(const QHash<QString, Conversation> &all);

} // namespace ImageChat
