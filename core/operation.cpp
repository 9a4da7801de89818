#include "operation.h"

#include "ids.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

namespace ImageChat {

namespace {

// Gives these texts the translation context "ImageChat::Operation" (lupdate reads it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImageChat::Operation)
};

struct KindName
{
    Operation::Kind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
    { Operation::Kind::CreateMarker, "create-marker" },
    { Operation::Kind::AddComment, "add-comment" },
    { Operation::Kind::EditComment, "edit-comment" },
    { Operation::Kind::DeleteComment, "delete-comment" },
    { Operation::Kind::MoveMarker, "move-marker" },
    { Operation::Kind::SetResolved, "set-resolved" },
    { Operation::Kind::DeleteMarker, "delete-marker" },
    { Operation::Kind::RestoreMarker, "restore-marker" },
};

bool needsComment(Operation::Kind kind)
{
    return kind == Operation::Kind::EditComment || kind == Operation::Kind::DeleteComment;
}

bool needsPosition(Operation::Kind kind)
{
    return kind == Operation::Kind::CreateMarker || kind == Operation::Kind::MoveMarker;
}

OpError shapeError(const QString &field, const char *what)
{
    // `what` is marked with QT_TRANSLATE_NOOP where it is written.
    return { ErrorCode::BadRequest, Text::tr("Field \"%1\" %2.").arg(field, Text::tr(what)) };
}

// Ids a request makes must be newId() ids; ids it refers to, and every id
// of a broadcast, may also be UUIDs from before protocol version 2.
enum class IdRule { New, Existing };

bool readId(const QJsonObject &json, const QString &field, IdRule rule, QString *out,
            OpError *error)
{
    const QJsonValue value = json.value(field);
    const QString text = value.toString();
    if (!value.isString() || !(rule == IdRule::New ? isId(text) : isIdOrLegacyUuid(text))) {
        *error = shapeError(field,
                            QT_TRANSLATE_NOOP("ImageChat::Operation",
                                              "must be an id of 16 characters (A-Z a-z 0-9 - _)"));
        return false;
    }
    *out = text;
    return true;
}

// The id of what an operation makes is its broadcastId. A request may still
// say so; a broadcast from an older log names its own.
bool readMadeId(const QJsonObject &json, const QString &field, Operation::Form form,
                const QString &broadcastId, QString *out, OpError *error)
{
    if (!json.contains(field)) {
        *out = broadcastId;
        return true;
    }
    if (form == Operation::Form::Broadcast)
        return readId(json, field, IdRule::Existing, out, error);
    if (json.value(field) != QJsonValue(broadcastId)) {
        *error = shapeError(field,
                            QT_TRANSLATE_NOOP("ImageChat::Operation",
                                              "must be left out: what a change makes takes the "
                                              "change's broadcastId"));
        return false;
    }
    *out = broadcastId;
    return true;
}

bool readNumber(const QJsonObject &json, const QString &field, double *out, OpError *error)
{
    const QJsonValue value = json.value(field);
    if (!value.isDouble()) {
        *error = shapeError(field, QT_TRANSLATE_NOOP("ImageChat::Operation", "must be a number"));
        return false;
    }
    *out = value.toDouble();
    return true;
}

} // namespace

double roundCoordinate(double value)
{
    const double scale = std::pow(10.0, Limits::CoordinateDecimals);
    return std::round(value * scale) / scale;
}

Operation Operation::createMarker(double x, double y, const QString &text)
{
    Operation op;
    op.kind = Kind::CreateMarker;
    op.broadcastId = newId();
    op.marker = op.broadcastId;
    op.x = roundCoordinate(x);
    op.y = roundCoordinate(y);
    op.text = text;
    return op;
}

Operation Operation::addComment(const QString &marker, const QString &text)
{
    Operation op;
    op.kind = Kind::AddComment;
    op.broadcastId = newId();
    op.marker = marker;
    op.comment = op.broadcastId;
    op.text = text;
    return op;
}

Operation Operation::editComment(const QString &marker, const QString &comment, const QString &text)
{
    Operation op;
    op.kind = Kind::EditComment;
    op.broadcastId = newId();
    op.marker = marker;
    op.comment = comment;
    op.text = text;
    return op;
}

Operation Operation::deleteComment(const QString &marker, const QString &comment)
{
    Operation op;
    op.kind = Kind::DeleteComment;
    op.broadcastId = newId();
    op.marker = marker;
    op.comment = comment;
    return op;
}

Operation Operation::moveMarker(const QString &marker, double x, double y)
{
    Operation op;
    op.kind = Kind::MoveMarker;
    op.broadcastId = newId();
    op.marker = marker;
    op.x = roundCoordinate(x);
    op.y = roundCoordinate(y);
    return op;
}

