#include "roomhub.h"

#include "bus.h"
#include "chatserver.h"
#include "connections.h"
#include "framewriter.h"
#include "metrics.h"
#include "serverlogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QWebSocket>

#include <limits>

namespace ImageChat {

namespace {

// A batch never grows past this; a longer burst goes out in several.
constexpr qsizetype MaxBatchBytes = 64 * 1024;
// What one node tells the others about its people in a room (bus only).
const QString NodePresenceType = QStringLiteral("node-presence");

QJsonObject person(const QString &user, const QString &name)
{
    return { { QStringLiteral("user"), user }, { QStringLiteral("name"), name } };
}

QJsonArray peopleJson(const QHash<QString, QString> &people)
{
    QStringList users = people.keys();
    users.sort();
    QJsonArray array;
    for (const QString &user : std::as_const(users))
        array.append(person(user, people.value(user)));
    return array;
}

} // namespace

RoomHub::RoomHub(Store *store, Bus *bus, Connections *connections, Metrics *metrics,
                 const ServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_bus(bus)
    , m_connections(connections)
    , m_metrics(metrics)
    , m_options(options)
    , m_shared(!qobject_cast<LocalBus *>(bus))
{
    connect(m_bus, &Bus::delivered, this, &RoomHub::onDelivered);
    // The bus was cut off and may have lost events: the store has them all.
    connect(m_bus, &Bus::resumed, this, &RoomHub::catchUpAll);
    // Across nodes the bus may drop a message without being cut off (or
    // before a new subscription is in place); a look at the store now and
    // then bounds how long members can stay behind. One process needs none.
    if (m_shared && m_options.catchUpIntervalMs > 0) {
        m_catchUpTimer.setInterval(m_options.catchUpIntervalMs);
        connect(&m_catchUpTimer, &QTimer::timeout, this, &RoomHub::catchUpAll);
    }
    m_clock.start();
    connect(m_bus, &Bus::transientDelivered, this, &RoomHub::onTransient);
    if (m_shared && m_options.presenceRefreshMs > 0) {
        m_presenceTimer.setInterval(m_options.presenceRefreshMs);
        connect(&m_presenceTimer, &QTimer::timeout, this, &RoomHub::refreshPresence);
    }
}

RoomHub::~RoomHub() = default;

void RoomHub::start()
{
    if (m_catchUpTimer.interval() > 0)
        m_catchUpTimer.start();
    if (m_presenceTimer.interval() > 0)
        m_presenceTimer.start();
}

void RoomHub::stop()
{
    m_catchUpTimer.stop();
    m_presenceTimer.stop();
    m_rooms.clear();
}

QHash<QString, qint64> RoomHub::perTenant() const
{
    QHash<QString, qint64> rooms;
    for (const LiveRoom &room : m_rooms)
        ++rooms[room.record.tenant];
    return rooms;
}

LiveRoom *RoomHub::find(const QString &id)
{
    const auto it = m_rooms.find(id);
    return it == m_rooms.end() ? nullptr : &*it;
}

LiveRoom *RoomHub::open(const QString &id)
{
    if (LiveRoom *room = find(id))
        return room;
    // Subscribed before the state is read, so nothing stored after the read
    // can pass this node by; what the subscription brings that the read
    // already had is dropped by its seq.
    m_bus->subscribe(id);
    std::optional<std::pair<RoomRecord, RoomState>> loaded = m_store->loadRoom(id);
    if (!loaded) {
        m_bus->unsubscribe(id);
        return nullptr;
    }
    LiveRoom room;
    room.record = std::move(loaded->first);
    room.state = std::move(loaded->second);
    room.state.owner = room.record.owner;
    room.state.limits = m_options.limits;
    room.counters = m_metrics->forTenant(room.record.tenant);
    return &*m_rooms.insert(id, std::move(room));
}

void RoomHub::closeIfEmpty(const QString &id)
{
    const auto it = m_rooms.find(id);
    if (it == m_rooms.end() || !it->members.isEmpty())
        return;
    // Nobody left: the store has everything; free the memory.
    m_rooms.erase(it);
    m_bus->unsubscribe(id);
}

void RoomHub::join(LiveRoom &room, QWebSocket *socket)
{
    room.members.append(socket);
    // Broadcasts waiting for the batch window are all in its welcome.
    if (Session *session = m_connections->find(socket))
        session->skipQueued = room.queued.size();
}

void RoomHub::leave(const QString &id, QWebSocket *socket)
{
    LiveRoom *room = find(id);
    if (!room || !room->members.removeOne(socket))
        return;
    // The other nodes forget this node's people at once when none are left.
    publishPresence(id);
    if (room->members.isEmpty())
        return closeIfEmpty(id);
    updatePresence(id);
}

void RoomHub::welcomed(const QString &id, QWebSocket *socket)
{
    updatePresence(id, socket);
    LiveRoom *room = find(id);
    if (!room || !m_connections->find(socket))
        return;
    const QHash<QString, QString> people = room->announced;
    publishPresence(id);
    m_connections->send(socket,
                        { { QStringLiteral("type"), Protocol::Type::Presence },
                          { QStringLiteral("people"), peopleJson(people) } });
}

void RoomHub::relayTyping(const QString &id, QWebSocket *from, const QJsonObject &notice)
{
    sendToMembers(id, notice, from);
    if (m_shared)
        m_bus->publishTransient(id, QJsonDocument(notice).toJson(QJsonDocument::Compact));
}

QHash<QString, QString> RoomHub::localPeople(const LiveRoom &room)
{
    QHash<QString, QString> people;
    for (QWebSocket *member : room.members) {
        const Session *session = m_connections->find(member);
        // Someone with two windows open is here once, by the name of the first.
        if (session && session->hello && !session->user.isEmpty()
            && !people.contains(session->user))
            people.insert(session->user, session->name);
    }
    return people;
}

void RoomHub::updatePresence(const QString &id, QWebSocket *except)
{
    LiveRoom *room = find(id);
    if (!room)
        return;
    QHash<QString, QString> people = localPeople(*room);
    const qint64 now = m_clock.elapsed();
    for (auto it = room->remotePeople.begin(); it != room->remotePeople.end();) {
        if (it->expiresAt <= now) {
            // Not heard of for too long: that node is gone, and so are its people.
            qCInfo(lcServer) << "room" << id << "forgets the people of node" << it.key();
            it = room->remotePeople.erase(it);
            continue;
        }
        for (auto p = it->people.cbegin(); p != it->people.cend(); ++p) {
            if (!people.contains(p.key()))
                people.insert(p.key(), p.value());
        }
        ++it;
    }
    QList<QJsonObject> messages;
    for (auto it = room->announced.cbegin(); it != room->announced.cend(); ++it) {
        if (!people.contains(it.key()))
            messages.append({ { QStringLiteral("type"), Protocol::Type::Left },
                              { QStringLiteral("user"), it.key() } });
    }
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        const auto known = room->announced.constFind(it.key());
        if (known == room->announced.cend() || *known != it.value()) {
            QJsonObject joined = person(it.key(), it.value());
            joined.insert(QStringLiteral("type"), Protocol::Type::Joined);
            messages.append(joined);
        }
    }
    room->announced = people;
    for (const QJsonObject &message : std::as_const(messages))
        sendToMembers(id, message, except);
}

void RoomHub::sendToMembers(const QString &id, const QJsonObject &message, QWebSocket *except)
{
    const LiveRoom *room = find(id);
    if (!room)
        return;
    // A copy: a send may find a connection broken and so end it.
    const QList<QWebSocket *> members = room->members;
    for (QWebSocket *member : members) {
        if (member != except && m_connections->find(member))
            m_connections->send(member, message);
    }
}

void RoomHub::publishPresence(const QString &id)
{
    if (!m_shared)
        return;
    const LiveRoom *room = find(id);
    const QJsonObject message {
        { QStringLiteral("type"), NodePresenceType },
        { QStringLiteral("people"),
          peopleJson(room ? localPeople(*room) : QHash<QString, QString>()) },
        { QStringLiteral("ttl"), 3 * m_options.presenceRefreshMs },
    };
    m_bus->publishTransient(id, QJsonDocument(message).toJson(QJsonDocument::Compact));
}

void RoomHub::onTransient(const QString &id, const QByteArray &node, const QByteArray &message)
{
    LiveRoom *room = find(id);
    if (!room)
        return;
    const QJsonObject json = QJsonDocument::fromJson(message).object();
    const QString type = json.value(QStringLiteral("type")).toString();
    if (type == Protocol::Type::Typing) {
        // Checked by the node that took it from its client.
        return sendToMembers(id, json, nullptr);
    }
    if (type != NodePresenceType)
        return;
    QHash<QString, QString> people;
    for (const QJsonValue &value : json.value(QStringLiteral("people")).toArray()) {
        const QString user = value.toObject().value(QStringLiteral("user")).toString();
        if (!user.isEmpty())
            people.insert(user, value.toObject().value(QStringLiteral("name")).toString());
    }
    const bool known = room->remotePeople.contains(node);
    if (people.isEmpty()) {
        room->remotePeople.remove(node);
    } else {
        // Bounded, so that a wrong ttl neither forgets at once nor keeps for ever.
        const qint64 ttl =
            std::clamp<qint64>(json.value(QStringLiteral("ttl")).toInteger(), 1000, 60000);
        room->remotePeople.insert(node, { people, m_clock.elapsed() + ttl });
    }
    updatePresence(id);
    // A node new to the room learns who is here without waiting for the
    // next round.
    if (!known && !people.isEmpty())
        publishPresence(id);
}

void RoomHub::refreshPresence()
{
    const QStringList rooms = m_rooms.keys();
    for (const QString &id : rooms) {
        updatePresence(id);
        publishPresence(id);
    }
}

void RoomHub::publish(const QString &id, const Event &event,
                      const std::optional<Conversation> &after)
{
    LiveRoom *room = find(id);
    if (!room)
        return;
    if (after)
        room->state.put(*after);
    else
        room->state.remove(event.op.marker);
    room->record.seq = event.seq;
    room->lastAt = event.at;
    const bool prune = m_options.logRetention > 0 && event.seq % 1000 == 0
        && event.seq - room->record.logStart > m_options.logRetention;
    // Encoded once, as UTF-8, for every member of the room on every node.
    // This node's members get it from here; what comes back from the bus
    // with this seq is known already and dropped.
    const QByteArray encoded = QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact);
    enqueue(id, encoded);
    m_bus->publish(id, event.seq, encoded);
    if (prune)
        pruneLog(id, m_options.logRetention);
}

