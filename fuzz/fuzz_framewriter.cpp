// textFrame() is all the WebSocket framing the server does by hand (reading
// is QWebSocket's): any payload must come out as one well-formed, unmasked,
// final text frame (RFC 6455, 5.2) whose length field is the shortest form.
#include "framewriter.h"
#include "fuzzcommon.h"

#include <algorithm>
#include <cstdio>

using namespace ImageChat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first two bytes stretch the payload, so that the 16- and 64-bit
    // length forms are reached without huge inputs: to at most 70,000
    // bytes, past the 64-bit form's edge at 65,536 (beyond it nothing
    // changes; stretching to a megabyte, as before, cost each run megabytes
    // of copies and compares).
    QByteArray payload = Fuzz::bytes(data, size);
    if (size >= 2) {
        const qsizetype repeat = 1 + (data[0] | (data[1] << 8)) % 160;
        const qsizetype length = std::min<qsizetype>(qsizetype(size) * repeat, 70000);
        payload = payload.repeated((length + qsizetype(size) - 1) / qsizetype(size)).left(length);
    }
    const QByteArray frame = textFrame(payload);
    FUZZ_CHECK(frame.size() >= 2);
    FUZZ_CHECK(quint8(frame[0]) == 0x81);
    const quint8 length7 = quint8(frame[1]);
    FUZZ_CHECK((length7 & 0x80) == 0); // servers never mask
    quint64 length = length7;
    qsizetype header = 2;
    if (length7 == 126) {
        FUZZ_CHECK(frame.size() >= 4);
        length = (quint64(quint8(frame[2])) << 8) | quint8(frame[3]);
        header = 4;
        FUZZ_CHECK(length >= 126);
    } else if (length7 == 127) {
        FUZZ_CHECK(frame.size() >= 10);
        length = 0;
        for (int i = 0; i < 8; ++i)
            length = (length << 8) | quint8(frame[2 + i]);
        header = 10;
        FUZZ_CHECK(length > 0xffff);
        FUZZ_CHECK((length >> 63) == 0);
    }
    FUZZ_CHECK(length == quint64(payload.size()));
    FUZZ_CHECK(frame.size() == header + payload.size());
    FUZZ_CHECK(frame.mid(header) == payload);
    return 0;
}
