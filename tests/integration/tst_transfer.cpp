#include "imagetransfer.h"
#include "testserver.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <optional>

using namespace ImageChat;
using namespace ImageChat::Test;

// Runs a helper that checks with QVERIFY/QCOMPARE and stops the test if it failed.
#define CHECK(call)                                                                                \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace {

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

// Random pixels: PNG cannot compress them, so the file is about 3 bytes a pixel.
QImage noise(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(1234);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = 0xff000000u | (random.generate() & 0xffffffu);
    }
    return image;
}

// About 6.75 MB: 26 chunks on the wire.
QByteArray largeImage()
{
    static const QByteArray png = encode(noise(1500, 1500), "PNG");
    return png;
}

// What a transfer ended with, and every progress report on the way.
struct Outcome
{
    bool finished = false;
    OpError error;
    QList<QPair<qint64, qint64>> progress;
    RoomLink link; // upload
    Protocol::ImageMeta meta; // both
    QByteArray image; // download
};

void collectProgress(const QSignalSpy &spy, Outcome *outcome)
{
    for (const QList<QVariant> &args : spy)
        outcome->progress.append({ args.at(0).toLongLong(), args.at(1).toLongLong() });
}

Outcome upload(const ServerAddress &server, const QByteArray &image,
               const QString &name = QStringLiteral("picture.png"))
{
    Outcome outcome;
    ImageUpload transfer(server, image, name);
    QSignalSpy progress(&transfer, &ImageTransfer::progress);
    QSignalSpy finished(&transfer, &ImageUpload::finished);
    QSignalSpy failed(&transfer, &ImageTransfer::failed);
    transfer.start();
    if (!waitUntil([&] { return !finished.isEmpty() || !failed.isEmpty(); })) {
        outcome.error = { QStringLiteral("test-timeout"),
                          QStringLiteral("the upload never ended") };
        return outcome;
    }
    collectProgress(progress, &outcome);
    if (!failed.isEmpty()) {
        outcome.error = failed.first().at(0).value<OpError>();
        return outcome;
    }
    outcome.finished = true;
    outcome.link = finished.first().at(0).value<RoomLink>();
    outcome.meta = finished.first().at(1).value<Protocol::ImageMeta>();
    return outcome;
}

Outcome download(const RoomLink &link)
{
    Outcome outcome;
    ImageDownload transfer(link);
    QSignalSpy progress(&transfer, &ImageTransfer::progress);
    QSignalSpy finished(&transfer, &ImageDownload::finished);
    QSignalSpy failed(&transfer, &ImageTransfer::failed);
    transfer.start();
    if (!waitUntil([&] { return !finished.isEmpty() || !failed.isEmpty(); })) {
        outcome.error = { QStringLiteral("test-timeout"),
                          QStringLiteral("the download never ended") };
        return outcome;
    }
    collectProgress(progress, &outcome);
    if (!failed.isEmpty()) {
        outcome.error = failed.first().at(0).value<OpError>();
        return outcome;
    }
    outcome.finished = true;
    outcome.image = finished.first().at(0).toByteArray();
    outcome.meta = finished.first().at(1).value<Protocol::ImageMeta>();
    return outcome;
}

QByteArray describe(const Outcome &outcome)
{
    return outcome.finished
        ? QByteArrayLiteral("finished")
        : (outcome.error.code + QStringLiteral(": ") + outcome.error.message).toUtf8();
}

} // namespace

class TestTransfer : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void largeUploadReportsProgress();
    void largeDownloadReportsProgress();
    void nonImageIsRefused_data();
    void nonImageIsRefused();
    void imageOverServerLimitIsRefused();
    void hashMismatchCreatesNoRoom();
    void badLinkOnDownload_data();
    void badLinkOnDownload();
    void unreachableServer_data();
    void unreachableServer();

private:
    void verifyProgress(const Outcome &outcome, qint64 total);
};

// Progress goes up, never down, stays within the total and ends at it.
void TestTransfer::verifyProgress(const Outcome &outcome, qint64 total)
{
    QVERIFY2(outcome.progress.size() >= 3,
             qPrintable(QStringLiteral("only %1 progress reports").arg(outcome.progress.size())));
    qint64 last = 0;
    for (const auto &[done, all] : outcome.progress) {
        QCOMPARE(all, total);
        QVERIFY2(done >= last && done <= total,
                 qPrintable(QStringLiteral("progress went from %1 to %2 of %3")
                                .arg(last)
                                .arg(done)
                                .arg(total)));
        last = done;
    }
    QVERIFY2(outcome.progress.first().first < total, "no progress was reported before the end");
    QCOMPARE(outcome.progress.last().first, total);
}

