#include "imageinfo.h"

#include <QFile>
#include <QTest>
#include <QtEndian>

using namespace ImageChat;

class TestImageInfo : public QObject
{
    Q_OBJECT

private:
    // Headers built by hand, as the formats define them: core links no Qt
    // Gui, so there is no encoder here. The reader only looks at headers.
    static QByteArray be32(quint32 v)
    {
        QByteArray b(4, '\0');
        qToBigEndian(v, b.data());
        return b;
    }
    static QByteArray le32(quint32 v)
    {
        QByteArray b(4, '\0');
        qToLittleEndian(v, b.data());
        return b;
    }
    static QByteArray png(quint32 width, quint32 height)
    {
        // Signature, then the IHDR chunk: length, type, width, height, depth
        // 8, colour type 2, compression, filter, interlace, CRC (not checked).
        return QByteArray("\x89PNG\r\n\x1a\n", 8) + be32(13) + "IHDR" + be32(width) + be32(height)
            + QByteArray("\x08\x02\0\0\0", 5) + be32(0);
    }
    static QByteArray jpeg(quint16 width, quint16 height)
    {
        // SOI, an APP0 (JFIF) and a DQT segment to walk past, then SOF0.
        QByteArray d("\xff\xd8", 2);
        d += QByteArray("\xff\xe0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0", 18);
        d += QByteArray("\xff\xdb\0\x43\0", 5) + QByteArray(64, '\x10');
        QByteArray sof("\xff\xc0\0\x11\x08", 5);
        sof.append(char(height >> 8)).append(char(height & 0xff));
        sof.append(char(width >> 8)).append(char(width & 0xff));
        sof += QByteArray("\x03\x01\x22\0\x02\x11\x01\x03\x11\x01", 10);
        return d + sof + QByteArray("\xff\xd9", 2);
    }
    static QByteArray bmp(qint32 width, qint32 height)
    {
        // BITMAPFILEHEADER, then a BITMAPINFOHEADER (40 bytes).
        return QByteArray("BM", 2) + le32(0) + le32(0) + le32(54) + le32(40) + le32(quint32(width))
            + le32(quint32(height)) + QByteArray("\x01\0\x18\0", 4) + QByteArray(24, '\0');
    }

private slots:
    void formats_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mime");
        QTest::newRow("png") << png(321, 123) << QStringLiteral("image/png");
        QTest::newRow("jpeg") << jpeg(321, 123) << QStringLiteral("image/jpeg");
        QTest::newRow("bmp") << bmp(321, 123) << QStringLiteral("image/bmp");
        QTest::newRow("bmp, top-down") << bmp(321, -123) << QStringLiteral("image/bmp");
    }

    void formats()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mime);
        const std::optional<ImageInfo> info = readImageInfo(bytes);
        QVERIFY(info);
        QCOMPARE(info->mime, mime);
        QCOMPARE(info->width, 321);
        QCOMPARE(info->height, 123);
    }

    void realPng()
    {
        // The project's own sample, as an encoder wrote it.
        QFile file(QStringLiteral(IMAGECHAT_SAMPLE_IMAGE));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::optional<ImageInfo> info = readImageInfo(file.readAll());
        QVERIFY(info);
        QCOMPARE(info->mime, QStringLiteral("image/png"));
        QCOMPARE(info->width, 1200);
        QCOMPARE(info->height, 800);
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
        QTest::newRow("truncated png") << png(10, 10).left(20);
        QTest::newRow("truncated jpeg") << jpeg(10, 10).left(6);
        QTest::newRow("jpeg without a frame") << jpeg(10, 10).left(89);
        QByteArray huge = png(10, 10);
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
