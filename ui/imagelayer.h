#pragma once

#include <QGraphicsObject>

#include <memory>

namespace ImageChat {

class TiledImage;

// The image in the canvas's scene, whose coordinates are image pixels. Far
// out it draws the overview (or a halved copy of it near the screen's
// resolution, which avoids the shimmer of sampling thousands of pixels down to
// hundreds); closer in it draws the tiles of the level that has at least one
// pixel per screen pixel, and the overview where a tile is still being
// decoded. Only the exposed part is drawn, so panning at 400 % touches a strip.
class ImageLayer : public QGraphicsObject
{
    Q_OBJECT

public:
    explicit ImageLayer(std::unique_ptr<TiledImage> source, QGraphicsItem *parent = nullptr);
    ~ImageLayer() override;

    TiledImage *source() const { return m_source.get(); }
    QSize size() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // What the last paint drew: the tile level (-1: the overview) and how
    // many of its tiles were not decoded yet.
    int lastLevel() const { return m_lastLevel; }
    int lastMissing() const { return m_lastMissing; }

private:
    void drawOverview(QPainter *painter, const QRectF &target, qreal lod, bool align) const;
    void onTileReady(int level, const QPoint &tile);

    std::unique_ptr<TiledImage> m_source;
    int m_lastLevel = -1;
    int m_lastMissing = 0;
};

} // namespace ImageChat
