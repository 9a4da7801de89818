#pragma once

#include "reachability.h"
#include "syncservice.h"

#include <QObject>
#include <QTimer>

namespace ImageChat {

// What the offline banner says, worked out from the sync service's state and
// the network's reachability (S6, S13). Also the one place that decides
// whether changes can be sent: only when the banner is hidden.
class ConnectionStatus : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        Hidden, // live: nothing to say
        Connecting, // first connection to the room
        Offline, // the system reports no network
        Reconnecting, // connection lost; next attempt in secondsToRetry()
        Resyncing, // connected again, catching up
        Failed, // refused for good; detail() says why
    };
    Q_ENUM(Kind)

    ConnectionStatus(SyncService *sync, Reachability *reachability, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    int secondsToRetry() const { return m_seconds; }
    QString detail() const { return m_detail; }
    bool canSend() const { return m_kind == Kind::Hidden; }
    // The reason to give when a change is attempted while !canSend().
    OpError sendError() const;

signals:
    void changed();

private:
    void update();

    SyncService *m_sync;
    Reachability *m_reachability;
    Kind m_kind = Kind::Connecting;
    int m_seconds = 0;
    QString m_detail;
    bool m_everLive = false;
    QTimer m_ticker;
};

} // namespace ImageChat
