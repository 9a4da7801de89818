#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ImageChat {

// UTF-8 (RFC 3629) checked a piece at a time: a character may be cut
// between two pieces; overlong forms, surrogates and code points above
// U+10FFFF are invalid, and so is a sequence cut short at the end.
class Utf8Validator
{
public:
    // False at the first byte that cannot be UTF-8 (and from then on).
    bool feed(const char *data, qsizetype size);
    // Whether what was fed so far ends between two characters.
    bool atBoundary() const { return m_need == 0; }
    void reset() { *this = Utf8Validator(); }

private:
    quint8 m_need = 0; // continuation bytes still to come
    quint8 m_low = 0x80; // the range the next continuation byte must be in
    quint8 m_high = 0xbf;
    bool m_failed = false;
};

// What a WebSocket server reads from a client (RFC 6455, 5): frames taken
// from the byte stream in whatever pieces it arrives, with the checks Qt
// 6.4's reader leaves out. Every client frame must be masked (5.1: 1002
// otherwise), and a text message is checked as UTF-8 as a whole, across
// its fragments (a character cut between two fragments is fine; an invalid
// sequence closes with 1007 as soon as it arrives). Besides: reserved bits
// and opcodes, control frames that are fragmented or longer than 125 bytes,
// continuations with nothing to continue and a new message inside a
// fragmented one, lengths not in their shortest form (all 1002); frames and
// messages over the limits (1009); close codes (1002) and close reasons
// that are not UTF-8 (1007).
//
// The work is proportional to the bytes fed: every byte is looked at once,
// to unmask it (in place) and, in a text message, to check it. A message
// that arrives whole in one piece is handed on where it lies; only one in
// several pieces or fragments is gathered into a buffer of its own.
class ClientFrameParser
{
public:
    class Handler
    {
    public:
        virtual ~Handler() = default;
        // The views are valid during the call. Each returns false when the
        // connection is going away (the parser may then be gone too: it
        // touches nothing of itself after such a call).
        virtual bool onText(QByteArrayView utf8) = 0;
        virtual bool onBinary(QByteArrayView data) = 0;
        virtual bool onPing(QByteArrayView payload) = 0;
        virtual bool onPong(QByteArrayView payload) = 0;
        // The client closes: code 1000 when it gave none (as Qt answers).
        virtual void onClose(quint16 code, QByteArrayView reason) = 0;
        // The client broke the protocol: close with this code.
        virtual void onError(quint16 code, const char *reason) = 0;
    };

    void setLimits(qint64 maxFrameBytes, qint64 maxMessageBytes)
    {
        m_maxFrame = maxFrameBytes;
        m_maxMessage = maxMessageBytes;
    }
    // Parses the next piece of the stream, unmasking it in place. False
    // when reading is over: after a close or an error (nothing more is
    // read, then), or when a handler said so.
    bool feed(char *data, qsizetype size, Handler &handler);
    // A close was read or the client broke the protocol.
    bool isFinished() const { return m_state == State::Finished; }

    // Close codes a client may send (RFC 6455 7.4, as Qt 6.4 takes them).
    static bool isValidCloseCode(quint16 code);

private:
    enum class State : quint8 { Header, Payload, Finished };

    bool headerComplete(Handler &handler);
    bool frameComplete(QByteArrayView whole, Handler &handler);
    void fail(quint16 code, const char *reason, Handler &handler);

    State m_state = State::Header;
    quint8 m_header[14];
    int m_headerSize = 0; // bytes of the header read so far
    int m_headerNeeded = 2; // its length, once known
    // The frame being read.
    quint8 m_opcode = 0;
    bool m_fin = false;
    quint8 m_mask[4];
    quint64 m_remaining = 0; // payload bytes still to come
    quint64 m_maskOffset = 0;
    bool m_gathering = false; // its payload goes to m_message / m_control
    // The data message being read (fragmented, or in several pieces).
    quint8 m_messageOpcode = 0; // 0: none
    qint64 m_messageBytes = 0;
    QByteArray m_message;
    Utf8Validator m_utf8;
    QByteArray m_control; // a control frame's payload, when in pieces
    qint64 m_maxFrame = 1 << 20;
    qint64 m_maxMessage = 1 << 20;
};

} // namespace ImageChat
