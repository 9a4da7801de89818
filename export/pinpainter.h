#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>

class QPainter;

namespace ImageChat {

struct Conversation;

// Draws the numbered pins of an export: the canvas's speech-bubble badge with
// the marker's number above a short tail whose point is the marker, in the
// canvas's colours (blue open, green resolved). `scale` multiplies the
// canvas's on-screen size, so pins stay readable on a large image.
class PinPainter
{
public:
    explicit PinPainter(qreal scale = 1.0);

    // Pins about as large against the image as on a screen that fits it.
    static qreal scaleFor(const QSize &imageSize);
    static QColor fillColour(bool resolved);

    qreal scale() const { return m_scale; }
    // The badge (the part with the number) of the pin whose tip is at `tip`.
    QRectF badgeRect(const QPointF &tip, int number) const;
    void paint(QPainter *painter, const QPointF &tip, int number, bool resolved) const;

private:
    qreal badgeWidth(int number) const;

    qreal m_scale;
    QFont m_font;
};

// The image with a pin for each conversation, numbered from 1 in the order
// given (the app's: creation time, then id); later pins are drawn on top.
QImage flattenWithPins(const QImage &image, const QList<const Conversation *> &ordered);

} // namespace ImageChat
