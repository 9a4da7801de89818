#include "chatserver.h"

#include "connections.h"
#include "identities.h"
#include "ids.h"
#include "imageexchange.h"
#include "metrics.h"
#include "roomhub.h"
#include "roomlink.h"
#include "serverlogging.h"
#include "websocketlistener.h"

#include <QDateTime>
#include <QJsonArray>
#include <QScopeGuard>
#include <QWebSocket>

namespace ImageChat {

namespace { } // namespace

bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port, QString *error)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint number = colon > 0 ? text.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? text.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!portOk || number > 65535 || !address->setAddress(host)) {
        *error = QStringLiteral("expected HOST:PORT with a numeric address, e.g. 127.0.0.1:47800 "
                                "or 0.0.0.0:0; got \"%1\"")
                     .arg(text);
        return false;
    }
    *port = quint16(number);
    return true;
}

ChatServer::ChatServer(Store *store, Bus *bus, const ServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(options)
    , m_metrics(std::make_unique<Metrics>())
    , m_listener(std::make_unique<WebSocketListener>(m_options))
    , m_connections(std::make_unique<Connections>(m_options, m_metrics.get()))
    , m_rooms(
          std::make_unique<RoomHub>(store, bus, m_connections.get(), m_metrics.get(), m_options))
    , m_images(std::make_unique<ImageExchange>(store, m_connections.get(), m_options))
    , m_identities(std::make_unique<Identities>(store))
{
    connect(m_listener.get(), &WebSocketListener::connected, this, &ChatServer::onConnected);
    connect(m_connections.get(), &Connections::refused, this, &ChatServer::requestRefused);
    connect(m_rooms.get(), &RoomHub::slowClientDropped, this, &ChatServer::slowClientDropped);
    connect(&m_usageTimer, &QTimer::timeout, this, &ChatServer::saveUsage);
}

ChatServer::~ChatServer()
{
    close();
}

bool ChatServer::listen(QString *error)
{
    if (!m_listener->listen(m_options.address, m_options.port, error))
        return false;
    m_connections->startHeartbeat();
    m_rooms->start();
    if (m_options.usageSaveMs > 0)
        m_usageTimer.start(m_options.usageSaveMs);
    qCDebug(lcServer) << "listening on" << url();
    return true;
}

void ChatServer::close()
{
    m_connections->stopHeartbeat();
    m_listener->close();
    m_connections->closeAll();
    m_rooms->stop();
    m_usageTimer.stop();
    saveUsage();
}

quint16 ChatServer::port() const
{
    return m_listener->serverPort();
}

QUrl ChatServer::url() const
{
    return address().webSocketUrl();
}

ServerAddress ChatServer::address() const
{
    ServerAddress address;
    QHostAddress host = m_listener->serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    address.host = host.toString();
    address.port = port();
    address.tls = m_options.tls.has_value();
    if (m_options.tls && m_options.tls->pinned)
        address.fingerprint = m_options.tls->fingerprint;
    return address;
}

int ChatServer::connectionCount() const
{
    return m_connections->count();
}

int ChatServer::liveRoomCount() const
{
    return m_rooms->count();
}

qint64 ChatServer::largestSendBacklog() const
{
    return m_connections->largestSendBacklog();
}

QByteArray ChatServer::metricsText() const
{
    const NodeGauges gauges { m_connections->perTenant(), m_rooms->perTenant() };
    return m_metrics->prometheusText(gauges, m_store->storedPerTenant(), m_store->tenants());
}

bool ChatServer::saveUsage()
{
    const QList<UsageRow> rows =
        m_metrics->takeUnsaved(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
    if (m_store->addUsage(rows))
        return true;
    qCWarning(lcServer) << "usage figures could not be stored; trying again later";
    m_metrics->restore(rows);
    return false;
}

void ChatServer::pruneLog(const QString &room, qint64 keep)
{
    m_rooms->pruneLog(room, keep);
}

void ChatServer::onConnected(QWebSocket *socket, QTcpSocket *tcp)
{
    m_connections->add(socket, tcp);
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &frame) { onTextMessage(socket, frame); });
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this, socket](const QByteArray &data) { onBinaryMessage(socket, data); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
    connect(socket, &QWebSocket::bytesWritten, this,
            [this, socket] { m_images->sendMore(socket); });
}