Operation Operation::setResolved(const QString &marker, bool resolved)
{
    Operation op;
    op.kind = Kind::SetResolved;
    op.broadcastId = newId();
    op.marker = marker;
    op.resolved = resolved;
    return op;
}

Operation Operation::deleteMarker(const QString &marker)
{
    Operation op;
    op.kind = Kind::DeleteMarker;
    op.broadcastId = newId();
    op.marker = marker;
    return op;
}

Operation Operation::restoreMarker(const QString &marker, const QJsonObject &restored)
{
    Operation op;
    op.kind = Kind::RestoreMarker;
    op.broadcastId = newId();
    op.marker = marker;
    op.restored = restored;
    return op;
}

QString Operation::name() const
{
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    Q_UNREACHABLE();
}

std::optional<Operation::Kind> Operation::kindFromName(const QString &name)
{
    for (const KindName &entry : kKindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString Operation::broadcastType() const
{
    switch (kind) {
    case Kind::CreateMarker:
        return QStringLiteral("new-image-chat");
    case Kind::DeleteMarker:
        return QStringLiteral("deleted-image-chat");
    default:
        return QStringLiteral("image-chat-updated");
    }
}

bool Operation::hasText() const
{
    return kind == Kind::CreateMarker || kind == Kind::AddComment || kind == Kind::EditComment;
}

bool Operation::makesComment() const
{
    return kind == Kind::CreateMarker || kind == Kind::AddComment;
}

Operation Operation::renewed() const
{
    Operation op = *this;
    op.broadcastId = newId();
    if (kind == Kind::CreateMarker)
        op.marker = op.broadcastId;
    else if (kind == Kind::AddComment)
        op.comment = op.broadcastId;
    return op;
}

OpError Operation::validate() const
{
    if (needsPosition(kind)) {
        if (!std::isfinite(x) || !std::isfinite(y) || x < 0 || x > 1 || y < 0 || y > 1)
            return { ErrorCode::OutOfRange,
                     Text::tr(
                         "The marker position must lie on the image (x and y between 0 and 1).") };
    }
    if (hasText()) {
        if (text.trimmed().isEmpty())
            return { ErrorCode::Empty, Text::tr("A comment cannot be empty.") };
        // Count characters as people do (code points), not UTF-16 units.
        const qsizetype chars = text.toUcs4().size();
        if (chars > Limits::MaxCommentChars)
            return { ErrorCode::TooLong,
                     Text::tr("A comment can have at most %1 characters; this one has %2.")
                         .arg(Limits::MaxCommentChars)
                         .arg(chars) };
    }
    return {};
}

void Operation::writeFields(QJsonObject &json) const
{
    json.insert(QStringLiteral("broadcastId"), broadcastId);
    if (kind != Kind::CreateMarker || marker != broadcastId)
        json.insert(QStringLiteral("marker"), marker);
    if (needsComment(kind) || (kind == Kind::AddComment && comment != broadcastId))
        json.insert(QStringLiteral("comment"), comment);
    if (needsPosition(kind)) {
        json.insert(QStringLiteral("x"), x);
        json.insert(QStringLiteral("y"), y);
    }
    if (hasText())
        json.insert(QStringLiteral("text"), text);
    if (kind == Kind::SetResolved)
        json.insert(QStringLiteral("resolved"), resolved);
    if (kind == Kind::RestoreMarker && !restored.isEmpty())
        json.insert(QStringLiteral("conversation"), restored);
}

std::optional<Operation> Operation::readFields(Kind kind, Form form, const QJsonObject &json,
                                               OpError *error)
{
    Operation op;
    op.kind = kind;
    const IdRule made = form == Form::Request ? IdRule::New : IdRule::Existing;
    if (!readId(json, QStringLiteral("broadcastId"), made, &op.broadcastId, error))
        return std::nullopt;
    const bool markerRead = kind == Kind::CreateMarker
        ? readMadeId(json, QStringLiteral("marker"), form, op.broadcastId, &op.marker, error)
        : readId(json, QStringLiteral("marker"), IdRule::Existing, &op.marker, error);
    if (!markerRead)
        return std::nullopt;
    if (kind == Kind::AddComment) {
        if (!readMadeId(json, QStringLiteral("comment"), form, op.broadcastId, &op.comment, error))
            return std::nullopt;
    } else if (needsComment(kind)) {
        if (!readId(json, QStringLiteral("comment"), IdRule::Existing, &op.comment, error))
            return std::nullopt;
    }
    if (needsPosition(kind)) {
        if (!readNumber(json, QStringLiteral("x"), &op.x, error)
            || !readNumber(json, QStringLiteral("y"), &op.y, error))
            return std::nullopt;
        op.x = roundCoordinate(op.x);
        op.y = roundCoordinate(op.y);
    }
    if (op.hasText()) {
        const QJsonValue text = json.value(QStringLiteral("text"));
        if (!text.isString()) {
            *error = shapeError(QStringLiteral("text"),
                                QT_TRANSLATE_NOOP("ImageChat::Operation", "must be a string"));
            return std::nullopt;
        }
        op.text = text.toString();
    }
    if (kind == Kind::SetResolved) {
        const QJsonValue resolved = json.value(QStringLiteral("resolved"));
        if (!resolved.isBool()) {
            *error = shapeError(QStringLiteral("resolved"),
                                QT_TRANSLATE_NOOP("ImageChat::Operation", "must be true or false"));
            return std::nullopt;
        }
        op.resolved = resolved.toBool();
    }
    // What a restore brings back is the server's to say: a request's
    // "conversation" is not read.
    if (kind == Kind::RestoreMarker && form == Form::Broadcast) {
        const QJsonValue restored = json.value(QStringLiteral("conversation"));
        if (!restored.isObject()) {
            *error = shapeError(QStringLiteral("conversation"),
                                QT_TRANSLATE_NOOP("ImageChat::Operation", "must be an object"));
            return std::nullopt;
        }
        op.restored = restored.toObject();
    }
    return op;
}

QJsonObject Operation::toRequest() const
{
    QJsonObject json;
    json.insert(QStringLiteral("type"), name());
    writeFields(json);
    json.remove(QStringLiteral("conversation"));
    return json;
}

std::optional<Operation> Operation::fromRequest(const QJsonObject &json, OpError *error)
{
    const QString type = json.value(QStringLiteral("type")).toString();
    const std::optional<Kind> kind = kindFromName(type);
    if (!kind) {
        *error = { ErrorCode::UnknownType, Text::tr("Unknown request type \"%1\".").arg(type) };
        return std::nullopt;
    }
    return readFields(*kind, Form::Request, json, error);
}

bool Operation::operator==(const Operation &o) const
{
    return kind == o.kind && broadcastId == o.broadcastId && marker == o.marker
        && comment == o.comment && text == o.text && x == o.x && y == o.y && resolved == o.resolved
        && restored == o.restored;
}

QJsonObject Event::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("type"), op.broadcastType());
    if (op.broadcastType() == QLatin1String("image-chat-updated"))
        json.insert(QStringLiteral("change"), op.name());
    json.insert(QStringLiteral("seq"), seq);
    json.insert(QStringLiteral("at"), at);
    json.insert(QStringLiteral("by"), author);
    if (op.makesComment() && !nameKnown)
        json.insert(QStringLiteral("name"), authorName);
    op.writeFields(json);
    return json;
}

