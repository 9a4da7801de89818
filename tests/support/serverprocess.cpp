#include "serverprocess.h"

#include <QRegularExpression>
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
