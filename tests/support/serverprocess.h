#pragma once

#include "roomlink.h"

#include <QProcess>

namespace ImageChat::Test {

// Paths of the built programs, set for every test by tests/CMakeLists.txt.
QString serverBinary();
QString cliBinary();

// The outcome of one run of a program.
struct ProgramRun
{
    bool finished = false; // exited by itself, in time
    int exitCode = -1;
    QString out;
    QString err;

    // For failure messages.
    QByteArray describe() const;
};

// The environment our programs run in for tests: the caller's, but without
// IMAGECHAT_IDENTITY, so that only --identity decides which identity a run uses.
QProcessEnvironment programEnvironment();

// Runs a program until it exits, keeping the event loop turning.
ProgramRun runProgram(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment = programEnvironment(),
                      int timeoutMs = 20000);

// One real imagechat-server process. It is killed when the object goes
// away, so a failing test leaves nothing running.
class ServerProcess
{
public:
    ~ServerProcess() { kill(); }

    // Starts the server and waits for its "listening on" line. Extra
    // arguments follow --listen and --data (--store and --bus for a cluster
    // node, --tls-cert and --tls-key...).
    bool start(const QString &listen, const QString &dataDir,
               const QStringList &extraArguments = {});
    // A crash: SIGKILL, no chance to close anything cleanly.
    void kill();

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    // Where /metrics is served, when started with --metrics-listen (else 0).
    quint16 metricsPort() const { return m_metricsPort; }
    // Whether it said wss:// (it was given a certificate).
    bool isTls() const { return m_tls; }
    ServerAddress address() const { return { QStringLiteral("127.0.0.1"), m_port, m_tls, {} }; }
    QString url() const
    {
        return QStringLiteral("%1://127.0.0.1:%2")
            .arg(m_tls ? QStringLiteral("wss") : QStringLiteral("ws"))
            .arg(m_port);
    }
    // What the server said, for failure messages.
    QByteArray diagnostics();

private:
    QProcess m_process;
    QByteArray m_stdout;
    quint16 m_port = 0;
    quint16 m_metricsPort = 0;
    bool m_tls = false;
};

} // namespace ImageChat::Test
