// The exporters against a room made on a real server by real clients: the
// W3C Web Annotation structure and its positions read back, the PNG's pins
// where the markers are, and the PDF read with pdftotext (poppler-utils).
#include "pinpainter.h"
#include "roomexport.h"
#include "serverprocess.h"
#include "testserver.h"
#include "translations.h"

#include <QBuffer>
#include <QDateTime>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace ImageChat;
using namespace ImageChat::Test;

namespace {

QByteArray greyPng(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(200, 200, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool near(const QColor &a, const QColor &b, int tolerance = 6)
{
    return qAbs(a.red() - b.red()) <= tolerance && qAbs(a.green() - b.green()) <= tolerance
        && qAbs(a.blue() - b.blue()) <= tolerance;
}

QString describe(const QColor &c)
{
    return QStringLiteral("rgb(%1,%2,%3)").arg(c.red()).arg(c.green()).arg(c.blue());
}

// The text pdftotext reads out of a PDF; empty (with the reason) on failure.
QString pdfText(const QByteArray &pdf, QString *error)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        *error = QStringLiteral("pdftotext is missing (scripts/install-deps.sh installs "
                                "poppler-utils)");
        return {};
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QString writeError;
    if (!writeExportFile(path, pdf, &writeError)) {
        *error = writeError;
        return {};
    }
    const ProgramRun run = runProgram(
        tool, { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") },
        programEnvironment(), 20000);
    if (!run.finished || run.exitCode != 0) {
        *error = QString::fromUtf8(run.describe());
        return {};
    }
    return run.out;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    RoomLink m_link;
    QByteArray m_image;
    RoomExport m_room;
    Operation m_first;
    Operation m_second;
    Operation m_reply;
    Operation m_edit;
    QString m_secondComment;

private slots:
    void initTestCase()
    {
        // A room with two markers, a reply, an edited comment and a resolved
        // conversation, written by two people through the real server.
        m_server = std::make_unique<TestServer>();
        m_image = greyPng(800, 600);
        m_link = m_server->createRoom(nullptr, m_image);
        TestClient ana(m_link, {}, QStringLiteral("Ana Lima"));
        TestClient bo(m_link, {}, QStringLiteral("Bo Berg"));
        QVERIFY(ana.connectAndWait());
        QVERIFY(bo.connectAndWait());
        m_first = Operation::createMarker(0.25, 0.5, QStringLiteral("The logo is too small"));
        QVERIFY(ana.submitAndWait(m_first));
        m_second = Operation::createMarker(0.8125, 0.3, QStringLiteral("Wrong shade of grey"));
        QVERIFY(bo.submitAndWait(m_second));
        m_reply = Operation::addComment(m_first.marker, QStringLiteral("Agreed, twice as big"));
        QVERIFY(bo.submitAndWait(m_reply));
        QVERIFY(bo.model.conversation(m_second.marker));
        m_secondComment = bo.model.conversation(m_second.marker)->comments.first().id;
        m_edit = Operation::editComment(m_second.marker, m_secondComment,
                                        QStringLiteral("Wrong shade of grey — Grüße"));
        QVERIFY(bo.submitAndWait(m_edit));
        QVERIFY(ana.submitAndWait(Operation::setResolved(m_second.marker, true)));
        QVERIFY(waitUntil([&] { return ana.model.seq() == 5; }));
        m_room = RoomExport::fromModel(m_link.room, ana.model, ana.sync.image(), m_image);
        QCOMPARE(m_room.state.size(), 2);
        QCOMPARE(m_room.image.width, 800);
    }

    void appJsonHasEverything()
    {
        QString error;
        const std::optional<QByteArray> data = renderExport(m_room, ExportFormat::Json, &error);
        QVERIFY2(data, qPrintable(error));
        const QJsonObject json = QJsonDocument::fromJson(*data).object();
        QCOMPARE(json.value(QStringLiteral("room")).toString(), m_link.room);
        QCOMPARE(json.value(QStringLiteral("seq")).toInteger(), 5);
        const QJsonArray conversations = json.value(QStringLiteral("conversations")).toArray();
        QCOMPARE(conversations.size(), 2);
        const QJsonObject first = conversations.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), m_first.marker);
        QCOMPARE(first.value(QStringLiteral("x")).toDouble(), 0.25);
        QCOMPARE(first.value(QStringLiteral("resolved")).toBool(), false);
        const QJsonArray comments = first.value(QStringLiteral("comments")).toArray();
        QCOMPARE(comments.size(), 2);
        QCOMPARE(comments.at(1).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Bo Berg"));
        QVERIFY(comments.at(1).toObject().value(QStringLiteral("at")).toInteger() > 0);
        const QJsonObject second = conversations.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("resolved")).toBool(), true);
        QVERIFY(second.value(QStringLiteral("comments"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("edited"))
                    .toInteger()
                > 0);
    }

    void w3cStructure()
    {
        QString error;
        const std::optional<QByteArray> data = renderExport(m_room, ExportFormat::W3c, &error);
        QVERIFY2(data, qPrintable(error));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(*data, &parseError);
        QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));
        const QJsonObject collection = doc.object();
        QCOMPARE(collection.value(QStringLiteral("@context")).toString(),
                 QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        QCOMPARE(collection.value(QStringLiteral("type")).toString(),
                 QStringLiteral("AnnotationCollection"));
        QVERIFY(collection.value(QStringLiteral("id"))
                    .toString()
                    .startsWith(QStringLiteral("urn:imagechat:room:")));
        // The room key grants access to the room: it must not be handed out.
        QVERIFY(!QString::fromUtf8(*data).contains(m_link.key));
        QCOMPARE(collection.value(QStringLiteral("total")).toInt(), 3);
        const QJsonObject page = collection.value(QStringLiteral("first")).toObject();
        QCOMPARE(page.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationPage"));
        const QJsonArray items = page.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);

        QSet<QString> ids;
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &value : items) {
            const QJsonObject a = value.toObject();
            QCOMPARE(a.value(QStringLiteral("type")).toString(), QStringLiteral("Annotation"));
            const QString id = a.value(QStringLiteral("id")).toString();
            QVERIFY2(id.startsWith(QStringLiteral("urn:imagechat:room:") + m_link.room),
                     qPrintable(id));
            ids.insert(id);
            byId.insert(id, a);
            const QJsonObject creator = a.value(QStringLiteral("creator")).toObject();
            QCOMPARE(creator.value(QStringLiteral("type")).toString(), QStringLiteral("Person"));
            QVERIFY(creator.value(QStringLiteral("id"))
                        .toString()
                        .startsWith(QStringLiteral("urn:imagechat:user:")));
            const QDateTime created = QDateTime::fromString(
                a.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
            QVERIFY2(created.isValid() && created.timeSpec() == Qt::UTC,
                     qPrintable(a.value(QStringLiteral("created")).toString()));
        }
        QCOMPARE(ids.size(), 3);

        // Each marker: its first comment targets the image with an SvgSelector
        // whose circle is the marker; the position comes back exactly.
        for (const Conversation *c : orderedConversations(m_room.state.conversations())) {
            const QString firstId = annotationIri(m_room.room, c->comments.first().id);
            QVERIFY(byId.contains(firstId));
            const QJsonObject head = byId.value(firstId);
            QCOMPARE(head.value(QStringLiteral("motivation")).toString(),
                     QStringLiteral("commenting"));
            QCOMPARE(head.value(QStringLiteral("creator"))
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toString(),
                     userIri(c->comments.first().author));
            QCOMPARE(head.value(QStringLiteral("creator"))
                         .toObject()
                         .value(QStringLiteral("name"))
                         .toString(),
                     c->comments.first().authorName);
            const QJsonObject target = head.value(QStringLiteral("target")).toObject();
            QCOMPARE(target.value(QStringLiteral("type")).toString(),
                     QStringLiteral("SpecificResource"));
            const QJsonObject source = target.value(QStringLiteral("source")).toObject();
            QCOMPARE(source.value(QStringLiteral("type")).toString(), QStringLiteral("Image"));
            QCOMPARE(source.value(QStringLiteral("format")).toString(),
                     QStringLiteral("image/png"));
            // RFC 6920: the image's SHA-256, base64url without padding.
            const QByteArray digest = QByteArray::fromHex(m_room.image.sha256.toLatin1());
            QCOMPARE(source.value(QStringLiteral("id")).toString(),
                     QStringLiteral("ni:///sha-256;")
                         + QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding
                                                               | QByteArray::OmitTrailingEquals)));
            const QJsonObject selector = target.value(QStringLiteral("selector")).toObject();
            QCOMPARE(selector.value(QStringLiteral("type")).toString(),
                     QStringLiteral("SvgSelector"));
            const QString svg = selector.value(QStringLiteral("value")).toString();
            QVERIFY2(svg.contains(QStringLiteral("viewBox=\"0 0 800 600\"")), qPrintable(svg));
            const std::optional<QPointF> point = pointFromSvgSelector(svg);
            QVERIFY2(point, qPrintable(svg));
            QVERIFY2(qAbs(point->x() - c->x) < 1e-12 && qAbs(point->y() - c->y) < 1e-12,
                     qPrintable(svg));

