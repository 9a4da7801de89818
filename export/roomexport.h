#pragma once

#include "protocol.h"
#include "roomstate.h"

#include <QByteArray>
#include <QJsonObject>
#include <QPointF>
#include <QString>

#include <optional>

namespace ImageChat {

class RoomModel;

// A room as it is handed to someone outside it: what the server confirmed
// (never the user's unconfirmed changes), and the image when the format needs
// it. Plain data, so it can be copied to a worker thread.
struct RoomExport
{
    QString room;
    QString epoch;
    qint64 seq = 0;
    QString owner;
    Protocol::ImageMeta image;
    RoomState state;
    QByteArray imageData; // the image file; needed by Png and Pdf only

    static RoomExport fromModel(const QString &room, const RoomModel &model,
                                const Protocol::ImageMeta &image, const QByteArray &imageData);
};

enum class ExportFormat { Json, W3c, Png, Pdf };

// "json", "w3c", "png", "pdf" (any case); nullopt for anything else.
std::optional<ExportFormat> parseExportFormat(const QString &name);
QString exportFormatName(ExportFormat format);
// The usual file name suffix, without the dot.
QString exportFormatSuffix(ExportFormat format);
bool exportNeedsImage(ExportFormat format);
bool isTextExportFormat(ExportFormat format);

// The app's own JSON: room, epoch, seq, owner, image and the conversations
// (markers with position, creator, time, resolved, and their comments with
// author, name, text, time, edit time) in the order the app numbers them.
QJsonObject roomJson(const RoomExport &room);

// W3C Web Annotation Data Model (JSON-LD): an AnnotationCollection with one
// Annotation per comment. A marker's first comment targets the image with an
// SvgSelector that holds a circle centred on the marker; every later comment
// is a reply (motivation "replying") that targets the first one's id.
//
// Why SvgSelector: a Media Fragments FragmentSelector ("xywh=percent:…")
// allows whole numbers only, so a marker would move by up to 1 % of the image
// and could not come back where it was; and xywh names an area, where a
// marker is a point. An SVG circle is a standard selector that keeps the
// point exactly (decimals, in the image's own pixels), and annotation tools
// that draw SVG shapes show it as a dot.
QJsonObject w3cAnnotations(const RoomExport &room);
// The IRIs the W3C export uses: a comment, a user and the image. The image is
// named by its content (RFC 6920 "ni" URI of its SHA-256), the only name it has
// that does not carry the room's key.
QString annotationIri(const QString &room, const QString &comment);
QString userIri(const QString &user);
QString imageIri(const Protocol::ImageMeta &image);
// The SVG of a marker's selector, and the point read back from one (nullopt
// when it holds no circle in a viewBox of the image's size).
QString svgSelectorValue(double x, double y, int width, int height);
std::optional<QPointF> pointFromSvgSelector(const QString &svg);

// The export in `format`. Png and Pdf decode `imageData`; nullopt (with the
// reason in `error`) when it is missing or is not an image.
std::optional<QByteArray> renderExport(const RoomExport &room, ExportFormat format, QString *error);
// Writes all of it or nothing (QSaveFile).
bool writeExportFile(const QString &path, const QByteArray &data, QString *error);

} // namespace ImageChat
