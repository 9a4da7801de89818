#include "reachability.h"

#include "logging.h"

#include <QNetworkInformation>

namespace ImageChat {

SystemReachability::SystemReachability(QObject *parent)
    : Reachability(parent)
{
    // loadDefaultBackend() fails without NetworkManager on the system bus;
    // try the Linux backends by name, then whatever the platform offers.
    const QStringList candidates { QStringLiteral("networkmanager"), QStringLiteral("glib") };
    bool loaded = false;
    for (const QString &name : candidates) {
        if (QNetworkInformation::loadBackendByName(name)
            && QNetworkInformation::instance()->reachability()
                != QNetworkInformation::Reachability::Unknown) {
            loaded = true;
            break;
        }
    }
    if (!loaded)
        loaded = QNetworkInformation::instance() || QNetworkInformation::loadDefaultBackend();
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!loaded || !info) {
        qCInfo(lcSync) << "no network information backend; treating the network as available";
        return;
    }
    m_backend = info->backendName();
    connect(info, &QNetworkInformation::reachabilityChanged, this, &SystemReachability::update);
    update();
}

void SystemReachability::update()
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    Status next = Status::Unknown;
    switch (info ? info->reachability() : QNetworkInformation::Reachability::Unknown) {
    case QNetworkInformation::Reachability::Disconnected:
        next = Status::Offline;
        break;
    case QNetworkInformation::Reachability::Local:
    case QNetworkInformation::Reachability::Site:
    case QNetworkInformation::Reachability::Online:
        next = Status::Online;
        break;
    case QNetworkInformation::Reachability::Unknown:
        break;
    }
    if (next == m_status)
        return;
    m_status = next;
    emit statusChanged(next);
}

} // namespace ImageChat
