#include "roomstate.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>

namespace ImageChat {

namespace {

// Gives these texts the translation context "ImageChat::RoomState" (lupdate reads it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImageChat::RoomState)
};

OpError markerNotFound()
{
    return { ErrorCode::NotFound,
             Text::tr("This marker no longer exists; it may have been deleted.") };
}

bool isLater(qint64 at, const QString &marker, const QString &comment, qint64 otherAt,
             const QString &otherMarker, const QString &otherComment)
{
    if (at != otherAt)
        return at > otherAt;
    if (marker != otherMarker)
        return marker > otherMarker;
    return comment > otherComment;
}

OpError commentNotFound()
{
    return { ErrorCode::NotFound,
             Text::tr("This comment no longer exists; it may have been deleted.") };
}

} // namespace

QJsonObject Comment::toJson() const
{
    QJsonObject json { { QStringLiteral("id"), id },
                       { QStringLiteral("by"), author },
                       { QStringLiteral("name"), authorName },
                       { QStringLiteral("text"), text },
                       { QStringLiteral("at"), createdAt } };
    if (editedAt)
        json.insert(QStringLiteral("edited"), editedAt);
    return json;
}

std::optional<Comment> Comment::fromJson(const QJsonObject &json)
{
    Comment c;
    c.id = json.value(QStringLiteral("id")).toString();
    c.author = json.value(QStringLiteral("by")).toString();
    c.authorName = json.value(QStringLiteral("name")).toString();
    c.text = json.value(QStringLiteral("text")).toString();
    c.createdAt = json.value(QStringLiteral("at")).toInteger();
    c.editedAt = json.value(QStringLiteral("edited")).toInteger();
    if (c.id.isEmpty() || c.author.isEmpty())
        return std::nullopt;
    return c;
}

bool Comment::operator==(const Comment &o) const
{
    return id == o.id && author == o.author && authorName == o.authorName && text == o.text
        && createdAt == o.createdAt && editedAt == o.editedAt;
}

qsizetype Conversation::indexOfComment(const QString &commentId) const
{
    for (qsizetype i = 0; i < comments.size(); ++i) {
        if (comments.at(i).id == commentId)
            return i;
    }
    return -1;
}

QJsonObject Conversation::toJson() const
{
    QJsonArray thread;
    for (const Comment &c : comments)
        thread.append(c.toJson());
    return { { QStringLiteral("id"), id },
             { QStringLiteral("x"), x },
             { QStringLiteral("y"), y },
             { QStringLiteral("by"), creator },
             { QStringLiteral("at"), createdAt },
             { QStringLiteral("resolved"), resolved },
             { QStringLiteral("comments"), thread } };
}

std::optional<Conversation> Conversation::fromJson(const QJsonObject &json)
{
    Conversation c;
    c.id = json.value(QStringLiteral("id")).toString();
    c.x = json.value(QStringLiteral("x")).toDouble(-1);
    c.y = json.value(QStringLiteral("y")).toDouble(-1);
    c.creator = json.value(QStringLiteral("by")).toString();
    c.createdAt = json.value(QStringLiteral("at")).toInteger();
    c.resolved = json.value(QStringLiteral("resolved")).toBool();
    if (c.id.isEmpty() || c.x < 0 || c.x > 1 || c.y < 0 || c.y > 1)
        return std::nullopt;
    const QJsonArray thread = json.value(QStringLiteral("comments")).toArray();
    c.comments.reserve(thread.size());
    for (const QJsonValue &value : thread) {
        std::optional<Comment> comment = Comment::fromJson(value.toObject());
        if (!comment)
            return std::nullopt;
        c.comments.append(*comment);
    }
    return c;
}

bool Conversation::operator==(const Conversation &o) const
{
    return id == o.id && x == o.x && y == o.y && creator == o.creator && createdAt == o.createdAt
        && resolved == o.resolved && comments == o.comments;
}

const Conversation *RoomState::find(const QString &id) const
{
    const auto it = m_conversations.constFind(id);
    return it == m_conversations.cend() ? nullptr : &it.value();
}

