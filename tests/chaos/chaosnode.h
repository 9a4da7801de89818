#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace ImageChat::Chaos {

// One imagechat-server process that the harness starts, kills with SIGKILL
// and starts again on the same port with the same data. Every exit it did
// not ask for is kept as a crash. Starting is asynchronous (the clients go
// on meanwhile); a start the server refuses (its database is down) is tried
// again until it works or stop() is called.
class ChaosNode : public QObject
{
public:
    ChaosNode(const QString &program, const QString &name, const QStringList &arguments,
              QObject *parent = nullptr);
    ~ChaosNode() override;

    // Port 0 the first time: the server picks one, kept for every restart.
    void start(quint16 port = 0);
    // kill -9.
    void kill();
    // SIGTERM and wait: true if it ended by itself with status 0.
    bool terminate(int timeoutMs = 10000);

    bool isUp() const { return m_up; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    quint16 port() const { return m_port; }
    const QString &name() const { return m_name; }
    // Exits nobody asked for, described.
    const QStringList &crashes() const { return m_crashes; }
    int kills() const { return m_kills; }
    // What it said last, for failure messages.
    QByteArray tail() const { return m_output; }

private:
    void launch();
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QString m_program;
    QString m_name;
    QStringList m_arguments;
    QProcess m_process;
    QTimer m_retry;
    QByteArray m_output; // the last few KiB of stdout and stderr
    quint16 m_port = 0;
    bool m_up = false;
    bool m_wanted = false; // an exit now is a crash
    int m_kills = 0;
    QStringList m_crashes;
};

} // namespace ImageChat::Chaos
