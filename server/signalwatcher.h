#pragma once

#include <QObject>

class QSocketNotifier;

namespace ImageChat {

// Turns SIGINT and SIGTERM into a Qt signal (self-pipe), so a server stopped
// with Ctrl+C or by its supervisor closes its database cleanly.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void quitRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace ImageChat
