#pragma once

#include <QJsonObject>
#include <QString>

namespace ImageChat {

// Machine-readable error codes shared by the server's replies and the client's
// own checks, so a client can react to a code and show the message.
namespace ErrorCode {
inline const QString BadJson = QStringLiteral("bad-json");
inline const QString BadRequest = QStringLiteral("bad-request");
inline const QString UnknownType = QStringLiteral("unknown-type");
inline const QString UnsupportedVersion = QStringLiteral("unsupported-version");
inline const QString NotJoined = QStringLiteral("not-joined");
inline const QString AlreadyJoined = QStringLiteral("already-joined");
inline const QString RoomNotFound = QStringLiteral("room-not-found");
inline const QString WrongKey = QStringLiteral("wrong-key");
inline const QString BadIdentity = QStringLiteral("bad-identity");
inline const QString NotFound = QStringLiteral("not-found");
inline const QString Duplicate = QStringLiteral("duplicate");
inline const QString Forbidden = QStringLiteral("forbidden");
inline const QString OutOfRange = QStringLiteral("out-of-range");
inline const QString TooLong = QStringLiteral("too-long");
inline const QString Empty = QStringLiteral("empty");
inline const QString LimitReached = QStringLiteral("limit-reached");
inline const QString TooLarge = QStringLiteral("too-large");
inline const QString BadImage = QStringLiteral("bad-image");
inline const QString HashMismatch = QStringLiteral("hash-mismatch");
inline const QString StorageFailed = QStringLiteral("storage-failed");
// Too many requests on this connection, or too many uploads from this
// address at once; params.retryAfterMs says when to try again.
inline const QString RateLimited = QStringLiteral("rate-limited");
// The room's tenant reached a quota (params.quota: "rooms" or
// "storedBytes"; params.limit: the quota).
inline const QString QuotaExceeded = QStringLiteral("quota-exceeded");
// Creating a room on this server needs a tenant token (none or a wrong one
// was given).
inline const QString TenantTokenRequired = QStringLiteral("tenant-token-required");
inline const QString BadTenantToken = QStringLiteral("bad-tenant-token");
inline const QString Offline = QStringLiteral("offline");
// An undo or redo whose target someone else has changed since (client only).
inline const QString Conflict = QStringLiteral("conflict");
inline const QString ConnectionLost = QStringLiteral("connection-lost");
// The server's TLS certificate was refused (untrusted, expired, another
// host's, not the pinned one): asking again does not help.
inline const QString BadCertificate = QStringLiteral("bad-certificate");
} // namespace ErrorCode

// An error with a code for programs and a sentence for people. A default
// constructed OpError means "no error".
struct OpError
{
    QString code;
    QString message;
    // What a program may need besides the code (e.g. "retryAfterMs").
    QJsonObject params;

    OpError() = default;
    OpError(QString c, QString m, QJsonObject p = {})
        : code(std::move(c))
        , message(std::move(m))
        , params(std::move(p))
    { }
    bool isError() const { return !code.isEmpty(); }
    explicit operator bool() const { return isError(); }
};

} // namespace ImageChat
