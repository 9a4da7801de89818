// ClientFrameParser, the server's reader of client WebSocket frames, on its
// own: streams cut at every position, the in-place hand-over of whole
// messages, and the checks tst_wsconformance makes over the network, here
// byte by byte. Inputs the fuzzer (fuzz_wsframes) found go here too.
#include "clientframes.h"

#include <QTest>
#include <QtEndian>

using namespace ImageChat;

namespace {

QByteArray frame(quint8 opcode, const QByteArray &payload, bool fin = true)
{
    QByteArray out;
    out.append(char((fin ? 0x80 : 0) | opcode));
    const qsizetype size = payload.size();
    if (size < 126) {
        out.append(char(0x80 | size));
    } else if (size <= 0xffff) {
        out.append(char(0x80 | 126));
        out.append(char(size >> 8));
        out.append(char(size & 0xff));
    } else {
        out.append(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((quint64(size) >> shift) & 0xff));
    }
    const char key[4] = { '\x5a', '\x17', '\xc3', '\x09' };
    out.append(key, 4);
    for (qsizetype i = 0; i < size; ++i)
        out.append(char(payload[i] ^ key[i % 4]));
    return out;
}

struct Recorder : ClientFrameParser::Handler
{
    QByteArrayList events;
    const char *bufferStart = nullptr;
    const char *bufferEnd = nullptr;
    int inPlace = 0; // messages handed on inside the fed buffer

    void note(QByteArrayView view)
    {
        if (view.data() >= bufferStart && view.data() < bufferEnd)
            ++inPlace;
    }
    bool onText(QByteArrayView utf8) override
    {
        note(utf8);
        events << "text " + utf8.toByteArray();
        return true;
    }
    bool onBinary(QByteArrayView data) override
    {
        note(data);
        events << "binary " + QByteArray::number(data.size());
        return true;
    }
    bool onPing(QByteArrayView payload) override
    {
        events << "ping " + payload.toByteArray();
        return true;
    }
    bool onPong(QByteArrayView payload) override
    {
        events << "pong " + payload.toByteArray();
        return true;
    }
    void onClose(quint16 code, QByteArrayView reason) override
    {
        events << QByteArray("close ") + QByteArray::number(code) + ' ' + reason.toByteArray();
    }
    void onError(quint16 code, const char *) override
    {
        events << QByteArray("error ") + QByteArray::number(code);
    }
};

// Feeds the stream in pieces of `piece` bytes (0: whole).
QByteArrayList parse(QByteArray stream, qsizetype piece = 0, int *inPlace = nullptr)
{
    ClientFrameParser parser;
    parser.setLimits(300 * 1024, 300 * 1024);
    Recorder recorder;
    recorder.bufferStart = stream.constData();
    recorder.bufferEnd = stream.constData() + stream.size();
    for (qsizetype pos = 0; pos < stream.size();) {
        const qsizetype n = piece > 0 ? std::min(piece, stream.size() - pos) : stream.size();
        if (!parser.feed(stream.data() + pos, n, recorder))
            break;
        pos += n;
    }
    if (inPlace)
        *inPlace = recorder.inPlace;
    return recorder.events;
}

QByteArray closePayload(quint16 code, const QByteArray &reason = {})
{
    char bytes[2];
    qToBigEndian(code, bytes);
    return QByteArray(bytes, 2) + reason;
}

} // namespace

class TestClientFrames : public QObject
{
    Q_OBJECT

private slots:
    // Any cut of the stream, headers included, reads the same.
    void everyCutReadsTheSame()
    {
        const QByteArray stream = frame(0x1, "hello") + frame(0x9, "p") + frame(0x1, "a\xc3", false)
            + frame(0xa, "q") + frame(0x0, "\xa9z") + frame(0x2, QByteArray(300, 'b'))
            + frame(0x8, closePayload(1000, "bye"));
        const QByteArrayList expected = { "text hello",      "ping p",     "pong q",
                                          "text a\xc3\xa9z", "binary 300", "close 1000 bye" };
        QCOMPARE(parse(stream), expected);
        for (qsizetype piece = 1; piece < 40; ++piece)
            QCOMPARE(parse(stream, piece), expected);
    }

