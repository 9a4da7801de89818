#include "composerplacement.h"

#include <QtGlobal>

namespace ImageChat {

QRect composerGeometry(const QPointF &tip, const QSize &size, const QRect &area)
{
    // Clear of the pin's badge, which is about 22 pixels wide.
    constexpr int Gap = 18;
    int x = qRound(tip.x()) + Gap;
    if (x + size.width() > area.right() && tip.x() - Gap - size.width() >= area.left())
        x = qRound(tip.x()) - Gap - size.width();
    int y = qRound(tip.y()) - 30;
    y = qMax(area.top(), qMin(y, area.bottom() - size.height()));
    return QRect(QPoint(x, y), size);
}

} // namespace ImageChat
