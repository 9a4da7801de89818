#pragma once

#include <QByteArray>
#include <QProcess>
#include <QTemporaryDir>

namespace ImageChat::Test {

// One real redis-server on 127.0.0.1 and a free port, nothing saved to disk,
// its working folder a temporary one. stop() and start() make an outage and
// bring the same server address back. It is killed when the object goes
// away, so a failing test leaves nothing running.
class RedisProcess
{
public:
    RedisProcess();
    ~RedisProcess();

    // Starts redis-server and waits until it answers PING; false if it did
    // not get there (diagnostics() says why).
    bool start();
    // A crash: SIGKILL, every connection cut at once.
    void stop();
    // A stall (SIGSTOP): connections stay open, nothing answers, as over a
    // cut network; resume() (SIGCONT) lets it go on.
    void pause();
    void resume();

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("redis://127.0.0.1:%1").arg(m_port); }
    QByteArray diagnostics();

    // A raw client beside the buses (a blocking hiredis connection), to put
    // on the wire what no bus would send and to ask Redis what it knows.
    // PUBLISH: the number of subscribers reached, -1 on failure.
    qint64 publish(const QByteArray &channel, const QByteArray &payload) const;
    // PUBSUB NUMSUB: connections subscribed to the channel, -1 on failure.
    qint64 subscribers(const QByteArray &channel) const;

private:
    bool answersPing() const;

    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

} // namespace ImageChat::Test