            const QJsonValue body = head.value(QStringLiteral("body"));
            const QJsonObject text =
                body.isArray() ? body.toArray().at(0).toObject() : body.toObject();
            QCOMPARE(text.value(QStringLiteral("type")).toString(), QStringLiteral("TextualBody"));
            QCOMPARE(text.value(QStringLiteral("value")).toString(), c->comments.first().text);
            QCOMPARE(body.isArray(), c->resolved);
            if (c->resolved)
                QCOMPARE(
                    body.toArray().at(1).toObject().value(QStringLiteral("purpose")).toString(),
                    QStringLiteral("tagging"));
            QCOMPARE(head.contains(QStringLiteral("modified")), c->comments.first().editedAt != 0);

            for (qsizetype i = 1; i < c->comments.size(); ++i) {
                const QJsonObject reply =
                    byId.value(annotationIri(m_room.room, c->comments.at(i).id));
                QCOMPARE(reply.value(QStringLiteral("motivation")).toString(),
                         QStringLiteral("replying"));
                QCOMPARE(reply.value(QStringLiteral("target")).toString(), firstId);
                QCOMPARE(reply.value(QStringLiteral("body"))
                             .toObject()
                             .value(QStringLiteral("value"))
                             .toString(),
                         c->comments.at(i).text);
            }
        }
        const QJsonObject edited = byId.value(annotationIri(m_room.room, m_secondComment));
        QVERIFY(QDateTime::fromString(edited.value(QStringLiteral("modified")).toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
    }

    void pngHasPinsWhereTheMarkersAre()
    {
        QString error;
        const std::optional<QByteArray> data = renderExport(m_room, ExportFormat::Png, &error);
        QVERIFY2(data, qPrintable(error));
        const QImage png = QImage::fromData(*data, "PNG");
        QCOMPARE(png.size(), QSize(800, 600));
        const PinPainter pins(PinPainter::scaleFor(png.size()));
        int number = 0;
        for (const Conversation *c : orderedConversations(m_room.state.conversations())) {
            ++number;
            const QPointF tip(c->x * png.width(), c->y * png.height());
            // In its creator's colour, as their avatar; resolved ones faded.
            const PinLook look = PinPainter::lookFor(*c);
            QCOMPARE(look.colour, PinPainter::personColour(c->creator));
            QCOMPARE(look.state, c->resolved ? PinState::Resolved : PinState::Open);
            const QColor expected = PinPainter::colours(look.colour, look.state).fill;
            if (!c->resolved)
                QCOMPARE(expected, look.colour);
            // Inside the badge, left of the number; and in the tail just
            // above the point.
            const QRectF badge = pins.badgeRect(tip, number);
            const QPoint inBadge(qFloor(badge.left() + 4 * pins.scale()),
                                 qFloor(badge.center().y()));
            const QPoint inTail(qFloor(tip.x()), qFloor(tip.y() - 4 * pins.scale()));
            for (const QPoint &p : { inBadge, inTail }) {
                const QColor seen = png.pixelColor(p);
                QVERIFY2(near(seen, expected),
                         qPrintable(QStringLiteral("marker %1 at (%2,%3): %4, expected %5")
                                        .arg(number)
                                        .arg(p.x())
                                        .arg(p.y())
                                        .arg(describe(seen), describe(expected))));
            }
        }
        // Away from the pins the image is as it was.
        QCOMPARE(png.pixelColor(20, 580), QColor(200, 200, 200));
        QCOMPARE(png.pixelColor(400, 590), QColor(200, 200, 200));
        // A resolved pin has a check on its corner, drawn in shape, not
        // only in colour; an open one has none.
        int checked = 0;
        number = 0;
        for (const Conversation *c : orderedConversations(m_room.state.conversations())) {
            ++number;
            const QPointF tip(c->x * png.width(), c->y * png.height());
            const QPointF mark =
                tip + pins.markCentre(pins.badgeWidth(number)) + QPointF(0, -3 * pins.scale());
            const QColor seen = png.pixelColor(mark.toPoint());
            const QColor markColour = PinPainter::markColour(PinState::Resolved);
            QVERIFY2(near(seen, markColour) == c->resolved,
                     qPrintable(QStringLiteral("marker %1: %2").arg(number).arg(describe(seen))));
            checked += c->resolved;
        }
        QCOMPARE(checked, 1);
        // Open and resolved pins of one person differ, as in the app.
        const QColor person = PinPainter::personColour(QStringLiteral("someone"));
        QVERIFY(PinPainter::colours(person, PinState::Open).fill
                != PinPainter::colours(person, PinState::Resolved).fill);
    }

    void pdfHoldsEveryCommentAndAuthor()
    {
        QString error;
        const std::optional<QByteArray> data = renderExport(m_room, ExportFormat::Pdf, &error);
        QVERIFY2(data, qPrintable(error));
        QVERIFY(data->startsWith("%PDF-"));
        const QString text = pdfText(*data, &error);
        QVERIFY2(!text.isEmpty(), qPrintable(error));
        for (const QString &expected :
             { QStringLiteral("The logo is too small"), QStringLiteral("Agreed, twice as big"),
               QStringLiteral("Wrong shade of grey — Grüße"), QStringLiteral("Ana Lima"),
               QStringLiteral("Bo Berg"), QStringLiteral("Marker 1"),
               QStringLiteral("Marker 2 (resolved)"), QStringLiteral("2 markers, exported") })
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral(" not in:\n") + text));
        // Threads in the app's order, each with its comments.
        const qsizetype one = text.indexOf(QStringLiteral("Marker 1"));
        const qsizetype two = text.indexOf(QStringLiteral("Marker 2"));
        QVERIFY(one < text.indexOf(QStringLiteral("The logo is too small")));
        QVERIFY(text.indexOf(QStringLiteral("Agreed, twice as big")) < two);
        QVERIFY(two < text.indexOf(QStringLiteral("Wrong shade of grey")));
        // The time of a comment, as the user's locale writes it.
        const Comment &firstComment = m_room.state.find(m_first.marker)->comments.first();
        const QString when =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(firstComment.createdAt).toLocalTime(),
                               QLocale::ShortFormat);
        QVERIFY2(text.contains(when), qPrintable(when + QStringLiteral(" not in:\n") + text));
    }

    void pdfIsInTheUsersLanguage()
    {
        const QList<QTranslator *> installed =
            installTranslations(QCoreApplication::instance(), QStringLiteral("de"));
        QVERIFY(!installed.isEmpty());
        const QString heading =
            QCoreApplication::translate("ImageChat::PdfReport", "Marker %1 (resolved)").arg(2);
        QString error;
        const std::optional<QByteArray> data = renderExport(m_room, ExportFormat::Pdf, &error);
        qDeleteAll(installed);
        QVERIFY2(data, qPrintable(error));
        QVERIFY(heading != QStringLiteral("Marker 2 (resolved)"));
        const QString text = pdfText(*data, &error);
        QVERIFY2(!text.isEmpty(), qPrintable(error));
        QVERIFY2(text.contains(heading), qPrintable(heading + QStringLiteral(" not in:\n") + text));
        QVERIFY2(!text.contains(QStringLiteral("Marker 2 (resolved)")), qPrintable(text));
        // What people wrote stays as they wrote it.
        QVERIFY2(text.contains(QStringLiteral("The logo is too small")), qPrintable(text));
    }

    void missingImageIsAClearError()
    {
        RoomExport room = m_room;
        room.imageData.clear();
        QString error;
        QVERIFY(!renderExport(room, ExportFormat::Png, &error));
        QVERIFY(!error.isEmpty());
        room.imageData = "not an image";
        error.clear();
        QVERIFY(!renderExport(room, ExportFormat::Pdf, &error));
        QVERIFY(!error.isEmpty());
        // Text formats need no image.
        QVERIFY(renderExport(room, ExportFormat::W3c, &error));
    }

    void formatNames()
    {
        QCOMPARE(parseExportFormat(QStringLiteral("W3C")), ExportFormat::W3c);
        QCOMPARE(parseExportFormat(QStringLiteral("pdf")), ExportFormat::Pdf);
        QVERIFY(!parseExportFormat(QStringLiteral("svg")));
        QVERIFY(!pointFromSvgSelector(QStringLiteral("<svg/>")));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