void RoomHub::pruneLog(const QString &id, qint64 keep)
{
    const Lookup<RoomRecord> record = m_store->room(id);
    if (!record)
        return;
    const qint64 logStart = m_store->pruneLog(id, record->seq - keep);
    if (LiveRoom *room = find(id); room && logStart > 0)
        room->record.logStart = logStart;
}

void RoomHub::onDelivered(const QString &id, qint64 seq, const QByteArray &message)
{
    LiveRoom *room = find(id);
    if (!room || seq <= room->record.seq)
        return; // no members here, or known already (our own, or caught up)
    if (seq > room->record.seq + 1) {
        // The bus lost something (it promises at most once): the store has it.
        qCInfo(lcServer) << "room" << id << "missed events" << room->record.seq + 1 << "to"
                         << seq - 1 << "on the bus; catching up from the store";
        return catchUp(id);
    }
    OpError error;
    const QJsonObject json = QJsonDocument::fromJson(message).object();
    if (!applyStored(*room, json, &error)) {
        qCWarning(lcServer) << "room" << id << "event" << seq
                            << "from the bus does not apply:" << error.message;
        return catchUp(id);
    }
    enqueue(id, message);
}

bool RoomHub::applyStored(LiveRoom &room, const QJsonObject &json, OpError *error)
{
    std::optional<Event> event = Event::fromJson(json, error);
    if (!event)
        return false;
    if (event->seq != room.record.seq + 1) {
        *error = { ErrorCode::BadRequest, QStringLiteral("out of order") };
        return false;
    }
    std::optional<Conversation> after;
    if (const Conversation *current = room.state.find(event->op.marker))
        after = *current;
    // A name the room knew is left out of the stored event.
    if ((*error = room.state.fillName(&*event)))
        return false;
    // Stored, so valid where it was decided; applied with no limits, which
    // may differ between nodes and must not make copies of a room differ.
    const RoomLimits unlimited { std::numeric_limits<int>::max(), std::numeric_limits<int>::max() };
    *error = applyEvent(&after, *event, room.state.owner, unlimited, room.state.size());
    if (*error)
        return false;
    if (after)
        room.state.put(*after);
    else
        room.state.remove(event->op.marker);
    room.record.seq = event->seq;
    room.lastAt = std::max(room.lastAt, event->at);
    return true;
}

