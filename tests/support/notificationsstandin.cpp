#include "notificationsstandin.h"

#include <QDBusMessage>

namespace ImageChat::Test {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

NotificationsStandIn::NotificationsStandIn()
    : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                          QStringLiteral("notifications-stand-in")))
{
    m_registered = m_bus.isConnected()
        && m_bus.registerObject(kPath, this, QDBusConnection::ExportAllSlots)
        && m_bus.registerService(kService);
}

NotificationsStandIn::~NotificationsStandIn()
{
    m_bus.unregisterService(kService);
    m_bus.unregisterObject(kPath);
    QDBusConnection::disconnectFromBus(m_bus.name());
}

uint NotificationsStandIn::Notify(const QString &appName, uint, const QString &,
                                  const QString &summary, const QString &body,
                                  const QStringList &actions, const QVariantMap &, int)
{
    const uint id = uint(m_calls.size()) + 1;
    m_calls.append({ id, appName, summary, body, actions });
    emit notified();
    return id;
}

void NotificationsStandIn::CloseNotification(uint id)
{
    m_bus.send(QDBusMessage::createSignal(kPath, kService, QStringLiteral("NotificationClosed"))
               << id << uint(3));
}

QStringList NotificationsStandIn::GetCapabilities()
{
    return { QStringLiteral("actions"), QStringLiteral("body") };
}

QString NotificationsStandIn::GetServerInformation(QString &vendor, QString &version,
                                                   QString &specVersion)
{
    vendor = QStringLiteral("ImageChat tests");
    version = QStringLiteral("1");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("stand-in");
}

void NotificationsStandIn::invokeAction(uint id, const QString &action)
{
    m_bus.send(QDBusMessage::createSignal(kPath, kService, QStringLiteral("ActionInvoked"))
               << id << action);
}

} // namespace ImageChat::Test
