#include "zoomcontroller.h"

#include <QtGlobal>

#include <cmath>
#include <iterator>

namespace ImageChat {

namespace {

constexpr double ZoomSteps[] = { 0.01,    0.02, 0.03,    0.05, 0.0625,  0.08, 0.1,  0.125,
                                 1.0 / 6, 0.25, 1.0 / 3, 0.5,  2.0 / 3, 1.0,  1.5,  2.0,
                                 3.0,     4.0,  6.0,     8.0,  12.0,    16.0, 24.0, 32.0 };

} // namespace

double ZoomController::clamp(double factor)
{
    return qBound(MinZoom, factor, MaxZoom);
}

double ZoomController::stepIn(double factor)
{
    for (double step : ZoomSteps) {
        if (step > factor * 1.001)
            return step;
    }
    return factor;
}

double ZoomController::stepOut(double factor)
{
    for (auto it = std::rbegin(ZoomSteps); it != std::rend(ZoomSteps); ++it) {
        if (*it < factor / 1.001)
            return *it;
    }
    return factor;
}

double ZoomController::wheel(double factor, int angleDelta)
{
    return clamp(factor * std::pow(WheelStep, angleDelta / 120.0));
}

double ZoomController::fit(const QSizeF &content, const QSizeF &room, double margin, double cap)
{
    if (content.isEmpty())
        return clamp(cap);
    const QSizeF inner = room - QSizeF(2 * margin, 2 * margin);
    return clamp(
        qMin(cap, qMin(inner.width() / content.width(), inner.height() / content.height())));
}

bool ZoomController::setFactor(double factor)
{
    factor = clamp(factor);
    const bool changed = factor != m_factor;
    m_factor = factor;
    return changed;
}

void ZoomController::enterFitMode(double cap)
{
    m_fitCap = cap;
    m_fitMode = true;
}

} // namespace ImageChat
