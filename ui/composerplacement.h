#pragma once

#include <QPointF>
#include <QRect>
#include <QSize>

namespace ImageChat {

// Where the marker composer goes for a pin whose tip is at `tip` (viewport
// pixels): beside the pin, on the side where it fits, and vertically kept
// inside `area`.
QRect composerGeometry(const QPointF &tip, const QSize &size, const QRect &area);

} // namespace ImageChat