void RoomHub::catchUp(const QString &id)
{
    auto it = m_rooms.find(id);
    if (it == m_rooms.end())
        return;
    const Lookup<RoomRecord> stored = m_store->room(id);
    if (!stored || stored->seq <= it->record.seq)
        return; // up to date, or the store is away (its return brings us back here)
    it->record.logStart = stored->logStart;
    const std::optional<QJsonArray> events = m_store->eventsAfter(id, it->record.seq);
    QList<QByteArray> messages;
    bool applied = bool(events);
    if (events) {
        for (const QJsonValue &value : *events) {
            OpError error;
            const QJsonObject json = value.toObject();
            if (!applyStored(*it, json, &error)) {
                applied = false;
                break;
            }
            messages.append(QJsonDocument(json).toJson(QJsonDocument::Compact));
        }
    }
    if (!applied && m_store->isReachable()) {
        // The log no longer reaches back to our copy: start the room afresh,
        // and have its members resync (they reconnect and get a snapshot).
        qCInfo(lcServer) << "room" << id << "is too far behind the log; reloading it";
        const QList<QWebSocket *> members = it->members;
        m_rooms.erase(it);
        for (QWebSocket *member : members)
            member->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("resync"));
        return;
    }
    // Sent from the event loop, never from here: callers hold sessions and
    // rooms that a fan-out could drop.
    for (const QByteArray &message : std::as_const(messages))
        enqueue(id, message, Send::Later);
}

