#include "tiledimage.h"

#include "uilogging.h"

#include <QBuffer>
#include <QImageReader>
#include <QMutex>
#include <QMutexLocker>
#include <QRunnable>
#include <QThreadPool>
#include <QtGlobal>

#include <png.h>

#include <algorithm>
#include <cmath>
#include <csetjmp>
#include <vector>

namespace ImageChat {

namespace {

// Halved copies of the overview stop below this size.
constexpr int MinOverviewSide = 256;
// JPEG decodes at 1/1, 1/2, 1/4 or 1/8 of its size (libjpeg's DCT scaling),
// so a clipped read is exact down to level 3; coarser levels are read whole
// (they are at most 1/256 of the image).
constexpr int MaxJpegClipLevel = 3;
// Box filtering while streaming PNG rows sums up to (2^level)^2 pixels.
constexpr int MaxStripLevel = 8;
constexpr qint64 DefaultCacheBytes = 256 * 1024 * 1024;

int ceilShift(int value, int level)
{
    return int((qint64(value) + (qint64(1) << level) - 1) >> level);
}

quint64 tileKey(int level, const QPoint &tile)
{
    return (quint64(quint8(level)) << 48) | (quint64(quint32(tile.y()) & 0xffffff) << 24)
        | (quint64(quint32(tile.x()) & 0xffffff));
}

qint64 imageBytes(const QSize &size)
{
    return qint64(size.width()) * size.height() * 4;
}

// The display formats the raster engine blits fastest.
QImage forDisplay(const QImage &image)
{
    return image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                         : QImage::Format_RGB32);
}

void prepareReader(QImageReader &reader)
{
    // Never more than the budget in one image, whatever a handler does: a
    // format that cannot scale or clip while decoding fails instead of
    // quietly decoding gigabytes.
    reader.setAllocationLimit(int(TiledImage::DecodeBudget / (1024 * 1024)) + 1);
}

// --- PNG rows, streamed ----------------------------------------------------
// Qt's PNG handler has no clipped read (QImageReader would decode the whole
// image and copy the clip), and it scales while reading only for 8-bit
// non-interlaced images. libpng itself reads row by row, so a region is
// decoded here from the rows above it down to its last row, keeping one row
// and the region: memory is the region, whatever the image's size. The
// functions that libpng may longjmp out of hold no C++ objects.

struct PngInput
{
    const uchar *data = nullptr;
    size_t size = 0;
    size_t pos = 0;
};

void pngRead(png_structp png, png_bytep out, png_size_t length)
{
    auto *in = static_cast<PngInput *>(png_get_io_ptr(png));
    if (length > in->size - in->pos)
        png_error(png, "truncated");
    memcpy(out, in->data + in->pos, length);
    in->pos += length;
}

void pngWarning(png_structp, png_const_charp) { }

void pngError(png_structp png, png_const_charp)
{
    longjmp(png_jmpbuf(png), 1);
}

struct PngHeader
{
    png_uint_32 width = 0;
    png_uint_32 height = 0;
    bool interlaced = false;
    bool alpha = false;
};

bool pngReadHeader(png_structp png, png_infop info, PngInput *input, PngHeader *header)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_set_read_fn(png, input, pngRead);
    png_read_info(png, info);
    int depth = 0;
    int colorType = 0;
    int interlace = 0;
    png_get_IHDR(png, info, &header->width, &header->height, &depth, &colorType, &interlace,
                 nullptr, nullptr);
    header->interlaced = interlace != PNG_INTERLACE_NONE;
    header->alpha = (colorType & PNG_COLOR_MASK_ALPHA) || png_get_valid(png, info, PNG_INFO_tRNS);
    // Every PNG becomes 8-bit BGRA in memory, which is QImage's ARGB32.
    png_set_expand(png);
    png_set_strip_16(png);
    if (!(colorType & PNG_COLOR_MASK_COLOR))
        png_set_gray_to_rgb(png);
    if (!header->alpha)
        png_set_filler(png, 0xff,
                       QSysInfo::ByteOrder == QSysInfo::BigEndian ? PNG_FILLER_BEFORE
                                                                  : PNG_FILLER_AFTER);
    if (QSysInfo::ByteOrder == QSysInfo::BigEndian)
        png_set_swap_alpha(png);
    else
        png_set_bgr(png);
    png_read_update_info(png, info);
    return png_get_rowbytes(png, info) == size_t(header->width) * 4;
}

