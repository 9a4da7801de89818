// Large-image benchmark: generates a PNG and a JPEG of N x N pixels (20,000
// by default, streamed to disk), then opens each in a fresh process the way
// the desktop does and prints the time to the overview, the time until the
// tiles at 100 % are drawn (centre, then the bottom-right corner, which a
// PNG reaches by streaming every row above it) and the process's peak
// resident memory. Not a test: the figures depend on the machine.
//
//   imagechat-imagebench [--size N] [--format png|jpeg|both] [--dir DIR]
//                        [--full]
//
// --full also measures a plain QImageReader::read() of the whole image (what
// the desktop did before), in its own process.

#include "canvasview.h"
#include "imagelayer.h"
#include "pattern.h"
#include "roommodel.h"
#include "tiledimage.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <sys/resource.h>

using namespace ImageChat;

namespace {

QTextStream out(stdout);

// Peak resident set size of this process, in MiB (VmHWM).
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return -1;
}

// CPU time of the whole process (all threads, user + system), in ms: on a
// shared machine the wall time also counts what other processes took.
qint64 cpuMs()
{
    rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

QString figure(qint64 wallMs, qint64 cpu)
{
    return QStringLiteral("%1 ms (CPU %2)").arg(wallMs).arg(cpu);
}

bool waitForTiles(CanvasView &view, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            view.viewport()->repaint();
            ImageLayer *layer = view.imageLayer();
            return layer && layer->lastLevel() == 0 && layer->lastMissing() == 0;
        },
        timeoutMs);
}

// Runs in the child process: opens one file and prints one line of figures.
int measure(const QString &path, bool full)
{
    const double baseline = peakRssMiB();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    QElapsedTimer timer;
    timer.start();
    qint64 cpu = cpuMs();
    const QByteArray data = file.readAll();
    if (full) {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAllocationLimit(0);
        const QImage image = reader.read();
        out << "full read " << image.width() << "x" << image.height() << ": "
            << figure(timer.elapsed(), cpuMs() - cpu) << ", peak " << qRound(peakRssMiB())
            << " MiB (baseline " << qRound(baseline) << ")" << Qt::endl;
        return image.isNull() ? 1 : 0;
    }
    QString error;
    std::unique_ptr<TiledImage> source = TiledImage::open(data, &error);
    if (!source) {
        out << "cannot open: " << error << Qt::endl;
        return 1;
    }
    const QString openFigure = figure(timer.elapsed(), cpuMs() - cpu);
    TiledImage *tiles = source.get();

    RoomModel model;
    CanvasView view(&model);
    view.resize(1600, 1000);
    view.setImageSource(std::move(source));
    view.show();
    view.viewport()->repaint();
    const QString shownFigure = figure(timer.elapsed(), cpuMs() - cpu);

    timer.restart();
    cpu = cpuMs();
    view.actualSize();
    view.centerOn(QPointF(tiles->size().width() / 2.0, tiles->size().height() / 2.0));
    const bool centre = waitForTiles(view, 120000);
    const QString centreFigure = figure(timer.elapsed(), cpuMs() - cpu);
    timer.restart();
    cpu = cpuMs();
    view.centerOn(QPointF(tiles->size().width(), tiles->size().height()));
    const bool corner = waitForTiles(view, 120000);
    const QString cornerFigure = figure(timer.elapsed(), cpuMs() - cpu);
    const TiledImage::Stats stats = tiles->stats();
    out << QFileInfo(path).fileName() << " (" << tiles->size().width() << "x"
        << tiles->size().height() << ", " << QString::number(data.size() / 1048576.0, 'f', 1)
        << " MiB): overview " << openFigure << ", first paint " << shownFigure
        << "; tiles at 100 %: centre " << (centre ? centreFigure : QStringLiteral("timeout"))
        << ", corner " << (corner ? cornerFigure : QStringLiteral("timeout")) << "; largest decode "
        << QString::number(stats.largestDecodeBytes / 1048576.0, 'f', 1) << " MiB ("
        << stats.largestDecode.width() << "x" << stats.largestDecode.height() << "), "
        << stats.tilesDecoded << " tiles, cache "
        << QString::number(tiles->cachedBytes() / 1048576.0, 'f', 1) << " MiB; peak RSS "
        << qRound(peakRssMiB()) << " MiB (of which the file "
        << QString::number(data.size() / 1048576.0, 'f', 1) << ", baseline " << qRound(baseline)
        << ")" << Qt::endl;
    return centre && corner ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Large-image open time and peak memory."));
    parser.addHelpOption();
    QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Side in pixels."),
                                  QStringLiteral("N"), QStringLiteral("20000"));
    QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("png, jpeg or both."),
                                    QStringLiteral("F"), QStringLiteral("both"));
    QCommandLineOption dirOption(QStringLiteral("dir"),
                                 QStringLiteral("Where the images go (default: a temporary "
                                                "folder, removed after)."),
                                 QStringLiteral("DIR"));
    QCommandLineOption fullOption(QStringLiteral("full"),
                                  QStringLiteral("Also time a plain full-size read."));
    QCommandLineOption measureOption(QStringLiteral("measure"),
                                     QStringLiteral("(internal) Measure one file."),
                                     QStringLiteral("FILE"));
    QCommandLineOption fullReadOption(QStringLiteral("full-read"),
                                      QStringLiteral("(internal) With --measure: read whole."));
    parser.addOptions(
        { sizeOption, formatOption, dirOption, fullOption, measureOption, fullReadOption });
    parser.process(app);
    if (parser.isSet(measureOption))
        return measure(parser.value(measureOption), parser.isSet(fullReadOption));

    const int size = parser.value(sizeOption).toInt();
    const QString format = parser.value(formatOption);
    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    QDir().mkpath(dir);
    QStringList files;
    QElapsedTimer timer;
    if (format == QLatin1String("png") || format == QLatin1String("both")) {
        const QString path = QDir(dir).filePath(QStringLiteral("large-%1.png").arg(size));
        timer.start();
        if (!QFile::exists(path) && !Pattern::writePng(path, size, size, 1))
            return 1;
        out << "generated " << path << " in " << timer.elapsed() << " ms" << Qt::endl;
        files << path;
    }
    if (format == QLatin1String("jpeg") || format == QLatin1String("both")) {
        const QString path = QDir(dir).filePath(QStringLiteral("large-%1.jpg").arg(size));
        timer.start();
        if (!QFile::exists(path) && !Pattern::writeJpeg(path, size, size))
            return 1;
        out << "generated " << path << " in " << timer.elapsed() << " ms" << Qt::endl;
        files << path;
    }
    int failures = 0;
    for (const QString &path : std::as_const(files)) {
        QStringList runs = { QString() };
        if (parser.isSet(fullOption))
            runs << QStringLiteral("--full-read");
        for (const QString &extra : runs) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            QStringList args = { QStringLiteral("--measure"), path };
            if (!extra.isEmpty())
                args << extra;
            child.start(QCoreApplication::applicationFilePath(), args);
            child.waitForFinished(-1);
            failures += child.exitCode() != 0;
        }
    }
    return failures ? 1 : 0;
}
