#include "clientframes.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace ImageChat {

namespace {

enum Opcode : quint8 {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xa,
};

// XORs the payload with its masking key (RFC 6455 5.3); offset is where in
// the payload data starts. Eight bytes at a time once on a key boundary.
void unmask(char *data, qsizetype size, const quint8 key[4], quint64 offset)
{
    qsizetype i = 0;
    for (; i < size && ((offset + quint64(i)) & 3) != 0; ++i)
        data[i] = char(quint8(data[i]) ^ key[(offset + quint64(i)) & 3]);
    const quint8 wide[8] = { key[0], key[1], key[2], key[3], key[0], key[1], key[2], key[3] };
    quint64 key64;
    std::memcpy(&key64, wide, 8);
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        word ^= key64;
        std::memcpy(data + i, &word, 8);
    }
    for (; i < size; ++i)
        data[i] = char(quint8(data[i]) ^ key[(offset + quint64(i)) & 3]);
}

} // namespace

bool Utf8Validator::feed(const char *data, qsizetype size)
{
    if (m_failed)
        return false;
    const auto *p = reinterpret_cast<const uchar *>(data);
    const uchar *const end = p + size;
    while (p < end) {
        if (m_need == 0) {
            // Runs of ASCII, the common case, eight bytes at a time.
            while (end - p >= 8) {
                quint64 word;
                std::memcpy(&word, p, 8);
                if (word & 0x8080808080808080ULL)
                    break;
                p += 8;
            }
            if (p == end)
                break;
            const uchar c = *p++;
            if (c < 0x80)
                continue;
            if (c < 0xc2) { // a continuation byte, or an overlong two-byte form
                m_failed = true;
            } else if (c < 0xe0) {
                m_need = 1;
            } else if (c < 0xf0) {
                m_need = 2;
                m_low = c == 0xe0 ? 0xa0 : 0x80; // overlong
                m_high = c == 0xed ? 0x9f : 0xbf; // surrogates
            } else if (c < 0xf5) {
                m_need = 3;
                m_low = c == 0xf0 ? 0x90 : 0x80; // overlong
                m_high = c == 0xf4 ? 0x8f : 0xbf; // above U+10FFFF
            } else {
                m_failed = true;
            }
            if (m_failed)
                return false;
        } else {
            const uchar c = *p++;
            if (c < m_low || c > m_high) {
                m_failed = true;
                return false;
            }
            --m_need;
            m_low = 0x80;
            m_high = 0xbf;
        }
    }
    return true;
}

bool ClientFrameParser::isValidCloseCode(quint16 code)
{
    return (code >= 1000 && code <= 1011 && code != 1004 && code != 1005 && code != 1006)
        || (code >= 3000 && code <= 4999);
}

void ClientFrameParser::fail(quint16 code, const char *reason, Handler &handler)
{
    m_state = State::Finished;
    m_message.clear();
    m_control.clear();
    handler.onError(code, reason);
}

bool ClientFrameParser::feed(char *data, qsizetype size, Handler &handler)
{
    qsizetype pos = 0;
    while (m_state != State::Finished) {
        if (m_state == State::Header) {
            while (m_headerSize < m_headerNeeded && pos < size) {
                m_header[m_headerSize++] = quint8(data[pos++]);
                if (m_headerSize == 2) {
                    // RFC 6455 5.1: a server closes on a frame that is not masked.
                    if (!(m_header[1] & 0x80)) {
                        fail(1002, "frame not masked", handler);
                        return false;
                    }
                    const quint8 length = m_header[1] & 0x7f;
                    m_headerNeeded = 2 + (length == 126 ? 2 : length == 127 ? 8 : 0) + 4;
                }
            }
            if (m_headerSize < m_headerNeeded)
                return true;
            if (!headerComplete(handler))
                return false;
            // Handed on where it lies if it is all here and nothing came
            // before it; else gathered.
            const bool control = m_opcode >= Close;
            m_gathering = !(m_remaining <= quint64(size - pos)
                            && (control || (m_fin && m_message.isEmpty())));
            // A message in one frame but several pieces: its size is known.
            // (Fragments grow the buffer as they come: reserving for each
            // would copy it once per fragment.)
            if (m_gathering && !control && m_fin && m_message.isEmpty())
                m_message.reserve(qsizetype(m_remaining));
            if (m_remaining == 0 && !frameComplete(QByteArrayView(), handler))
                return false;
            continue;
        }
        // State::Payload
        if (pos == size)
            return true;
        const qsizetype n = qsizetype(std::min<quint64>(m_remaining, quint64(size - pos)));
        char *const payload = data + pos;
        unmask(payload, n, m_mask, m_maskOffset);
        m_maskOffset += quint64(n);
        m_remaining -= quint64(n);
        pos += n;
        const bool control = m_opcode >= Close;
        if (!control && m_messageOpcode == Text && !m_utf8.feed(payload, n)) {
            fail(1007, "invalid UTF-8 in a text message", handler);
            return false;
        }
        if (m_gathering)
            (control ? m_control : m_message).append(payload, n);
        if (m_remaining == 0
            && !frameComplete(m_gathering ? QByteArrayView() : QByteArrayView(payload, n), handler))
            return false;
    }
    return false;
}

