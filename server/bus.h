#pragma once

#include <QObject>
#include <QString>

namespace ImageChat {

// Carries encoded broadcasts (UTF-8 JSON, one server message each) to every
// server node that has clients in the room. In one process it is a direct
// call; across nodes it is Redis pub/sub behind the same two members.
class Bus : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void publish(const QString &room, const QByteArray &message) = 0;

signals:
    void delivered(const QString &room, const QByteArray &message);
};

class LocalBus : public Bus
{
    Q_OBJECT

public:
    using Bus::Bus;
    void publish(const QString &room, const QByteArray &message) override;
};

} // namespace ImageChat
