#pragma once

#include "clientframes.h"

#include <QObject>
#include <QPointer>

class QTcpSocket;
class QWebSocket;

namespace ImageChat {

// Reads a client's frames in place of Qt 6.4's reader, which takes unmasked
// frames and closes on a text fragment that ends inside a UTF-8 character
// (see ClientFrameParser for all it checks). After the upgrade, Qt's reader
// is disconnected from the TCP (or TLS) socket; this one reads what arrives
// there and passes it on as the QWebSocket's own signals
// (textMessageReceived, binaryMessageReceived, pong), so that whoever uses
// the QWebSocket notices no difference. Pings are answered, closes echoed
// and protocol errors closed with their code through the QWebSocket, as Qt
// does. Writing stays with the QWebSocket (and FrameSink).
class ClientReader : public QObject, private ClientFrameParser::Handler
{
    Q_OBJECT

public:
    // Takes over reading of socket, whose TCP socket is tcp; the reader
    // lives as the socket's child. Null (and Qt's reader stays) if Qt's
    // reader was not found where Qt 6.4 connects it.
    static ClientReader *attach(QWebSocket *socket, QTcpSocket *tcp);

    // Reads all that waits on the TCP socket.
    void readAvailable();

private:
    ClientReader(QWebSocket *socket, QTcpSocket *tcp);

    bool isOpen() const;
    bool onText(QByteArrayView utf8) override;
    bool onBinary(QByteArrayView data) override;
    bool onPing(QByteArrayView payload) override;
    bool onPong(QByteArrayView payload) override;
    void onClose(quint16 code, QByteArrayView reason) override;
    void onError(quint16 code, const char *reason) override;

    QWebSocket *m_socket; // the parent
    QPointer<QTcpSocket> m_tcp;
    ClientFrameParser m_parser;
};

} // namespace ImageChat
