#pragma once

#include <QByteArray>

class QTcpSocket;

namespace ImageChat {

// Fan-out sends one message to many connections. QWebSocket::sendTextMessage
// takes a QString, so every call re-encodes it to UTF-8, copies it again and
// allocates a header; the socket then waits for the event loop to write it.
// Here the complete frame is made once per room and written to each
// connection's socket as it is.

// An unmasked WebSocket text frame (RFC 6455, 5.2) around an encoded message,
// as a server sends it.
QByteArray textFrame(const QByteArray &utf8);
// The bytes a server's frame of this payload takes on the wire: the
// payload and a 2, 4 or 10 byte header.
constexpr qint64 frameBytes(qint64 payload)
{
    return payload + (payload < 126 ? 2 : payload <= 0xffff ? 4 : 10);
}

// How prepared frames reach one connection: the one place that decides it,
// once, from the kind of socket under the QWebSocket.
// - Plain TCP: straight to the kernel when Qt holds nothing for the socket
//   (one system call, no write notifier switched on and off), else behind
//   what Qt holds.
// - TLS: through the QSslSocket, which encrypts. Its descriptor carries
//   ciphertext; a frame written there directly would break the connection,
//   and there is no way to reach it from here.
// Frames always go out in order with whatever the QWebSocket queued before.
class FrameSink
{
public:
    FrameSink() = default;
    explicit FrameSink(QTcpSocket *socket);

    bool isValid() const { return m_socket != nullptr; }
    bool isEncrypted() const { return m_encrypted; }
    void write(const QByteArray &frame);
    // What waits in the process to be sent.
    qint64 backlog() const;
    // Hands the kernel what it takes now.
    void flush();

private:
    QTcpSocket *m_socket = nullptr;
    bool m_encrypted = false;
};

} // namespace ImageChat
