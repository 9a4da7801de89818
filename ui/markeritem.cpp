#include "markeritem.h"

#include "pincache.h"

#include <QPainter>

#include <cmath>

namespace ImageChat {

namespace {

// Someone whose colour is not known yet (a pin made before its author).
const QColor Unknown(0x6b, 0x72, 0x80);

} // namespace

MarkerItem::MarkerItem(PinCache *cache, const QString &id, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_cache(cache)
    , m_id(id)
    , m_colour(Unknown)
{
    setFlag(ItemIgnoresTransformations);
    setFlag(ItemIsSelectable);
    setFlag(ItemSendsGeometryChanges);
    m_badgeWidth = m_cache->painter().badgeWidth(m_number);
    m_bounds = boundsFor(false);
}

QRectF MarkerItem::boundsFor(bool selected) const
{
    return m_cache->painter().bounds(m_badgeWidth, { m_colour, m_state, selected });
}

const PinSilhouette &MarkerItem::silhouette() const
{
    if (!m_silhouette)
        m_silhouette = &m_cache->silhouette(m_state, isSelected(), m_badgeWidth);
    return *m_silhouette;
}

void MarkerItem::restyled()
{
    m_silhouette = nullptr;
    const QRectF bounds = boundsFor(isSelected());
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    update();
}

void MarkerItem::setNumber(int number)
{
    if (number == m_number)
        return;
    m_number = number;
    m_badgeWidth = m_cache->painter().badgeWidth(number);
    restyled();
}

void MarkerItem::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    restyled();
}

void MarkerItem::setColour(const QColor &colour)
{
    if (colour == m_colour)
        return;
    m_colour = colour;
    update();
}

QPainterPath MarkerItem::shape() const
{
    return m_cache->path(m_badgeWidth);
}

void MarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_clip.active && m_clip.rect.isEmpty())
        return;
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const PinLook look = this->look();

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

    blit(m_bounds, m_cache->body(look, m_badgeWidth, dpr));
    if (m_number > 0) {
        const PinPainter::Colours colours = PinPainter::colours(look.colour, look.state);
        if (const QPixmap *label = m_cache->label(m_number, colours.text, dpr)) {
            const QSizeF size = QSizeF(label->size()) / dpr;
            blit(QRectF(m_cache->painter().labelPosition(m_badgeWidth, size), size), *label);
        }
    }
    painter->setRenderHint(QPainter::SmoothPixmapTransform, smooth);
}

QVariant MarkerItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    // The selected pin's halo reaches further.
    if (change == ItemSelectedChange) {
        prepareGeometryChange();
        m_bounds = boundsFor(value.toBool());
    } else if (change == ItemSelectedHasChanged) {
        m_silhouette = nullptr;
    } else if (change == ItemPositionHasChanged) {
        m_anchor = value.toPointF();
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace ImageChat