std::optional<Event> Event::fromJson(const QJsonObject &json, OpError *error)
{
    const QString type = json.value(QStringLiteral("type")).toString();
    std::optional<Operation::Kind> kind;
    if (type == QLatin1String("new-image-chat"))
        kind = Operation::Kind::CreateMarker;
    else if (type == QLatin1String("deleted-image-chat"))
        kind = Operation::Kind::DeleteMarker;
    else if (type == QLatin1String("image-chat-updated"))
        kind = Operation::kindFromName(json.value(QStringLiteral("change")).toString());
    // "change" may not smuggle a create or delete into an update.
    const bool mismatched = kind
        && ((*kind == Operation::Kind::CreateMarker) != (type == QLatin1String("new-image-chat"))
            || (*kind == Operation::Kind::DeleteMarker)
                != (type == QLatin1String("deleted-image-chat")));
    if (!kind || mismatched) {
        *error = { ErrorCode::UnknownType, Text::tr("Not an event: \"%1\".").arg(type) };
        return std::nullopt;
    }
    std::optional<Operation> op =
        Operation::readFields(*kind, Operation::Form::Broadcast, json, error);
    if (!op)
        return std::nullopt;
    Event event;
    event.op = *op;
    event.seq = json.value(QStringLiteral("seq")).toInteger();
    event.at = json.value(QStringLiteral("at")).toInteger();
    event.author = json.value(QStringLiteral("by")).toString();
    event.authorName = json.value(QStringLiteral("name")).toString();
    event.nameKnown = op->makesComment() && !json.contains(QStringLiteral("name"));
    if (event.seq <= 0 || event.author.isEmpty()) {
        *error = { ErrorCode::BadRequest,
                   Text::tr("An event needs a positive \"seq\" and an author.") };
        return std::nullopt;
    }
    return event;
}

} // namespace ImageChat
