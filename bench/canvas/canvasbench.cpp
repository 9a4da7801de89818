// Canvas benchmark: how fast the canvas loads a big room, follows remote
// events and paints a frame. Prints a table; not a test (the figures depend
// on the machine). Runs on the offscreen platform unless told otherwise.
//
//   imagechat-canvasbench [--markers N] [--events N] [--frames N] [--large]
//                         [--save DIR]

#include "canvasview.h"
#include "roommodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace ImageChat;

namespace {

QTextStream out(stdout);

// CPU time of this thread: on a busy machine wall time also counts the time
// other processes held the core; both are printed.
qint64 cpuNow()
{
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

double ms(qint64 ns)
{
    return ns / 1e6;
}

// Wall and CPU time of one measured stretch.
class Clock
{
public:
    Clock() { restart(); }
    void restart()
    {
        m_cpu = cpuNow();
        m_wall.start();
    }
    qint64 wallNs() const { return m_wall.nsecsElapsed(); }
    qint64 cpuNs() const { return cpuNow() - m_cpu; }

private:
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

struct Samples
{
    std::vector<qint64> wall;
    std::vector<qint64> cpu;
    void add(const Clock &clock)
    {
        cpu.push_back(clock.cpuNs());
        wall.push_back(clock.wallNs());
    }
};

struct Stats
{
    double mean = 0;
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Stats stats(std::vector<qint64> ns)
{
    Stats s;
    if (ns.empty())
        return s;
    std::sort(ns.begin(), ns.end());
    double sum = 0;
    for (qint64 v : ns)
        sum += v;
    s.mean = ms(qint64(sum / ns.size()));
    s.median = ms(ns[ns.size() / 2]);
    s.p99 = ms(ns[std::min(ns.size() - 1, size_t(ns.size() * 0.99))]);
    s.max = ms(ns.back());
    return s;
}

// A mock-up-like picture: gradients and blocks, so no level is a flat fill.
QImage makeImage(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient gradient(0, 0, width, height);
    gradient.setColorAt(0, QColor(0xf0, 0xf4, 0xf8));
    gradient.setColorAt(1, QColor(0x9a, 0xb0, 0xc8));
    p.fillRect(image.rect(), gradient);
    QRandomGenerator rng(7);
    for (int i = 0; i < 400; ++i) {
        p.fillRect(QRect(rng.bounded(width), rng.bounded(height), rng.bounded(40, 600),
                         rng.bounded(20, 300)),
                   QColor::fromHsv(rng.bounded(360), 120, 230));
    }
    return image;
}

Event makeEvent(const Operation &op, qint64 seq, qint64 at, int user)
{
    const QString author = QStringLiteral("user-%1").arg(user);
    return Event { op, seq, at, author, QStringLiteral("User %1").arg(user) };
}

struct Room
{
    RoomState state;
    std::vector<QString> markers;
    qint64 seq = 0;
    qint64 at = 1'700'000'000'000;
};

// n markers; one in five resolved, most with a few replies.
Room makeRoom(int n)
{
    Room room;
    room.state.owner = QStringLiteral("user-0");
    QRandomGenerator rng(42);
    for (int i = 0; i < n; ++i) {
        const Operation create =
            Operation::createMarker(rng.generateDouble(), rng.generateDouble(),
                                    QStringLiteral("Marker %1: the spacing here looks off").arg(i));
        room.state.apply(makeEvent(create, ++room.seq, room.at += 1000, i % 7));
        room.markers.push_back(create.marker);
        const int replies = rng.bounded(4);
        for (int r = 0; r < replies; ++r) {
            room.state.apply(
                makeEvent(Operation::addComment(create.marker, QStringLiteral("Reply %1").arg(r)),
                          ++room.seq, room.at += 10, (i + r + 1) % 7));
        }
        if (i % 5 == 0)
            room.state.apply(makeEvent(Operation::setResolved(create.marker, true), ++room.seq,
                                       room.at += 10, i % 7));
    }
    return room;
}

// Remote events as they come: creates, moves, resolves/reopens, replies.
std::vector<Event> makeEvents(Room &room, const RoomModel &model, int count)
{
    std::vector<Event> events;
    QRandomGenerator rng(99);
    QHash<QString, bool> resolved;
    for (int i = 0; i < count; ++i) {
        const int kind = rng.bounded(100);
        const int user = rng.bounded(7);
        const QString &marker = room.markers[rng.bounded(int(room.markers.size()))];
        Operation op;
        if (kind < 25) {
            op = Operation::createMarker(rng.generateDouble(), rng.generateDouble(),
                                         QStringLiteral("New remote marker %1").arg(i));
            room.markers.push_back(op.marker);
        } else if (kind < 50) {
            op = Operation::moveMarker(marker, rng.generateDouble(), rng.generateDouble());
        } else if (kind < 70) {
            bool current = false;
            if (resolved.contains(marker))
                current = resolved.value(marker);
            else if (const Conversation *c = model.conversation(marker))
                current = c->resolved;
            op = Operation::setResolved(marker, !current);
            resolved.insert(marker, !current);
        } else {
            op = Operation::addComment(marker, QStringLiteral("A remote reply %1").arg(i));
        }
        events.push_back(makeEvent(op, ++room.seq, room.at += 100, user));
    }
    return events;
}

// Where to save one frame of each kind (--save DIR), to look at.
QString saveDir;

// Paints the whole viewport into an image, through the view's own paint path.
Samples renderFrames(CanvasView &view, int frames, const QString &name)
{
    QImage target(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    Samples samples;
    view.viewport()->render(&target); // warm-up: caches, glyphs
    if (!saveDir.isEmpty())
        target.save(saveDir + QLatin1Char('/') + name + QStringLiteral(".png"));
    for (int i = 0; i < frames; ++i) {
        Clock clock;
        view.viewport()->render(&target);
        samples.add(clock);
    }
    return samples;
}

// One step of a drag-pan: scroll, then let the view repaint what came in.
Samples panFrames(CanvasView &view, int frames)
{
    Samples samples;
    QScrollBar *bar = view.horizontalScrollBar();
    for (int i = 0; i < frames; ++i) {
        const int step = (i / 10) % 2 ? -24 : 24;
        Clock clock;
        bar->setValue(bar->value() + step);
        QCoreApplication::sendPostedEvents();
        samples.add(clock);
    }
    return samples;
}

// A mouse move over the canvas: hit-tests the pins for the cursor shape.
Samples hoverMoves(CanvasView &view, int moves)
{
    Samples samples;
    QRandomGenerator rng(5);
    for (int i = 0; i < moves; ++i) {
        const QPointF pos(rng.bounded(view.viewport()->width()),
                          rng.bounded(view.viewport()->height()));
        QMouseEvent move(QEvent::MouseMove, pos, view.viewport()->mapToGlobal(pos), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        Clock clock;
        QCoreApplication::sendEvent(view.viewport(), &move);
        samples.add(clock);
    }
    return samples;
}

void row(const QString &what, const QString &value, const QString &target = QString())
{
    out << QStringLiteral("  %1 %2 %3\n").arg(what, -44).arg(value, -44).arg(target);
}

// Judged on CPU time: what the canvas costs, whatever else the machine runs.
QString verdict(double cpu, double limit)
{
    return cpu <= limit ? QStringLiteral("ok (cpu < %1 ms)").arg(limit)
                        : QStringLiteral("OVER (cpu > %1 ms)").arg(limit);
}

// "median wall / cpu" with the p99 of the wall time.
QString figure(const Samples &samples, int decimals = 2)
{
    const Stats wall = stats(samples.wall);
    const Stats cpu = stats(samples.cpu);
    return QStringLiteral("%1 / %2 (p99 %3)")
        .arg(wall.median, 0, 'f', decimals)
        .arg(cpu.median, 0, 'f', decimals)
        .arg(wall.p99, 0, 'f', decimals);
}

QString once(const Clock &clock)
{
    return QStringLiteral("%1 / %2")
        .arg(ms(clock.wallNs()), 0, 'f', 1)
        .arg(ms(clock.cpuNs()), 0, 'f', 1);
}

void runOnce(const QSize &imageSize, int markers, int eventCount, int frames)
{
    out << QStringLiteral("\nimage %1 x %2, %3 markers, viewport 1280 x 800; ms wall / cpu "
                          "(wall includes waiting for a busy machine)\n")
               .arg(imageSize.width())
               .arg(imageSize.height())
               .arg(markers);
    out.flush();

    Room room = makeRoom(markers);
    RoomModel model;
    CanvasView view(&model);
    view.resize(1280, 800);
    view.show();
    QCoreApplication::processEvents();

    const QImage image = makeImage(imageSize.width(), imageSize.height());
    Clock clock;
    view.setImage(image);
    QCoreApplication::processEvents();
    row(QStringLiteral("set image (pyramid, first paint)"), once(clock));

    clock.restart();
    model.reset(room.state, QStringLiteral("bench"), room.seq);
    row(QStringLiteral("load snapshot (reset + pins)"), once(clock));
    // As in the program, where the snapshot is a temporary: the model's copy
    // must not share its data with ours (the first change would copy twice).
    room.state = RoomState();
    clock.restart();
    QCoreApplication::processEvents();
    row(QStringLiteral("  then scene upkeep and first paint"), once(clock));

    // Remote events arrive while the room is fitted to the window, where
    // pins are clustered: each one also updates the bubbles.
    view.fitToWindow();
    QCoreApplication::processEvents();
    const std::vector<Event> events = makeEvents(room, model, eventCount);
    Samples perEvent;
    int refused = 0;
    Clock total;
    for (const Event &event : events) {
        Clock one;
        if (model.applyConfirmed(event))
            ++refused;
        perEvent.add(one);
    }
    const QString applied = once(total);
    clock.restart();
    QCoreApplication::processEvents();
    const Stats evWall = stats(perEvent.wall);
    const Stats evCpu = stats(perEvent.cpu);
    row(QStringLiteral("apply %1 remote events: mean per event").arg(events.size()),
        QStringLiteral("%1 / %2").arg(evWall.mean, 0, 'f', 4).arg(evCpu.mean, 0, 'f', 4),
        verdict(evCpu.mean, 1.0));
    row(QStringLiteral("                        p99 per event"),
        QStringLiteral("%1 / %2 (max %3)")
            .arg(evWall.p99, 0, 'f', 4)
            .arg(evCpu.p99, 0, 'f', 4)
            .arg(evWall.max, 0, 'f', 2),
        verdict(evCpu.p99, 1.0));
    row(QStringLiteral("                        all of them"), applied);
    row(QStringLiteral("  then scene upkeep and one paint"), once(clock));
    if (refused)
        row(QStringLiteral("  (events refused by the model)"), QString::number(refused));

    view.fitToWindow();
    QCoreApplication::processEvents();
    const Samples fit = renderFrames(
        view, frames, QStringLiteral("fit-%1x%2").arg(imageSize.width()).arg(imageSize.height()));
    row(QStringLiteral("frame at fit (%1 %), median of %2")
            .arg(view.zoomFactor() * 100, 0, 'f', 1)
            .arg(frames),
        figure(fit), verdict(stats(fit.cpu).median, 8.0));
    int shown = 0;
    for (const CanvasView::Bubble &bubble : view.bubbles())
        shown += bubble.count;
    row(QStringLiteral("  bubbles at fit (markers in them)"),
        QStringLiteral("%1 (%2)").arg(view.bubbles().size()).arg(shown));
    row(QStringLiteral("mouse move at fit (pin hit test)"), figure(hoverMoves(view, 200), 3));

    // Every pin drawn (what the canvas did before clustering), for comparison.
    view.setClusteringEnabled(false);
    QCoreApplication::processEvents();
    const Samples unclustered = renderFrames(
        view, frames,
        QStringLiteral("fit-all-%1x%2").arg(imageSize.width()).arg(imageSize.height()));
    row(QStringLiteral("frame at fit, clustering off"), figure(unclustered));
    Clock regroup;
    view.setClusteringEnabled(true);
    row(QStringLiteral("  regroup 10,000 pins (clustering on)"), once(regroup));
    QCoreApplication::processEvents();
    Clock zoomStep;
    view.zoomIn();
    QCoreApplication::processEvents();
    row(QStringLiteral("zoom in one step from fit (regroup + paint)"), once(zoomStep));

    view.setZoomFactor(4.0);
    view.centerOn(QPointF(imageSize.width() / 2.0, imageSize.height() / 2.0));
    QCoreApplication::processEvents();
    const Samples zoomed = renderFrames(
        view, frames, QStringLiteral("400-%1x%2").arg(imageSize.width()).arg(imageSize.height()));
    row(QStringLiteral("frame at 400 %, median of %1").arg(frames), figure(zoomed),
        verdict(stats(zoomed.cpu).median, 16.0));
    const Samples pan = panFrames(view, frames);
    row(QStringLiteral("pan step at 400 % (scroll + repaint)"), figure(pan),
        verdict(stats(pan.cpu).median, 16.0));
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures the canvas: snapshot load, remote events, frame times."));
    parser.addHelpOption();
    const QCommandLineOption markersOption(QStringLiteral("markers"),
                                           QStringLiteral("Markers in the room."),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption eventsOption(QStringLiteral("events"),
                                          QStringLiteral("Remote events to apply."),
                                          QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption framesOption(QStringLiteral("frames"),
                                          QStringLiteral("Frames per measurement."),
                                          QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption largeOption(QStringLiteral("large"),
                                         QStringLiteral("Also an 8000 x 8000 image."));
    const QCommandLineOption saveOption(
        QStringLiteral("save"), QStringLiteral("Save one frame of each kind as PNG in DIR."),
        QStringLiteral("DIR"));
    parser.addOptions({ markersOption, eventsOption, framesOption, largeOption, saveOption });
    parser.process(app);
    saveDir = parser.value(saveOption);

    const int markers = parser.value(markersOption).toInt();
    const int events = parser.value(eventsOption).toInt();
    const int frames = parser.value(framesOption).toInt();

    out << QStringLiteral("imagechat-canvasbench (Qt %1, platform %2)\n")
               .arg(QString::fromLatin1(qVersion()), QGuiApplication::platformName());
    runOnce(QSize(4000, 3000), markers, events, frames);
    if (parser.isSet(largeOption))
        runOnce(QSize(8000, 8000), markers, events, frames);
    return 0;
}
