#pragma once

#include <QByteArray>
#include <QImage>

class QMimeData;

namespace ImageChat {

// Reads an image for display, with the reason when it cannot be read.
QImage decodeImage(const QByteArray &data, QString *error);
// The image as PNG bytes, for an image that came without a file (pasted,
// dropped).
QByteArray encodePng(const QImage &image);
// The image a clipboard or a drop holds, as PNG bytes; empty when none.
QByteArray mimeImagePng(const QMimeData *mime);

} // namespace ImageChat
