#include "pinlayer.h"

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
}

void PinLayer::append(MarkerItem *item)
{
    m_items.insert(item->id(), item);
    m_order.push_back(item);
}

QHash<QString, MarkerItem *> PinLayer::takeAll()
{
    QHash<QString, MarkerItem *> all;
    all.swap(m_items);
    m_order.clear();
    m_order.reserve(size_t(all.size()));
    m_items.reserve(all.size());
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
    if (item->pos() != pos)
        item->setPos(pos);
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
    }
    m_selectedId = next;
    if (item) {
        item->setSelected(true);
        item->setZValue(pinZ(item->number(), true));
    }
    return true;
}

MarkerItem *PinLayer::pinAt(const QPointF &viewPos, const QTransform &transform) const
{
    // Top to bottom in stacking order (selected, then newest first), as
    // drawn. Faster than QGraphicsView::items(), which checks every pin.
    auto hit = [&](const MarkerItem *pin) {
        const QPointF at = transform.map(pin->m_anchor);
        const QPointF local = viewPos - QPointF(std::round(at.x()), std::round(at.y()));
        return pin->boundingRect().contains(local) && pin->shape().contains(local);
    };
    MarkerItem *selected = this->selected();
    if (selected && hit(selected))
        return selected;
    for (auto it = m_order.rbegin(); it != m_order.rend(); ++it) {
        if (*it != selected && hit(*it))
            return *it;
    }
    return nullptr;
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
        if (m_order[i] != selected)
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
