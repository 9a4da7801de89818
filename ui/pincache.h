#pragma once

#include "coveragemask.h"
#include "pinpainter.h"

#include <QCache>
#include <QHash>
#include <QPainterPath>
#include <QPixmap>

#include <unordered_map>

namespace ImageChat {

// What drawing pins on screen reuses: each look of a pin body, each number,
// each cluster bubble drawn once into a pixmap (blitting a small pixmap is
// far cheaper than filling an antialiased path or drawing text, and a
// fitted view of a busy room shows thousands), the pins' outlines and their
// silhouettes. Owned by the canvas and handed to its pins; drawing itself is
// PinPainter's, shared with the exports.
class PinCache
{
public:
    PinCache();

    const PinPainter &painter() const { return m_painter; }

    // A user's pin colour (PinPainter::personColour), remembered.
    QColor personColour(const QString &user);

    const QPainterPath &path(qreal badgeWidth);
    // The pin without its number.
    const QPixmap &body(const PinLook &look, qreal badgeWidth, qreal dpr);
    // A number; null only if the cache could not take it (never at these
    // sizes).
    const QPixmap *label(int number, const QColor &colour, qreal dpr);
    // Read off the pixels of the body, so it can never disagree with them;
    // the colour does not change it. The reference stays valid.
    const PinSilhouette &silhouette(PinState state, bool selected, qreal badgeWidth);
    // A cluster bubble, centred in the pixmap.
    const QPixmap *cluster(int count, qreal dpr);

private:
    PinPainter m_painter;
    QHash<QString, QColor> m_people;
    // Badge widths come in a handful of sizes (one per digit count).
    QHash<int, QPainterPath> m_paths;
    QHash<quint64, QPixmap> m_bodies;
    // About 10,000 labels at 1x, 2,500 at 2x: more than a screen shows.
    QCache<quint64, QPixmap> m_labels { 12 * 1024 * 1024 };
    QCache<quint64, QPixmap> m_clusters { 4 * 1024 * 1024 };
    // Node-based, so the references pins keep stay valid as it grows.
    std::unordered_map<quint64, PinSilhouette> m_silhouettes;
};

} // namespace ImageChat