OpError applyEvent(std::optional<Conversation> *conversation, const Event &event,
                   const QString &owner, const RoomLimits &limits, qsizetype markerCount)
{
    const Operation &op = event.op;
    if (OpError error = op.validate())
        return error;

    if (op.kind == Operation::Kind::CreateMarker) {
        if (conversation->has_value())
            return { ErrorCode::Duplicate, Text::tr("A marker with this id already exists.") };
        if (markerCount >= limits.maxMarkers)
            return { ErrorCode::LimitReached,
                     Text::tr("This image already has the most markers a room can hold (%1).")
                         .arg(limits.maxMarkers),
                     { { QStringLiteral("of"), QStringLiteral("markers") },
                       { QStringLiteral("limit"), limits.maxMarkers } } };
        Conversation c;
        c.id = op.marker;
        c.x = op.x;
        c.y = op.y;
        c.creator = event.author;
        c.createdAt = event.at;
        // The first comment shares the marker's id: one id less on the wire.
        c.comments.append(
            Comment { op.marker, event.author, event.authorName, op.text, event.at, 0 });
        *conversation = std::move(c);
        return {};
    }

    if (op.kind == Operation::Kind::RestoreMarker) {
        if (conversation->has_value())
            return { ErrorCode::Duplicate,
                     Text::tr("This marker is there already; there is nothing to restore.") };
        std::optional<Conversation> restored = Conversation::fromJson(op.restored);
        if (!restored || restored->id != op.marker)
            return { ErrorCode::NotFound,
                     Text::tr("There is no deleted marker with this id to restore.") };
        if (event.author != restored->creator && event.author != owner)
            return { ErrorCode::Forbidden,
                     Text::tr(
                         "Only the marker's creator or the room's owner can restore a marker.") };
        if (markerCount >= limits.maxMarkers)
            return { ErrorCode::LimitReached,
                     Text::tr("This image already has the most markers a room can hold (%1).")
                         .arg(limits.maxMarkers) };
        *conversation = std::move(*restored);
        return {};
    }

    if (!conversation->has_value())
        return markerNotFound();
    Conversation &c = **conversation;

    switch (op.kind) {
    case Operation::Kind::CreateMarker:
    case Operation::Kind::RestoreMarker:
        Q_UNREACHABLE();
    case Operation::Kind::AddComment:
        if (c.indexOfComment(op.comment) >= 0)
            return { ErrorCode::Duplicate, Text::tr("A comment with this id already exists.") };
        if (c.comments.size() >= limits.maxCommentsPerMarker)
            return { ErrorCode::LimitReached,
                     Text::tr("This conversation already has the most comments it can hold (%1).")
                         .arg(limits.maxCommentsPerMarker),
                     { { QStringLiteral("of"), QStringLiteral("comments") },
                       { QStringLiteral("limit"), limits.maxCommentsPerMarker } } };
        c.comments.append(
            Comment { op.comment, event.author, event.authorName, op.text, event.at, 0 });
        return {};
    case Operation::Kind::EditComment:
    case Operation::Kind::DeleteComment: {
        const qsizetype index = c.indexOfComment(op.comment);
        if (index < 0)
            return commentNotFound();
        if (c.comments.at(index).author != event.author)
            return { ErrorCode::Forbidden,
                     Text::tr("Only its author can change or delete a comment.") };
        if (op.kind == Operation::Kind::DeleteComment) {
            // The first comment is what the marker is about; without it the
            // thread would answer nothing.
            if (c.comments.at(index).id == c.id)
                return { ErrorCode::Forbidden,
                         Text::tr(
                             "The first comment opens the conversation and cannot be deleted on "
                             "its own; edit it, or delete the marker.") };
            c.comments.removeAt(index);
        } else {
            Comment &comment = c.comments[index];
            comment.text = op.text;
            comment.editedAt = event.at;
        }
        return {};
    }
    case Operation::Kind::MoveMarker:
        c.x = op.x;
        c.y = op.y;
        return {};
    case Operation::Kind::SetResolved:
        c.resolved = op.resolved;
        return {};
    case Operation::Kind::DeleteMarker:
        if (event.author != c.creator && event.author != owner)
            return { ErrorCode::Forbidden,
                     Text::tr(
                         "Only the marker's creator or the room's owner can delete a marker.") };
        conversation->reset();
        return {};
    }
    Q_UNREACHABLE();
}