void ChatServer::onDisconnected(QWebSocket *socket)
{
    if (const Session *session = m_connections->find(socket); session && !session->room.isEmpty())
        m_rooms->leave(session->room, socket);
    m_connections->remove(socket);
}

void ChatServer::onBinaryMessage(QWebSocket *socket, const QByteArray &data)
{
    if (Session *session = m_connections->find(socket)) {
        session->lastSeen.start();
        ++session->counters->received;
        m_images->receive(socket, *session, data);
    }
}

void ChatServer::onTextMessage(QWebSocket *socket, const QString &frame)
{
    Session *found = m_connections->find(socket);
    if (!found)
        return;
    Session &session = *found;
    session.lastSeen.start();
    // Counted for the tenant the message leaves the connection in: a hello
    // is its room's.
    const auto countReceived = qScopeGuard([this, socket, counters = session.counters] {
        const Session *now = m_connections->find(socket);
        ++(now ? now->counters : counters)->received;
    });

    // The limit is on the message's size on the wire, in UTF-8 bytes; a
    // UTF-16 unit takes at most 3 of them, so short frames need no count.
    const qsizetype bytes =
        frame.size() * 3 > Protocol::MaxTextMessageBytes ? frame.toUtf8().size() : frame.size();
    if (bytes > Protocol::MaxTextMessageBytes) {
        return m_connections->refuse(socket,
                                     { ErrorCode::TooLarge,
                                       tr("Message too large (%1 bytes; the limit is %2).")
                                           .arg(bytes)
                                           .arg(Protocol::MaxTextMessageBytes) });
    }
    OpError error;
    const std::optional<QJsonObject> message = Protocol::decode(frame, &error);
    if (!message)
        return m_connections->refuse(socket, error);
    const QString type = message->value(QStringLiteral("type")).toString();
    const QString broadcastId = message->value(QStringLiteral("broadcastId")).toString();
    const bool isOperation = Operation::kindFromName(type) && isId(broadcastId);

    // Decoded first, so that a change learns which of its requests was
    // turned away; nothing else is done for a request past the rate.
    const qint64 now = m_connections->now();
    if (!session.requests.take(now)) {
        const qint64 retryAfterMs = session.requests.msUntilNext(now);
        return m_connections->refuse(
            socket,
            { ErrorCode::RateLimited,
              tr("Too many requests at once; try again in %1 ms.").arg(retryAfterMs),
              { { QStringLiteral("retryAfterMs"), retryAfterMs } } },
            isOperation ? broadcastId : QString());
    }

    if (type == Protocol::Type::Hello)
        return handleHello(socket, session, *message);
    if (!session.hello) {
        return m_connections->refuse(
            socket,
            { ErrorCode::NotJoined, tr("Say hello first: the first message must be a \"hello\".") },
            isOperation ? broadcastId : QString());
    }
    if (type == Protocol::Type::CreateRoom)
        return m_images->createRoom(socket, session, *message);
    if (type == Protocol::Type::GetImage)
        return m_images->getImage(socket, session);
    if (Operation::kindFromName(type))
        return handleOperation(socket, session, *message);
    if (type == Protocol::Type::Typing)
        return handleTyping(socket, session, *message);
    m_connections->refuse(socket,
                          { ErrorCode::UnknownType, tr("Unknown message type \"%1\".").arg(type) });
}

