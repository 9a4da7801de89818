#pragma once

#include <QByteArray>
#include <QString>

namespace ImageChat {

// A new random UUID in its canonical 36-character lowercase form.
QString newUuid();

// True for the canonical 36-character form newUuid() produces; anything else
// (braces, upper case, junk) is refused so ids compare as plain strings.
bool isCanonicalUuid(const QString &text);

// A random URL-safe token of the given number of random bytes (room ids,
// access keys, identity secrets). Uses the system's cryptographic generator.
QString randomToken(int bytes);

// Lowercase hex SHA-256 of the data.
QString sha256Hex(const QByteArray &data);

} // namespace ImageChat
