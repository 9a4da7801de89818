#pragma once

#include <QObject>
#include <QString>

namespace ImageChat {

// Carries stored events (UTF-8 JSON, one broadcast each, with the seq the
// store gave it) to every server node that has clients in the room. In one
// process it is a direct call; across nodes it is Redis pub/sub behind the
// same members.
//
// Delivery is at most once: a bus across nodes may lose messages while it is
// cut off. It says so with connectedChanged(false) and, once it delivers
// again, resumed(); the server then catches up its rooms from the store, so
// nothing depends on the bus being reliable, only on it being fast.
class Bus : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Delivers at once to this node (delivered() is emitted before publish
    // returns, so a node's own clients never wait on the network) and, where
    // there are other nodes, to those subscribed to the room.
    virtual void publish(const QString &room, qint64 seq, const QByteArray &message) = 0;
    // Rooms this node has clients in; only their events come from other nodes.
    virtual void subscribe(const QString &room) { Q_UNUSED(room) }
    virtual void unsubscribe(const QString &room) { Q_UNUSED(room) }
    // Whether messages published now reach the other nodes.
    virtual bool isConnected() const { return true; }
    // Ephemeral messages (presence, typing): to the other nodes subscribed
    // to the room only, never to this node, no seq, at most once. One
    // process has no other nodes.
    virtual void publishTransient(const QString &room, const QByteArray &message)
    {
        Q_UNUSED(room)
        Q_UNUSED(message)
    }

signals:
    void delivered(const QString &room, qint64 seq, const QByteArray &message);
    // A transient message from another node (its id, so that what it says
    // about its own people can be kept apart and forgotten with it).
    void transientDelivered(const QString &room, const QByteArray &node, const QByteArray &message);
    void connectedChanged(bool connected);
    // Delivering again after a cut: events published meanwhile were lost.
    void resumed();
};

// One process: publish is delivery.
class LocalBus : public Bus
{
    Q_OBJECT

public:
    using Bus::Bus;
    void publish(const QString &room, qint64 seq, const QByteArray &message) override;
};

} // namespace ImageChat