void ChatServer::handleHello(QWebSocket *socket, Session &session, const QJsonObject &message)
{
    if (session.hello)
        return m_connections->refuse(
            socket, { ErrorCode::AlreadyJoined, tr("This connection already said hello.") });
    OpError error;
    const std::optional<Protocol::Hello> hello = Protocol::Hello::fromJson(message, &error);
    if (!hello)
        return m_connections->refuseAndClose(socket, error);

    Protocol::Welcome welcome;
    // Identity: prove an existing one here; a new one is issued only to a
    // hello that passes every check, so a refused hello leaves nothing behind.
    if (hello->identity.isValid()) {
        switch (m_identities->check(hello->identity)) {
        case Identities::Check::Valid:
            break;
        case Identities::Check::Unavailable:
            return m_connections->refuseAndClose(socket, storeUnreachable());
        case Identities::Check::Invalid:
            return m_connections->refuseAndClose(
                socket,
                { ErrorCode::BadIdentity, tr("This server does not recognise your identity.") });
        }
        welcome.identity.user = hello->identity.user;
    }

    LiveRoom *room = nullptr; // a sync connection's room
    std::optional<RoomRecord> record; // the room the welcome describes
    if (!hello->room.isEmpty()) {
        // The key is checked on the room's record before its conversations
        // are loaded: a wrong key costs one small read, not a whole room.
        const bool wellFormed = isToken(hello->room, 8, 64);
        LiveRoom *live = wellFormed ? m_rooms->find(hello->room) : nullptr;
        if (live) {
            record = live->record;
        } else if (wellFormed) {
            const Lookup<RoomRecord> stored = m_store->room(hello->room);
            // "No such room" makes clients give up: say it only when it is so.
            if (stored.isUnavailable())
                return m_connections->refuseAndClose(socket, storeUnreachable());
            record = stored.value();
        }
        if (!record)
            return m_connections->refuseAndClose(
                socket, { ErrorCode::RoomNotFound, tr("There is no such room on this server.") });
        if (!sameSecret(record->keyHash, sha256Hex(hello->key.toUtf8())))
            return m_connections->refuseAndClose(
                socket,
                { ErrorCode::WrongKey, tr("The room key is wrong; ask for the link again.") });
        // Only members follow the room; a download connection needs its record.
        if (hello->sync && !(room = live ? live : m_rooms->open(hello->room)))
            return m_connections->refuseAndClose(socket, storeUnreachable());
    }

    if (!hello->identity.isValid()) {
        const std::optional<Protocol::Identity> issued = m_identities->issue();
        if (!issued)
            return m_connections->refuseAndClose(socket, storeUnreachable());
        welcome.identity = *issued;
    }

    if (room) {
        // Another node may have stored events this one has not heard of yet:
        // the welcome must not promise less than the log it hands out.
        if (m_rooms->isShared()) {
            m_rooms->catchUp(record->id);
            room = m_rooms->find(record->id);
            if (!room) // reloaded afresh: come again
                return socket->close(QWebSocketProtocol::CloseCodeGoingAway,
                                     QStringLiteral("resync"));
        }
        record = room->record;
    }
    if (record) {
        welcome.room = record->id;
        welcome.epoch = record->epoch;
        welcome.seq = record->seq;
        welcome.owner = record->owner;
        welcome.image = record->image;
        welcome.sync = hello->sync;
        if (room) {
            const bool canCatchUp = hello->epoch == record->epoch && hello->seq <= record->seq
                && hello->seq + 1 >= record->logStart
                && record->seq - hello->seq <= m_options.maxCatchUpEvents;
            std::optional<QJsonArray> events;
            if (canCatchUp)
                events = m_store->eventsAfter(record->id, hello->seq);
            if (events) {
                // Another node may have stored more since; those reach this
                // client through the room, in order, after its welcome.
                for (const QJsonValue &event : std::as_const(*events)) {
                    if (event.toObject().value(QStringLiteral("seq")).toInteger() > record->seq)
                        break;
                    welcome.events.append(event);
                }
            } else {
                welcome.hasSnapshot = true;
                welcome.snapshot = room->state.toJson();
            }
            // The client reports every pending change that is not confirmed
            // as not saved: without an answer from the store, no welcome.
            // What is not stored now never will be: an old connection's
            // late arrival is refused, so "not saved" stays the truth.
            const std::optional<QStringList> confirmed =
                m_store->settlePending(record->id, hello->pending);
            if (!confirmed)
                return m_connections->refuseAndClose(socket, storeUnreachable());
            welcome.confirmed = *confirmed;
            // Joining and welcoming happen in one turn of the event loop, so
            // every later event reaches this client after its welcome.
            m_rooms->join(*room, socket);
        }
        session.room = record->id;
        m_connections->assignTenant(session, record->tenant);
    }
    session.hello = true;
    session.sync = hello->sync && !hello->room.isEmpty();
    session.user = welcome.identity.user;
    session.name = hello->name;
    m_connections->send(socket, welcome.toJson());
    // A large room's snapshot may take a while to leave; that is no reason
    // to take the client for a slow reader.
    session.backlogAllowance = socket->bytesToWrite();
    // Last: telling the room may end connections, and so move sessions.
    if (room)
        m_rooms->welcomed(record->id, socket);
}

