#include "desktopnotifications.h"

#include "appsettings.h"
#include "mentionnotifier.h"

#include "logging.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSystemTrayIcon>
#include <QWidget>

namespace ImageChat {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

FreedesktopNotifications::FreedesktopNotifications(QObject *parent)
    : NotificationSink(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                SLOT(onClosed(uint, uint)));
}

bool FreedesktopNotifications::available()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    QDBusConnectionInterface *iface = bus.interface();
    return iface->isServiceRegistered(kService).value()
        || iface->activatableServiceNames().value().contains(kService);
}

void FreedesktopNotifications::show(const QString &title, const QString &body,
                                    const QString &markerId)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    // The "default" action is what a click on the notification invokes.
    call << QCoreApplication::applicationName() << uint(0) << QStringLiteral("imagechat") << title
         << body.toHtmlEscaped()
         << QStringList { QStringLiteral("default"), tr("Open", "open the marker") }
         << QVariantMap { { QStringLiteral("desktop-entry"), QStringLiteral("imagechat") } }
         << int(-1);
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, markerId, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qCWarning(lcNotify) << "notification not shown:" << reply.error().message();
            return;
        }
        m_markers.insert(reply.value(), markerId);
    });
}

void FreedesktopNotifications::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_markers.constFind(id);
    if (it == m_markers.cend() || action != QLatin1String("default"))
        return;
    emit activated(*it);
}

void FreedesktopNotifications::onClosed(uint id, uint)
{
    m_markers.remove(id);
}

TrayNotifications::TrayNotifications(QObject *parent)
    : NotificationSink(parent)
    , m_tray(new QSystemTrayIcon(QApplication::windowIcon(), this))
{
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_marker.isEmpty())
            emit activated(m_marker);
    });
}

bool TrayNotifications::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

void TrayNotifications::show(const QString &title, const QString &body, const QString &markerId)
{
    m_marker = markerId;
    // A balloon needs an icon in the tray; it stays only while one is shown.
    m_tray->show();
    m_tray->showMessage(title, body, QSystemTrayIcon::Information);
}

NotificationSink *makeNotificationSink(QObject *parent)
{
    if (FreedesktopNotifications::available())
        return new FreedesktopNotifications(parent);
    if (TrayNotifications::available())
        return new TrayNotifications(parent);
    qCInfo(lcNotify) << "no notification service and no system tray: no notifications";
    return nullptr;
}

void watchMentions(MentionNotifier *mentions, AppSettings *settings, QWidget *window)
{
    mentions->setEnabled(settings->notificationsEnabled());
    QObject::connect(settings, &AppSettings::changed, mentions, [mentions, settings] {
        mentions->setEnabled(settings->notificationsEnabled());
    });
    mentions->setWatching([window] { return window->isActiveWindow(); });
    mentions->setSink(makeNotificationSink(window));
}

} // namespace ImageChat
