#include "pinclusterer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace ImageChat {

PinClusterer::PinClusterer(double cellSize, int minCount)
    : m_cellSize(cellSize)
    , m_minCount(qMax(2, minCount))
{ }

void PinClusterer::setScale(double scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    regroup();
}

void PinClusterer::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    m_changes = Changes {};
    m_changes.all = true;
}

PinClusterer::Cell PinClusterer::cellAt(const QPointF &pos) const
{
    // Far outside any image the cell number would overflow; such positions
    // share the edge cells.
    auto index = [this](double v) {
        const double cell = std::floor(v * m_scale / m_cellSize);
        return qint32(qBound(double(std::numeric_limits<qint32>::min()), cell,
                             double(std::numeric_limits<qint32>::max())));
    };
    return Cell(quint32(index(pos.x()))) << 32 | quint32(index(pos.y()));
}

void PinClusterer::insert(Key key, const QPointF &pos)
{
    if (m_entries.contains(key)) {
        move(key, pos);
        return;
    }
    Entry &entry = m_entries[key];
    entry.pos = pos;
    entry.cell = cellAt(pos);
    add(key, entry);
}

void PinClusterer::move(Key key, const QPointF &pos)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        insert(key, pos);
        return;
    }
    const Cell cell = cellAt(pos);
    if (cell == it->cell) {
        Bucket &bucket = m_cells[cell];
        bucket.sumX += pos.x() - it->pos.x();
        bucket.sumY += pos.y() - it->pos.y();
        it->pos = pos;
        if (m_enabled && int(bucket.members.size()) >= m_minCount)
            m_changes.cells.push_back(cell); // the bubble follows its centre
        return;
    }
    take(key, *it, true);
    it->pos = pos;
    it->cell = cell;
    add(key, *it);
}

void PinClusterer::remove(Key key)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    take(key, *it, false);
    m_entries.erase(it);
}

void PinClusterer::clear()
{
    m_entries.clear();
    m_cells.clear();
    m_changes = Changes {};
    m_changes.all = true;
}

void PinClusterer::add(Key key, Entry &entry)
{
    Bucket &bucket = m_cells[entry.cell];
    entry.index = int(bucket.members.size());
    bucket.members.push_back(key);
    bucket.sumX += entry.pos.x();
    bucket.sumY += entry.pos.y();
    if (!m_enabled)
        return;
    const int n = int(bucket.members.size());
    if (n == m_minCount) {
        // The cell just became a cluster: all of its pins go in.
        m_changes.pins.insert(m_changes.pins.end(), bucket.members.begin(), bucket.members.end());
        m_changes.cells.push_back(entry.cell);
    } else if (n > m_minCount) {
        m_changes.pins.push_back(key);
        m_changes.cells.push_back(entry.cell);
    } else {
        m_changes.pins.push_back(key);
    }
}

void PinClusterer::take(Key key, const Entry &entry, bool report)
{
    auto it = m_cells.find(entry.cell);
    if (it == m_cells.end())
        return;
    Bucket &bucket = *it;
    const int n = int(bucket.members.size());
    // Swap with the last member, so removing is constant time.
    const Key last = bucket.members.back();
    bucket.members[size_t(entry.index)] = last;
    m_entries[last].index = entry.index;
    bucket.members.pop_back();
    bucket.sumX -= entry.pos.x();
    bucket.sumY -= entry.pos.y();
    if (m_enabled) {
        if (report)
            m_changes.pins.push_back(key);
        if (n == m_minCount) {
            // No longer a cluster: the pins left come out.
            m_changes.pins.insert(m_changes.pins.end(), bucket.members.begin(),
                                  bucket.members.end());
            m_changes.cells.push_back(entry.cell);
        } else if (n > m_minCount) {
            m_changes.cells.push_back(entry.cell);
        }
    }
    if (bucket.members.empty())
        m_cells.erase(it);
}

void PinClusterer::regroup()
{
    m_cells.clear();
    m_cells.reserve(m_entries.size() / 2);
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        it->cell = cellAt(it->pos);
        Bucket &bucket = m_cells[it->cell];
        it->index = int(bucket.members.size());
        bucket.members.push_back(it.key());
        bucket.sumX += it->pos.x();
        bucket.sumY += it->pos.y();
    }
    m_changes = Changes {};
    m_changes.all = true;
}

bool PinClusterer::isClustered(Key key) const
{
    if (!m_enabled)
        return false;
    auto it = m_entries.constFind(key);
    return it != m_entries.constEnd() && isCluster(it->cell);
}

bool PinClusterer::isCluster(Cell cell) const
{
    if (!m_enabled)
        return false;
    auto it = m_cells.constFind(cell);
    return it != m_cells.constEnd() && int(it->members.size()) >= m_minCount;
}

std::vector<PinClusterer::Cell> PinClusterer::clusters() const
{
    std::vector<Cell> cells;
    if (!m_enabled)
        return cells;
    for (auto it = m_cells.constBegin(); it != m_cells.constEnd(); ++it) {
        if (int(it->members.size()) >= m_minCount)
            cells.push_back(it.key());
    }
    std::sort(cells.begin(), cells.end());
    return cells;
}

int PinClusterer::count(Cell cell) const
{
    auto it = m_cells.constFind(cell);
    return it == m_cells.constEnd() ? 0 : int(it->members.size());
}

QPointF PinClusterer::centre(Cell cell) const
{
    auto it = m_cells.constFind(cell);
    if (it == m_cells.constEnd() || it->members.empty())
        return {};
    const double n = double(it->members.size());
    return QPointF(it->sumX / n, it->sumY / n);
}

QRectF PinClusterer::bounds(Cell cell) const
{
    auto it = m_cells.constFind(cell);
    if (it == m_cells.constEnd() || it->members.empty())
        return {};
    double left = std::numeric_limits<double>::max();
    double top = left;
    double right = std::numeric_limits<double>::lowest();
    double bottom = right;
    for (Key key : it->members) {
        const QPointF p = m_entries.value(key).pos;
        left = qMin(left, p.x());
        right = qMax(right, p.x());
        top = qMin(top, p.y());
        bottom = qMax(bottom, p.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

std::vector<PinClusterer::Key> PinClusterer::members(Cell cell) const
{
    auto it = m_cells.constFind(cell);
    return it == m_cells.constEnd() ? std::vector<Key>() : it->members;
}

PinClusterer::Changes PinClusterer::takeChanges()
{
    return std::exchange(m_changes, Changes {});
}

} // namespace ImageChat