void ChatServer::handleTyping(QWebSocket *socket, Session &session, const QJsonObject &message)
{
    if (!session.sync || !m_rooms->find(session.room))
        return m_connections->refuse(
            socket, { ErrorCode::NotJoined, tr("Join a room before saying you are typing.") });
    const QString marker = message.value(QStringLiteral("marker")).toString();
    const QJsonValue stopValue = message.value(QStringLiteral("stop"));
    if (!isIdOrLegacyUuid(marker) || !(stopValue.isUndefined() || stopValue.isBool()))
        return m_connections->refuse(
            socket,
            { ErrorCode::BadRequest,
              tr("A \"typing\" needs the \"marker\" id and may have \"stop\": true or false.") });
    const bool stop = stopValue.toBool();
    // Bounded: one notice per interval, and a stop only for what was passed
    // on; anything else is dropped without a word, as a notice may be.
    if (stop) {
        if (session.typingMarker != marker)
            return;
        session.typingMarker.clear();
    } else {
        if (session.lastTyping.isValid()
            && session.lastTyping.elapsed() < m_options.typingIntervalMs)
            return;
        session.typingMarker = marker;
        session.lastTyping.start();
    }
    QJsonObject notice { { QStringLiteral("type"), Protocol::Type::Typing },
                         { QStringLiteral("marker"), marker },
                         { QStringLiteral("user"), session.user } };
    if (stop)
        notice.insert(QStringLiteral("stop"), true);
    m_rooms->relayTyping(session.room, socket, notice);
}

void ChatServer::handleOperation(QWebSocket *socket, Session &session, const QJsonObject &message)
{
    const QString broadcastId = message.value(QStringLiteral("broadcastId")).toString();
    const QString replyId = isId(broadcastId) ? broadcastId : QString();
    if (!session.sync || !m_rooms->find(session.room))
        return m_connections->refuse(
            socket, { ErrorCode::NotJoined, tr("Join a room before changing it.") }, replyId);
    OpError error;
    std::optional<Operation> op = Operation::fromRequest(message, &error);
    if (!op)
        return m_connections->refuse(socket, error, replyId);

    // Copies: catching up below may start the room afresh (and so erase it).
    const QString roomId = session.room;
    Event event;
    std::optional<Conversation> after;
    // Decided while the store holds the room's write lock, on this node's
    // copy brought up to the stored seq: no other node can store in between,
    // so the rules always run on the state the event will follow.
    error = m_store->appendEvent(
        roomId,
        [&](qint64 storedSeq, Event *decided, std::optional<Conversation> *leaves) -> OpError {
            LiveRoom *room = m_rooms->find(roomId);
            if (room && room->record.seq < storedSeq) {
                qCDebug(lcServer) << "room" << roomId << "moved on at another node; catching up";
                m_rooms->catchUp(roomId);
                room = m_rooms->find(roomId);
            }
            if (!room) // reloaded afresh: its members resync
                return { ErrorCode::NotJoined, tr("Join a room before changing it.") };
            if (room->record.seq != storedSeq) // the store could not be read
                return storeUnreachable();
            decided->op = *op;
            decided->author = session.user;
            decided->authorName = session.name;
            decided->seq = storedSeq + 1;
            // Server time, never earlier than the previous event's, so "created
            // at" sorts the way things happened even if the clock steps back.
            decided->at = std::max(QDateTime::currentMSecsSinceEpoch(), room->lastAt);
            // What a restore brings back is what this store kept, never
            // what the client says.
            if (op->kind == Operation::Kind::RestoreMarker && !room->state.find(op->marker)) {
                if (std::optional<Conversation> kept =
                        m_store->deletedConversation(roomId, op->marker))
                    decided->op.restored = kept->toJson();
            }
            leaves->reset();
            if (const Conversation *current = room->state.find(op->marker))
                *leaves = *current;
            // A name the room knows already is left out of the broadcast.
            decided->nameKnown = room->state.knowsName(*decided);
            if (const OpError refused = applyEvent(leaves, *decided, room->state.owner,
                                                   room->state.limits, room->state.size()))
                return refused;
            event = *decided;
            after = *leaves;
            return {};
        });
    if (error)
        return m_connections->refuse(socket, error, op->broadcastId);

    ++session.counters->events;
    m_connections->send(socket, Protocol::accepted(op->broadcastId, event.seq, event.at));
    m_rooms->publish(roomId, event, after);
}

} // namespace ImageChat
