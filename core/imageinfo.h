#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ImageChat {

// Type and size of an image, read from its header alone. The server uses it
// to check that an upload really is an image without linking Qt Gui.
struct ImageInfo
{
    QString mime;
    int width = 0;
    int height = 0;
};

constexpr int MaxImageSide = 30000;

// Recognises PNG, JPEG, GIF, BMP and WebP. Returns nullopt for anything else
// or for a header that is cut short or claims an impossible size.
std::optional<ImageInfo> readImageInfo(const QByteArray &data);

} // namespace ImageChat
