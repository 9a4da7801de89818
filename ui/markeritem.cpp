#include "markeritem.h"

#include <QCache>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPixmap>

#include <cmath>
#include <limits>
#include <unordered_map>

namespace ImageChat {

namespace {

// Pin geometry in screen pixels: a speech-bubble badge with the number, above
// a short tail whose point is the marker's position.
constexpr qreal BadgeHeight = 22;
constexpr qreal MinBadgeWidth = 22;
constexpr qreal CornerRadius = 6;
constexpr qreal TailHeight = 8;
constexpr qreal TailHalfWidth = 5;
constexpr qreal TextPadding = 12;
// Room around the path for the outline and antialiasing; the selected pin's
// halo needs more.
constexpr qreal Margin = 1;
constexpr qreal SelectedMargin = 3;

const QFont &labelFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(12);
        f.setBold(true);
        return f;
    }();
    return font;
}

qreal badgeWidthFor(int number)
{
    const QFontMetricsF metrics(labelFont());
    const qreal text = number > 0 ? metrics.horizontalAdvance(QString::number(number)) : 0;
    // An even width keeps the badge's edges on whole pixels.
    return 2 * std::ceil(qMax(MinBadgeWidth, text + TextPadding) / 2);
}

QRectF badgeRect(qreal badgeWidth)
{
    return QRectF(-badgeWidth / 2, -TailHeight - BadgeHeight, badgeWidth, BadgeHeight);
}

QRectF boundsFor(qreal badgeWidth, bool selected)
{
    const qreal margin = selected ? SelectedMargin : Margin;
    return badgeRect(badgeWidth).adjusted(-margin, -margin, margin, TailHeight + margin);
}

// Badge widths come in a handful of sizes (one per digit count), so outlines
// are shared instead of being built for every paint.
const QPainterPath &pinPath(qreal badgeWidth)
{
    static QHash<int, QPainterPath> cache;
    const int key = qRound(badgeWidth);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QPainterPath badge;
    badge.addRoundedRect(badgeRect(badgeWidth), CornerRadius, CornerRadius);
    QPainterPath tail;
    // The tail overlaps the badge by a pixel so the union has no seam.
    tail.moveTo(-TailHalfWidth, -TailHeight - 1);
    tail.lineTo(TailHalfWidth, -TailHeight - 1);
    tail.lineTo(0, 0);
    tail.closeSubpath();
    return *cache.insert(key, badge.united(tail).simplified());
}

// The pin without its number, drawn once per look and reused by every pin
// with that look: blitting a small pixmap is far cheaper than filling an
// antialiased path, which matters with thousands of pins on screen.
const QPixmap &bodyPixmap(MarkerItem::State state, bool selected, qreal badgeWidth, qreal dpr)
{
    static QHash<quint64, QPixmap> cache;
    const quint64 key = quint64(state) | quint64(selected) << 4 | quint64(qRound(badgeWidth)) << 8
        | quint64(qRound(dpr * 100)) << 24;
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;

    const QRectF bounds = boundsFor(badgeWidth, selected);
    QPixmap pixmap((bounds.size() * dpr).toSize());
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(-bounds.topLeft());
    const MarkerItem::Colours &colours = MarkerItem::colours(state);
    const QPainterPath &path = pinPath(badgeWidth);
    if (selected) {
        // A light halo first so the dark outline reads on dark images too.
        p.setPen(QPen(Qt::white, 4));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setPen(QPen(Qt::black, 2));
    } else {
        QPen pen(colours.outline, 1);
        // Pending also differs in shape, not only in colour.
        if (state == MarkerItem::State::Pending || state == MarkerItem::State::Draft)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
    }
    p.setBrush(colours.fill);
    p.drawPath(path);
    if (state == MarkerItem::State::Draft) {
        p.setPen(Qt::NoPen);
        p.setBrush(colours.text);
        p.drawEllipse(badgeRect(badgeWidth).center(), 3, 3);
    }
    p.end();
    return *cache.insert(key, pixmap);
}

