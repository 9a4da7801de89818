#include "clientreader.h"

#include "serverlogging.h"

#include <QTcpSocket>
#include <QWebSocket>

namespace ImageChat {

ClientReader *ClientReader::attach(QWebSocket *socket, QTcpSocket *tcp)
{
    // Qt 6.4 connects its reader (QWebSocketPrivate::processData) to the
    // TCP socket's readyRead with the QWebSocket as receiver; nothing else
    // of the QWebSocket's listens there.
    if (!QObject::disconnect(tcp, &QIODevice::readyRead, socket, nullptr)) {
        qCWarning(lcServer) << "Qt's WebSocket reader not found; its frames are not checked";
        return nullptr;
    }
    return new ClientReader(socket, tcp);
}

ClientReader::ClientReader(QWebSocket *socket, QTcpSocket *tcp)
    : QObject(socket)
    , m_socket(socket)
    , m_tcp(tcp)
{
    connect(tcp, &QIODevice::readyRead, this, &ClientReader::readAvailable);
}

void ClientReader::readAvailable()
{
    while (m_tcp && m_tcp->bytesAvailable() > 0) {
        // All that waits, at once: when Qt holds it in one block (the usual
        // case) that block itself, not a copy, and Qt keeps no read chunk
        // for the connection once it is read.
        QByteArray piece = m_tcp->read(m_tcp->bytesAvailable());
        if (m_parser.isFinished())
            continue; // after a close or an error, nothing is read
        m_parser.setLimits(m_socket->maxAllowedIncomingFrameSize(),
                           m_socket->maxAllowedIncomingMessageSize());
        const QPointer<ClientReader> self(this);
        if (!m_parser.feed(piece.data(), piece.size(), *this)) {
            if (!self || !m_parser.isFinished())
                return; // gone, or going
        }
    }
}

bool ClientReader::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

bool ClientReader::onText(QByteArrayView utf8)
{
    const QPointer<ClientReader> self(this);
    emit m_socket->textMessageReceived(QString::fromUtf8(utf8));
    return self && isOpen();
}

bool ClientReader::onBinary(QByteArrayView data)
{
    const QPointer<ClientReader> self(this);
    emit m_socket->binaryMessageReceived(data.toByteArray());
    return self && isOpen();
}

bool ClientReader::onPing(QByteArrayView payload)
{
    // A pong with the ping's payload, as a server sends it (not masked).
    if (m_tcp && isOpen()) {
        QByteArray frame;
        frame.reserve(2 + payload.size());
        frame.append(char(0x8a));
        frame.append(char(payload.size()));
        frame.append(payload);
        m_tcp->write(frame);
    }
    return isOpen();
}

bool ClientReader::onPong(QByteArrayView payload)
{
    const QPointer<ClientReader> self(this);
    // The time since the ping is Qt's to know; nothing here uses it.
    emit m_socket->pong(0, payload.toByteArray());
    return self && isOpen();
}

void ClientReader::onClose(quint16 code, QByteArrayView reason)
{
    // Echoed, as Qt does; the QWebSocket then ends TCP.
    m_socket->close(QWebSocketProtocol::CloseCode(code), QString::fromUtf8(reason));
}

void ClientReader::onError(quint16 code, const char *reason)
{
    qCDebug(lcServer).nospace() << "closing " << m_socket->peerAddress().toString() << ':'
                                << m_socket->peerPort() << " with " << code << ": " << reason;
    m_socket->close(QWebSocketProtocol::CloseCode(code), QString::fromLatin1(reason));
}

} // namespace ImageChat
