#include "pinpainter.h"

#include "presence.h"
#include "roomstate.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ImageChat {

namespace {

// Pin geometry in pixels at scale 1 (the canvas's on-screen size).
constexpr qreal BadgeHeight = 22;
constexpr qreal MinBadgeWidth = 22;
constexpr qreal CornerRadius = 6;
constexpr qreal TailHeight = 8;
constexpr qreal TailHalfWidth = 5;
constexpr qreal TextPadding = 12;
constexpr int LabelPixels = 12;
// Room around the path for the outline and antialiasing; the selected pin's
// halo and the failed pin's ring need more.
constexpr qreal Margin = 1;
constexpr qreal RingMargin = 3;
// The mark on the badge's top right corner (a check when resolved, an
// exclamation mark when failed).
constexpr qreal MarkRadius = 5.5;

// Red is kept for failure: no person's colour is red (core/presence.cpp).
const QColor FailedRing(0xdc, 0x26, 0x26);
const QColor ResolvedMark(0x15, 0x80, 0x3d);
const QColor Draft(0x6b, 0x72, 0x80);
const QColor ClusterFill(0x33, 0x41, 0x55);

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    // Whole 8-bit channels, so what is drawn is exactly this colour.
    auto channel = [t](int from, int to) { return qRound(from + (to - from) * t); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()),
                  channel(a.blue(), b.blue()));
}

bool hasMark(PinState state)
{
    return state == PinState::Resolved || state == PinState::Failed;
}

} // namespace

PinPainter::PinPainter(qreal scale)
    : m_scale(scale)
    , m_font([scale] {
        QFont font;
        font.setPixelSize(qMax(1, qRound(LabelPixels * scale)));
        font.setBold(true);
        return font;
    }())
    , m_metrics(m_font)
{ }

qreal PinPainter::scaleFor(const QSize &imageSize)
{
    // The canvas shows pins at a fixed screen size; on an image fitted to a
    // window about 1,000 pixels across. Never smaller than on screen.
    return qMax(1.0, qMax(imageSize.width(), imageSize.height()) / 1000.0);
}

PinPainter::Colours PinPainter::colours(const QColor &person, PinState state)
{
    switch (state) {
    case PinState::Draft:
        return { Draft, Draft.darker(170), Qt::white };
    case PinState::Resolved:
        // Faded, yet opaque: a resolved pin still hides what is under it,
        // and the number stays dark enough to read on the pale fill.
        return { mix(person, Qt::white, 0.6), person.darker(130), person.darker(200) };
    case PinState::Open:
    case PinState::Pending:
    case PinState::Failed:
        break;
    }
    return { person, person.darker(180), Qt::white };
}

QColor PinPainter::personColour(const QString &user)
{
    return QColor::fromRgb(Presence::colourFor(user));
}

PinLook PinPainter::lookFor(const Conversation &conversation)
{
    return { personColour(conversation.creator),
             conversation.resolved ? PinState::Resolved : PinState::Open, false };
}

qreal PinPainter::badgeWidth(int number) const
{
    const qreal text = number > 0 ? m_metrics.horizontalAdvance(QString::number(number)) : 0;
    // An even width keeps the badge's edges on whole pixels.
    return 2 * std::ceil(qMax(MinBadgeWidth * m_scale, text + TextPadding * m_scale) / 2);
}

QRectF PinPainter::badgeRect(qreal badgeWidth) const
{
    return QRectF(-badgeWidth / 2, -(TailHeight + BadgeHeight) * m_scale, badgeWidth,
                  BadgeHeight * m_scale);
}

QRectF PinPainter::badgeRect(const QPointF &tip, int number) const
{
    return badgeRect(badgeWidth(number)).translated(tip);
}

QPainterPath PinPainter::path(qreal badgeWidth) const
{
    const QRectF badge = badgeRect(badgeWidth);
    QPainterPath path;
    path.addRoundedRect(badge, CornerRadius * m_scale, CornerRadius * m_scale);
    QPainterPath tail;
    // The tail overlaps the badge by a pixel so the union has no seam.
    tail.moveTo(-TailHalfWidth * m_scale, badge.bottom() - 1);
    tail.lineTo(TailHalfWidth * m_scale, badge.bottom() - 1);
    tail.lineTo(0, 0);
    tail.closeSubpath();
    return path.united(tail).simplified();
}

QRectF PinPainter::bounds(qreal badgeWidth, const PinLook &look) const
{
    const qreal margin =
        (look.selected || look.state == PinState::Failed ? RingMargin : Margin) * m_scale;
    const QRectF badge = badgeRect(badgeWidth);
    QRectF bounds = badge.adjusted(-margin, -margin, margin, TailHeight * m_scale + margin);
    if (hasMark(look.state)) {
        const qreal r = (MarkRadius + 1) * m_scale;
        const QPointF mark = markCentre(badgeWidth);
        bounds |= QRectF(mark - QPointF(r, r), mark + QPointF(r, r));
    }
    // Whole pixels, so a pixmap of the bounds blits without resampling.
    return QRectF(QPointF(std::floor(bounds.left()), std::floor(bounds.top())),
                  QPointF(std::ceil(bounds.right()), std::ceil(bounds.bottom())));
}

