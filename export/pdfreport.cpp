#include "pdfreport.h"

#include "roomexport.h"
#include "roomstate.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace ImageChat {

namespace {

// Gives these texts the translation context "ImageChat::PdfReport".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImageChat::PdfReport)
};

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p style=\"white-space: pre-wrap; margin-top: 0;\">%1</p>")
        .arg(text.toHtmlEscaped());
}

QString authorOf(const Comment &comment)
{
    return comment.authorName.isEmpty() ? Text::tr("Someone without a name") : comment.authorName;
}

// English has no translation file to pick its plural forms from: one
// marker gets its own sentence, as "1 reply" does elsewhere.
QString exportedLine(int markers)
{
    const QString now = localTime(QDateTime::currentMSecsSinceEpoch());
    if (markers == 1)
        return Text::tr("1 marker, exported %1").arg(now);
    return Text::tr("%n markers, exported %1", nullptr, markers).arg(now);
}

QString threadsHtml(const QList<const Conversation *> &ordered)
{
    QString html;
    if (ordered.isEmpty())
        html += paragraph(Text::tr("No markers yet."));
    int number = 0;
    for (const Conversation *c : ordered) {
        ++number;
        QString heading = Text::tr("Marker %1").arg(number);
        if (c->resolved)
            heading = Text::tr("Marker %1 (resolved)").arg(number);
        html += QStringLiteral("<h2>%1</h2>").arg(heading.toHtmlEscaped());
        for (const Comment &comment : c->comments) {
            QString line = Text::tr("%1, %2").arg(authorOf(comment), localTime(comment.createdAt));
            if (comment.editedAt)
                line +=
                    QStringLiteral(" ") + Text::tr("(edited %1)").arg(localTime(comment.editedAt));
            html += QStringLiteral("<p style=\"margin-bottom: 0;\"><b>%1</b></p>")
                        .arg(line.toHtmlEscaped());
            html += paragraph(comment.text);
        }
    }
    return html;
}

} // namespace

bool writePdfReport(QIODevice *device, const RoomExport &room, const QImage &imageWithPins,
                    const QList<const Conversation *> &ordered, QString *error)
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    const QString name = room.image.name.isEmpty() ? Text::tr("Image") : room.image.name;
    writer.setTitle(name);
    writer.setCreator(QStringLiteral("ImageChat"));

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = Text::tr("The PDF report could not be made.");
        return false;
    }
    const QSizeF page(writer.width(), writer.height());
    QFont font;
    font.setPointSize(10);

    // Page one: a heading, then the image with its pins as large as fits.
    QTextDocument header;
    header.documentLayout()->setPaintDevice(&writer);
    header.setDefaultFont(font);
    header.setDocumentMargin(0);
    header.setTextWidth(page.width());
    header.setHtml(
        QStringLiteral("<h1>%1</h1><p>%2</p>")
            .arg(name.toHtmlEscaped(), exportedLine(int(ordered.size())).toHtmlEscaped()));
    header.drawContents(&painter);
    const qreal top = header.size().height() + page.height() / 50;
    const QSizeF space(page.width(), page.height() - top);
    if (!imageWithPins.isNull() && space.height() > 0) {
        const QSizeF fitted = QSizeF(imageWithPins.size()).scaled(space, Qt::KeepAspectRatio);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRectF(QPointF((page.width() - fitted.width()) / 2, top), fitted),
                          imageWithPins);
    }

    // Then the conversations, as many pages as they take.
    QTextDocument threads;
    threads.documentLayout()->setPaintDevice(&writer);
    threads.setDefaultFont(font);
    threads.setDocumentMargin(0);
    threads.setPageSize(page);
    threads.setHtml(threadsHtml(ordered));
    for (int i = 0; i < threads.pageCount(); ++i) {
        writer.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        threads.drawContents(&painter, QRectF(QPointF(0, i * page.height()), page));
        painter.restore();
    }
    if (!painter.end()) {
        *error = Text::tr("The PDF report could not be made.");
        return false;
    }
    return true;
}

} // namespace ImageChat
