#pragma once

#include <QHash>
#include <QPointF>
#include <QRectF>

#include <vector>

namespace ImageChat {

// Groups pins that would pile up on screen: a grid of square cells in
// screen space (scene position times the zoom, so scrolling changes
// nothing), and every cell holding at least `minCount` pins becomes one
// cluster, drawn as a bubble with the count. Plain data: the pin layer
// feeds it positions and shows or hides its items by what it answers.
//
// Deterministic (a cell depends only on the position and the scale) and
// incremental: adding, moving or removing a pin touches its cell(s) only;
// everything is regrouped only when the scale changes.
class PinClusterer
{
public:
    using Key = quintptr;
    using Cell = quint64;

    explicit PinClusterer(double cellSize = 48, int minCount = 3);

    double cellSize() const { return m_cellSize; }
    int minCount() const { return m_minCount; }

    // Screen pixels per scene unit.
    double scale() const { return m_scale; }
    void setScale(double scale);
    // Off: no pin is in a cluster.
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    void insert(Key key, const QPointF &pos);
    void move(Key key, const QPointF &pos);
    // The removed key is not reported as touched.
    void remove(Key key);
    void clear();
    bool contains(Key key) const { return m_entries.contains(key); }
    int size() const { return int(m_entries.size()); }

    // The pin is inside a cluster (and so not drawn on its own).
    bool isClustered(Key key) const;
    Cell cellOf(Key key) const { return m_entries.value(key).cell; }
    Cell cellAt(const QPointF &pos) const;
    bool isCluster(Cell cell) const;
    // The clustered cells, in a fixed order.
    std::vector<Cell> clusters() const;
    int count(Cell cell) const;
    // Mean position of the cell's pins (scene coordinates).
    QPointF centre(Cell cell) const;
    // The rectangle around the cell's pins' positions.
    QRectF bounds(Cell cell) const;
    std::vector<Key> members(Cell cell) const;

    // What changed since the last call: `all` after regrouping everything,
    // else the pins whose clustered state may have changed and the cells
    // whose cluster may have appeared, changed or gone.
    struct Changes
    {
        bool all = false;
        std::vector<Key> pins;
        std::vector<Cell> cells;
    };
    Changes takeChanges();

private:
    struct Entry
    {
        QPointF pos;
        Cell cell = 0;
        int index = 0; // in the cell's members
    };
    struct Bucket
    {
        std::vector<Key> members;
        double sumX = 0;
        double sumY = 0;
    };

    void add(Key key, Entry &entry);
    void take(Key key, const Entry &entry, bool report);
    void regroup();

    double m_cellSize;
    int m_minCount;
    double m_scale = 1.0;
    bool m_enabled = true;
    QHash<Key, Entry> m_entries;
    QHash<Cell, Bucket> m_cells;
    Changes m_changes;
};

} // namespace ImageChat
