#include "errortext.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace ImageChat::ErrorText {

namespace {

// Gives these texts the translation context "ImageChat::ErrorText".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImageChat::ErrorText)
};

} // namespace

QString describe(const QString &code, const QJsonObject &params, const QString &serverText)
{
    if (code == ErrorCode::RateLimited) {
        const qint64 ms = params.value(QStringLiteral("retryAfterMs")).toInteger(1000);
        return Text::tr("Too many changes at once; ImageChat tries again in %n second(s).", nullptr,
                        int(std::max<qint64>(1, (ms + 999) / 1000)));
    }
    if (code == ErrorCode::QuotaExceeded) {
        const qint64 limit = params.value(QStringLiteral("limit")).toInteger();
        if (params.value(QStringLiteral("quota")).toString() == QLatin1String("rooms"))
            return Text::tr("Your organisation has used its quota of %n room(s) on this server; "
                            "ask its operator for more.",
                            nullptr, int(std::min<qint64>(limit, INT_MAX)));
        return Text::tr("Your organisation has used its storage quota (%1) on this server; ask "
                        "its operator for more.")
            .arg(QLocale().formattedDataSize(limit));
    }
    if (code == ErrorCode::LimitReached && params.contains(QStringLiteral("of"))) {
        // The same sentences the client's own checks use (RoomState).
        const qint64 limit = params.value(QStringLiteral("limit")).toInteger();
        const bool markers =
            params.value(QStringLiteral("of")).toString() == QLatin1String("markers");
        return QCoreApplication::translate(
                   "ImageChat::RoomState",
                   markers ? "This image already has the most markers a room can hold (%1)."
                           : "This conversation already has the most comments it can hold (%1).")
            .arg(limit);
    }
    static const struct
    {
        const QString &code;
        const char *text;
    } known[] = {
        { ErrorCode::BadJson,
          QT_TRANSLATE_NOOP("ImageChat::ErrorText",
                            "The server could not read a message from this program.") },
        { ErrorCode::BadRequest,
          QT_TRANSLATE_NOOP("ImageChat::ErrorText", "The server refused a malformed request.") },
        { ErrorCode::UnknownType,
          QT_TRANSLATE_NOOP("ImageChat::ErrorText",
                            "The server does not know this request; it may be an older version.") },
        { ErrorCode::UnsupportedVersion,
          QT_TRANSLATE_NOOP("ImageChat::ErrorText",
                            "This server speaks another version of ImageChat; update the "
                            "program or the server.") },
        { ErrorCode::NotJoined,
          QT_TRANSLATE_NOOP("ImageChat::ErrorText", "Not in the room yet; try again.") },
        { ErrorCode::RoomNotFound,
          QT_TRANSLATE_NOOP("ImageChat::ErrorText", "There is no such room on this server.") },
        { ErrorCode::WrongKey,
          QT_TRANSLATE_NOOP("ImageChat::ErrorText",
                            "The room key is wrong; ask for the link again.") },
        { ErrorCode::BadIdentity,
          QT_TRANSLATE_NOOP("ImageChat::ErrorText",
                            "This server does not recognise your identity.") },
        { ErrorCode::NotFound,
          QT_TRANSLATE_NOOP("ImageChat::ErrorText",
                            "This marker or comment does not exist any more.") },
        { ErrorCode::Duplicate,
          QT_TRANSLATE_NOOP("ImageChat::ErrorText", "This change was saved already.") },
        { ErrorCode::Forbidden,
          QT_TRANSLATE_NOOP("ImageChat::ErrorText",
                            "Only its author or the room's owner may do this.") },
        { ErrorCode::OutOfRange,
          QT_TRANSLATE_NOOP("ImageChat::ErrorText", "The position is outside the image.") },
        { ErrorCode::TooLong,
          QT_TRANSLATE_NOOP("ImageChat::ErrorText",
                            "The comment is too long (at most 4,000 characters).") },
        { ErrorCode::Empty, QT_TRANSLATE_NOOP("ImageChat::ErrorText", "The comment is empty.") },
        { ErrorCode::LimitReached,
          QT_TRANSLATE_NOOP("ImageChat::ErrorText",
                            "This room or conversation has reached its size limit.") },
        { ErrorCode::TooLarge,
          QT_TRANSLATE_NOOP("ImageChat::ErrorText", "This is too large for the server.") },
        { ErrorCode::BadImage,
          QT_TRANSLATE_NOOP("ImageChat::ErrorText",
                            "The server does not accept this image (PNG, JPEG, GIF, BMP or WebP "
                            "up to 30,000 pixels a side).") },
        { ErrorCode::HashMismatch,
          QT_TRANSLATE_NOOP("ImageChat::ErrorText",
                            "The image was damaged on the way; try again.") },
        { ErrorCode::StorageFailed,
          QT_TRANSLATE_NOOP("ImageChat::ErrorText",
                            "The server could not save this right now; nothing was changed.") },
        { ErrorCode::TenantTokenRequired,
          QT_TRANSLATE_NOOP("ImageChat::ErrorText",
                            "Creating rooms on this server needs a tenant token from its "
                            "operator (Settings, Tenant token).") },
        { ErrorCode::BadTenantToken,
          QT_TRANSLATE_NOOP("ImageChat::ErrorText",
                            "The server does not accept your tenant token; ask its operator "
                            "for a current one.") },
    };
    for (const auto &entry : known) {
        if (entry.code == code)
            return QCoreApplication::translate("ImageChat::ErrorText", entry.text);
    }
    return serverText;
}

OpError fromWire(const QJsonObject &message)
{
    const QString code = message.value(QStringLiteral("code")).toString();
    const QJsonObject params = message.value(QStringLiteral("params")).toObject();
    return { code, describe(code, params, message.value(QStringLiteral("message")).toString()),
             params };
}

} // namespace ImageChat::ErrorText
