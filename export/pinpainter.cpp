#include "pinpainter.h"

#include "roomstate.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ImageChat {

namespace {

// The canvas's pin geometry (ui/markeritem.cpp), in pixels at scale 1.
constexpr qreal BadgeHeight = 22;
constexpr qreal MinBadgeWidth = 22;
constexpr qreal CornerRadius = 6;
constexpr qreal TailHeight = 8;
constexpr qreal TailHalfWidth = 5;
constexpr qreal TextPadding = 12;
constexpr int LabelPixels = 12;

} // namespace

PinPainter::PinPainter(qreal scale)
    : m_scale(scale)
{
    m_font.setPixelSize(qMax(1, qRound(LabelPixels * scale)));
    m_font.setBold(true);
}

qreal PinPainter::scaleFor(const QSize &imageSize)
{
    // The canvas shows pins at a fixed screen size; on an image fitted to a
    // window about 1,000 pixels across. Never smaller than on screen.
    return qMax(1.0, qMax(imageSize.width(), imageSize.height()) / 1000.0);
}

QColor PinPainter::fillColour(bool resolved)
{
    return resolved ? QColor(0x3f, 0x9d, 0x5d) : QColor(0x25, 0x63, 0xeb);
}

qreal PinPainter::badgeWidth(int number) const
{
    const QFontMetricsF metrics(m_font);
    const qreal text = metrics.horizontalAdvance(QString::number(number));
    return qMax(MinBadgeWidth * m_scale, text + TextPadding * m_scale);
}

QRectF PinPainter::badgeRect(const QPointF &tip, int number) const
{
    const qreal width = badgeWidth(number);
    return QRectF(tip.x() - width / 2, tip.y() - (TailHeight + BadgeHeight) * m_scale, width,
                  BadgeHeight * m_scale);
}

void PinPainter::paint(QPainter *painter, const QPointF &tip, int number, bool resolved) const
{
    const QRectF badge = badgeRect(tip, number);
    QPainterPath path;
    path.addRoundedRect(badge, CornerRadius * m_scale, CornerRadius * m_scale);
    QPainterPath tail;
    // Overlapping the badge by a pixel so the union has no seam.
    tail.moveTo(tip.x() - TailHalfWidth * m_scale, badge.bottom() - 1);
    tail.lineTo(tip.x() + TailHalfWidth * m_scale, badge.bottom() - 1);
    tail.lineTo(tip);
    tail.closeSubpath();
    path = path.united(tail).simplified();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor fill = fillColour(resolved);
    painter->setPen(QPen(fill.darker(180), qMax(1.0, m_scale)));
    painter->setBrush(fill);
    painter->drawPath(path);
    painter->setFont(m_font);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, QString::number(number));
    painter->restore();
}

QImage flattenWithPins(const QImage &image, const QList<const Conversation *> &ordered)
{
    QImage result = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const PinPainter pins(PinPainter::scaleFor(result.size()));
    QPainter painter(&result);
    int number = 0;
    for (const Conversation *c : ordered) {
        ++number;
        pins.paint(&painter, QPointF(c->x * result.width(), c->y * result.height()), number,
                   c->resolved);
    }
    painter.end();
    return result;
}

} // namespace ImageChat