// Numbers, drawn once and kept while there is room: text is the dearest part
// of a pin to draw, and a fit-to-window view of a busy room shows thousands.
// Keyed by number, not by pin, so every view of a room shares them.
const QPixmap *labelPixmap(int number, const QColor &colour, qreal dpr)
{
    // About 10,000 labels at 1x, 2,500 at 2x: more than a screen shows.
    static QCache<quint64, QPixmap> cache(12 * 1024 * 1024);
    const quint64 key =
        quint64(number) | quint64(colour.rgba()) << 20 | quint64(qRound(dpr * 100)) << 52;
    if (const QPixmap *cached = cache.object(key))
        return cached;

    const QString text = QString::number(number);
    const QFontMetricsF metrics(labelFont());
    const QSizeF size(std::ceil(metrics.horizontalAdvance(text)), std::ceil(metrics.height()));
    auto *pixmap = new QPixmap((size * dpr).toSize());
    pixmap->setDevicePixelRatio(dpr);
    pixmap->fill(Qt::transparent);
    QPainter p(pixmap);
    p.setFont(labelFont());
    p.setPen(colour);
    p.drawText(QPointF(0, metrics.ascent()), text);
    p.end();
    const qsizetype bytes = qsizetype(pixmap->width()) * pixmap->height() * 4;
    cache.insert(key, pixmap, bytes);
    return cache.object(key);
}

} // namespace

const MarkerItem::Colours &MarkerItem::colours(State state)
{
    static const Colours open { QColor(0x25, 0x63, 0xeb), QColor(0x1e, 0x3a, 0x8a), Qt::white };
    static const Colours resolved { QColor(0x3f, 0x9d, 0x5d), QColor(0x1f, 0x5f, 0x36), Qt::white };
    static const Colours pending { QColor(0xe6, 0x9a, 0x17), QColor(0x7c, 0x4a, 0x03), Qt::black };
    static const Colours failed { QColor(0xdc, 0x26, 0x26), QColor(0x7f, 0x1d, 0x1d), Qt::white };
    static const Colours draft { QColor(0x6b, 0x72, 0x80), QColor(0x37, 0x41, 0x51), Qt::white };
    switch (state) {
    case State::Open:
        return open;
    case State::Resolved:
        return resolved;
    case State::Pending:
        return pending;
    case State::Failed:
        return failed;
    case State::Draft:
        return draft;
    }
    return open;
}

const MarkerItem::Silhouette &MarkerItem::silhouette() const
{
    if (m_silhouette)
        return *m_silhouette;
    // Node-based, so the pointers pins keep stay valid as it grows.
    static std::unordered_map<quint64, Silhouette> cache;
    const bool selected = isSelected();
    const quint64 key =
        quint64(m_state) | quint64(selected) << 4 | quint64(qRound(m_badgeWidth)) << 8;
    auto it = cache.find(key);
    if (it != cache.end()) {
        m_silhouette = &it->second;
        return *m_silhouette;
    }

    // Read it off the pixels the pin is drawn with, so it can never disagree.
    const QImage image = bodyPixmap(m_state, selected, m_badgeWidth, 1.0)
                             .toImage()
                             .convertToFormat(QImage::Format_ARGB32);
    const QPoint origin = boundsFor(m_badgeWidth, selected).topLeft().toPoint();
    const int rows = image.height();
    std::vector<Span> painted(size_t(rows), Span { 1, 0 });
    std::vector<Span> solid(size_t(rows), Span { 1, 0 });
    for (int y = 0; y < rows; ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int alpha = qAlpha(line[x]);
            Span &p = painted[size_t(y)];
            Span &s = solid[size_t(y)];
            if (alpha > 0) {
                p.from = p.from > p.to ? x : qMin(p.from, x);
                p.to = x;
            }
            if (alpha == 255) {
                s.from = s.from > s.to ? x : qMin(s.from, x);
                s.to = x;
            }
        }
    }
    // Each row's shape is one interval (badge and tail are convex across a
    // row), so first-to-last is exact. Now allow a pixel of misplacement.
    Silhouette result;
    result.top = origin.y() - 1;
    for (int y = -1; y <= rows; ++y) {
        Span loose { 1, 0 };
        Span tight { std::numeric_limits<int>::min(), std::numeric_limits<int>::max() };
        for (int n = y - 1; n <= y + 1; ++n) {
            const bool inside = n >= 0 && n < rows;
            const Span p = inside ? painted[size_t(n)] : Span { 1, 0 };
            const Span s = inside ? solid[size_t(n)] : Span { 1, 0 };
            if (p.from <= p.to) {
                loose = loose.from > loose.to
                    ? p
                    : Span { qMin(loose.from, p.from), qMax(loose.to, p.to) };
            }
            tight = Span { qMax(tight.from, s.from), qMin(tight.to, s.to) };
        }
        if (loose.from <= loose.to)
            loose = Span { loose.from - 1 + origin.x(), loose.to + 1 + origin.x() };
        if (tight.from <= tight.to)
            tight = Span { tight.from + 1 + origin.x(), tight.to - 1 + origin.x() };
        else
            tight = Span { 1, 0 };
        result.painted.push_back(loose);
        result.solid.push_back(tight);
    }
    m_silhouette = &cache.emplace(key, std::move(result)).first->second;
    return *m_silhouette;
}

