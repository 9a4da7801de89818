#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ImageChat::Test {

// A throwaway PostgreSQL cluster for one test program: initdb in a temporary
// folder, a server on a free loopback port with trust authentication, and a
// database "imagechat". The destructor stops the server and removes the
// folder, also when the test failed. initdb refuses to run as root, so as
// root the server programs run as the user postgres.
class PostgresProcess
{
public:
    PostgresProcess() = default;
    ~PostgresProcess();
    PostgresProcess(const PostgresProcess &) = delete;
    PostgresProcess &operator=(const PostgresProcess &) = delete;

    // Creates the cluster and the database and starts the server; false with
    // errorString() if anything failed (no PostgreSQL installed, say).
    bool init();
    // Starts the server again: same port, same data.
    bool start();
    // Stops the server (fast shutdown: clients are disconnected at once).
    bool stop();

    bool isRunning() const { return m_running; }
    quint16 port() const { return m_port; }
    QString url() const;
    QString errorString() const { return m_error; }

private:
    bool run(const QString &program, const QStringList &arguments, bool asServerUser);
    QString binary(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_binDir;
    QString m_dataDir;
    quint16 m_port = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace ImageChat::Test
