#include "imageinfo.h"

#include <QtEndian>

namespace ImageChat {

namespace {

quint32 be16(const QByteArray &d, qsizetype at)
{
    return qFromBigEndian<quint16>(d.constData() + at);
}

quint32 le16(const QByteArray &d, qsizetype at)
{
    return qFromLittleEndian<quint16>(d.constData() + at);
}

quint32 le24(const QByteArray &d, qsizetype at)
{
    return quint32(quint8(d[at])) | quint32(quint8(d[at + 1])) << 8
        | quint32(quint8(d[at + 2])) << 16;
}

quint32 le32(const QByteArray &d, qsizetype at)
{
    return qFromLittleEndian<quint32>(d.constData() + at);
}

std::optional<ImageInfo> make(const char *mime, qint64 width, qint64 height)
{
    if (width <= 0 || height <= 0 || width > MaxImageSide || height > MaxImageSide)
        return std::nullopt;
    return ImageInfo { QLatin1String(mime), int(width), int(height) };
}

std::optional<ImageInfo> readJpeg(const QByteArray &d)
{
    qsizetype at = 2;
    while (at + 9 < d.size()) {
        if (quint8(d[at]) != 0xFF)
            return std::nullopt;
        const quint8 marker = quint8(d[at + 1]);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD9)) { // no length
            at += 2;
            continue;
        }
        const quint32 length = be16(d, at + 2);
        const bool isFrame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (isFrame)
            return make("image/jpeg", be16(d, at + 7), be16(d, at + 5));
        if (length < 2)
            return std::nullopt;
        at += 2 + length;
    }
    return std::nullopt;
}

std::optional<ImageInfo> readWebp(const QByteArray &d)
{
    if (d.size() < 30)
        return std::nullopt;
    const QByteArray chunk = d.mid(12, 4);
    if (chunk == "VP8X")
        return make("image/webp", 1 + qint64(le24(d, 24)), 1 + qint64(le24(d, 27)));
    if (chunk == "VP8L" && quint8(d[20]) == 0x2F) {
        const quint32 bits = le32(d, 21);
        return make("image/webp", 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF));
    }
    if (chunk == "VP8 ")
        return make("image/webp", le16(d, 26) & 0x3FFF, le16(d, 28) & 0x3FFF);
    return std::nullopt;
}

} // namespace

std::optional<ImageInfo> readImageInfo(const QByteArray &d)
{
    if (d.size() >= 24 && d.startsWith("\x89PNG\r\n\x1a\n") && d.mid(12, 4) == "IHDR")
        return make("image/png", qFromBigEndian<quint32>(d.constData() + 16),
                    qFromBigEndian<quint32>(d.constData() + 20));
    if (d.size() >= 10 && (d.startsWith("GIF87a") || d.startsWith("GIF89a")))
        return make("image/gif", le16(d, 6), le16(d, 8));
    if (d.size() >= 26 && d.startsWith("BM")) {
        if (le32(d, 14) == 12)
            return make("image/bmp", le16(d, 18), le16(d, 20));
        const qint32 height = qint32(le32(d, 22));
        return make("image/bmp", qint32(le32(d, 18)), height < 0 ? -qint64(height) : height);
    }
    if (d.size() >= 4 && quint8(d[0]) == 0xFF && quint8(d[1]) == 0xD8 && quint8(d[2]) == 0xFF)
        return readJpeg(d);
    if (d.size() >= 16 && d.startsWith("RIFF") && d.mid(8, 4) == "WEBP")
        return readWebp(d);
    return std::nullopt;
}

} // namespace ImageChat