bool pngReadRow(png_structp png, png_bytep row)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_read_row(png, row, nullptr);
    return true;
}

class PngReader
{
public:
    explicit PngReader(const QByteArray &data)
    {
        m_input.data = reinterpret_cast<const uchar *>(data.constData());
        m_input.size = size_t(data.size());
        m_png = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, pngError, pngWarning);
        if (m_png)
            m_info = png_create_info_struct(m_png);
        m_ok = m_info && pngReadHeader(m_png, m_info, &m_input, &m_header);
    }
    ~PngReader()
    {
        if (m_png)
            png_destroy_read_struct(&m_png, m_info ? &m_info : nullptr, nullptr);
    }
    PngReader(const PngReader &) = delete;
    PngReader &operator=(const PngReader &) = delete;

    bool ok() const { return m_ok; }
    const PngHeader &header() const { return m_header; }
    // The next row to be read, in image pixels: rows are read once, so a
    // region that starts above it needs a new reader.
    int row() const { return m_row; }

    // The region `rect` of the image scaled by 2^-level (box filter).
    QImage readRegion(int level, const QRect &rect)
    {
        const int f = 1 << level;
        const int width = int(m_header.width);
        const int height = int(m_header.height);
        const int sx0 = rect.left() * f;
        const int sx1 = std::min(width, (rect.right() + 1) * f);
        const int sy0 = rect.top() * f;
        const int sy1 = std::min(height, (rect.bottom() + 1) * f);
        if (!m_ok || sx0 >= sx1 || sy0 >= sy1)
            return {};
        QImage out(rect.size(), m_header.alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
        if (out.isNull())
            return {};
        std::vector<png_byte> row(size_t(width) * 4);
        std::vector<quint32> sums(size_t(rect.width()) * 4);
        if (sy0 < m_row)
            return {};
        for (; m_row < sy0; ++m_row) {
            if (!pngReadRow(m_png, row.data()))
                return fail();
        }
        for (int oy = 0; oy < rect.height(); ++oy) {
            const int y0 = sy0 + oy * f;
            const int y1 = std::min(sy1, y0 + f);
            std::fill(sums.begin(), sums.end(), 0);
            for (int y = y0; y < y1; ++y, ++m_row) {
                if (!pngReadRow(m_png, row.data()))
                    return fail();
                const png_byte *in = row.data() + size_t(sx0) * 4;
                for (int x = sx0; x < sx1; ++x, in += 4) {
                    quint32 *sum = sums.data() + size_t((x - sx0) >> level) * 4;
                    sum[0] += in[0];
                    sum[1] += in[1];
                    sum[2] += in[2];
                    sum[3] += in[3];
                }
            }
            auto *line = reinterpret_cast<uchar *>(out.scanLine(oy));
            const quint32 rows = quint32(y1 - y0);
            for (int ox = 0; ox < rect.width(); ++ox) {
                const int cols = std::min(sx1, sx0 + (ox + 1) * f) - (sx0 + ox * f);
                const quint32 n = rows * quint32(std::max(cols, 1));
                for (int c = 0; c < 4; ++c)
                    line[ox * 4 + c] = uchar((sums[size_t(ox) * 4 + c] + n / 2) / n);
            }
        }
        return out;
    }

private:
    QImage fail()
    {
        m_ok = false;
        return {};
    }

    PngInput m_input;
    png_structp m_png = nullptr;
    png_infop m_info = nullptr;
    PngHeader m_header;
    bool m_ok = false;
    int m_row = 0;
};

} // namespace

// What the worker needs, shared with it: the encoded bytes and what the
// header said are immutable after open(); the rest is under the mutex.
struct TiledImage::Shared
{
    enum class Kind { Memory, Jpeg, Png, Other };

    QByteArray data;
    Kind kind = Kind::Other;
    QSize size; // as displayed
    bool transformed = false;
    bool rotated = false; // QImageReader's size is the stored one, transposed

    // The worker's own: the last level it read whole (Other, coarse JPEG),
    // and the PNG reader where it stopped, which goes on from there when the
    // next region is further down (scrolling down, or the next row of tiles).
    int wholeLevel = -1;
    QImage whole;
    std::unique_ptr<PngReader> png;

