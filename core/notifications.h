#pragma once

#include <QObject>

namespace ImageChat {

// Somewhere to show a desktop notification that leads back to a marker.
class NotificationSink : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void show(const QString &title, const QString &body, const QString &markerId) = 0;

signals:
    // The user clicked the notification about this marker.
    void activated(const QString &markerId);
};

} // namespace ImageChat
