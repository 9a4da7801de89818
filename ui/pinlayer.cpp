#include "pinlayer.h"

#include "clusteritem.h"
#include "coveragemask.h"
#include "markeritem.h"
#include "uilogging.h"

#include <QGraphicsScene>

#include <algorithm>
#include <cmath>

namespace ImageChat {

namespace {

double pinZ(int number, bool selected)
{
    // Room for RoomLimits::maxMarkers (100,000) below SelectedPinZ.
    return selected ? PinLayer::SelectedPinZ : PinLayer::PinZ + number * 1e-6;
}

bool createdBefore(const MarkerItem *a, const MarkerItem *b)
{
    // The order of RoomModel::ordered(): creation time, then id.
    return a->createdAt() != b->createdAt() ? a->createdAt() < b->createdAt() : a->id() < b->id();
}

} // namespace

PinLayer::PinLayer(QGraphicsScene *scene, PinCache *cache)
    : m_scene(scene)
    , m_cache(cache)
{ }

PinLayer::~PinLayer() = default;

MarkerItem *PinLayer::make(const QString &id, qint64 createdAt, const QPointF &pos)
{
    auto *item = new MarkerItem(m_cache, id);
    item->setCreatedAt(createdAt);
    item->setPos(pos);
    m_scene->addItem(item);
    m_items.insert(id, item);
    return item;
}

void PinLayer::insert(MarkerItem *item)
{
    const auto at = std::lower_bound(m_order.begin(), m_order.end(), item, createdBefore);
    const size_t index = size_t(at - m_order.begin());
    m_order.insert(at, item);
    renumberFrom(index);
    if (item->id() != m_selectedId) {
        m_clusterer.insert(keyOf(item), item->m_anchor);
        applyClusters();
    }
}

void PinLayer::append(MarkerItem *item)
{
    m_items.insert(item->id(), item);
    m_order.push_back(item);
    if (item->id() != m_selectedId) {
        m_clusterer.insert(keyOf(item), item->m_anchor);
        applyClusters();
    }
}

QHash<QString, MarkerItem *> PinLayer::takeAll()
{
    QHash<QString, MarkerItem *> all;
    all.swap(m_items);
    m_order.clear();
    m_order.reserve(size_t(all.size()));
    m_items.reserve(all.size());
    m_clusterer.clear();
    applyClusters();
    return all;
}

bool PinLayer::remove(const QString &id)
{
    MarkerItem *item = m_items.take(id);
    if (!item)
        return false;
    removeOrdered(item);
    if (m_selectedId == id)
        m_selectedId.clear();
    m_clusterer.remove(keyOf(item));
    applyClusters();
    delete item;
    return true;
}

void PinLayer::setCreatedAt(MarkerItem *item, qint64 createdAt)
{
    if (item->createdAt() == createdAt)
        return;
    removeOrdered(item);
    item->setCreatedAt(createdAt);
    insert(item);
}

void PinLayer::setPos(MarkerItem *item, const QPointF &pos)
{
    if (item->pos() == pos)
        return;
    item->setPos(pos);
    if (m_clusterer.contains(keyOf(item))) {
        m_clusterer.move(keyOf(item), pos);
        applyClusters();
    }
}

void PinLayer::removeOrdered(MarkerItem *item)
{
    // The item's key must be the one it was inserted with.
    const auto at = std::lower_bound(m_order.begin(), m_order.end(), item, createdBefore);
    if (at == m_order.end() || *at != item) {
        qCWarning(lcCanvas) << "pin" << item->id() << "missing from the creation order";
        return;
    }
    const size_t index = size_t(at - m_order.begin());
    m_order.erase(at);
    renumberFrom(index);
}

void PinLayer::renumberFrom(size_t index)
{
    // Only pins whose number changes are repainted (setNumber is a no-op
    // otherwise); appending a new marker renumbers nothing.
    for (size_t i = index; i < m_order.size(); ++i) {
        MarkerItem *item = m_order[i];
        item->setNumber(int(i + 1));
        item->setZValue(pinZ(item->number(), item->isSelected()));
    }
}

bool PinLayer::select(const QString &id)
{
    MarkerItem *item = m_items.value(id);
    const QString next = item ? id : QString();
    if (next == m_selectedId)
        return false;
    if (MarkerItem *previous = m_items.value(m_selectedId)) {
        previous->setSelected(false);
        previous->setZValue(pinZ(previous->number(), false));
        m_clusterer.insert(keyOf(previous), previous->m_anchor);
    }
    m_selectedId = next;
    if (item) {
        item->setSelected(true);
        item->setZValue(pinZ(item->number(), true));
        // Out of its cluster: the selected pin always shows.
        m_clusterer.remove(keyOf(item));
        setInCluster(item, false);
    }
    applyClusters();
    return true;
}

PinLayer::Hit PinLayer::hitAt(const QPointF &viewPos, const QTransform &transform) const
{
    // Top to bottom in stacking order (selected, bubbles, then newest
    // first), as drawn. Faster than QGraphicsView::items(), which checks
    // every pin.
    auto hit = [&](const MarkerItem *pin) {
        const QPointF at = transform.map(pin->m_anchor);
        const QPointF local = viewPos - QPointF(std::round(at.x()), std::round(at.y()));
        return pin->boundingRect().contains(local) && pin->shape().contains(local);
    };
    MarkerItem *selected = this->selected();
    if (selected && hit(selected))
        return { selected, nullptr };
    // Bubbles may overlap a little: the nearest centre wins (then the cell
    // number), so the answer does not depend on the hash's order.
    ClusterItem *nearest = nullptr;
    qreal nearestDistance = 0;
    for (ClusterItem *bubble : std::as_const(m_bubbles)) {
        const QPointF at = transform.map(bubble->anchor());
        const QPointF d = viewPos - QPointF(std::round(at.x()), std::round(at.y()));
        const qreal distance = d.x() * d.x() + d.y() * d.y();
        if (distance > bubble->radius() * bubble->radius())
            continue;
        if (!nearest || distance < nearestDistance
            || (distance == nearestDistance && bubble->cell() < nearest->cell())) {
            nearest = bubble;
            nearestDistance = distance;
        }
    }
    if (nearest)
        return { nullptr, nearest };
    for (auto it = m_order.rbegin(); it != m_order.rend(); ++it) {
        if (*it != selected && !(*it)->m_clustered && hit(*it))
            return { *it, nullptr };
    }
    return {};
}

void PinLayer::setZoom(double zoom)
{
    m_clusterer.setScale(zoom);
    applyClusters();
}

void PinLayer::setClustering(bool enabled)
{
    m_clusterer.setEnabled(enabled);
    applyClusters();
}

std::vector<ClusterItem *> PinLayer::clusters() const
{
    std::vector<ClusterItem *> list;
    for (quint64 cell : m_clusterer.clusters()) {
        if (ClusterItem *bubble = m_bubbles.value(cell))
            list.push_back(bubble);
    }
    return list;
}

void PinLayer::setInCluster(MarkerItem *item, bool clustered)
{
    if (item->m_clustered == clustered)
        return;
    item->m_clustered = clustered;
    // A hidden item costs a paint nothing: Qt skips it before anything else.
    item->setVisible(!clustered);
}

void PinLayer::updateCluster(quint64 cell)
{
    auto it = m_bubbles.find(cell);
    if (!m_clusterer.isCluster(cell)) {
        if (it != m_bubbles.end()) {
            delete *it;
            m_bubbles.erase(it);
        }
        return;
    }
    ClusterItem *bubble = it != m_bubbles.end() ? *it : nullptr;
    if (!bubble) {
        bubble = new ClusterItem(m_cache, cell);
        bubble->setZValue(ClusterZ);
        m_scene->addItem(bubble);
        m_bubbles.insert(cell, bubble);
    }
    bubble->setCount(m_clusterer.count(cell));
    const QPointF centre = m_clusterer.centre(cell);
    if (bubble->pos() != centre)
        bubble->setPos(centre);
}

void PinLayer::applyClusters()
{
    const PinClusterer::Changes changes = m_clusterer.takeChanges();
    if (changes.all) {
        for (MarkerItem *item : m_order)
            setInCluster(item, m_clusterer.isClustered(keyOf(item)));
        qDeleteAll(m_bubbles);
        m_bubbles.clear();
        for (quint64 cell : m_clusterer.clusters())
            updateCluster(cell);
        return;
    }
    for (PinClusterer::Key key : changes.pins)
        setInCluster(reinterpret_cast<MarkerItem *>(key), m_clusterer.isClustered(key));
    for (quint64 cell : changes.cells)
        updateCluster(cell);
}

void PinLayer::clipToWhatShows(const QRect &exposed, const QTransform &transform)
{
    // Walk the pins from the top, keep a mask of the pixels solid pins have
    // covered, and tell each pin which part of it still shows: nothing
    // (skipped) or a smaller rectangle to copy.
    if (m_order.size() < CoverageThreshold || exposed.isEmpty())
        return;
    CoverageMask mask(m_coverage, exposed);
    MarkerItem *selected = this->selected();
    auto visit = [&](MarkerItem *pin) {
        // Where paint() will put the tip: the same rounding.
        const QPointF at = transform.map(pin->m_anchor);
        const int x = int(std::round(at.x()));
        const int y = int(std::round(at.y()));
        const PinSilhouette &shape = pin->silhouette();
        const int top = y + shape.top;
        if (top > exposed.bottom() || top + int(shape.painted.size()) <= exposed.top()
            || x + 64 < exposed.left() || x - 64 > exposed.right()) {
            return; // not in this paint at all (pins are narrower than 128)
        }
        const QRect shows = mask.uncovered(x, top, shape.painted);
        // A pixel of slack: paint() may round the tip the other way.
        pin->m_clip = shows.isEmpty()
            ? MarkerItem::Clip { true, QRect() }
            : MarkerItem::Clip { true, shows.translated(-x, -y).adjusted(-1, -1, 1, 1) };
        m_clippedPins.push_back(pin);
        if (!shows.isEmpty())
            mask.cover(x, top, shape.solid);
    };
    if (selected)
        visit(selected);
    const size_t count = m_order.size();
    for (size_t i = count; i-- > 0;) {
        // The pins are scattered in memory; fetch ahead.
        if (i >= 8)
            __builtin_prefetch(m_order[i - 8]);
        if (m_order[i] != selected && !m_order[i]->m_clustered)
            visit(m_order[i]);
    }
}

void PinLayer::endPaint()
{
    for (MarkerItem *pin : m_clippedPins)
        pin->m_clip = MarkerItem::Clip {};
    m_clippedPins.clear();
}

} // namespace ImageChat