    QMutex mutex;
    TiledImage *receiver = nullptr;
    bool running = false;
    int pendingLevel = -1;
    QVector<QPoint> pending;
    int busyLevel = -1;
    QVector<QPoint> busy;
    Stats stats;

    QSize levelSize(int level) const
    {
        return QSize(ceilShift(size.width(), level), ceilShift(size.height(), level));
    }

    void noteDecode(const QImage &image)
    {
        QMutexLocker lock(&mutex);
        ++stats.regionsDecoded;
        const qint64 bytes = image.sizeInBytes();
        if (bytes > stats.largestDecodeBytes) {
            stats.largestDecodeBytes = bytes;
            stats.largestDecode = image.size();
        }
    }

    bool clipsJpeg(int level) const
    {
        return kind == Kind::Jpeg && !transformed && level <= MaxJpegClipLevel;
    }

    // One region of a level, in level pixels.
    QImage decode(int level, const QRect &rect)
    {
        QImage image;
        if (clipsJpeg(level)) {
            // A clip in stored pixels that libjpeg can scale by exactly 2^level:
            // origin and size multiples of it, so at the image's right and
            // bottom edge the clip reaches a few pixels past the image, which
            // the handler cuts off again.
            const int f = 1 << level;
            const QRect full(0, 0, size.width(), size.height());
            const QRect source = QRect(rect.topLeft() * f, rect.size() * f) & full;
            const QRect clip(
                source.topLeft(),
                QSize(ceilShift(source.width(), level) * f, ceilShift(source.height(), level) * f));
            QBuffer buffer;
            buffer.setData(data);
            buffer.open(QIODevice::ReadOnly);
            QImageReader reader(&buffer, "jpeg");
            prepareReader(reader);
            reader.setAutoTransform(false);
            reader.setClipRect(clip);
            if (level > 0)
                reader.setScaledSize(clip.size() / f);
            image = reader.read();
            noteDecode(image);
            if (!image.isNull() && image.size() != rect.size())
                image = image.copy(QRect(QPoint(0, 0), rect.size()));
        } else if (kind == Kind::Png && level <= MaxStripLevel) {
            if (!png || !png->ok() || png->row() > (rect.top() << level))
                png = std::make_unique<PngReader>(data);
            image = png->readRegion(level, rect);
            noteDecode(image);
        } else {
            if (wholeLevel != level) {
                whole = QImage();
                wholeLevel = -1;
                QBuffer buffer;
                buffer.setData(data);
                buffer.open(QIODevice::ReadOnly);
                QImageReader reader(&buffer);
                prepareReader(reader);
                reader.setAutoTransform(true);
                const QSize target = levelSize(level);
                if (level > 0)
                    reader.setScaledSize(rotated ? target.transposed() : target);
                whole = reader.read();
                noteDecode(whole);
                if (!whole.isNull() && whole.size() != target)
                    whole = whole.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
                if (!whole.isNull())
                    wholeLevel = level;
            }
            image = whole.copy(rect);
        }
        if (image.isNull())
            qCWarning(lcCanvas) << "could not decode level" << level << rect;
        return image;
    }

