#include "chaosnode.h"

#include <QRegularExpression>

#include <signal.h>

namespace ImageChat::Chaos {

namespace {
constexpr qsizetype TailBytes = 16 * 1024;
}

ChaosNode::ChaosNode(const QString &program, const QString &name, const QStringList &arguments,
                     QObject *parent)
    : QObject(parent)
    , m_program(program)
    , m_name(name)
    , m_arguments(arguments)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ChaosNode::onOutput);
    connect(&m_process, &QProcess::finished, this, &ChaosNode::onFinished);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ChaosNode::launch);
}

ChaosNode::~ChaosNode()
{
    m_wanted = false;
    m_retry.stop();
    m_process.disconnect(this);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void ChaosNode::start(quint16 port)
{
    if (port)
        m_port = port;
    m_wanted = true;
    if (m_process.state() == QProcess::NotRunning && !m_retry.isActive())
        launch();
}

void ChaosNode::launch()
{
    if (!m_wanted || m_process.state() != QProcess::NotRunning)
        return;
    m_up = false;
    m_output.clear();
    m_process.start(
        m_program,
        QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port) }
            + m_arguments);
}

void ChaosNode::onOutput()
{
    m_output += m_process.readAllStandardOutput();
    if (!m_up) {
        static const QRegularExpression listening(
            QStringLiteral("imagechat-server listening on wss?://127\\.0\\.0\\.1:(\\d+)/"));
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            m_up = true;
        }
    }
    if (m_output.size() > TailBytes)
        m_output = m_output.right(TailBytes);
}

void ChaosNode::kill()
{
    if (m_process.state() == QProcess::NotRunning) {
        m_wanted = false;
        m_retry.stop();
        return;
    }
    m_wanted = false;
    m_retry.stop();
    ++m_kills;
    m_process.kill();
    m_process.waitForFinished(5000);
    m_up = false;
}

bool ChaosNode::terminate(int timeoutMs)
{
    m_retry.stop();
    if (m_process.state() == QProcess::NotRunning) {
        m_wanted = false;
        return true;
    }
    m_wanted = false;
    m_process.disconnect(this);
    ::kill(pid_t(m_process.processId()), SIGTERM);
    const bool ended = m_process.waitForFinished(timeoutMs);
    m_output += m_process.readAll();
    const bool clean =
        ended && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    if (!clean) {
        m_crashes.append(QStringLiteral("%1 did not shut down cleanly (%2, exit %3): %4")
                             .arg(m_name,
                                  !ended ? QStringLiteral("hung")
                                      : m_process.exitStatus() == QProcess::CrashExit
                                      ? QStringLiteral("crashed")
                                      : QStringLiteral("exited"))
                             .arg(m_process.exitCode())
                             .arg(QString::fromUtf8(m_output.right(2000))));
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_up = false;
    return clean;
}

void ChaosNode::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_output += m_process.readAll();
    const bool wasUp = m_up;
    m_up = false;
    if (!m_wanted)
        return;
    if (!wasUp && status == QProcess::NormalExit && exitCode == 1) {
        // Refused to start (its database is away, the port not free yet):
        // what a service manager would do, try again shortly.
        m_retry.start(250);
        return;
    }
    m_crashes.append(QStringLiteral("%1 %2 (exit %3) without being asked: %4")
                         .arg(m_name,
                              status == QProcess::CrashExit ? QStringLiteral("crashed")
                                                            : QStringLiteral("exited"))
                         .arg(exitCode)
                         .arg(QString::fromUtf8(m_output.right(2000))));
    // Up again, so that the run can still be checked.
    m_retry.start(250);
}

} // namespace ImageChat::Chaos
