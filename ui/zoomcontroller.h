#pragma once

#include <QSizeF>

namespace ImageChat {

// The canvas's zoom as numbers, without a widget: the factor, the stops the
// keyboard walks, the wheel's step, what fitting to a window gives and
// whether the view is in fit mode (refitting itself when resized).
class ZoomController
{
public:
    static constexpr double MinZoom = 0.01;
    static constexpr double MaxZoom = 32.0;
    // One wheel notch (120 units) zooms by this factor.
    static constexpr double WheelStep = 1.25;

    static double clamp(double factor);
    // The next keyboard stop above / below `factor`; `factor` itself when
    // there is none. 100 % is always one of the stops.
    static double stepIn(double factor);
    static double stepOut(double factor);
    // Where a wheel turn of `angleDelta` (120 per notch) goes from `factor`.
    static double wheel(double factor, int angleDelta);
    // The factor that shows `content` whole inside `room` less `margin` on
    // every side, never more than `cap`.
    static double fit(const QSizeF &content, const QSizeF &room, double margin, double cap);

    // 1.0 = one image pixel per screen pixel.
    double factor() const { return m_factor; }
    // Returns whether the clamped factor differs from the one before.
    bool setFactor(double factor);

    bool isFitMode() const { return m_fitMode; }
    // Fitting never zooms beyond the cap (1.0 for a newly shown image, so
    // small images are not blown up; MaxZoom once the user asked to fit).
    double fitCap() const { return m_fitCap; }
    void enterFitMode(double cap);
    void leaveFitMode() { m_fitMode = false; }

private:
    double m_factor = 1.0;
    bool m_fitMode = true;
    double m_fitCap = 1.0;
};

} // namespace ImageChat