void PinPainter::paintBody(QPainter *painter, qreal badgeWidth, const PinLook &look) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const Colours c = colours(look.colour, look.state);
    const QPainterPath outline = path(badgeWidth);
    const bool failed = look.state == PinState::Failed;
    if (look.selected) {
        // A light halo first so the dark outline reads on dark images too.
        painter->setPen(QPen(Qt::white, 4 * m_scale));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(outline);
    }
    QPen pen(c.outline, qMax(1.0, m_scale));
    if (failed)
        pen = QPen(FailedRing, 2.5 * m_scale);
    else if (look.selected)
        pen = QPen(Qt::black, 2 * m_scale);
    // Pending also differs in shape, not only in colour.
    if (look.state == PinState::Pending || look.state == PinState::Draft)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(c.fill);
    painter->drawPath(outline);

    const QRectF badge = badgeRect(badgeWidth);
    if (look.state == PinState::Draft) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(c.text);
        painter->drawEllipse(badge.center(), 3 * m_scale, 3 * m_scale);
    }
    if (hasMark(look.state)) {
        const QPointF centre = markCentre(badgeWidth);
        const qreal r = MarkRadius * m_scale;
        painter->setPen(QPen(Qt::white, 1 * m_scale));
        painter->setBrush(markColour(look.state));
        painter->drawEllipse(centre, r, r);
        QPen mark(Qt::white, 1.6 * m_scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(mark);
        painter->setBrush(Qt::NoBrush);
        const qreal u = r / 5.5;
        if (failed) {
            painter->drawLine(centre + QPointF(0, -3 * u), centre + QPointF(0, 0.8 * u));
            painter->drawPoint(centre + QPointF(0, 3 * u));
        } else {
            QPainterPath check;
            check.moveTo(centre + QPointF(-2.6 * u, 0.2 * u));
            check.lineTo(centre + QPointF(-0.7 * u, 2.1 * u));
            check.lineTo(centre + QPointF(2.7 * u, -1.9 * u));
            painter->drawPath(check);
        }
    }
    painter->restore();
}

QPointF PinPainter::markCentre(qreal badgeWidth) const
{
    const QRectF badge = badgeRect(badgeWidth);
    return QPointF(badge.right() - 1 * m_scale, badge.top() + 1 * m_scale);
}

QColor PinPainter::markColour(PinState state)
{
    return state == PinState::Failed ? FailedRing : ResolvedMark;
}

QSizeF PinPainter::labelSize(int number) const
{
    return QSizeF(std::ceil(m_metrics.horizontalAdvance(QString::number(number))),
                  std::ceil(m_metrics.height()));
}

QPointF PinPainter::labelPosition(qreal badgeWidth, const QSizeF &size) const
{
    // Centred on the digits (cap height), not on the font's line box.
    const QPointF centre = badgeRect(badgeWidth).center();
    return QPointF(std::round(centre.x() - size.width() / 2),
                   std::round(centre.y() + m_metrics.capHeight() / 2 - m_metrics.ascent()));
}

void PinPainter::paintLabel(QPainter *painter, const QPointF &topLeft, int number,
                            const QColor &colour) const
{
    painter->save();
    painter->setFont(m_font);
    painter->setPen(colour);
    painter->drawText(topLeft + QPointF(0, m_metrics.ascent()), QString::number(number));
    painter->restore();
}

void PinPainter::paint(QPainter *painter, const QPointF &tip, int number, const PinLook &look) const
{
    const qreal width = badgeWidth(number);
    painter->save();
    painter->translate(tip);
    paintBody(painter, width, look);
    if (number > 0) {
        const QPointF at = labelPosition(width, labelSize(number));
        paintLabel(painter, at, number, colours(look.colour, look.state).text);
    }
    painter->restore();
}

qreal PinPainter::clusterDiameter(int count) const
{
    const qreal text = m_metrics.horizontalAdvance(QString::number(count));
    return 2 * std::ceil(qMax(28 * m_scale, text + 14 * m_scale) / 2);
}

void PinPainter::paintCluster(QPainter *painter, const QPointF &centre, int count) const
{
    const qreal d = clusterDiameter(count);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // A ring of white and a soft outer edge so it reads on any image.
    painter->setPen(QPen(QColor(0, 0, 0, 90), 1 * m_scale));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(centre, d / 2 + 1.5 * m_scale, d / 2 + 1.5 * m_scale);
    painter->setPen(QPen(Qt::white, 2 * m_scale));
    painter->setBrush(ClusterFill);
    painter->drawEllipse(centre, d / 2, d / 2);
    const QString text = QString::number(count);
    painter->setFont(m_font);
    painter->setPen(Qt::white);
    const QPointF baseline(std::round(centre.x() - m_metrics.horizontalAdvance(text) / 2),
                           std::round(centre.y() + m_metrics.capHeight() / 2));
    painter->drawText(baseline, text);
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
                   PinPainter::lookFor(*c));
    }
    painter.end();
    return result;
}

} // namespace ImageChat