void TestTransfer::roundTrip()
{
    Test::TestServer server;
    const QByteArray png = Test::makePng(64, 48);

    const Outcome up = upload(server.address(), png, QStringLiteral("holiday.png"));
    QVERIFY2(up.finished, describe(up).constData());
    QCOMPARE(up.link.server, server.address());
    QVERIFY(!up.link.room.isEmpty());
    QVERIFY(!up.link.key.isEmpty());
    QCOMPARE(up.meta.sha256, sha256(png));
    QCOMPARE(up.meta.size, png.size());
    QCOMPARE(up.meta.width, 64);
    QCOMPARE(up.meta.height, 48);
    QCOMPARE(up.meta.mime, QStringLiteral("image/png"));
    QCOMPARE(up.meta.name, QStringLiteral("holiday.png"));

    // Whoever has the link gets the same bytes back, with the same record.
    const Outcome down = download(up.link);
    QVERIFY2(down.finished, describe(down).constData());
    QCOMPARE(down.image, png);
    QCOMPARE(sha256(down.image), sha256(png));
    QCOMPARE(down.meta, up.meta);
    QCOMPARE(down.meta.width, 64);
    QCOMPARE(down.meta.height, 48);
}

void TestTransfer::largeUploadReportsProgress()
{
    Test::TestServer server;
    const QByteArray png = largeImage();
    QVERIFY2(png.size() > 6 * 1000 * 1000, qPrintable(QString::number(png.size())));
    QVERIFY(png.size() > 10 * Protocol::ImageChunkBytes);

    const Outcome up = upload(server.address(), png);
    QVERIFY2(up.finished, describe(up).constData());
    QCOMPARE(up.meta.size, png.size());
    QCOMPARE(up.meta.width, 1500);
    QCOMPARE(up.meta.height, 1500);
    QCOMPARE(up.meta.sha256, sha256(png));
    CHECK(verifyProgress(up, png.size()));
}

void TestTransfer::largeDownloadReportsProgress()
{
    Test::TestServer server;
    const QByteArray png = largeImage();
    const RoomLink link = server.createRoom(nullptr, png);

    const Outcome down = download(link);
    QVERIFY2(down.finished, describe(down).constData());
    QVERIFY(down.image == png);
    QCOMPARE(sha256(down.image), sha256(png));
    QCOMPARE(down.meta.width, 1500);
    QCOMPARE(down.meta.height, 1500);
    CHECK(verifyProgress(down, png.size()));
}

void TestTransfer::nonImageIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray text;
    for (int i = 0; i < 1000; ++i)
        text += "This is a text file, not a picture.\n";
    QTest::newRow("text") << text;
    // The PNG signature and nothing after it.
    QTest::newRow("cut-off PNG") << Test::makePng().left(12);
    // A PNG header that claims an impossible size.
    QByteArray huge = Test::makePng();
    huge[16] = char(0x7f); // width's most significant byte: over 2 billion pixels
    QTest::newRow("PNG claiming 2 billion pixels") << huge;
}

void TestTransfer::nonImageIsRefused()
{
    QFETCH(QByteArray, bytes);
    Test::TestServer server;
    const Outcome up = upload(server.address(), bytes);
    QVERIFY2(!up.finished, "the server made a room for something that is not an image");
    QCOMPARE(up.error.code, ErrorCode::BadImage);
    QVERIFY(!up.error.message.isEmpty());
    QCOMPARE(countRows(server.dataDir(), "rooms"), 0);
    QCOMPARE(countRows(server.dataDir(), "images"), 0);
    QVERIFY(!server.store().image(sha256(bytes)));

    // A real image still goes through.
    const Outcome good = upload(server.address(), Test::makePng());
    QVERIFY2(good.finished, describe(good).constData());
}

void TestTransfer::imageOverServerLimitIsRefused()
{
    ServerOptions options;
    options.maxImageBytes = 64 * 1024;
    Test::TestServer server(options);
    const QByteArray png = encode(noise(200, 200), "PNG"); // about 120 KB
    QVERIFY(png.size() > options.maxImageBytes);

    const Outcome up = upload(server.address(), png);
    QVERIFY2(!up.finished, "an image over the server's limit was accepted");
    QCOMPARE(up.error.code, ErrorCode::TooLarge);
    QVERIFY(!up.error.message.isEmpty());
    // Refused from the announced size, before any of it was sent.
    QVERIFY(up.progress.isEmpty());
    QCOMPARE(countRows(server.dataDir(), "rooms"), 0);

    // One within the limit is fine.
    const QByteArray small = Test::makePng();
    QVERIFY(small.size() < options.maxImageBytes);
    const Outcome good = upload(server.address(), small);
    QVERIFY2(good.finished, describe(good).constData());
}

