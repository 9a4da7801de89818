#include "imagedata.h"

#include <QBuffer>
#include <QImageReader>
#include <QMimeData>

namespace ImageChat {

QImage decodeImage(const QByteArray &data, QString *error)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        *error = reader.errorString();
    return image;
}

QByteArray encodePng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray mimeImagePng(const QMimeData *mime)
{
    if (!mime || !mime->hasImage())
        return {};
    return encodePng(qvariant_cast<QImage>(mime->imageData()));
}

} // namespace ImageChat
