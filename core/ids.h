#pragma once

#include <QByteArray>
#include <QString>

namespace ImageChat {

// Ids of markers, comments and operations (broadcastIds): 16 characters of
// the URL-safe base64 alphabet, 96 random bits from the system's
// cryptographic generator; newId() never starts one with '-'. Unique in practice (two ids of one
// room collide with a chance of about n^2 / 2^97 for n ids) at 20 characters less on the wire than
// a UUID.
constexpr int IdChars = 16;
QString newId();

// True for the form newId() produces: exactly IdChars characters of
// A-Z a-z 0-9 - _. Ids compare as plain strings.
bool isId(const QString &text);

// Markers and comments made before protocol version 2 have UUIDs. Rooms keep
// them, so a reference to an existing marker or comment may be either.
bool isIdOrLegacyUuid(const QString &text);

// A new random UUID in its canonical 36-character lowercase form (only for
// names that never go on the wire).
QString newUuid();

// True for the canonical 36-character form newUuid() produces; anything else
// (braces, upper case, junk) is refused so ids compare as plain strings.
bool isCanonicalUuid(const QString &text);

// A random URL-safe token of the given number of random bytes (room ids,
// access keys, identity secrets). Uses the system's cryptographic generator.
QString randomToken(int bytes);
// The same, never starting with '-': for what is given alone on a command
// line (ids, tenant ids), where it would read as an option.
QString randomArgument(int bytes);

// Lowercase hex SHA-256 of the data.
QString sha256Hex(const QByteArray &data);

} // namespace ImageChat
