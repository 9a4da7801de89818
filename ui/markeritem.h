#pragma once

#include "coveragemask.h"
#include "pinpainter.h"

#include <QColor>
#include <QGraphicsItem>
#include <QString>

#include <optional>
#include <vector>

namespace ImageChat {

class PinCache;

// One marker on the canvas: a numbered pin in its creator's colour whose tip
// sits on the marker's position, drawn by PinPainter through the canvas's
// PinCache. It ignores the view's transformation, so it keeps its screen
// size at any zoom; the item's position is in scene (= image pixel)
// coordinates.
class MarkerItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    // Drawing priority when several apply: Failed > Pending > Resolved > Open.
    // Draft is the pin under an open composer, before the marker exists.
    using State = PinState;

    // `cache` must outlive the item.
    MarkerItem(PinCache *cache, const QString &id, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }

    QString id() const { return m_id; }

    // Position in creation order, from 1; 0 draws no number.
    int number() const { return m_number; }
    void setNumber(int number);

    State state() const { return m_state; }
    void setState(State state);

    // The creator's colour (PinPainter::personColour).
    QColor colour() const { return m_colour; }
    void setColour(const QColor &colour);

    // Inside a cluster bubble at the current zoom, so not shown.
    bool isInCluster() const { return m_clustered; }

    PinLook look() const { return { m_colour, m_state, isSelected() }; }

    // The creation time the number is ordered by (with the id as tie-break).
    qint64 createdAt() const { return m_createdAt; }
    void setCreatedAt(qint64 createdAt) { m_createdAt = createdAt; }

    // The part of the pin (item pixels) the current paint draws, when the
    // pin layer has clipped it to what other pins leave visible.
    std::optional<QRect> paintClip() const
    {
        return m_clip.active ? std::optional<QRect>(m_clip.rect) : std::nullopt;
    }

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    friend class PinLayer;

    // What PinLayer uses to skip pins hidden under others (coveragemask.h).
    const PinSilhouette &silhouette() const;
    // What changes the pin's look drops the cached silhouette and bounds.
    void restyled();
    QRectF boundsFor(bool selected) const;

    PinCache *m_cache;
    // The position, also kept here: reading it must not touch Qt's private
    // item data when 10,000 pins are checked every frame.
    QPointF m_anchor;
    QString m_id;
    int m_number = 0;
    State m_state = State::Open;
    QColor m_colour;
    qint64 m_createdAt = 0;
    qreal m_badgeWidth = 0;
    bool m_clustered = false;
    QRectF m_bounds;
    mutable const PinSilhouette *m_silhouette = nullptr;
    // Set by PinLayer for the length of one paint event: the part of the
    // pin (item pixels) other pins leave visible; empty when they cover it
    // all, as they cover most of 10,000 pins fitted to a window.
    struct Clip
    {
        bool active = false;
        QRect rect;
    };
    Clip m_clip;
};

} // namespace ImageChat