void RoomHub::catchUpAll()
{
    const QStringList rooms = m_rooms.keys();
    for (const QString &room : rooms)
        catchUp(room);
}

void RoomHub::enqueue(const QString &id, const QByteArray &message, Send send)
{
    const auto it = m_rooms.find(id);
    if (it == m_rooms.end())
        return;
    LiveRoom &room = *it;
    if (m_options.batchWindowMs <= 0 && send == Send::MayFlush)
        return fanOut(room, { message });

    room.queued.append(message);
    room.queuedBytes += message.size();
    if (room.queuedBytes >= MaxBatchBytes && send == Send::MayFlush)
        return flushRoom(id);
    if (!room.flushTimer) {
        // Deleted later: the last member may leave during the timer's own signal.
        room.flushTimer.reset(new QTimer, [](QTimer *timer) {
            timer->stop();
            timer->deleteLater();
        });
        room.flushTimer->setSingleShot(true);
        room.flushTimer->setTimerType(Qt::PreciseTimer);
        connect(room.flushTimer.get(), &QTimer::timeout, this, [this, id] { flushRoom(id); });
    }
    if (room.flushTimer->isActive())
        return;
    // After a quiet window, out at the end of this turn of the event loop
    // (with whatever else the same turn brought: under load, everything that
    // arrived during the previous fan-out). Otherwise when the window that
    // the last frame opened is over.
    const qint64 leftNs = room.lastFlush.isValid()
        ? qint64(m_options.batchWindowMs) * 1000000 - room.lastFlush.nsecsElapsed()
        : 0;
    room.flushTimer->start(leftNs > 0 ? int((leftNs + 999999) / 1000000) : 0);
}

