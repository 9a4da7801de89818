#include "clusteritem.h"

#include "pincache.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>

namespace ImageChat {

ClusterItem::ClusterItem(PinCache *cache, quint64 cell)
    : m_cache(cache)
    , m_cell(cell)
{
    setFlag(ItemIgnoresTransformations);
    setFlag(ItemSendsGeometryChanges);
}

void ClusterItem::setCount(int count)
{
    if (count == m_count)
        return;
    m_count = count;
    const qreal diameter = m_cache->painter().clusterDiameter(count);
    m_radius = diameter / 2 + 1;
    const qreal side = std::ceil(diameter + 6);
    const QRectF bounds(-side / 2, -side / 2, side, side);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    setToolTip(QCoreApplication::translate("ImageChat::CanvasView",
                                           "%n markers here. Click to zoom in.", nullptr, count));
    update();
}

void ClusterItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QPixmap *pixmap = m_cache->cluster(m_count, dpr);
    if (!pixmap)
        return;
    // Only translated (the item ignores the view's scale): whole pixels.
    const QTransform &transform = painter->worldTransform();
    const QPointF snap(std::round(transform.dx()) - transform.dx(),
                       std::round(transform.dy()) - transform.dy());
    const QSizeF size = QSizeF(pixmap->size()) / dpr;
    painter->drawPixmap(
        QRectF(QPointF(-size.width() / 2, -size.height() / 2), size).translated(snap), *pixmap,
        QRectF(QPointF(0, 0), QSizeF(pixmap->size())));
}

QVariant ClusterItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        m_anchor = value.toPointF();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace ImageChat
