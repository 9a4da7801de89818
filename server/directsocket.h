#pragma once

#include <QTcpServer>
#include <QTcpSocket>

namespace ImageChat {

// A plain TCP connection that costs an idle client as little as Qt allows.
//
// Writes: handed to the kernel at once when Qt holds nothing for the socket,
// queued behind Qt's buffer otherwise (as FrameSink does for fan-out), so
// that frames never overtake one another. QAbstractSocket buffers every
// write and keeps its 32 KiB write chunk once it has one, so each connection
// held one from its handshake response on (and its write notifier), for
// ever: about a third of what an idle connection cost. Here the chunk and
// the notifier exist only while the kernel pushes back. bytesWritten() is
// still emitted, from the event loop, for what went straight to the kernel.
//
// Reads: Qt keeps its 16 KiB read chunk after a read that was consumed in
// small pieces (a ping or a pong: every heartbeat), so each connection held
// one from its first heartbeat on. See releaseReadChunkAfterEachRead().
class DirectTcpSocket : public QTcpSocket
{
    Q_OBJECT

public:
    using QTcpSocket::QTcpSocket;

    // Once the reader is connected (QWebSocket, after the upgrade): after
    // each read, when all that arrived was consumed, Qt's read chunk is
    // handed back. Called later than that, it would run before the reader.
    void releaseReadChunkAfterEachRead();

protected:
    qint64 writeData(const char *data, qint64 size) override;

private:
    void announceWritten();
    void releaseReadChunk();

    qint64 m_unannounced = 0;
};

// A QTcpServer whose connections are DirectTcpSockets.
class DirectTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override;
};

} // namespace ImageChat
