#include "imagelayer.h"

#include "tiledimage.h"

#include <QPainter>
#include <QPixmap>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace ImageChat {

namespace {

// Shows through transparent parts, as image editors do.
QBrush checkerboard()
{
    static const QBrush brush = [] {
        QPixmap tile(16, 16);
        tile.fill(QColor(0xcc, 0xcc, 0xcc));
        QPainter p(&tile);
        p.fillRect(0, 0, 8, 8, QColor(0xff, 0xff, 0xff));
        p.fillRect(8, 8, 8, 8, QColor(0xff, 0xff, 0xff));
        return QBrush(tile);
    }();
    return brush;
}

// `rect` grown to whole multiples of `step`, so that neighbouring partial
// repaints sample the same source pixels (no seams).
QRectF alignTo(const QRectF &rect, qreal stepX, qreal stepY)
{
    return QRectF(
        QPointF(std::floor(rect.left() / stepX) * stepX, std::floor(rect.top() / stepY) * stepY),
        QPointF(std::ceil(rect.right() / stepX) * stepX, std::ceil(rect.bottom() / stepY) * stepY));
}

} // namespace

ImageLayer::ImageLayer(std::unique_ptr<TiledImage> source, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_source(std::move(source))
{
    setFlag(ItemUsesExtendedStyleOption);
    connect(m_source.get(), &TiledImage::tileReady, this, &ImageLayer::onTileReady);
}

ImageLayer::~ImageLayer() = default;

QSize ImageLayer::size() const
{
    return m_source->size();
}

QRectF ImageLayer::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_source->size());
}

void ImageLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    // Screen pixels per image pixel.
    const qreal lod =
        QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) * dpr;
    const QRectF bounds = boundingRect();
    const QRectF exposed = option->exposedRect & bounds;
    if (exposed.isEmpty())
        return;
    if (m_source->hasAlpha())
        painter->fillRect(exposed, checkerboard());

    // The overview serves as long as it has a pixel per screen pixel; beyond,
    // the coarsest level that still has.
    int level = -1;
    if (m_source->levelCount() > 0 && lod * m_source->overviewScale() > 1.0001) {
        level = std::max(0, int(std::floor(-std::log2(lod) + 1e-9)));
        level = std::clamp(level, m_source->finestLevel(), m_source->levelCount() - 1);
    }
    m_lastLevel = level;
    m_lastMissing = 0;
    if (level < 0)
        return drawOverview(painter, exposed, lod, true);

    const qreal f = std::ldexp(1.0, level);
    const QSize grid = m_source->tileGrid(level);
    const qreal span = TiledImage::TileSize * f;
    const int tx0 = std::max(0, int(std::floor(exposed.left() / span)));
    const int ty0 = std::max(0, int(std::floor(exposed.top() / span)));
    const int tx1 = std::min(grid.width() - 1, int(std::ceil(exposed.right() / span)) - 1);
    const int ty1 = std::min(grid.height() - 1, int(std::ceil(exposed.bottom() / span)) - 1);
    QVector<QPoint> missing;
    for (int ty = ty0; ty <= ty1; ++ty) {
        for (int tx = tx0; tx <= tx1; ++tx) {
            const QPoint index(tx, ty);
            const QRect rect = m_source->tileRect(level, index);
            const QRectF target =
                QRectF(rect.x() * f, rect.y() * f, rect.width() * f, rect.height() * f) & bounds;
            const QImage tile = m_source->tile(level, index);
            if (tile.isNull()) {
                missing.push_back(index);
                drawOverview(painter, target & exposed, lod, false);
                continue;
            }
            painter->drawImage(target, tile, QRectF(0, 0, target.width() / f, target.height() / f));
        }
    }
    m_lastMissing = int(missing.size());
    if (!missing.isEmpty())
        m_source->request(level, missing);
}

void ImageLayer::drawOverview(QPainter *painter, const QRectF &target, qreal lod, bool align) const
{
    const std::vector<QImage> &copies = m_source->overviews();
    if (copies.empty() || target.isEmpty())
        return;
    const QSize size = m_source->size();
    // The smallest copy that still has at least one pixel per screen pixel.
    size_t index = 0;
    while (index + 1 < copies.size() && qreal(copies[index + 1].width()) / size.width() >= lod)
        ++index;
    const QImage &copy = copies[index];
    const qreal sx = qreal(copy.width()) / size.width();
    const qreal sy = qreal(copy.height()) / size.height();
    // Standing in for a tile, it must not spill over the tiles next to it.
    const QRectF aligned = align ? alignTo(target, 1 / sx, 1 / sy) & boundingRect() : target;
    painter->drawImage(aligned, copy,
                       QRectF(aligned.left() * sx, aligned.top() * sy, aligned.width() * sx,
                              aligned.height() * sy));
}

void ImageLayer::onTileReady(int level, const QPoint &tile)
{
    const QRect rect = m_source->tileRect(level, tile);
    const qreal f = std::ldexp(1.0, level);
    update(QRectF(rect.x() * f, rect.y() * f, rect.width() * f, rect.height() * f));
}

} // namespace ImageChat
