#include "pincache.h"

#include <QImage>
#include <QPainter>

#include <cmath>
#include <limits>

namespace ImageChat {

namespace {

quint64 lookKey(PinState state, bool selected, qreal badgeWidth)
{
    return quint64(state) | quint64(selected) << 4 | quint64(qRound(badgeWidth)) << 8;
}

quint64 dprKey(qreal dpr)
{
    return quint64(qRound(dpr * 100)) & 0xfff;
}

} // namespace

PinCache::PinCache() = default;

QColor PinCache::personColour(const QString &user)
{
    auto it = m_people.constFind(user);
    if (it != m_people.constEnd())
        return *it;
    return *m_people.insert(user, PinPainter::personColour(user));
}

const QPainterPath &PinCache::path(qreal badgeWidth)
{
    const int key = qRound(badgeWidth);
    auto it = m_paths.constFind(key);
    if (it != m_paths.constEnd())
        return *it;
    return *m_paths.insert(key, m_painter.path(badgeWidth));
}

const QPixmap &PinCache::body(const PinLook &look, qreal badgeWidth, qreal dpr)
{
    // 24 bits of colour, 20 of look, 12 of device pixel ratio.
    const quint64 key = quint64(look.colour.rgb() & 0xffffff)
        | (lookKey(look.state, look.selected, badgeWidth) & 0xfffff) << 24 | dprKey(dpr) << 44;
    auto it = m_bodies.constFind(key);
    if (it != m_bodies.constEnd())
        return *it;

    const QRectF bounds = m_painter.bounds(badgeWidth, look);
    QPixmap pixmap((bounds.size() * dpr).toSize());
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.translate(-bounds.topLeft());
    m_painter.paintBody(&p, badgeWidth, look);
    p.end();
    return *m_bodies.insert(key, pixmap);
}

const QPixmap *PinCache::label(int number, const QColor &colour, qreal dpr)
{
    const quint64 key = quint64(number) | quint64(colour.rgba()) << 20 | dprKey(dpr) << 52;
    if (const QPixmap *cached = m_labels.object(key))
        return cached;

    const QSizeF size = m_painter.labelSize(number);
    auto *pixmap = new QPixmap((size * dpr).toSize());
    pixmap->setDevicePixelRatio(dpr);
    pixmap->fill(Qt::transparent);
    QPainter p(pixmap);
    m_painter.paintLabel(&p, QPointF(0, 0), number, colour);
    p.end();
    const qsizetype bytes = qsizetype(pixmap->width()) * pixmap->height() * 4;
    m_labels.insert(key, pixmap, bytes);
    return m_labels.object(key);
}

const QPixmap *PinCache::cluster(int count, qreal dpr)
{
    const quint64 key = quint64(count) | dprKey(dpr) << 40;
    if (const QPixmap *cached = m_clusters.object(key))
        return cached;
    // Room for the outer edge and antialiasing.
    const qreal side = std::ceil(m_painter.clusterDiameter(count) + 6);
    auto *pixmap = new QPixmap(QSizeF(side * dpr, side * dpr).toSize());
    pixmap->setDevicePixelRatio(dpr);
    pixmap->fill(Qt::transparent);
    QPainter p(pixmap);
    m_painter.paintCluster(&p, QPointF(side / 2, side / 2), count);
    p.end();
    const qsizetype bytes = qsizetype(pixmap->width()) * pixmap->height() * 4;
    m_clusters.insert(key, pixmap, bytes);
    return m_clusters.object(key);
}

const PinSilhouette &PinCache::silhouette(PinState state, bool selected, qreal badgeWidth)
{
    const quint64 key = lookKey(state, selected, badgeWidth);
    auto it = m_silhouettes.find(key);
    if (it != m_silhouettes.end())
        return it->second;

    const PinLook look { Qt::black, state, selected };
    const QImage image =
        body(look, badgeWidth, 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
    const QPoint origin = m_painter.bounds(badgeWidth, look).topLeft().toPoint();
    const int rows = image.height();
    std::vector<PinSpan> painted(size_t(rows), PinSpan { 1, 0 });
    std::vector<PinSpan> solid(size_t(rows), PinSpan { 1, 0 });
    for (int y = 0; y < rows; ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int alpha = qAlpha(line[x]);
            PinSpan &p = painted[size_t(y)];
            PinSpan &s = solid[size_t(y)];
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
    // First-to-last per row: loose for what is painted, and for what is
    // solid only right when each row's solid part is one interval, which
    // holds for the badge and tail (convex across a row) but not beside the
    // corner mark: there a solid row may have a gap, so solid rows are cut
    // to the badge's own columns. Then allow a pixel of misplacement.
    const QRectF badge = m_painter.badgeRect(badgeWidth);
    const int badgeLeft = int(std::ceil(badge.left())) - origin.x();
    const int badgeRight = int(std::floor(badge.right())) - 1 - origin.x();
    for (PinSpan &s : solid) {
        s.from = qMax(s.from, badgeLeft);
        s.to = qMin(s.to, badgeRight);
    }
    PinSilhouette result;
    result.top = origin.y() - 1;
    for (int y = -1; y <= rows; ++y) {
        PinSpan loose { 1, 0 };
        PinSpan tight { std::numeric_limits<int>::min(), std::numeric_limits<int>::max() };
        for (int n = y - 1; n <= y + 1; ++n) {
            const bool inside = n >= 0 && n < rows;
            const PinSpan p = inside ? painted[size_t(n)] : PinSpan { 1, 0 };
            const PinSpan s = inside ? solid[size_t(n)] : PinSpan { 1, 0 };
            if (p.from <= p.to) {
                loose = loose.from > loose.to
                    ? p
                    : PinSpan { qMin(loose.from, p.from), qMax(loose.to, p.to) };
            }
            tight = PinSpan { qMax(tight.from, s.from), qMin(tight.to, s.to) };
        }
        if (loose.from <= loose.to)
            loose = PinSpan { loose.from - 1 + origin.x(), loose.to + 1 + origin.x() };
        if (tight.from <= tight.to)
            tight = PinSpan { tight.from + 1 + origin.x(), tight.to - 1 + origin.x() };
        else
            tight = PinSpan { 1, 0 };
        result.painted.push_back(loose);
        result.solid.push_back(tight);
    }
    return m_silhouettes.emplace(key, std::move(result)).first->second;
}

} // namespace ImageChat