void RoomHub::flushRoom(const QString &id)
{
    const auto it = m_rooms.find(id);
    if (it == m_rooms.end() || it->queued.isEmpty())
        return;
    LiveRoom &room = *it;
    if (room.flushTimer)
        room.flushTimer->stop();
    const QList<QByteArray> messages = std::exchange(room.queued, {});
    room.queuedBytes = 0;
    room.lastFlush.start();
    fanOut(room, messages);
}

void RoomHub::fanOut(LiveRoom &room, const QList<QByteArray> &messages)
{
    // One message for the room, made once: a lone broadcast as it is,
    // several as a batch; and its frame.
    struct Prepared
    {
        QByteArray message;
        QByteArray frame;
    };
    const auto prepare = [&messages](qsizetype from) {
        QByteArray message;
        if (messages.size() - from == 1) {
            message = messages.last();
        } else {
            message = QByteArrayLiteral("{\"type\":\"batch\",\"events\":[");
            for (qsizetype i = from; i < messages.size(); ++i) {
                if (i > from)
                    message.append(',');
                message.append(messages.at(i));
            }
            message.append("]}");
        }
        return Prepared { message, textFrame(message) };
    };
    const Prepared all = prepare(0);
    QHash<qsizetype, Prepared> parts; // for members that joined mid-window
    const qint64 cap = m_options.maxSendBacklogBytes > 0 ? m_options.maxSendBacklogBytes
                                                         : std::numeric_limits<qint64>::max() / 2;

    // A copy: a socket that fails while being flushed leaves the room at once.
    const QList<QWebSocket *> members = room.members;
    QList<QPair<QWebSocket *, qint64>> overflowing;
    // Added up here and counted once: this loop is the hottest in the server.
    // The counters outlive the room, which a broken member may end meanwhile.
    TenantCounters *counters = room.counters;
    qint64 delivered = 0;
    qint64 deliveredBytes = 0;
    for (QWebSocket *member : members) {
        Session *session = m_connections->find(member);
        if (!session)
            continue;
        const qsizetype skip = std::exchange(session->skipQueued, 0);
        if (skip >= messages.size())
            continue;
        // Past the cap is what earlier frames left unsent, not this one.
        const qint64 limit = cap + session->backlogAllowance;
        qint64 backlog = session->backlog(member);
        if (backlog > limit) {
            // Perhaps only this turn's own frames, which the event loop has
            // had no chance to pass on yet: hand the kernel what it takes.
            if (session->sink.isValid())
                session->sink.flush();
            else
                member->flush();
            session = m_connections->find(member);
            if (!session)
                continue; // the flush found the connection broken
            backlog = session->backlog(member);
            if (backlog > limit) {
                overflowing.append({ member, backlog });
                continue;
            }
        }
        if (backlog <= cap)
            session->backlogAllowance = 0;
        const Prepared *out = &all;
        if (skip > 0) {
            auto part = parts.find(skip);
            if (part == parts.end())
                part = parts.insert(skip, prepare(skip));
            out = &*part;
        }
        ++delivered;
        deliveredBytes += out->frame.size();
        if (session->sink.isValid())
            session->sink.write(out->frame);
        else
            member->sendTextMessage(QString::fromUtf8(out->message));
    }
    counters->messages += delivered;
    counters->bytes += deliveredBytes;
    // Only now: a drop can empty the room and so end it.
    for (const auto &[member, backlog] : std::as_const(overflowing)) {
        qCInfo(lcServer) << "dropping a client" << backlog
                         << "bytes behind; it catches up when it comes back";
        emit slowClientDropped(backlog);
        member->abort();
    }
}

} // namespace ImageChat
