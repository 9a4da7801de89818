#pragma once

#include "operation.h"
#include "roomstate.h"
#include "store.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace ImageChat {

class Bus;
class Connections;
class Metrics;
struct TenantCounters;
struct ServerOptions;

// This node's copy of a room with members here.
// What a node last said about its people in a room, over the bus.
struct NodePresence
{
    QHash<QString, QString> people; // user -> name
    qint64 expiresAt = 0; // on the hub's clock
};

struct LiveRoom
{
    RoomRecord record;
    RoomState state;
    QList<QWebSocket *> members;
    TenantCounters *counters = nullptr; // its tenant's: fan-out counts there
    qint64 lastAt = 0;
    // Batching: encoded broadcasts waiting for the window to end.
    QList<QByteArray> queued;
    qsizetype queuedBytes = 0;
    QElapsedTimer lastFlush;
    std::shared_ptr<QTimer> flushTimer;
    // Presence (ephemeral, never stored): the people of other nodes, by
    // node, and the people (user -> name) this node's members were last told of.
    QHash<QByteArray, NodePresence> remotePeople;
    QHash<QString, QString> announced;
};

// The rooms this node serves, and how their events reach their members.
// Each copy follows the stored events in seq order, whether they come from
// this node, the bus or the store (S16: no truth here that another node can
// change); events go out batched per window, one prepared frame per room
// (S9), and a member that does not read is dropped.
class RoomHub : public QObject
{
    Q_OBJECT

public:
    RoomHub(Store *store, Bus *bus, Connections *connections, Metrics *metrics,
            const ServerOptions &options, QObject *parent = nullptr);
    ~RoomHub() override;

    // Other nodes write the same rooms (a bus across nodes): this node's
    // copies can fall behind the store.
    bool isShared() const { return m_shared; }

    // The room, loaded from the store (and followed on the bus) if nobody
    // here has it; null if it is not stored or the store cannot be read.
    LiveRoom *open(const QString &id);
    LiveRoom *find(const QString &id);
    // In the turn of the event loop that welcomes the member, so that every
    // later event reaches it after its welcome.
    void join(LiveRoom &room, QWebSocket *socket);
    void leave(const QString &id, QWebSocket *socket);
    // After the member's welcome: the others learn it is here (on every
    // node), and it gets the list of who is.
    void welcomed(const QString &id, QWebSocket *socket);
    // Passes a typing notice on to the room's other members, on every node.
    void relayTyping(const QString &id, QWebSocket *from, const QJsonObject &notice);

    // Applies and sends what the store has beyond this node's copy. The copy
    // may be started afresh (and its members told to resync) if the log no
    // longer reaches back to it.
    void catchUp(const QString &id);
    // A new event this node stored, with the conversation it leaves: applied
    // to the copy, sent to the members here and to the other nodes.
    void publish(const QString &id, const Event &event, const std::optional<Conversation> &after);
    // Forgets the bodies of all events of a room but the last `keep`.
    void pruneLog(const QString &id, qint64 keep);
    // How many rooms this node holds a copy of (operators and tests).
    int count() const { return int(m_rooms.size()); }
    // Rooms this node holds per tenant (for the metrics).
    QHash<QString, qint64> perTenant() const;

    void start();
    void stop();

signals:
    // A client was disconnected because it did not read fast enough.
    void slowClientDropped(qint64 backlogBytes);

private:
    enum class Send { MayFlush, Later };
    void onDelivered(const QString &room, qint64 seq, const QByteArray &message);
    void catchUpAll();
    // Forgets a room nobody here is a member of.
    void closeIfEmpty(const QString &id);
    bool applyStored(LiveRoom &room, const QJsonObject &event, OpError *error);
    void enqueue(const QString &room, const QByteArray &message, Send send = Send::MayFlush);
    void flushRoom(const QString &room);
    void fanOut(LiveRoom &room, const QList<QByteArray> &messages);
    // Presence: tells this node's members (but `except`) who came and went
    // since they were last told.
    void updatePresence(const QString &id, QWebSocket *except = nullptr);
    QHash<QString, QString> localPeople(const LiveRoom &room);
    // Tells the other nodes who is in the room here (nobody: forget us).
    void publishPresence(const QString &id);
    void onTransient(const QString &room, const QByteArray &node, const QByteArray &message);
    void refreshPresence();
    void sendToMembers(const QString &id, const QJsonObject &message, QWebSocket *except);

    Store *m_store;
    Bus *m_bus;
    Connections *m_connections;
    Metrics *m_metrics;
    const ServerOptions &m_options;
    bool m_shared;
    QHash<QString, LiveRoom> m_rooms;
    QTimer m_catchUpTimer;
    QTimer m_presenceTimer;
    QElapsedTimer m_clock;
};

} // namespace ImageChat
