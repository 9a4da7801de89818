#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QPoint>
#include <QSize>
#include <QVector>

#include <memory>

namespace ImageChat {

// An image that is never decoded whole at full size. Opening reads the
// header (size, format) and a scaled-down overview at once; detail comes as
// tiles of TileSize x TileSize pixels of one level (level n is the image
// scaled by 2^-n), decoded on a worker thread for the zoom in use and kept in
// a cache bounded in bytes. The image pixels stay the unit for callers: level
// sizes are the full size divided by 2^n, rounded up.
//
// How a region is decoded depends on what the format allows without reading
// everything (see tiledimage.cpp): JPEG clips and scales while it decodes;
// PNG has no clipped read in Qt, so its rows are streamed and only the rows
// and columns needed are kept; other formats are read whole per level, but
// only for levels that fit a budget. Every QImageReader gets an allocation
// limit, so no path can silently decode the full image into memory.
class TiledImage : public QObject
{
    Q_OBJECT

public:
    static constexpr int TileSize = 512;
    // The overview's longer side at most.
    static constexpr int OverviewSide = 2048;
    // The largest single image any decode may produce.
    static constexpr qint64 DecodeBudget = 64 * 1024 * 1024;

    // What decoding cost so far; tests and the benchmark read it.
    struct Stats
    {
        // The largest image decoded at once, in bytes and pixels.
        qint64 largestDecodeBytes = 0;
        QSize largestDecode;
        int tilesDecoded = 0;
        int regionsDecoded = 0;
    };

    // Reads the header and the overview; null with the reason when the data
    // is not an image that can be shown.
    static std::unique_ptr<TiledImage> open(const QByteArray &data, QString *error);
    // An image already in memory: it is its own overview, no tiles.
    static std::unique_ptr<TiledImage> fromImage(const QImage &image);
    ~TiledImage() override;

    // The encoded image (empty for fromImage()).
    QByteArray encoded() const;
    // Full size in image pixels, as displayed (EXIF orientation applied).
    QSize size() const { return m_size; }
    bool hasAlpha() const { return m_alpha; }
    // The overview and the halved copies made of it, largest first.
    const std::vector<QImage> &overviews() const { return m_overviews; }
    // Image pixels per overview pixel along x and y (1.0: full resolution).
    double overviewScale() const;

    // Tile levels 0 (full size) .. levelCount() - 1. Levels finer than
    // finestLevel() cannot be decoded within the budget and are not offered.
    int levelCount() const { return m_levelCount; }
    int finestLevel() const { return m_finestLevel; }
    QSize levelSize(int level) const;
    // The tile grid of a level, and one tile's rectangle in level pixels.
    QSize tileGrid(int level) const;
    QRect tileRect(int level, const QPoint &tile) const;

    // A cached tile, or a null image.
    QImage tile(int level, const QPoint &tile) const;
    // Asks for the tiles the view needs now; replaces what was asked before
    // and is not being decoded yet (the view has moved on).
    void request(int level, const QVector<QPoint> &tiles);
    bool isBusy() const;

    void setCacheLimit(qint64 bytes);
    qint64 cachedBytes() const;
    Stats stats() const;

signals:
    // A tile arrived in the cache (emitted on this object's thread).
    void tileReady(int level, const QPoint &tile);

public:
    struct Shared;

private:
    TiledImage();
    void insertTile(int level, const QPoint &tile, const QImage &image);
    void buildOverviews(const QImage &overview);

    std::shared_ptr<Shared> m_shared;
    QSize m_size;
    bool m_alpha = false;
    int m_levelCount = 0;
    int m_finestLevel = 0;
    std::vector<QImage> m_overviews;
    // Keyed by level and tile; cost in KiB.
    QCache<quint64, QImage> m_cache;
};

} // namespace ImageChat
