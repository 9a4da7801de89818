#include "postgresprocess.h"

#include <QCollator>
#include <QDir>
#include <QProcess>
#include <QTcpServer>

#include <unistd.h>

namespace ImageChat::Test {

namespace {

// Debian installs each major version side by side; take the newest.
QString findBinDir()
{
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), collator);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = root.filePath(*it + QStringLiteral("/bin"));
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable())
            return bin;
    }
    return {};
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

PostgresProcess::~PostgresProcess()
{
    // Immediate: the folder goes next, nothing in it needs to be kept.
    if (m_running)
        run(binary(QStringLiteral("pg_ctl")),
            { QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("immediate"),
              QStringLiteral("-w"), QStringLiteral("stop") },
            true);
}

QString PostgresProcess::binary(const QString &name) const
{
    return m_binDir + QLatin1Char('/') + name;
}

QString PostgresProcess::url() const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/imagechat").arg(m_port);
}

bool PostgresProcess::run(const QString &program, const QStringList &arguments, bool asServerUser)
{
    QProcess process;
    if (asServerUser && isRoot()) {
        process.setProgram(QStringLiteral("runuser"));
        process.setArguments(QStringList { QStringLiteral("-u"), QStringLiteral("postgres"),
                                           QStringLiteral("--"), program }
                             + arguments);
    } else {
        process.setProgram(program);
        process.setArguments(arguments);
    }
    process.setProcessChannelMode(QProcess::MergedChannels);
    // Runs in the folder it owns: runuser keeps the working directory, which
    // the user postgres may not be allowed to enter.
    process.setWorkingDirectory(m_dir.path());
    process.start();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed: %3")
                      .arg(program, arguments.join(QLatin1Char(' ')),
                           QString::fromLocal8Bit(process.readAll()).trimmed());
        process.kill();
        process.waitForFinished(1000);
        return false;
    }
    return true;
}

bool PostgresProcess::init()
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        m_error = QStringLiteral("no PostgreSQL in /usr/lib/postgresql/*/bin");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    m_dataDir = m_dir.filePath(QStringLiteral("data"));
    if (isRoot()
        && !run(QStringLiteral("chown"), { QStringLiteral("postgres:postgres"), m_dir.path() },
                false))
        return false;
    m_port = freePort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free port");
        return false;
    }
    // --no-sync and fsync=off below: a test cluster never needs to survive a power cut.
    if (!run(binary(QStringLiteral("initdb")),
             { QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), QStringLiteral("postgres"),
               QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
               QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync") },
             true))
        return false;
    if (!start())
        return false;
    return run(binary(QStringLiteral("createdb")),
               { QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                 QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"),
                 QStringLiteral("imagechat") },
               false);
}

bool PostgresProcess::start()
{
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                           "-c shared_buffers=32MB -c max_connections=40")
                                .arg(m_port)
                                .arg(m_dir.path());
    // -w: returns once the server accepts connections.
    m_running = run(binary(QStringLiteral("pg_ctl")),
                    { QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"),
                      m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options,
                      QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                      QStringLiteral("start") },
                    true);
    return m_running;
}

bool PostgresProcess::stop()
{
    if (!m_running)
        return true;
    m_running = !run(binary(QStringLiteral("pg_ctl")),
                     { QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"),
                       QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"),
                       QStringLiteral("60"), QStringLiteral("stop") },
                     true);
    return !m_running;
}

} // namespace ImageChat::Test
