#include "serverprocess.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace ImageChat::Test {

QString serverBinary()
{
    return qEnvironmentVariable("IMAGECHAT_SERVER_BIN");
}

QString cliBinary()
{
    return qEnvironmentVariable("IMAGECHAT_CLI_BIN");
}

QByteArray ProgramRun::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(finished ? QString::number(exitCode) : QStringLiteral("(did not finish)"), out, err)
        .toUtf8();
}

QProcessEnvironment programEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("IMAGECHAT_IDENTITY"));
    return env;
}

ProgramRun runProgram(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    QSignalSpy errors(&process, &QProcess::errorOccurred);
    process.start(program, arguments);
    ProgramRun run;
    run.finished =
        QTest::qWaitFor([&] { return !finished.isEmpty() || !errors.isEmpty(); }, timeoutMs)
        && !finished.isEmpty() && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run; // ~QProcess kills it if it is still running
}

bool ServerProcess::start(const QString &listen, const QString &dataDir,
                          const QStringList &extraArguments)
{
    // Output of an earlier run (the same object started again) is not this one's.
    m_stdout.clear();
    m_process.setProgram(serverBinary());
    m_process.setArguments(
        QStringList { QStringLiteral("--listen"), listen, QStringLiteral("--data"), dataDir }
        + extraArguments);
    m_process.start();
    static const QRegularExpression listening(
        QStringLiteral("imagechat-server listening on (wss?)://127\\.0\\.0\\.1:(\\d+)/"));
    QRegularExpressionMatch match;
    const bool ended = QTest::qWaitFor(
        [&] {
            m_stdout += m_process.readAllStandardOutput();
            match = listening.match(QString::fromUtf8(m_stdout));
            return match.hasMatch() || m_process.state() == QProcess::NotRunning;
        },
        10000);
    if (!ended || !match.hasMatch())
        return false;
    m_tls = match.captured(1) == QLatin1String("wss");
    m_port = quint16(match.captured(2).toUInt());
    m_metricsPort = 0;
    if (extraArguments.contains(QLatin1String("--metrics-listen"))) {
        static const QRegularExpression metrics(
            QStringLiteral("metrics on http://[^ ]+:(\\d+)/metrics"));
        QTest::qWaitFor(
            [&] {
                m_stdout += m_process.readAllStandardOutput();
                match = metrics.match(QString::fromUtf8(m_stdout));
                return match.hasMatch() || m_process.state() == QProcess::NotRunning;
            },
            10000);
        m_metricsPort = match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
        if (!m_metricsPort)
            return false;
    }
    return m_port != 0;
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QByteArray ServerProcess::diagnostics()
{
    return m_stdout + m_process.readAllStandardOutput() + m_process.readAllStandardError();
}

} // namespace ImageChat::Test
