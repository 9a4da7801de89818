#pragma once

#include "roomlink.h"

#include <QProcess>

namespace ImageChat::Test {

// Paths of the built programs, set for every test by tests/CMakeLists.txt.
QString serverBinary();
QString cliBinary();

// One real imagechat-server process. It is killed when the object goes
// away, so a failing test leaves nothing running.
class ServerProcess
{
public:
    ~ServerProcess() { kill(); }

    // Starts the server and waits for its "listening on" line. Extra
    // arguments follow --listen and --data (--store, --bus for a cluster node).
    bool start(const QString &listen, const QString &dataDir,
               const QStringList &extraArguments = {});
    // A crash: SIGKILL, no chance to close anything cleanly.
    void kill();

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    ServerAddress address() const { return { QStringLiteral("127.0.0.1"), m_port, false, {} }; }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1").arg(m_port); }
    // What the server said, for failure messages.
    QByteArray diagnostics();

private:
    QProcess m_process;
    QByteArray m_stdout;
    quint16 m_port = 0;
};

} // namespace ImageChat::Test
