#include "redisprocess.h"

#include <csignal>

#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <hiredis/hiredis.h>

#include <memory>

namespace ImageChat::Test {

namespace {

struct ContextFree
{
    void operator()(redisContext *context) const { redisFree(context); }
};
struct ReplyFree
{
    void operator()(redisReply *reply) const { freeReplyObject(reply); }
};
using Context = std::unique_ptr<redisContext, ContextFree>;
using Reply = std::unique_ptr<redisReply, ReplyFree>;

Context connectTo(quint16 port)
{
    const timeval timeout { 1, 0 };
    Context context(redisConnectWithTimeout("127.0.0.1", port, timeout));
    if (!context || context->err)
        return {};
    redisSetTimeout(context.get(), timeout);
    return context;
}

Reply command(quint16 port, std::initializer_list<QByteArray> args)
{
    const Context context = connectTo(port);
    if (!context)
        return {};
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    for (const QByteArray &arg : args) {
        argv.push_back(arg.constData());
        lengths.push_back(size_t(arg.size()));
    }
    return Reply(static_cast<redisReply *>(
        redisCommandArgv(context.get(), int(argv.size()), argv.data(), lengths.data())));
}

} // namespace

RedisProcess::RedisProcess()
{
    // A port the system had free a moment ago; redis-server gets it again
    // after every stop(), so the buses find it where they left it.
    QTcpServer probe;
    if (probe.listen(QHostAddress::LocalHost, 0))
        m_port = probe.serverPort();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setWorkingDirectory(m_dir.path());
}

RedisProcess::~RedisProcess()
{
    stop();
}

bool RedisProcess::start()
{
    if (isRunning())
        return true;
    const QString program = QStandardPaths::findExecutable(QStringLiteral("redis-server"));
    if (program.isEmpty()) {
        m_output += "redis-server not found on PATH (scripts/install-deps.sh installs it)\n";
        return false;
    }
    m_process.start(program,
                    { QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--bind"),
                      QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(),
                      QStringLiteral("--appendonly"), QStringLiteral("no"),
                      QStringLiteral("--daemonize"), QStringLiteral("no"), QStringLiteral("--dir"),
                      m_dir.path() });
    if (!m_process.waitForStarted(5000))
        return false;
    // Ready when it answers; until then connections are refused. A short
    // event-loop wait between tries, ended early if the process dies (a port
    // taken meanwhile, say).
    const QDeadlineTimer deadline(10000);
    while (!answersPing()) {
        if (!isRunning() || deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

void RedisProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
    m_output += m_process.readAll();
}

void RedisProcess::pause()
{
    if (m_process.state() == QProcess::Running)
        ::kill(pid_t(m_process.processId()), SIGSTOP);
}

void RedisProcess::resume()
{
    if (m_process.state() == QProcess::Running)
        ::kill(pid_t(m_process.processId()), SIGCONT);
}

QByteArray RedisProcess::diagnostics()
{
    return m_output + m_process.readAll();
}

bool RedisProcess::answersPing() const
{
    const Reply reply = command(m_port, { QByteArrayLiteral("PING") });
    return reply && reply->type == REDIS_REPLY_STATUS && QByteArray(reply->str) == "PONG";
}

qint64 RedisProcess::publish(const QByteArray &channel, const QByteArray &payload) const
{
    const Reply reply = command(m_port, { QByteArrayLiteral("PUBLISH"), channel, payload });
    return reply && reply->type == REDIS_REPLY_INTEGER ? reply->integer : -1;
}

qint64 RedisProcess::subscribers(const QByteArray &channel) const
{
    const Reply reply =
        command(m_port, { QByteArrayLiteral("PUBSUB"), QByteArrayLiteral("NUMSUB"), channel });
    // [channel, count]
    if (!reply || reply->type != REDIS_REPLY_ARRAY || reply->elements != 2
        || reply->element[1]->type != REDIS_REPLY_INTEGER)
        return -1;
    return reply->element[1]->integer;
}

} // namespace ImageChat::Test
