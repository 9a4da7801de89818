#include "httpget.h"

#include <QTcpSocket>
#include <QTest>

namespace ImageChat::Test {

std::pair<int, QByteArray> httpGet(quint16 port, const QByteArray &path)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return { -1, {} };
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray response;
    // The server closes the connection after its answer.
    QTest::qWaitFor(
        [&] {
            response += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        10000);
    response += socket.readAll();
    const qsizetype end = response.indexOf("\r\n\r\n");
    if (!response.startsWith("HTTP/1.1 ") || end < 0)
        return { -1, {} };
    return { response.mid(9, 3).toInt(), response.mid(end + 4) };
}

} // namespace ImageChat::Test
