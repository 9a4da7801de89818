#include "directsocket.h"

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/socket.h>
#endif
#include <unistd.h>

namespace ImageChat {

qint64 DirectTcpSocket::writeData(const char *data, qint64 size)
{
#ifdef Q_OS_LINUX
    if (size > 0 && state() == QAbstractSocket::ConnectedState && bytesToWrite() == 0) {
        const ssize_t sent =
            ::send(int(socketDescriptor()), data, size_t(size), MSG_NOSIGNAL | MSG_DONTWAIT);
        // Anything but "try later" (a reset, a broken pipe) is left to Qt,
        // which finds it on its own write and reports it as usual.
        if (sent >= 0 || errno == EAGAIN || errno == EWOULDBLOCK) {
            const qint64 done = sent > 0 ? qint64(sent) : 0;
            if (done > 0) {
                if (m_unannounced == 0)
                    QMetaObject::invokeMethod(this, &DirectTcpSocket::announceWritten,
                                              Qt::QueuedConnection);
                m_unannounced += done;
            }
            if (done == size)
                return size;
            const qint64 queued = QTcpSocket::writeData(data + done, size - done);
            return queued < 0 ? (done > 0 ? done : queued) : done + queued;
        }
    }
#endif
    return QTcpSocket::writeData(data, size);
}

void DirectTcpSocket::announceWritten()
{
    const qint64 written = m_unannounced;
    m_unannounced = 0;
    if (written > 0)
        emit bytesWritten(written);
}

void DirectTcpSocket::releaseReadChunkAfterEachRead()
{
    // After the reader's own handler, in the same emission: one chunk at a
    // time in the whole process, however many connections read at once.
    connect(this, &QIODevice::readyRead, this, &DirectTcpSocket::releaseReadChunk);
}

void DirectTcpSocket::releaseReadChunk()
{
    // Only when all that arrived was read, and outside a transaction (in
    // one, ungetChar() would not put the byte back where read() takes it).
    if (state() != QAbstractSocket::ConnectedState || bytesAvailable() > 0
        || isTransactionStarted())
        return;
    // The stream is as it was: one byte in, the same byte out. A read that
    // takes all the buffer holds takes Qt's chunk with it (QRingBuffer hands
    // over its block instead of copying), and the chunk goes with the
    // QByteArray; a Qt that copied instead would merely keep its chunk.
    ungetChar('\0');
    const QByteArray back = read(1);
    Q_ASSERT(back.size() == 1);
}

void DirectTcpServer::incomingConnection(qintptr descriptor)
{
    // As QTcpServer does it, with the other socket class.
    auto *socket = new DirectTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(int(descriptor)); // no socket took it
        return;
    }
    addPendingConnection(socket);
}

} // namespace ImageChat
