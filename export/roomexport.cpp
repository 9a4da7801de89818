#include "roomexport.h"

#include "exportlogging.h"
#include "pdfreport.h"
#include "pinpainter.h"
#include "roommodel.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace ImageChat {

namespace {

// Gives these texts the translation context "ImageChat::RoomExport".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImageChat::RoomExport)
};

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// Locale-independent and exact enough to come back to the same double.
QString number(double value)
{
    return QString::number(value, 'g', 17);
}

QJsonObject creator(const Comment &comment)
{
    QJsonObject person { { QStringLiteral("id"), userIri(comment.author) },
                         { QStringLiteral("type"), QStringLiteral("Person") } };
    if (!comment.authorName.isEmpty())
        person.insert(QStringLiteral("name"), comment.authorName);
    return person;
}

QJsonObject annotation(const QString &room, const Comment &comment)
{
    QJsonObject json { { QStringLiteral("id"), annotationIri(room, comment.id) },
                       { QStringLiteral("type"), QStringLiteral("Annotation") },
                       { QStringLiteral("creator"), creator(comment) },
                       { QStringLiteral("created"), isoTime(comment.createdAt) } };
    if (comment.editedAt)
        json.insert(QStringLiteral("modified"), isoTime(comment.editedAt));
    return json;
}

QJsonObject textBody(const QString &text, const QString &purpose)
{
    return { { QStringLiteral("type"), QStringLiteral("TextualBody") },
             { QStringLiteral("value"), text },
             { QStringLiteral("format"), QStringLiteral("text/plain") },
             { QStringLiteral("purpose"), purpose } };
}

std::optional<QImage> decodeImage(const QByteArray &data, QString *error)
{
    if (data.isEmpty()) {
        *error = Text::tr("The room's image is not here yet.");
        return std::nullopt;
    }
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // As the canvas shows it, so that the pins land where the markers are.
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        *error = Text::tr("The room's image cannot be read: %1").arg(reader.errorString());
        return std::nullopt;
    }
    return image;
}

} // namespace

RoomExport RoomExport::fromModel(const QString &room, const RoomModel &model,
                                 const Protocol::ImageMeta &image, const QByteArray &imageData)
{
    RoomExport result;
    result.room = room;
    result.epoch = model.epoch();
    result.seq = model.seq();
    result.owner = model.owner();
    result.image = image;
    result.state = model.confirmedState();
    result.imageData = imageData;
    return result;
}