OpError RoomState::prepare(const Event &event, std::optional<Conversation> *result) const
{
    const Conversation *existing = find(event.op.marker);
    *result = existing ? std::optional<Conversation>(*existing) : std::nullopt;
    return applyEvent(result, event, owner, limits, m_conversations.size());
}

OpError RoomState::check(const Event &event) const
{
    std::optional<Conversation> next;
    return prepare(event, &next);
}

OpError RoomState::apply(const Event &event)
{
    Event settled = event;
    if (OpError error = fillName(&settled))
        return error;
    std::optional<Conversation> next;
    if (OpError error = prepare(settled, &next))
        return error;
    if (next)
        put(*next);
    else
        remove(settled.op.marker);
    return {};
}

void RoomState::put(const Conversation &conversation)
{
    if (const Conversation *old = find(conversation.id))
        forgetNames(*old, &conversation);
    m_conversations.insert(conversation.id, conversation);
    learnNames(conversation);
}

void RoomState::remove(const QString &id)
{
    const auto it = m_conversations.constFind(id);
    if (it == m_conversations.cend())
        return;
    forgetNames(*it, nullptr);
    m_conversations.erase(it);
}

void RoomState::learnNames(const Conversation &conversation) const
{
    for (const Comment &c : conversation.comments) {
        // A stale user's latest comment is found by the next search.
        if (m_staleNames.contains(c.author))
            continue;
        const auto it = m_names.constFind(c.author);
        if (it == m_names.cend()
            || isLater(c.createdAt, conversation.id, c.id, it->at, it->marker, it->comment))
            m_names.insert(c.author, { c.authorName, c.createdAt, conversation.id, c.id });
    }
}

void RoomState::forgetNames(const Conversation &old, const Conversation *next)
{
    for (const Comment &c : old.comments) {
        const auto it = m_names.constFind(c.author);
        if (it == m_names.cend() || it->marker != old.id || it->comment != c.id)
            continue;
        if (next && next->indexOfComment(c.id) >= 0)
            continue; // still there (an edit keeps the name)
        m_names.erase(it);
        m_staleNames.insert(c.author);
    }
}

std::optional<QString> RoomState::knownName(const QString &user) const
{
    if (m_staleNames.remove(user)) {
        std::optional<NameSource> latest;
        for (const Conversation &conversation : m_conversations) {
            for (const Comment &c : conversation.comments) {
                if (c.author == user
                    && (!latest
                        || isLater(c.createdAt, conversation.id, c.id, latest->at, latest->marker,
                                   latest->comment)))
                    latest = NameSource { c.authorName, c.createdAt, conversation.id, c.id };
            }
        }
        if (latest)
            m_names.insert(user, *latest);
    }
    const auto it = m_names.constFind(user);
    if (it == m_names.cend())
        return std::nullopt;
    return it->name;
}

bool RoomState::knowsName(const Event &event) const
{
    if (!event.op.makesComment())
        return false;
    const std::optional<QString> known = knownName(event.author);
    return known && *known == event.authorName;
}

OpError RoomState::fillName(Event *event) const
{
    if (!event->op.makesComment() || !event->nameKnown)
        return {};
    const std::optional<QString> known = knownName(event->author);
    if (!known)
        return { ErrorCode::BadRequest,
                 Text::tr("The change leaves out its author's name, but the room knows no name "
                          "for this author.") };
    event->authorName = *known;
    return {};
}

QList<const Conversation *> orderedConversations(const QHash<QString, Conversation> &all)
{
    QList<const Conversation *> list;
    list.reserve(all.size());
    for (const Conversation &c : all)
        list.append(&c);
    std::sort(list.begin(), list.end(), [](const Conversation *a, const Conversation *b) {
        return a->createdAt != b->createdAt ? a->createdAt < b->createdAt : a->id < b->id;
    });
    return list;
}

QJsonArray RoomState::toJson() const
{
    QJsonArray array;
    for (const Conversation *c : orderedConversations(m_conversations))
        array.append(c->toJson());
    return array;
}

std::optional<RoomState> RoomState::fromJson(const QJsonArray &json)
{
    RoomState state;
    state.m_conversations.reserve(json.size());
    for (const QJsonValue &value : json) {
        std::optional<Conversation> c = Conversation::fromJson(value.toObject());
        if (!c)
            return std::nullopt;
        state.put(*c);
    }
    return state;
}

} // namespace ImageChat
