#include "ids.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

namespace ImageChat {

QString newId()
{
    // 12 bytes are 16 base64 characters exactly, without padding.
    static_assert(IdChars * 6 == 12 * 8);
    // An id is a command-line argument too (imagechat-cli reply LINK MARKER ...).
    return randomArgument(12);
}

bool isId(const QString &text)
{
    if (text.size() != IdChars)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
            || u == '-' || u == '_';
        if (!ok)
            return false;
    }
    return true;
}

bool isIdOrLegacyUuid(const QString &text)
{
    return isId(text) || isCanonicalUuid(text);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isCanonicalUuid(const QString &text)
{
    if (text.size() != 36)
        return false;
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    for (int i = bytes - bytes % 4; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomArgument(int bytes)
{
    // Never with a leading '-', which would read as an option. Drawing again
    // costs 1 in 64 tokens and 0.02 bits.
    QString token;
    do
        token = randomToken(bytes);
    while (token.startsWith(QLatin1Char('-')));
    return token;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace ImageChat
