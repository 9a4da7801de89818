// Large images in the real window: an 8000 x 8000 PNG opened from a file and
// shared, and an 8000 x 8000 JPEG joined from a room, are shown from tiles
// without ever decoding the image whole at full size; at 100 % the tiles
// show the image's own pixels, and markers sit at their fractions.
#include "appsettings.h"
#include "canvasview.h"
#include "credentialstore.h"
#include "identitymanager.h"
#include "imagelayer.h"
#include "mainwindow.h"
#include "markeritem.h"
#include "operation.h"
#include "pattern.h"
#include "roomhost.h"
#include "roommodel.h"
#include "roomsession.h"
#include "testserver.h"
#include "tiledimage.h"

#include <QBuffer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace ImageChat;
using namespace ImageChat::Test;

namespace {

constexpr int Side = 8000;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Waits until the canvas draws the full-size level with every visible tile
// decoded.
bool tilesShown(CanvasView *canvas)
{
    return QTest::qWaitFor(
        [&] {
            canvas->viewport()->repaint();
            ImageLayer *layer = canvas->imageLayer();
            return layer && layer->lastLevel() == 0 && layer->lastMissing() == 0;
        },
        60000);
}

// How far the drawn pixel at image position (x, y) is from the pattern's
// (largest channel difference).
int deviation(CanvasView *canvas, const QImage &shot, int x, int y)
{
    const QPointF at = canvas->viewportPosition((x + 0.5) / Side, (y + 0.5) / Side);
    const QRgb drawn = shot.pixel(int(std::floor(at.x())), int(std::floor(at.y())));
    const QRgb expected = Pattern::pixel(x, y);
    return std::max({ std::abs(qRed(drawn) - qRed(expected)),
                      std::abs(qGreen(drawn) - qGreen(expected)),
                      std::abs(qBlue(drawn) - qBlue(expected)) });
}

// At 100 % around (x, y): pixels just inside the corners of four blocks,
// where a wrong tile, level or offset, or the blurred overview, would differ.
void checkPixelsAround(CanvasView *canvas, int x, int y, int tolerance)
{
    canvas->actualSize();
    canvas->centerOn(QPointF(x, y));
    QVERIFY(tilesShown(canvas));
    const QImage shot = canvas->viewport()->grab().toImage();
    const int bx = x & ~63;
    const int by = y & ~63;
    for (const QPoint &p :
         { QPoint(bx + 1, by + 1), QPoint(bx - 2, by - 2), QPoint(bx + 62, by - 2),
           QPoint(bx - 2, by + 62), QPoint(bx + 32, by + 32) }) {
        const int d = deviation(canvas, shot, p.x(), p.y());
        if (d > tolerance)
            qWarning() << "pixel" << p << "is off by" << d;
        QVERIFY(d <= tolerance);
    }
}

// Nothing decoded was anywhere near the full image (256 MB at 8000 x 8000).
void checkNoFullDecode(TiledImage *source)
{
    const TiledImage::Stats stats = source->stats();
    qInfo() << "largest decode" << stats.largestDecode << stats.largestDecodeBytes << "bytes,"
            << stats.tilesDecoded << "tiles";
    QVERIFY(stats.tilesDecoded > 0);
    QVERIFY(stats.largestDecodeBytes > 0);
    QVERIFY(stats.largestDecodeBytes <= TiledImage::DecodeBudget);
    QVERIFY(stats.largestDecodeBytes < qint64(Side) * Side * 4 / 8);
    QVERIFY(stats.largestDecode.width() < Side && stats.largestDecode.height() < Side);
}

} // namespace

class TestLargeImage : public QObject
{
    Q_OBJECT

private:
    AppSettings *m_settings = nullptr;
    SessionCredentialStore m_secrets;
    SessionCredentialStore m_fallback;
    IdentityManager *m_identities = nullptr;
    ManualReachability m_reachability;
    QTemporaryDir m_dir;
    QString m_png;
    QString m_jpeg;

    Services services(RoomHost *host)
    {
        return { m_settings, m_identities, &m_reachability, host };
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_settings = new AppSettings(this);
        m_settings->setDisplayName(QStringLiteral("Robin"));
        m_identities = new IdentityManager(&m_secrets, &m_fallback, this);
        m_png = m_dir.filePath(QStringLiteral("large.png"));
        m_jpeg = m_dir.filePath(QStringLiteral("large.jpg"));
        QVERIFY(Pattern::writePng(m_png, Side, Side));
        QVERIFY(Pattern::writeJpeg(m_jpeg, Side, Side, 95));
    }