void MarkerItem::restyled()
{
    m_silhouette = nullptr;
    update();
}

MarkerItem::MarkerItem(const QString &id, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_id(id)
{
    setFlag(ItemIgnoresTransformations);
    setFlag(ItemIsSelectable);
    setFlag(ItemSendsGeometryChanges);
    m_badgeWidth = badgeWidthFor(m_number);
}

void MarkerItem::setNumber(int number)
{
    if (number == m_number)
        return;
    m_number = number;
    const qreal width = badgeWidthFor(number);
    if (width != m_badgeWidth) {
        prepareGeometryChange();
        m_badgeWidth = width;
    }
    restyled();
}

void MarkerItem::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    restyled();
}

QRectF MarkerItem::boundingRect() const
{
    return boundsFor(m_badgeWidth, isSelected());
}

QPainterPath MarkerItem::shape() const
{
    return pinPath(m_badgeWidth);
}

void MarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_clip.active && m_clip.rect.isEmpty())
        return;
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const bool selected = isSelected();

    // The pin ignores the view's scale, so the painter only translates: land
    // on whole pixels for a crisp copy on the blitting fast path.
    const QTransform &transform = painter->worldTransform();
    const QPointF snap(std::round(transform.dx()) - transform.dx(),
                       std::round(transform.dy()) - transform.dy());
    const bool smooth = painter->testRenderHint(QPainter::SmoothPixmapTransform);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    // Copies the part of `pixmap` (placed at `target`) that is not hidden.
    auto blit = [&](const QRectF &target, const QPixmap &pixmap) {
        const QRectF part = m_clip.active ? target & QRectF(m_clip.rect) : target;
        if (part.isEmpty())
            return;
        const QRectF source((part.topLeft() - target.topLeft()) * dpr, part.size() * dpr);
        painter->drawPixmap(part.translated(snap), pixmap, source);
    };

    blit(boundsFor(m_badgeWidth, selected), bodyPixmap(m_state, selected, m_badgeWidth, dpr));
    // Null only if the cache could not take it (never at these sizes).
    if (const QPixmap *label =
            m_number > 0 ? labelPixmap(m_number, colours(m_state).text, dpr) : nullptr) {
        // Centred on the digits (cap height), not on the font's line box.
        static const QFontMetricsF metrics(labelFont());
        const QPointF centre = badgeRect(m_badgeWidth).center();
        const QSizeF size = QSizeF(label->size()) / dpr;
        const QPointF at(std::round(centre.x() - size.width() / 2),
                         std::round(centre.y() + metrics.capHeight() / 2 - metrics.ascent()));
        blit(QRectF(at, size), *label);
    }
    painter->setRenderHint(QPainter::SmoothPixmapTransform, smooth);
}

QVariant MarkerItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    // The selected pin's halo reaches further.
    if (change == ItemSelectedChange)
        prepareGeometryChange();
    else if (change == ItemSelectedHasChanged)
        m_silhouette = nullptr;
    else if (change == ItemPositionHasChanged)
        m_anchor = value.toPointF();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace ImageChat
