#include "protocol.h"

#include "ids.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace ImageChat::Protocol {

namespace {

// Gives these texts the translation context "ImageChat::Protocol" (lupdate reads it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImageChat::Protocol)
};

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

bool isBroadcastType(const QString &type)
{
    return type == Type::NewImageChat || type == Type::ImageChatUpdated
        || type == Type::DeletedImageChat;
}

QString encode(const QJsonObject &message)
{
    return QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> decode(const QString &frame, OpError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(frame.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = { ErrorCode::BadJson,
                   Text::tr("The message is not valid JSON (%1 at offset %2).")
                       .arg(parseError.errorString())
                       .arg(parseError.offset) };
        return std::nullopt;
    }
    if (!doc.isObject() || !doc.object().value(QStringLiteral("type")).isString()) {
        *error = { ErrorCode::BadRequest,
                   Text::tr("A message must be a JSON object with a \"type\".") };
        return std::nullopt;
    }
    return doc.object();
}

QJsonObject errorMessage(const OpError &error)
{
    QJsonObject message { { QStringLiteral("type"), Type::Error },
                          { QStringLiteral("code"), error.code },
                          { QStringLiteral("message"), error.message } };
    if (!error.params.isEmpty())
        message.insert(QStringLiteral("params"), error.params);
    return message;
}

QJsonObject rejected(const QString &broadcastId, const OpError &error)
{
    QJsonObject message = errorMessage(error);
    message.insert(QStringLiteral("type"), Type::Rejected);
    message.insert(QStringLiteral("broadcastId"), broadcastId);
    return message;
}

QJsonObject accepted(const QString &broadcastId, qint64 seq, qint64 at)
{
    return { { QStringLiteral("type"), Type::Accepted },
             { QStringLiteral("broadcastId"), broadcastId },
             { QStringLiteral("seq"), seq },
             { QStringLiteral("at"), at } };
}

QJsonObject ImageMeta::toJson() const
{
    return { { QStringLiteral("sha256"), sha256 }, { QStringLiteral("size"), size },
             { QStringLiteral("width"), width },   { QStringLiteral("height"), height },
             { QStringLiteral("mime"), mime },     { QStringLiteral("name"), name } };
}

ImageMeta ImageMeta::fromJson(const QJsonObject &json)
{
    ImageMeta meta;
    meta.sha256 = json.value(QStringLiteral("sha256")).toString();
    meta.size = json.value(QStringLiteral("size")).toInteger();
    meta.width = json.value(QStringLiteral("width")).toInt();
    meta.height = json.value(QStringLiteral("height")).toInt();
    meta.mime = json.value(QStringLiteral("mime")).toString();
    meta.name = json.value(QStringLiteral("name")).toString();
    return meta;
}

bool ImageMeta::operator==(const ImageMeta &o) const
{
    return sha256 == o.sha256 && size == o.size && width == o.width && height == o.height
        && mime == o.mime && name == o.name;
}

QJsonObject Hello::toJson() const
{
    QJsonObject json { { QStringLiteral("type"), Type::Hello },
                       { QStringLiteral("version"), version } };
    if (!room.isEmpty()) {
        json.insert(QStringLiteral("room"), room);
        json.insert(QStringLiteral("key"), key);
    }
    if (identity.isValid()) {
        json.insert(QStringLiteral("user"), identity.user);
        json.insert(QStringLiteral("secret"), identity.secret);
    }
    if (!name.isEmpty())
        json.insert(QStringLiteral("name"), name);
    if (!sync)
        json.insert(QStringLiteral("sync"), false);
    if (!epoch.isEmpty()) {
        json.insert(QStringLiteral("epoch"), epoch);
        json.insert(QStringLiteral("seq"), seq);
    }
    if (!pending.isEmpty())
        json.insert(QStringLiteral("pending"), toArray(pending));
    return json;
}

std::optional<Hello> Hello::fromJson(const QJsonObject &json, OpError *error)
{
    Hello hello;
    const QJsonValue version = json.value(QStringLiteral("version"));
    if (!version.isDouble()) {
        *error = { ErrorCode::BadRequest,
                   Text::tr("The hello must say which protocol version it speaks.") };
        return std::nullopt;
    }
    hello.version = version.toInt();
    if (hello.version != Version) {
        *error = { ErrorCode::UnsupportedVersion,
                   Text::tr("This server speaks protocol version %1; the client speaks version %2. "
                            "Update the older of the two.")
                       .arg(Version)
                       .arg(version.toVariant().toString()) };
        return std::nullopt;
    }
    hello.room = json.value(QStringLiteral("room")).toString();
    hello.key = json.value(QStringLiteral("key")).toString();
    hello.identity.user = json.value(QStringLiteral("user")).toString();
    hello.identity.secret = json.value(QStringLiteral("secret")).toString();
    // Cut by characters, never inside a surrogate pair.
    const QList<uint> name = json.value(QStringLiteral("name")).toString().trimmed().toUcs4();
    hello.name = QString::fromUcs4(reinterpret_cast<const char32_t *>(name.constData()),
                                   std::min<qsizetype>(name.size(), Limits::MaxNameChars));
    hello.sync = json.value(QStringLiteral("sync")).toBool(true);
    hello.epoch = json.value(QStringLiteral("epoch")).toString();
    hello.seq = json.value(QStringLiteral("seq")).toInteger();
    hello.pending = toStringList(json.value(QStringLiteral("pending")));
    if (hello.pending.size() > 1000 || hello.seq < 0) {
        *error = { ErrorCode::BadRequest,
                   Text::tr("The hello's \"seq\" or \"pending\" is out of range.") };
        return std::nullopt;
    }
    return hello;
}

QJsonObject Welcome::toJson() const
{
    QJsonObject json { { QStringLiteral("type"), Type::Welcome },
                       { QStringLiteral("version"), Version },
                       { QStringLiteral("user"), identity.user } };
    if (!identity.secret.isEmpty())
        json.insert(QStringLiteral("secret"), identity.secret);
    if (room.isEmpty())
        return json;
    json.insert(QStringLiteral("room"), room);
    json.insert(QStringLiteral("epoch"), epoch);
    json.insert(QStringLiteral("seq"), seq);
    json.insert(QStringLiteral("owner"), owner);
    json.insert(QStringLiteral("image"), image.toJson());
    if (hasSnapshot)
        json.insert(QStringLiteral("snapshot"), snapshot);
    else if (sync)
        json.insert(QStringLiteral("events"), events);
    if (!confirmed.isEmpty())
        json.insert(QStringLiteral("confirmed"), toArray(confirmed));
    return json;
}

std::optional<Welcome> Welcome::fromJson(const QJsonObject &json, OpError *error)
{
    Welcome w;
    w.identity.user = json.value(QStringLiteral("user")).toString();
    w.identity.secret = json.value(QStringLiteral("secret")).toString();
    w.room = json.value(QStringLiteral("room")).toString();
    w.epoch = json.value(QStringLiteral("epoch")).toString();
    w.seq = json.value(QStringLiteral("seq")).toInteger();
    w.owner = json.value(QStringLiteral("owner")).toString();
    w.image = ImageMeta::fromJson(json.value(QStringLiteral("image")).toObject());
    w.hasSnapshot = json.contains(QStringLiteral("snapshot"));
    w.snapshot = json.value(QStringLiteral("snapshot")).toArray();
    w.events = json.value(QStringLiteral("events")).toArray();
    w.confirmed = toStringList(json.value(QStringLiteral("confirmed")));
    if (w.identity.user.isEmpty()) {
        *error = { ErrorCode::BadRequest, Text::tr("The server's welcome has no user id.") };
        return std::nullopt;
    }
    return w;
}

} // namespace ImageChat::Protocol