    // The local file path: opened, shown from tiles, and shared as it is.
    void openedPngIsShownFromTiles()
    {
        TestServer server;
        FixedRoomHost host(server.address());
        MainWindow window(services(&host));
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.resize(1200, 900);
        window.show();
        window.openFile(m_png);
        CanvasView *canvas = window.canvas();
        QVERIFY(canvas->imageLayer());
        QCOMPARE(canvas->imageSize(), QSize(Side, Side));
        TiledImage *source = canvas->imageLayer()->source();
        QVERIFY(source->levelCount() > 0);
        QCOMPARE(source->finestLevel(), 0);
        QVERIFY(QTest::qWaitFor(
            [&] { return window.session()->status() && window.session()->status()->canSend(); },
            30000));

        // PNG is exact: only the sub-pixel placement on screen may blend.
        checkPixelsAround(canvas, 3 * 512 + 200, 5 * 512 + 100, 3);
        // Further down and right: another row of tiles, streamed on from the last.
        checkPixelsAround(canvas, Side - 300, Side - 200, 3);
        // And back up, which starts reading again from the top.
        checkPixelsAround(canvas, 700, 900, 3);
        checkNoFullDecode(source);
        QVERIFY(source->cachedBytes() > 0);
    }

    // The room's image, received from the server, with a marker placed by
    // someone else: shown from tiles, the pin at its fraction.
    void joinedJpegIsShownFromTilesWithMarkers()
    {
        TestServer server;
        FixedRoomHost host(server.address());
        const RoomLink link = server.createRoom(nullptr, readAll(m_jpeg));
        TestClient ana(link, {}, QStringLiteral("Ana Lima"));
        QVERIFY(ana.connectAndWait());
        QVERIFY(ana.submitAndWait(Operation::createMarker(0.3, 0.65, QStringLiteral("here"))));

        MainWindow window(services(&host));
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.resize(1200, 900);
        window.show();
        window.joinRoom(link);
        CanvasView *canvas = window.canvas();
        QVERIFY(QTest::qWaitFor([&] { return canvas->imageSize() == QSize(Side, Side); }, 30000));
        MarkerItem *pin = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (QGraphicsItem *item : canvas->scene()->items()) {
                    if (auto *p = qgraphicsitem_cast<MarkerItem *>(item))
                        pin = p;
                }
                return pin != nullptr;
            },
            30000));
        // Scene coordinates are image pixels, whatever level is drawn.
        QCOMPARE(pin->pos(), QPointF(0.3 * Side, 0.65 * Side));

        TiledImage *source = canvas->imageLayer()->source();
        // JPEG loses a little; a wrong tile or the overview loses far more.
        checkPixelsAround(canvas, int(0.3 * Side) + 40, int(0.65 * Side) + 40, 12);
        QCOMPARE(pin->pos(), QPointF(0.3 * Side, 0.65 * Side));
        QCOMPARE(canvas->viewportPosition(0.3, 0.65),
                 canvas->mapFromScene(pin->pos()) + QPointF(0, 0));
        checkPixelsAround(canvas, Side - 100, 300, 12);
        checkNoFullDecode(source);
    }

    // Zoomed out, the overview stands in and nothing more is decoded.
    void fitShowsTheOverview()
    {
        QString error;
        std::unique_ptr<TiledImage> source = TiledImage::open(readAll(m_png), &error);
        QVERIFY2(source, qPrintable(error));
        QVERIFY(std::max(source->overviews().front().width(), source->overviews().front().height())
                <= TiledImage::OverviewSide);
        RoomModel model;
        CanvasView canvas(&model);
        canvas.resize(800, 600);
        TiledImage *raw = source.get();
        canvas.setImageSource(std::move(source));
        canvas.show();
        canvas.fitToWindow();
        canvas.viewport()->repaint();
        QCOMPARE(canvas.imageLayer()->lastLevel(), -1);
        QCOMPARE(raw->stats().tilesDecoded, 0);
        QVERIFY(!raw->isBusy());
    }

    // Every kind of PNG goes through the rows streamed by libpng: its tiles
    // are what Qt decodes whole, and a level down the mean of 2 x 2 pixels.
    void pngKindsMatchQt_data()
    {
        QTest::addColumn<QImage::Format>("format");
        QTest::newRow("rgb") << QImage::Format_RGB32;
        QTest::newRow("rgba") << QImage::Format_ARGB32;
        QTest::newRow("palette") << QImage::Format_Indexed8;
        QTest::newRow("grey") << QImage::Format_Grayscale8;
        QTest::newRow("rgba 16-bit") << QImage::Format_RGBA64;
    }
    void pngKindsMatchQt()
    {
        QFETCH(QImage::Format, format);
        // Wider than the overview, so that levels 0 and 1 are tiled.
        const QSize size(4200, 600);
        QImage image(size, QImage::Format_ARGB32);
        for (int y = 0; y < size.height(); ++y) {
            for (int x = 0; x < size.width(); ++x) {
                const QRgb p = Pattern::pixel(x, y);
                image.setPixel(x, y, qRgba(qRed(p), qGreen(p), qBlue(p), (x * 7 + y) & 255));
            }
        }
        if (format == QImage::Format_Indexed8)
            image = image.convertToFormat(format, Qt::ThresholdDither);
        else
            image = image.convertToFormat(format);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        const QImage reference = QImage::fromData(png).convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(reference.size(), size);

        QString error;
        std::unique_ptr<TiledImage> source = TiledImage::open(png, &error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->size(), size);
        QCOMPARE(source->levelCount(), 2);
        for (int level = 0; level < 2; ++level) {
            const QSize grid = source->tileGrid(level);
            QVector<QPoint> all;
            for (int ty = 0; ty < grid.height(); ++ty) {
                for (int tx = 0; tx < grid.width(); ++tx)
                    all.push_back(QPoint(tx, ty));
            }
            source->request(level, all);
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return std::all_of(all.begin(), all.end(), [&](const QPoint &t) {
                        return !source->tile(level, t).isNull();
                    });
                },
                30000));
            int worst = 0;
            for (const QPoint &t : std::as_const(all)) {
                const QRect rect = source->tileRect(level, t);
                const QImage tile = source->tile(level, t).convertToFormat(QImage::Format_ARGB32);
                QCOMPARE(tile.size(), rect.size());
                for (int y = 0; y < rect.height(); y += 7) {
                    for (int x = 0; x < rect.width(); x += 5) {
                        int sums[4] = { 0, 0, 0, 0 };
                        const int f = 1 << level;
                        for (int dy = 0; dy < f; ++dy) {
                            for (int dx = 0; dx < f; ++dx) {
                                const QRgb p = reference.pixel((rect.x() + x) * f + dx,
                                                               (rect.y() + y) * f + dy);
                                sums[0] += qRed(p);
                                sums[1] += qGreen(p);
                                sums[2] += qBlue(p);
                                sums[3] += qAlpha(p);
                            }
                        }
                        const int n = f * f;
                        const QRgb expected = qRgba((sums[0] + n / 2) / n, (sums[1] + n / 2) / n,
                                                    (sums[2] + n / 2) / n, (sums[3] + n / 2) / n);
                        const QRgb got = tile.pixel(x, y);
                        // Colour under little alpha is rounded away by the
                        // premultiplied display format.
                        const int slack =
                            qAlpha(expected) < 255 ? 1 + 255 / qMax(1, qAlpha(expected)) : 1;
                        const int d =
                            std::max({ std::abs(qAlpha(got) - qAlpha(expected)),
                                       qAlpha(expected) == 0
                                           ? 0
                                           : std::max({ std::abs(qRed(got) - qRed(expected)),
                                                        std::abs(qGreen(got) - qGreen(expected)),
                                                        std::abs(qBlue(got) - qBlue(expected)) })
                                               / slack });
                        worst = std::max(worst, d);
                    }
                }
            }
            if (worst > 1)
                qWarning() << "level" << level << "off by" << worst;
            QVERIFY(worst <= 1);
        }
        QVERIFY(source->stats().largestDecodeBytes <= TiledImage::DecodeBudget);
    }

    // Bad bytes: a clear error, no source.
    void garbageIsRefused()
    {
        QString error;
        QVERIFY(!TiledImage::open(QByteArray("not an image at all"), &error));
        QVERIFY(!error.isEmpty());
        QByteArray cut = readAll(m_png).left(2000);
        std::unique_ptr<TiledImage> truncated = TiledImage::open(cut, &error);
        QVERIFY(!truncated);
    }
};

QTEST_MAIN(TestLargeImage)
#include "tst_largeimage.moc"
