#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>

class QPainter;

namespace ImageChat {

struct Conversation;

// What a pin says about its marker besides whose it is. Drawn in shape and
// marks, not only in colour, so it reads without telling colours apart:
// resolved pins are faded with a check, pending ones have a dashed outline,
// failed ones a red ring with an exclamation mark, the draft (the pin under
// an open composer, before the marker exists) is grey with a dot.
enum class PinState { Open, Resolved, Pending, Failed, Draft };

// How one pin looks: its creator's colour (Presence::colourFor), its state
// and whether it is the selected one (a halo).
struct PinLook
{
    QColor colour;
    PinState state = PinState::Open;
    bool selected = false;
};

// The one place that draws pins: the canvas (through ui/pincache, which
// keeps the pixmaps) and the exports (PNG, PDF). A speech-bubble badge with
// the marker's number above a short tail whose point is the marker.
// `scale` multiplies the on-screen size, so pins stay readable on a large
// exported image. Geometry is relative to the tip at (0, 0) unless a tip is
// given.
class PinPainter
{
public:
    explicit PinPainter(qreal scale = 1.0);

    // Pins about as large against the image as on a screen that fits it.
    static qreal scaleFor(const QSize &imageSize);

    struct Colours
    {
        QColor fill;
        QColor outline;
        QColor text;
    };
    // The colours of a pin of someone drawn in `person` (see PinLook).
    static Colours colours(const QColor &person, PinState state);
    // A user's colour, the same as their avatar's.
    static QColor personColour(const QString &user);
    // The look of a conversation's pin in an export.
    static PinLook lookFor(const Conversation &conversation);

    qreal scale() const { return m_scale; }
    const QFont &font() const { return m_font; }

    // Width of the badge holding `number` (0: no number), on whole pixels.
    qreal badgeWidth(int number) const;
    QRectF badgeRect(qreal badgeWidth) const;
    // The badge (the part with the number) of the pin whose tip is at `tip`.
    QRectF badgeRect(const QPointF &tip, int number) const;
    // The pin's outline (badge and tail), what a click hits.
    QPainterPath path(qreal badgeWidth) const;
    // Everything paintBody() may touch, with room for antialiasing.
    QRectF bounds(qreal badgeWidth, const PinLook &look) const;

    // The centre of the corner mark (resolved, failed), from the tip.
    QPointF markCentre(qreal badgeWidth) const;
    // The mark's colour for a state (green check, red exclamation mark).
    static QColor markColour(PinState state);

    // The pin without its number.
    void paintBody(QPainter *painter, qreal badgeWidth, const PinLook &look) const;
    // Where a label of `size` (text drawn at its top left, baseline at the
    // font's ascent) goes so the digits sit centred in the badge; on whole
    // pixels at scale 1.
    QPointF labelPosition(qreal badgeWidth, const QSizeF &size) const;
    QSizeF labelSize(int number) const;
    void paintLabel(QPainter *painter, const QPointF &topLeft, int number,
                    const QColor &colour) const;
    // The whole pin with its tip at `tip`.
    void paint(QPainter *painter, const QPointF &tip, int number, const PinLook &look) const;

    // A bubble standing for `count` pins too close to tell apart, centred
    // on `centre`.
    qreal clusterDiameter(int count) const;
    void paintCluster(QPainter *painter, const QPointF &centre, int count) const;

private:
    qreal m_scale;
    QFont m_font;
    QFontMetricsF m_metrics;
};

// The image with a pin for each conversation, numbered from 1 in the order
// given (the app's: creation time, then id); later pins are drawn on top.
QImage flattenWithPins(const QImage &image, const QList<const Conversation *> &ordered);

} // namespace ImageChat