std::optional<ExportFormat> parseExportFormat(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (ExportFormat format :
         { ExportFormat::Json, ExportFormat::W3c, ExportFormat::Png, ExportFormat::Pdf }) {
        if (lower == exportFormatName(format))
            return format;
    }
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::W3c:
        return QStringLiteral("w3c");
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString exportFormatSuffix(ExportFormat format)
{
    return format == ExportFormat::W3c ? QStringLiteral("jsonld") : exportFormatName(format);
}

bool exportNeedsImage(ExportFormat format)
{
    return format == ExportFormat::Png || format == ExportFormat::Pdf;
}

bool isTextExportFormat(ExportFormat format)
{
    return !exportNeedsImage(format);
}

QJsonObject roomJson(const RoomExport &room)
{
    return { { QStringLiteral("room"), room.room },
             { QStringLiteral("epoch"), room.epoch },
             { QStringLiteral("seq"), room.seq },
             { QStringLiteral("owner"), room.owner },
             { QStringLiteral("image"), room.image.toJson() },
             { QStringLiteral("conversations"), room.state.toJson() } };
}

QString annotationIri(const QString &room, const QString &comment)
{
    return QStringLiteral("urn:imagechat:room:%1:comment:%2").arg(room, comment);
}

QString userIri(const QString &user)
{
    return QStringLiteral("urn:imagechat:user:%1").arg(user);
}

QString imageIri(const Protocol::ImageMeta &image)
{
    const QByteArray digest = QByteArray::fromHex(image.sha256.toLatin1());
    if (digest.size() != 32)
        return QStringLiteral("urn:imagechat:image");
    return QStringLiteral("ni:///sha-256;")
        + QString::fromLatin1(
               digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString svgSelectorValue(double x, double y, int width, int height)
{
    // A dot one hundredth of the image across, so that a tool drawing the
    // circle shows something; only its centre carries the marker.
    const double radius = qMax(1.0, qMax(width, height) / 100.0);
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\">"
                          "<circle cx=\"%3\" cy=\"%4\" r=\"%5\"/></svg>")
        .arg(width)
        .arg(height)
        .arg(number(x * width), number(y * height), number(radius));
}

std::optional<QPointF> pointFromSvgSelector(const QString &svg)
{
    const QRegularExpression viewBox(
        QStringLiteral(R"re(viewBox="\s*0\s+0\s+([0-9.eE+-]+)\s+([0-9.eE+-]+)\s*")re"));
    const QRegularExpression cx(QStringLiteral(R"re(<circle[^>]*\bcx="([0-9.eE+-]+)")re"));
    const QRegularExpression cy(QStringLiteral(R"re(<circle[^>]*\bcy="([0-9.eE+-]+)")re"));
    const QRegularExpressionMatch box = viewBox.match(svg);
    const QRegularExpressionMatch mx = cx.match(svg);
    const QRegularExpressionMatch my = cy.match(svg);
    if (!box.hasMatch() || !mx.hasMatch() || !my.hasMatch())
        return std::nullopt;
    const double width = box.captured(1).toDouble();
    const double height = box.captured(2).toDouble();
    if (width <= 0 || height <= 0)
        return std::nullopt;
    return QPointF(mx.captured(1).toDouble() / width, my.captured(1).toDouble() / height);
}

QJsonObject w3cAnnotations(const RoomExport &room)
{
    const QString source = imageIri(room.image);
    QJsonObject sourceJson { { QStringLiteral("id"), source },
                             { QStringLiteral("type"), QStringLiteral("Image") } };
    if (!room.image.mime.isEmpty())
        sourceJson.insert(QStringLiteral("format"), room.image.mime);
    if (!room.image.name.isEmpty())
        sourceJson.insert(QStringLiteral("label"), room.image.name);

    QJsonArray items;
    for (const Conversation *c : orderedConversations(room.state.conversations())) {
        if (c->comments.isEmpty())
            continue;
        const Comment &first = c->comments.first();
        const QString firstId = annotationIri(room.room, first.id);
        QJsonObject head = annotation(room.room, first);
        head.insert(QStringLiteral("motivation"), QStringLiteral("commenting"));
        const QJsonObject body = textBody(first.text, QStringLiteral("commenting"));
        // A resolved conversation carries a tag, the model's way of saying so.
        if (c->resolved)
            head.insert(
                QStringLiteral("body"),
                QJsonArray { body,
                             textBody(QStringLiteral("resolved"), QStringLiteral("tagging")) });
        else
            head.insert(QStringLiteral("body"), body);
        head.insert(
            QStringLiteral("target"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("SpecificResource") },
                          { QStringLiteral("source"), sourceJson },
                          { QStringLiteral("selector"),
                            QJsonObject { { QStringLiteral("type"), QStringLiteral("SvgSelector") },
                                          { QStringLiteral("value"),
                                            svgSelectorValue(c->x, c->y, room.image.width,
                                                             room.image.height) } } } });
        items.append(head);
        for (qsizetype i = 1; i < c->comments.size(); ++i) {
            const Comment &reply = c->comments.at(i);
            QJsonObject json = annotation(room.room, reply);
            json.insert(QStringLiteral("motivation"), QStringLiteral("replying"));
            json.insert(QStringLiteral("body"), textBody(reply.text, QStringLiteral("replying")));
            json.insert(QStringLiteral("target"), firstId);
            items.append(json);
        }
    }
    const QString collection = QStringLiteral("urn:imagechat:room:%1").arg(room.room);
    QJsonObject result {
        { QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld") },
        { QStringLiteral("id"), collection },
        { QStringLiteral("type"), QStringLiteral("AnnotationCollection") },
        { QStringLiteral("total"), items.size() },
        { QStringLiteral("first"),
          QJsonObject { { QStringLiteral("id"), collection + QStringLiteral(":page:1") },
                        { QStringLiteral("type"), QStringLiteral("AnnotationPage") },
                        { QStringLiteral("startIndex"), 0 },
                        { QStringLiteral("items"), items } } }
    };
    if (!room.image.name.isEmpty())
        result.insert(QStringLiteral("label"), room.image.name);
    return result;
}

std::optional<QByteArray> renderExport(const RoomExport &room, ExportFormat format, QString *error)
{
    switch (format) {
    case ExportFormat::Json:
        return QJsonDocument(roomJson(room)).toJson(QJsonDocument::Indented);
    case ExportFormat::W3c:
        return QJsonDocument(w3cAnnotations(room)).toJson(QJsonDocument::Indented);
    case ExportFormat::Png:
    case ExportFormat::Pdf:
        break;
    }
    const std::optional<QImage> image = decodeImage(room.imageData, error);
    if (!image)
        return std::nullopt;
    const QList<const Conversation *> ordered = orderedConversations(room.state.conversations());
    const QImage flattened = flattenWithPins(*image, ordered);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (format == ExportFormat::Png) {
        if (!flattened.save(&buffer, "PNG")) {
            *error = Text::tr("The image with its markers could not be made.");
            return std::nullopt;
        }
        return bytes;
    }
    if (!writePdfReport(&buffer, room, flattened, ordered, error))
        return std::nullopt;
    qCDebug(lcExport) << "pdf report" << bytes.size() << "bytes," << ordered.size() << "markers";
    return bytes;
}

bool writeExportFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = Text::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ImageChat
