#include "framewriter.h"

#include <QSslSocket>
#include <QTcpSocket>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/socket.h>
#endif

namespace ImageChat {

QByteArray textFrame(const QByteArray &utf8)
{
    const qsizetype size = utf8.size();
    QByteArray frame;
    frame.reserve(size + 10);
    frame.append(char(0x81)); // FIN, text
    if (size < 126) {
        frame.append(char(size));
    } else if (size <= 0xffff) {
        frame.append(char(126));
        frame.append(char(size >> 8));
        frame.append(char(size & 0xff));
    } else {
        frame.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((quint64(size) >> shift) & 0xff));
    }
    frame.append(utf8);
    return frame;
}

FrameSink::FrameSink(QTcpSocket *socket)
    : m_socket(socket)
    , m_encrypted(qobject_cast<QSslSocket *>(socket) != nullptr)
{ }

qint64 FrameSink::backlog() const
{
    return m_socket->bytesToWrite();
}

void FrameSink::flush()
{
    m_socket->flush();
}

void FrameSink::write(const QByteArray &frame)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_encrypted) {
        m_socket->write(frame);
        return;
    }
#ifdef Q_OS_LINUX
    // When Qt holds nothing for this socket, hand the frame to the kernel
    // now: one system call, and no write notifier to switch on and off
    // (Qt's glib dispatcher finds a notifier by walking all of them, so with
    // a thousand connections that walk cost more than the send itself).
    // Whatever the kernel does not take goes to Qt's buffer, behind which
    // everything later queues, so frames never overtake one another.
    if (m_socket->bytesToWrite() == 0) {
        const ssize_t sent = ::send(int(m_socket->socketDescriptor()), frame.constData(),
                                    size_t(frame.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent == frame.size())
            return;
        if (sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            return; // the connection is gone; Qt reports it on its next read
        const qsizetype done = sent > 0 ? qsizetype(sent) : 0;
        m_socket->write(frame.constData() + done, frame.size() - done);
        return;
    }
#endif
    m_socket->write(frame);
}

} // namespace ImageChat
