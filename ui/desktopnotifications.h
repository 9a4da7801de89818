#pragma once

#include "notifications.h"

#include <QHash>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace ImageChat {

class AppSettings;
class MentionNotifier;

// The desktop's notification service (org.freedesktop.Notifications on the
// session bus): native look, kept in the desktop's notification list, and
// clickable through its "default" action.
class FreedesktopNotifications : public NotificationSink
{
    Q_OBJECT

public:
    explicit FreedesktopNotifications(QObject *parent = nullptr);

    // Whether a service runs on the session bus or would be started for it.
    static bool available();

    void show(const QString &title, const QString &body, const QString &markerId) override;

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    // The service's ids of the notifications this object showed; the
    // signals go to every client, and other windows' ids are not ours.
    QHash<uint, QString> m_markers;
};

// The system tray's balloon, where no notification service runs. It tells
// only which balloon was clicked last, so it remembers the latest marker.
class TrayNotifications : public NotificationSink
{
    Q_OBJECT

public:
    explicit TrayNotifications(QObject *parent = nullptr);
    static bool available();
    void show(const QString &title, const QString &body, const QString &markerId) override;

private:
    QSystemTrayIcon *m_tray;
    QString m_marker;
};

// The desktop's notification service, or else the tray, or else none (null).
NotificationSink *makeNotificationSink(QObject *parent);

// Notifications of `mentions` go to the desktop while `window` is not the
// active one, as long as the setting has them on.
void watchMentions(MentionNotifier *mentions, AppSettings *settings, QWidget *window);

} // namespace ImageChat