    // The worker: takes what is pending until nothing is.
    static void run(const std::shared_ptr<Shared> &self)
    {
        for (;;) {
            int level = 0;
            QVector<QPoint> tiles;
            {
                QMutexLocker lock(&self->mutex);
                self->busy.clear();
                self->busyLevel = -1;
                if (!self->receiver || self->pending.isEmpty()) {
                    self->running = false;
                    return;
                }
                level = self->pendingLevel;
                tiles = std::exchange(self->pending, {});
                self->busyLevel = level;
                self->busy = tiles;
            }
            // One decode per row of tiles: the rows above are read (and
            // dropped) once for the whole row, and a row of tiles is small
            // (a viewport's width of a level).
            std::sort(tiles.begin(), tiles.end(), [](const QPoint &a, const QPoint &b) {
                return a.y() != b.y() ? a.y() < b.y() : a.x() < b.x();
            });
            for (auto begin = tiles.begin(); begin != tiles.end();) {
                auto end = std::find_if(begin, tiles.end(),
                                        [&](const QPoint &p) { return p.y() != begin->y(); });
                int x0 = begin->x();
                int x1 = begin->x();
                for (auto it = begin; it != end; ++it) {
                    x0 = std::min(x0, it->x());
                    x1 = std::max(x1, it->x());
                }
                const QSize grid = self->levelSize(level);
                const QRect band =
                    QRect(x0 * TileSize, begin->y() * TileSize, (x1 - x0 + 1) * TileSize, TileSize)
                    & QRect(QPoint(0, 0), grid);
                const QImage region = forDisplay(self->decode(level, band));
                for (auto it = begin; it != end; ++it) {
                    const QRect tileRect =
                        QRect(it->x() * TileSize, it->y() * TileSize, TileSize, TileSize)
                        & QRect(QPoint(0, 0), grid);
                    const QImage tile = region.isNull()
                        ? QImage()
                        : region.copy(tileRect.translated(-band.topLeft()));
                    QMutexLocker lock(&self->mutex);
                    if (!self->receiver)
                        return;
                    ++self->stats.tilesDecoded;
                    // Queued to the receiver's thread; dropped by Qt if it
                    // is deleted first (its destructor clears `receiver`
                    // under this mutex, so it is alive while posting).
                    const QPoint index = *it;
                    TiledImage *receiver = self->receiver;
                    QMetaObject::invokeMethod(
                        receiver,
                        [receiver, level, index, tile] {
                            receiver->insertTile(level, index, tile);
                        },
                        Qt::QueuedConnection);
                }
                begin = end;
            }
        }
    }
};

TiledImage::TiledImage()
    : m_shared(std::make_shared<Shared>())
{
    m_shared->receiver = this;
    setCacheLimit(DefaultCacheBytes);
}

TiledImage::~TiledImage()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->receiver = nullptr;
    m_shared->pending.clear();
}

std::unique_ptr<TiledImage> TiledImage::fromImage(const QImage &image)
{
    std::unique_ptr<TiledImage> result(new TiledImage);
    result->m_shared->kind = Shared::Kind::Memory;
    result->m_shared->size = image.size();
    result->m_size = image.size();
    result->m_alpha = image.hasAlphaChannel();
    result->buildOverviews(image);
    return result;
}

std::unique_ptr<TiledImage> TiledImage::open(const QByteArray &data, QString *error)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    prepareReader(reader);
    reader.setAutoTransform(true);
    const QSize stored = reader.size();
    if (!reader.canRead() || !stored.isValid() || stored.isEmpty()) {
        if (error)
            *error = reader.errorString();
        return nullptr;
    }
    const QByteArray format = reader.format();
    const bool rotated = reader.transformation() & QImageIOHandler::TransformationRotate90;

    std::unique_ptr<TiledImage> result(new TiledImage);
    Shared &shared = *result->m_shared;
    shared.data = data;
    shared.transformed = reader.transformation() != QImageIOHandler::TransformationNone;
    shared.rotated = rotated;
    shared.size = rotated ? stored.transposed() : stored;
    result->m_size = shared.size;
    if (format == "jpeg" || format == "jpg") {
        shared.kind = Shared::Kind::Jpeg;
    } else if (format == "png") {
        PngReader png(data);
        // Interlaced rows are not final until the last pass: whole levels.
        shared.kind =
            png.ok() && !png.header().interlaced ? Shared::Kind::Png : Shared::Kind::Other;
    }

    // The overview: a scaled read (JPEG scales while decoding; Qt streams
    // 8-bit PNG rows into the smaller image).
    const QSize size = result->m_size;
    QSize target = size;
    if (std::max(size.width(), size.height()) > OverviewSide)
        target = size.scaled(OverviewSide, OverviewSide, Qt::KeepAspectRatio);
    if (target != size)
        reader.setScaledSize(rotated ? target.transposed() : target);
    QImage overview = reader.read();
    shared.noteDecode(overview);
    if (overview.isNull() && shared.kind == Shared::Kind::Png) {
        // A PNG that Qt decodes whole before scaling (palette, 16-bit...):
        // the rows streamed here instead, at a power of two.
        int level = 0;
        while (std::max(ceilShift(size.width(), level), ceilShift(size.height(), level))
               > OverviewSide)
            ++level;
        PngReader png(data);
        overview = png.readRegion(level, QRect(QPoint(0, 0), shared.levelSize(level)));
        shared.noteDecode(overview);
    }
    if (overview.isNull()) {
        if (error)
            *error = reader.errorString();
        return nullptr;
    }
    result->m_alpha = overview.hasAlphaChannel();
    result->buildOverviews(overview);

    // Tile levels are those finer than the overview.
    const double scale = double(overview.width()) / size.width();
    int levels = 0;
    while (levels <= MaxStripLevel && std::ldexp(1.0, -levels) > scale * 1.001)
        ++levels;
    result->m_levelCount = levels;
    if (shared.kind == Shared::Kind::Other || shared.transformed) {
        int finest = 0;
        while (finest < levels && imageBytes(shared.levelSize(finest)) > DecodeBudget)
            ++finest;
        result->m_finestLevel = finest;
    }
    qCDebug(lcCanvas) << "opened" << format << size << "overview" << overview.size() << "levels"
                      << result->m_finestLevel << ".." << levels - 1;
    return result;
}

