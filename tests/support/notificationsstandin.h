#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace ImageChat::Test {

// org.freedesktop.Notifications on the session bus (a private one: run the
// test under dbus-run-session), recording each Notify call. It has its own
// bus connection, so the program under test reaches it through the bus
// daemon exactly as it would reach the desktop's service.
class NotificationsStandIn : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        uint id = 0;
        QString appName;
        QString summary;
        QString body;
        QStringList actions;
    };

    NotificationsStandIn();
    ~NotificationsStandIn() override;
    // Owns the service name on the bus.
    bool isRegistered() const { return m_registered; }
    const QList<Call> &calls() const { return m_calls; }

    // What the desktop does when the user clicks the notification.
    void invokeAction(uint id, const QString &action = QStringLiteral("default"));

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout);
    void CloseNotification(uint id);
    QStringList GetCapabilities();
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion);

signals:
    void notified();

private:
    QDBusConnection m_bus;
    bool m_registered = false;
    QList<Call> m_calls;
};

} // namespace ImageChat::Test
