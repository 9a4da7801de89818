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

// Queues a complete frame on the socket under a QWebSocket, in order with
// whatever QWebSocket queued there before.
void writeFrame(QTcpSocket *socket, const QByteArray &frame);

} // namespace ImageChat
