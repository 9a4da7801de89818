#pragma once

#include <QGraphicsItem>

namespace ImageChat {

class PinCache;

// A bubble with a count, standing for pins too close together to tell apart
// at the current zoom (PinClusterer); a click on it zooms to them. Like the
// pins it keeps its screen size; its position is the pins' mean position.
class ClusterItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    ClusterItem(PinCache *cache, quint64 cell);

    int type() const override { return Type; }
    quint64 cell() const { return m_cell; }
    int count() const { return m_count; }
    void setCount(int count);
    // The bubble's radius in screen pixels, what a click hits.
    qreal radius() const { return m_radius; }
    // The pin's anchor, kept here as MarkerItem does (fast to read).
    QPointF anchor() const { return m_anchor; }

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    PinCache *m_cache;
    quint64 m_cell;
    int m_count = 0;
    qreal m_radius = 0; // kept: measuring the text is dear, hit tests are many
    QRectF m_bounds;
    QPointF m_anchor;
};

} // namespace ImageChat
