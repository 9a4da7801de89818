#include "haproxyprocess.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace ImageChat::Test {

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

HaproxyProcess::~HaproxyProcess()
{
    stop();
}

bool HaproxyProcess::start(const QList<quint16> &backendPorts)
{
    if (!m_dir.isValid()) {
        m_output = "no temporary folder";
        return false;
    }
    m_port = freePort();
    if (m_port == 0) {
        m_output = "no free port";
        return false;
    }
    // As deploy/haproxy.cfg, with test ports. "check inter 200 fall 1 rise 1":
    // one failed connect takes a node out, one good one brings it back, so a
    // test waits a fraction of a second for either. retries + redispatch: a
    // connection that HAProxy sent to a node that died before the check saw
    // it goes to another one instead of failing.
    QByteArray config = QByteArrayLiteral("global\n"
                                          "    maxconn 1000\n"
                                          "defaults\n"
                                          "    mode tcp\n"
                                          "    timeout connect 1s\n"
                                          "    timeout client 1h\n"
                                          "    timeout server 1h\n"
                                          "    timeout tunnel 1h\n"
                                          "    retries 3\n"
                                          "    option redispatch\n"
                                          "frontend imagechat\n");
    config += "    bind 127.0.0.1:" + QByteArray::number(m_port) + "\n";
    config += "    default_backend nodes\n"
              "backend nodes\n"
              "    balance roundrobin\n"
              "    option tcp-check\n"
              "    default-server inter 200 fall 1 rise 1\n";
    for (qsizetype i = 0; i < backendPorts.size(); ++i)
        config += "    server node" + QByteArray::number(i + 1)
            + " 127.0.0.1:" + QByteArray::number(backendPorts.at(i)) + " check\n";

    const QString path = m_dir.filePath(QStringLiteral("haproxy.cfg"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size()) {
        m_output = "cannot write " + path.toUtf8();
        return false;
    }
    file.close();

    m_process.setProgram(QStringLiteral("haproxy"));
    m_process.setArguments({ QStringLiteral("-f"), path, QStringLiteral("-db") });
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        m_output = "cannot run haproxy: " + m_process.errorString().toUtf8();
        return false;
    }
    const bool ready = QTest::qWaitFor(
        [&] { return accepts() || m_process.state() == QProcess::NotRunning; }, 10000);
    return ready && isRunning();
}

void HaproxyProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QByteArray HaproxyProcess::diagnostics()
{
    m_output += m_process.readAll();
    return m_output;
}

bool HaproxyProcess::accepts() const
{
    // A plain TCP connect: HAProxy accepts before it picks a node, so this
    // says only that HAProxy itself is up.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    return socket.waitForConnected(200);
}

} // namespace ImageChat::Test
