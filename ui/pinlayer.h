#pragma once

#include "pinclusterer.h"

#include <QHash>
#include <QPointF>
#include <QRect>
#include <QString>
#include <QTransform>

#include <vector>

class QGraphicsScene;

namespace ImageChat {

class ClusterItem;
class MarkerItem;
class PinCache;

// The pins of a canvas, without the view: one MarkerItem per marker in a
// scene, kept in creation order (their numbers), stacked newer above older
// with the selected one on top, hit-tested in that order, and, for one paint
// at a time, clipped to the part of each pin that others leave visible.
// Where pins would pile up at the current zoom, a bubble with their count
// stands in for them (PinClusterer); the selected pin always shows itself.
class PinLayer
{
public:
    // Pins stack in creation order (newer above older), the selected one
    // above all and the draft above that. The order is explicit, not left to
    // insertion order, because hiding covered pins relies on knowing it.
    static constexpr double PinZ = 1;
    static constexpr double ClusterZ = 1.5;
    static constexpr double SelectedPinZ = 2;
    static constexpr double DraftPinZ = 3;
    // Below this many pins, finding covered ones costs more than it saves.
    static constexpr size_t CoverageThreshold = 200;

    // `cache` draws the pins and must outlive the layer.
    PinLayer(QGraphicsScene *scene, PinCache *cache);
    // The scene owns the items and deletes them.
    ~PinLayer();

    MarkerItem *item(const QString &id) const { return m_items.value(id); }
    bool contains(const QString &id) const { return m_items.contains(id); }
    int size() const { return int(m_items.size()); }
    // Sorted like RoomModel::ordered() (creation time, then id); the index
    // + 1 is the number shown.
    const std::vector<MarkerItem *> &ordered() const { return m_order; }

    // A new pin in the scene and known by its id, not yet in the order:
    // insert() or append() it.
    MarkerItem *make(const QString &id, qint64 createdAt, const QPointF &pos);
    // Into the creation order; later pins are renumbered.
    void insert(MarkerItem *item);
    // At the end of the order, for rebuilding it in order (then renumberAll).
    void append(MarkerItem *item);
    // Empties the layer, handing back the pins (still in the scene), e.g. to
    // keep those that still exist across a reload.
    QHash<QString, MarkerItem *> takeAll();
    void renumberAll() { renumberFrom(0); }
    // Deletes the pin; false if there is none.
    bool remove(const QString &id);
    // The server's time replaced the optimistic one: the number may move.
    void setCreatedAt(MarkerItem *item, qint64 createdAt);
    void setPos(MarkerItem *item, const QPointF &pos);

    QString selectedId() const { return m_selectedId; }
    MarkerItem *selected() const { return m_items.value(m_selectedId); }
    // Selects a pin (empty or unknown: none); false when nothing changed.
    bool select(const QString &id);

    // What is under a viewport position, topmost first as drawn: the
    // selected pin, then cluster bubbles, then the other pins.
    struct Hit
    {
        MarkerItem *pin = nullptr;
        ClusterItem *cluster = nullptr;
    };
    Hit hitAt(const QPointF &viewPos, const QTransform &viewportTransform) const;
    MarkerItem *pinAt(const QPointF &viewPos, const QTransform &viewportTransform) const
    {
        return hitAt(viewPos, viewportTransform).pin;
    }

    // Clusters form in screen space, so they follow the zoom (screen pixels
    // per image pixel); regrouping happens only when it changes.
    void setZoom(double zoom);
    void setClustering(bool enabled);
    bool isClustering() const { return m_clusterer.isEnabled(); }
    // The bubbles shown, in a fixed order.
    std::vector<ClusterItem *> clusters() const;
    // The positions (scene) of the pins of a bubble's cell.
    QRectF clusterBounds(quint64 cell) const { return m_clusterer.bounds(cell); }

    // Zoomed out on a busy room, pins pile up many deep: most are hidden by
    // the ones above and most of the rest show only a sliver, yet each would
    // be blended whole. Tells each pin in `exposed` (viewport pixels) which
    // part of it still shows, for one paint; endPaint() lifts it again, so
    // that render() and printing draw them all.
    void clipToWhatShows(const QRect &exposed, const QTransform &viewportTransform);
    void endPaint();

private:
    static PinClusterer::Key keyOf(const MarkerItem *item)
    {
        return reinterpret_cast<PinClusterer::Key>(item);
    }
    // Shows or hides pins and bubbles by what the clusterer says changed.
    void applyClusters();
    void updateCluster(quint64 cell);
    void setInCluster(MarkerItem *item, bool clustered);
    void removeOrdered(MarkerItem *item);
    void renumberFrom(size_t index);

    QGraphicsScene *m_scene;
    PinCache *m_cache;
    PinClusterer m_clusterer;
    QHash<quint64, ClusterItem *> m_bubbles;
    QHash<QString, MarkerItem *> m_items;
    std::vector<MarkerItem *> m_order;
    QString m_selectedId;
    // Pins clipped during the current paint, and the coverage mask (one bit
    // per viewport pixel of the exposed area) that clipped them.
    std::vector<MarkerItem *> m_clippedPins;
    std::vector<quint64> m_coverage;
};

} // namespace ImageChat