    // A message that arrives whole is handed on where it lies (no copy);
    // one in fragments or in pieces is gathered first.
    void wholeMessagesAreHandedOnInPlace()
    {
        int inPlace = 0;
        parse(frame(0x1, "one") + frame(0x2, QByteArray(70000, 'x')) + frame(0x1, "t", false)
                  + frame(0x0, "wo"),
              0, &inPlace);
        QCOMPARE(inPlace, 2);
        parse(frame(0x1, QByteArray(100, 'x')), 10, &inPlace);
        QCOMPARE(inPlace, 0);
    }

    void checks_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QByteArray>("last");
        QByteArray unmasked = frame(0x1, "x");
        unmasked[1] = char(quint8(unmasked[1]) & 0x7f);
        unmasked.remove(2, 4);
        QTest::newRow("unmasked") << unmasked << QByteArray("error 1002");
        QTest::newRow("character split across fragments") << frame(0x1, "\xf0\x9f", false)
                + frame(0x0, "\x98\x80") << QByteArray("text \xf0\x9f\x98\x80");
        QTest::newRow("invalid in the first fragment, before the end")
            << frame(0x1, "ok\xed\xa0\x80", false) << QByteArray("error 1007");
        QTest::newRow("cut short at the end")
            << frame(0x1, "\xe6\x97", false) + frame(0x0, "") << QByteArray("error 1007");
        QTest::newRow("overlong") << frame(0x1, "\xc0\xaf") << QByteArray("error 1007");
        QTest::newRow("above U+10FFFF")
            << frame(0x1, "\xf4\x90\x80\x80") << QByteArray("error 1007");
        QTest::newRow("non-character is fine")
            << frame(0x1, "\xef\xbf\xbe") << QByteArray("text \xef\xbf\xbe");
        QTest::newRow("reserved bit")
            << QByteArray(1, char(0xc1)) + frame(0x1, "x").mid(1) << QByteArray("error 1002");
        QTest::newRow("reserved opcode") << frame(0x3, "x") << QByteArray("error 1002");
        QTest::newRow("continuation first") << frame(0x0, "x") << QByteArray("error 1002");
        QTest::newRow("text inside text")
            << frame(0x1, "a", false) + frame(0x1, "b") << QByteArray("error 1002");
        QTest::newRow("fragmented ping") << frame(0x9, "a", false) << QByteArray("error 1002");
        QTest::newRow("long ping") << frame(0x9, QByteArray(126, 'p')) << QByteArray("error 1002");
        QTest::newRow("frame over the limit")
            << frame(0x2, QByteArray(300 * 1024 + 1, 'b')) << QByteArray("error 1009");
        QTest::newRow("message over the limit") << frame(0x2, QByteArray(200 * 1024, 'b'), false)
                + frame(0x0, QByteArray(100 * 1024 + 1, 'b'))
                                                << QByteArray("error 1009");
        QTest::newRow("close, empty") << frame(0x8, "") << QByteArray("close 1000 ");
        QTest::newRow("close, one byte") << frame(0x8, "\x03") << QByteArray("error 1002");
        QTest::newRow("close, code 1005")
            << frame(0x8, closePayload(1005)) << QByteArray("error 1002");
        QTest::newRow("close, code 4999")
            << frame(0x8, closePayload(4999)) << QByteArray("close 4999 ");
        QTest::newRow("close, reason not UTF-8")
            << frame(0x8, closePayload(1000, "\xff")) << QByteArray("error 1007");
        QTest::newRow("nothing read after a close")
            << frame(0x8, closePayload(1000)) + frame(0x1, "after") << QByteArray("close 1000 ");
    }
    void checks()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QByteArray, last);
        for (const qsizetype piece : { 0, 1, 3 }) {
            const QByteArrayList events = parse(stream, piece);
            QVERIFY(!events.isEmpty());
            QCOMPARE(events.last(), last);
        }
    }

    void utf8ValidatorInPieces()
    {
        const QByteArray text = "a\xc3\xa9\xe6\x97\xa5\xf0\x9f\x98\x80 plain ascii run";
        for (qsizetype cut = 0; cut <= text.size(); ++cut) {
            Utf8Validator validator;
            QVERIFY(validator.feed(text.constData(), cut));
            QVERIFY(validator.feed(text.constData() + cut, text.size() - cut));
            QVERIFY(validator.atBoundary());
        }
        Utf8Validator cutShort;
        QVERIFY(cutShort.feed("\xe6\x97", 2));
        QVERIFY(!cutShort.atBoundary());
    }
};

QTEST_GUILESS_MAIN(TestClientFrames)
#include "tst_clientframes.moc"
