#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>

namespace ImageChat::Test {

// A real HAProxy on 127.0.0.1 and a free port in front of some nodes, as
// deploy/haproxy.cfg sets it up: TCP mode (WebSockets and TLS pass through
// untouched), round robin, and health checks fast enough that a node killed
// by a test is out of the rotation within a fraction of a second. The
// configuration is written into a temporary folder; HAProxy runs in the
// foreground (-db) and is killed when the object goes away.
class HaproxyProcess
{
public:
    HaproxyProcess() = default;
    ~HaproxyProcess();
    HaproxyProcess(const HaproxyProcess &) = delete;
    HaproxyProcess &operator=(const HaproxyProcess &) = delete;

    // Starts HAProxy in front of these loopback ports and waits until it
    // accepts connections; false if it did not get there (diagnostics()).
    bool start(const QList<quint16> &backendPorts);
    void stop();

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1").arg(m_port); }
    QByteArray diagnostics();

private:
    bool accepts() const;

    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

} // namespace ImageChat::Test
