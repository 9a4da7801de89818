// ClientFrameParser reads every byte a client sends after the WebSocket
// upgrade (server/clientreader.h), so it must take anything without a
// crash, and:
// - read the same stream the same way whatever pieces it arrives in (the
//   first input byte chooses the pieces): the same messages, pings, pongs,
//   close or error, in the same order;
// - hand on text only when it is UTF-8, and decide UTF-8 as Qt's own
//   decoder does (a Utf8Validator fed in pieces against QStringDecoder on
//   the whole);
// - close only with 1002, 1007 or 1009 on an error, echo only valid close
//   codes, and read nothing after a close or an error.
#include "clientframes.h"
#include "fuzzcommon.h"

#include <QStringDecoder>

#include <cstdio>
#include <vector>

using namespace ImageChat;

namespace {

constexpr qint64 MaxFrame = 4096;
constexpr qint64 MaxMessage = 8192;

bool qtSaysUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

struct Recorder : ClientFrameParser::Handler
{
    QByteArray events;
    bool over = false;

    void event(char kind, QByteArrayView payload)
    {
        FUZZ_CHECK(!over);
        events += kind;
        events += QByteArray::number(payload.size());
        events += ':';
        events += payload;
    }
    bool onText(QByteArrayView utf8) override
    {
        FUZZ_CHECK(utf8.size() <= MaxMessage);
        FUZZ_CHECK(qtSaysUtf8(utf8));
        event('T', utf8);
        return true;
    }
    bool onBinary(QByteArrayView data) override
    {
        FUZZ_CHECK(data.size() <= MaxMessage);
        event('B', data);
        return true;
    }
    bool onPing(QByteArrayView payload) override
    {
        FUZZ_CHECK(payload.size() <= 125);
        event('P', payload);
        return true;
    }
    bool onPong(QByteArrayView payload) override
    {
        FUZZ_CHECK(payload.size() <= 125);
        event('O', payload);
        return true;
    }
    void onClose(quint16 code, QByteArrayView reason) override
    {
        FUZZ_CHECK(ClientFrameParser::isValidCloseCode(code));
        FUZZ_CHECK(reason.size() <= 123);
        FUZZ_CHECK(qtSaysUtf8(reason));
        event('C', QByteArray::number(code) + ' ' + reason.toByteArray());
        over = true;
    }
    void onError(quint16 code, const char *reason) override
    {
        FUZZ_CHECK(code == 1002 || code == 1007 || code == 1009);
        event('E', QByteArray::number(code) + ' ' + reason);
        over = true;
    }
};

// Feeds stream to a parser in pieces whose sizes come from seed (0: whole).
QByteArray parse(const QByteArray &stream, quint8 seed)
{
    ClientFrameParser parser;
    parser.setLimits(MaxFrame, MaxMessage);
    Recorder recorder;
    QByteArray copy = stream; // unmasked in place
    qsizetype pos = 0;
    quint32 state = seed;
    while (pos < copy.size()) {
        qsizetype piece = copy.size() - pos;
        if (seed != 0) {
            state = state * 1103515245u + 12345u;
            piece = std::min<qsizetype>(piece, 1 + (state >> 16) % 23);
        }
        const bool more = parser.feed(copy.data() + pos, piece, recorder);
        pos += piece;
        FUZZ_CHECK(more == !parser.isFinished());
        FUZZ_CHECK(parser.isFinished() == recorder.over);
        if (!more)
            break;
    }
    if (parser.isFinished()) // nothing more is read
        FUZZ_CHECK(!parser.feed(copy.data(), copy.size(), recorder));
    return recorder.events;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const quint8 seed = data[0];
    const QByteArray stream = Fuzz::bytes(data + 1, size - 1);

    // The validator, in pieces, against Qt on the whole.
    Utf8Validator utf8;
    bool valid = true;
    for (qsizetype pos = 0, step = 1 + seed % 7; pos < stream.size(); pos += step)
        valid = utf8.feed(stream.constData() + pos, std::min(step, stream.size() - pos)) && valid;
    FUZZ_CHECK((valid && utf8.atBoundary()) == qtSaysUtf8(stream));

    // The parser, whole and in pieces.
    const QByteArray whole = parse(stream, 0);
    FUZZ_CHECK(parse(stream, seed | 1) == whole);
    return 0;
}
