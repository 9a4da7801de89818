#include "imageinfo.h"

#include <QBuffer>
#include <QImage>
#include <QTest>

using namespace ImageChat;

class TestImageInfo : public QObject
{
    Q_OBJECT

private:
    static QByteArray encode(const char *format, int width, int height)
    {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, format))
            return {};
        return bytes;
    }

private slots:
    void formats_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QString>("mime");
        QTest::newRow("png") << QByteArray("PNG") << QStringLiteral("image/png");
        QTest::newRow("jpeg") << QByteArray("JPEG") << QStringLiteral("image/jpeg");
        QTest::newRow("bmp") << QByteArray("BMP") << QStringLiteral("image/bmp");
    }

    void formats()
    {
        QFETCH(QByteArray, format);
        QFETCH(QString, mime);
        const QByteArray bytes = encode(format.constData(), 321, 123);
        if (bytes.isEmpty())
            QSKIP("this Qt build cannot write the format");
        const std::optional<ImageInfo> info = readImageInfo(bytes);
        QVERIFY(info);
        QCOMPARE(info->mime, mime);
        QCOMPARE(info->width, 321);
        QCOMPARE(info->height, 123);
    }

    void gifHeader()
    {
        // Qt writes no GIF; the header is simple enough to build by hand.
        const QByteArray gif =
            QByteArray("GIF89a\x40\x01\xc8\x00\xf7\0\0", 13) + QByteArray(20, '\0');
        const std::optional<ImageInfo> info = readImageInfo(gif);
        QVERIFY(info);
        QCOMPARE(info->mime, QStringLiteral("image/gif"));
        QCOMPARE(info->width, 320);
        QCOMPARE(info->height, 200);
    }

    void webpHeaders()
    {
        // VP8X (extended) header of a 1000 x 700 image, built by hand.
        QByteArray d("RIFF\0\0\0\0WEBPVP8X\x0a\0\0\0\0\0\0\0", 24);
        const quint32 w = 999;
        const quint32 h = 699;
        d.append(char(w & 0xff)).append(char((w >> 8) & 0xff)).append(char(w >> 16));
        d.append(char(h & 0xff)).append(char((h >> 8) & 0xff)).append(char(h >> 16));
        d.append(QByteArray(8, '\0'));
        const std::optional<ImageInfo> info = readImageInfo(d);
        QVERIFY(info);
        QCOMPARE(info->mime, QStringLiteral("image/webp"));
        QCOMPARE(info->width, 1000);
        QCOMPARE(info->height, 700);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("hello, this is not an image at all");
        QTest::newRow("truncated png") << encode("PNG", 10, 10).left(20);
        QTest::newRow("truncated jpeg") << encode("JPEG", 10, 10).left(6);
        QByteArray huge = encode("PNG", 10, 10);
        huge[16] = char(0x7f); // width of about two billion pixels
        QTest::newRow("impossible size") << huge;
    }

    void rejects()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!readImageInfo(bytes));
    }
};

QTEST_GUILESS_MAIN(TestImageInfo)
#include "tst_imageinfo.moc"