void TiledImage::buildOverviews(const QImage &overview)
{
    m_overviews.clear();
    m_overviews.push_back(forDisplay(overview));
    while (std::max(m_overviews.back().width(), m_overviews.back().height()) / 2
           >= MinOverviewSide) {
        const QImage &last = m_overviews.back();
        m_overviews.push_back(last.scaled(std::max(1, last.width() / 2),
                                          std::max(1, last.height() / 2), Qt::IgnoreAspectRatio,
                                          Qt::SmoothTransformation));
    }
}

QByteArray TiledImage::encoded() const
{
    return m_shared->data;
}

double TiledImage::overviewScale() const
{
    return m_overviews.empty() ? 1.0 : double(m_size.width()) / m_overviews.front().width();
}

QSize TiledImage::levelSize(int level) const
{
    return m_shared->levelSize(level);
}

QSize TiledImage::tileGrid(int level) const
{
    const QSize size = levelSize(level);
    return QSize((size.width() + TileSize - 1) / TileSize,
                 (size.height() + TileSize - 1) / TileSize);
}

QRect TiledImage::tileRect(int level, const QPoint &tile) const
{
    return QRect(tile * TileSize, QSize(TileSize, TileSize))
        & QRect(QPoint(0, 0), levelSize(level));
}

QImage TiledImage::tile(int level, const QPoint &tile) const
{
    const QImage *cached = m_cache.object(tileKey(level, tile));
    return cached ? *cached : QImage();
}

void TiledImage::request(int level, const QVector<QPoint> &tiles)
{
    if (level < m_finestLevel || level >= m_levelCount || tiles.isEmpty())
        return;
    // A view paints in parts (a tile that arrived, a scrolled strip), so
    // requests add up; a change of level, or many newer requests, drop what
    // the view no longer shows.
    constexpr qsizetype MaxPending = 64;
    bool start = false;
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->pendingLevel != level)
            m_shared->pending.clear();
        m_shared->pendingLevel = level;
        for (const QPoint &tile : tiles) {
            if ((m_shared->busyLevel == level && m_shared->busy.contains(tile))
                || m_shared->pending.contains(tile))
                continue;
            m_shared->pending.push_back(tile);
        }
        if (m_shared->pending.size() > MaxPending)
            m_shared->pending.remove(0, m_shared->pending.size() - MaxPending);
        if (!m_shared->pending.isEmpty() && !m_shared->running) {
            m_shared->running = true;
            start = true;
        }
    }
    if (start) {
        std::shared_ptr<Shared> shared = m_shared;
        QThreadPool::globalInstance()->start([shared] { Shared::run(shared); });
    }
}

bool TiledImage::isBusy() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->running;
}

void TiledImage::insertTile(int level, const QPoint &tile, const QImage &image)
{
    if (image.isNull())
        return;
    m_cache.insert(tileKey(level, tile), new QImage(image),
                   std::max<qsizetype>(1, image.sizeInBytes() / 1024));
    emit tileReady(level, tile);
}

void TiledImage::setCacheLimit(qint64 bytes)
{
    m_cache.setMaxCost(qsizetype(std::max<qint64>(1, bytes / 1024)));
}

qint64 TiledImage::cachedBytes() const
{
    return qint64(m_cache.totalCost()) * 1024;
}

TiledImage::Stats TiledImage::stats() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->stats;
}

} // namespace ImageChat