bool ClientFrameParser::headerComplete(Handler &handler)
{
    const quint8 first = m_header[0];
    const bool fin = first & 0x80;
    const quint8 opcode = first & 0x0f;
    m_headerSize = 0;
    m_headerNeeded = 2;
    if (first & 0x70) {
        fail(1002, "reserved bits set (no extension was agreed)", handler);
        return false;
    }
    if (opcode > Binary && (opcode < Close || opcode > Pong)) {
        fail(1002, "reserved opcode", handler);
        return false;
    }
    const quint8 length7 = m_header[1] & 0x7f;
    quint64 length = length7;
    int at = 2;
    if (length7 == 126) {
        length = qFromBigEndian<quint16>(m_header + 2);
        at = 4;
        if (length < 126) {
            fail(1002, "frame length not in its shortest form", handler);
            return false;
        }
    } else if (length7 == 127) {
        length = qFromBigEndian<quint64>(m_header + 2);
        at = 10;
        if (length >> 63) {
            fail(1002, "frame length out of range", handler);
            return false;
        }
        if (length <= 0xffff) {
            fail(1002, "frame length not in its shortest form", handler);
            return false;
        }
    }
    std::memcpy(m_mask, m_header + at, 4);
    if (opcode >= Close) {
        if (!fin) {
            fail(1002, "fragmented control frame", handler);
            return false;
        }
        if (length > 125) {
            fail(1002, "control frame longer than 125 bytes", handler);
            return false;
        }
    } else {
        if (opcode == Continuation && m_messageOpcode == 0) {
            fail(1002, "continuation frame with nothing to continue", handler);
            return false;
        }
        if (opcode != Continuation && m_messageOpcode != 0) {
            fail(1002, "new data frame inside a fragmented message", handler);
            return false;
        }
        if (length > quint64(m_maxFrame)) {
            fail(1009, "frame too large", handler);
            return false;
        }
        const qint64 before = opcode == Continuation ? m_messageBytes : 0;
        if (quint64(before) + length > quint64(m_maxMessage)) {
            fail(1009, "message too large", handler);
            return false;
        }
        if (opcode != Continuation) {
            m_messageOpcode = opcode;
            m_utf8.reset();
        }
        m_messageBytes = before + qint64(length);
    }
    m_opcode = opcode;
    m_fin = fin;
    m_remaining = length;
    m_maskOffset = 0;
    m_state = State::Payload;
    return true;
}

bool ClientFrameParser::frameComplete(QByteArrayView inPlace, Handler &handler)
{
    m_state = State::Header;
    if (m_opcode >= Close) {
        // Moved out first: a handler may end the connection, and this with it.
        const QByteArray gathered = std::exchange(m_control, QByteArray());
        const QByteArrayView payload = m_gathering ? QByteArrayView(gathered) : inPlace;
        if (m_opcode == Ping)
            return handler.onPing(payload);
        if (m_opcode == Pong)
            return handler.onPong(payload);
        // Close (RFC 6455 5.5.1, 7.4): nothing, or a code and a UTF-8 reason.
        if (payload.size() == 1) {
            fail(1002, "close frame with a one-byte payload", handler);
            return false;
        }
        quint16 code = 1000;
        QByteArrayView reason;
        if (payload.size() >= 2) {
            code = qFromBigEndian<quint16>(payload.data());
            if (!isValidCloseCode(code)) {
                fail(1002, "invalid close code", handler);
                return false;
            }
            reason = payload.sliced(2);
            Utf8Validator utf8;
            if (!utf8.feed(reason.data(), reason.size()) || !utf8.atBoundary()) {
                fail(1007, "close reason not UTF-8", handler);
                return false;
            }
        }
        m_state = State::Finished;
        m_message.clear();
        handler.onClose(code, reason);
        return false;
    }
    if (!m_fin)
        return true;
    const quint8 kind = m_messageOpcode;
    if (kind == Text && !m_utf8.atBoundary()) {
        fail(1007, "text message ends inside a UTF-8 character", handler);
        return false;
    }
    m_messageOpcode = 0;
    m_messageBytes = 0;
    const QByteArray gathered = std::exchange(m_message, QByteArray());
    const QByteArrayView message = m_gathering ? QByteArrayView(gathered) : inPlace;
    return kind == Text ? handler.onText(message) : handler.onBinary(message);
}

} // namespace ImageChat
