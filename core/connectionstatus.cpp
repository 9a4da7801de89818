#include "connectionstatus.h"

#include <cmath>

namespace ImageChat {

ConnectionStatus::ConnectionStatus(SyncService *sync, Reachability *reachability, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_reachability(reachability)
{
    connect(sync, &SyncService::stateChanged, this, &ConnectionStatus::update);
    if (reachability)
        connect(reachability, &Reachability::statusChanged, this, &ConnectionStatus::update);
    // The countdown ("reconnecting in 4 s") needs a tick while it runs.
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &ConnectionStatus::update);
    update();
}

void ConnectionStatus::update()
{
    const SyncService::State state = m_sync->state();
    if (state == SyncService::State::Live)
        m_everLive = true;
    Kind kind = Kind::Hidden;
    int seconds = 0;
    QString detail;
    if (m_reachability && !m_reachability->isOnline()) {
        kind = Kind::Offline;
    } else {
        switch (state) {
        case SyncService::State::Live:
            kind = Kind::Hidden;
            break;
        case SyncService::State::Disconnected:
        case SyncService::State::Connecting:
            kind = m_everLive ? Kind::Reconnecting : Kind::Connecting;
            break;
        case SyncService::State::Resyncing:
            kind = m_everLive ? Kind::Resyncing : Kind::Connecting;
            break;
        case SyncService::State::WaitingToRetry:
            kind = Kind::Reconnecting;
            seconds = int(std::ceil(double(std::max<qint64>(0, m_sync->msUntilRetry())) / 1000.0));
            break;
        case SyncService::State::Failed:
            kind = Kind::Failed;
            detail = m_sync->lastError().message;
            break;
        }
    }
    if (kind == Kind::Reconnecting && seconds > 0)
        m_ticker.start();
    else
        m_ticker.stop();
    if (kind == m_kind && seconds == m_seconds && detail == m_detail)
        return;
    m_kind = kind;
    m_seconds = seconds;
    m_detail = detail;
    emit changed();
}

OpError ConnectionStatus::sendError() const
{
    switch (m_kind) {
    case Kind::Hidden:
        return {};
    case Kind::Offline:
        return { ErrorCode::Offline,
                 tr("You are offline, so this was not sent. It will not be sent later; send it "
                    "again when you are back online.") };
    case Kind::Failed:
        return { ErrorCode::Offline, tr("Not connected to the room: %1").arg(m_detail) };
    default:
        return { ErrorCode::Offline,
                 tr("Not connected to the server, so this was not sent. It will not be sent "
                    "later; send it again once the connection is back.") };
    }
}

} // namespace ImageChat