void TestTransfer::hashMismatchCreatesNoRoom()
{
    Test::TestServer server;
    const QByteArray png = Test::makePng();
    const QString otherHash = sha256(Test::makePng(65, 48));
    QVERIFY(otherHash != sha256(png));

    QWebSocket socket;
    QStringList frames;
    connect(&socket, &QWebSocket::textMessageReceived, &socket,
            [&frames](const QString &frame) { frames.append(frame); });
    auto next = [&]() -> QJsonObject {
        if (!waitUntil([&] { return !frames.isEmpty(); }))
            return {};
        return QJsonDocument::fromJson(frames.takeFirst().toUtf8()).object();
    };
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(server.address().webSocketUrl());
    QVERIFY(connected.wait(5000));

    const auto send = [&socket](const QJsonObject &message) {
        socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    };
    send({ { QStringLiteral("type"), QStringLiteral("hello") },
           { QStringLiteral("version"), Protocol::Version } });
    QCOMPARE(next().value(QStringLiteral("type")).toString(), QStringLiteral("welcome"));
    send({ { QStringLiteral("type"), QStringLiteral("create-room") },
           { QStringLiteral("size"), qint64(png.size()) },
           { QStringLiteral("sha256"), otherHash },
           { QStringLiteral("name"), QStringLiteral("liar.png") } });
    QCOMPARE(next().value(QStringLiteral("type")).toString(), QStringLiteral("upload-ready"));
    socket.sendBinaryMessage(png);

    const QJsonObject reply = next();
    QCOMPARE(reply.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
    QCOMPARE(reply.value(QStringLiteral("code")).toString(), ErrorCode::HashMismatch);
    QVERIFY(!reply.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(countRows(server.dataDir(), "rooms"), 0);
    QCOMPARE(countRows(server.dataDir(), "images"), 0);
    QVERIFY(!server.store().image(otherHash));
    QVERIFY(!server.store().image(sha256(png)));

    // The same bytes with their true checksum make a room.
    const Outcome good = upload(server.address(), png);
    QVERIFY2(good.finished, describe(good).constData());
    QCOMPARE(countRows(server.dataDir(), "rooms"), 1);
}

void TestTransfer::badLinkOnDownload_data()
{
    QTest::addColumn<QString>("room");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("code");
    QTest::newRow("wrong key") << QString() << QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAA")
                               << ErrorCode::WrongKey;
    QTest::newRow("unknown room") << QStringLiteral("AAAAAAAAAAAA") << QString()
                                  << ErrorCode::RoomNotFound;
}

void TestTransfer::badLinkOnDownload()
{
    QFETCH(QString, room);
    QFETCH(QString, key);
    QFETCH(QString, code);
    Test::TestServer server;
    const RoomLink good = server.createRoom();
    RoomLink link = good;
    if (!room.isEmpty())
        link.room = room;
    if (!key.isEmpty())
        link.key = key;
    QVERIFY(!(link == good));

    const Outcome down = download(link);
    QVERIFY2(!down.finished, "downloaded with a bad link");
    QCOMPARE(down.error.code, code);
    QVERIFY(!down.error.message.isEmpty());
    QVERIFY(down.image.isEmpty());
    QVERIFY(down.progress.isEmpty());

    const Outcome ok = download(good);
    QVERIFY2(ok.finished, describe(ok).constData());
}

void TestTransfer::unreachableServer_data()
{
    QTest::addColumn<bool>("isUpload");
    QTest::newRow("upload") << true;
    QTest::newRow("download") << false;
}

void TestTransfer::unreachableServer()
{
    QFETCH(bool, isUpload);
    // A port that was free a moment ago, with nobody listening on it now.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    ServerAddress address { QStringLiteral("127.0.0.1"), probe.serverPort(), false, {} };
    probe.close();

    RoomLink link;
    link.server = address;
    link.room = QStringLiteral("AAAAAAAAAAAA");
    link.key = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAA");
    QElapsedTimer elapsed;
    elapsed.start();
    const Outcome outcome = isUpload ? upload(address, Test::makePng()) : download(link);
    QVERIFY(!outcome.finished);
    QCOMPARE(outcome.error.code, ErrorCode::ConnectionLost);
    QVERIFY(!outcome.error.message.isEmpty());
    // Said at once, not after the idle timeout.
    QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
}

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
