#include "chatserver.h"

#include "framewriter.h"
#include "ids.h"
#include "imageinfo.h"
#include "roomlink.h"
#include "serverlogging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslServer>
#include <QTcpSocket>

#include <limits>

namespace ImageChat {

namespace {

// Constant-time comparison, so a wrong key's timing says nothing about the right one.
bool sameSecret(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    ushort diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= a.at(i).unicode() ^ b.at(i).unicode();
    return diff == 0;
}

// A batch never grows past this; a longer burst goes out in several.
constexpr qsizetype MaxBatchBytes = 64 * 1024;

QString peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char(':') + QString::number(port);
}

bool isHex64(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

} // namespace

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
    , m_bus(bus)
    , m_sharedRooms(!qobject_cast<LocalBus *>(bus))
    , m_options(options)
    , m_server(QStringLiteral("imagechat-server"), QWebSocketServer::NonSecureMode)
{
    if (m_options.tls) {
        auto *listener = new QSslServer;
        listener->setSslConfiguration(m_options.tls->configuration);
        listener->setHandshakeTimeout(m_options.handshakeTimeoutMs);
        connect(listener, &QSslServer::errorOccurred, this,
                [](QSslSocket *socket, QAbstractSocket::SocketError) {
                    qCInfo(lcServer) << "TLS connection failed:" << socket->errorString();
                });
        m_listener.reset(listener);
    } else {
        m_listener = std::make_unique<QTcpServer>();
    }
    // pendingConnectionAvailable, not newConnection: a QSslServer emits the
    // latter as soon as TCP connects, before its connection is pending.
    connect(m_listener.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *tcp = m_listener->nextPendingConnection()) {
            const QString key = peerKey(tcp->peerAddress(), tcp->peerPort());
            m_handshaking.insert(key, tcp);
            // A handshake that fails or times out ends with the socket.
            connect(tcp, &QObject::destroyed, this, [this, key, tcp] {
                if (m_handshaking.value(key) == tcp)
                    m_handshaking.remove(key);
            });
            // QWebSocketServer times out only the handshakes of connections
            // it accepted itself.
            QTimer::singleShot(m_options.handshakeTimeoutMs, tcp, [this, key, tcp] {
                if (m_handshaking.value(key) != tcp)
                    return;
                qCInfo(lcServer) << "dropping a connection that did not complete the WebSocket "
                                    "handshake";
                tcp->abort();
            });
            m_server.handleConnection(tcp);
        }
    });
    connect(&m_server, &QWebSocketServer::newConnection, this, &ChatServer::onNewConnection);
    connect(m_bus, &Bus::delivered, this, &ChatServer::onDelivered);
    // The bus was cut off and may have lost events: the store has them all.
    connect(m_bus, &Bus::resumed, this, &ChatServer::catchUpAll);
    connect(&m_sweepTimer, &QTimer::timeout, this, &ChatServer::sweep);
    // Across nodes the bus may drop a message without being cut off (or
    // before a new subscription is in place); a look at the store now and
    // then bounds how long members can stay behind. One process needs none.
    if (m_sharedRooms && m_options.catchUpIntervalMs > 0) {
        m_catchUpTimer.setInterval(m_options.catchUpIntervalMs);
        connect(&m_catchUpTimer, &QTimer::timeout, this, &ChatServer::catchUpAll);
    }
}

ChatServer::~ChatServer()
{
    close();
}

bool ChatServer::listen(QString *error)
{
    if (!m_listener->listen(m_options.address, m_options.port)) {
        *error = tr("Cannot listen on %1:%2: %3")
                     .arg(m_options.address.toString())
                     .arg(m_options.port)
                     .arg(m_listener->errorString());
        return false;
    }
    m_sweepTimer.start(m_options.heartbeatMs);
    if (m_catchUpTimer.interval() > 0)
        m_catchUpTimer.start();
    qCDebug(lcServer) << "listening on" << url();
    return true;
}

void ChatServer::close()
{
    m_sweepTimer.stop();
    m_catchUpTimer.stop();
    m_listener->close();
    m_server.close();
    m_handshaking.clear();
    const QList<QWebSocket *> sockets = m_sessions.keys();
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_sessions.clear();
    m_rooms.clear();
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

void ChatServer::onNewConnection()
{
    while (QWebSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        // Qt accepts 2 GiB messages by default; nothing we accept is near that.
        socket->setMaxAllowedIncomingMessageSize(Protocol::MaxIncomingMessageBytes);
        socket->setMaxAllowedIncomingFrameSize(Protocol::MaxIncomingMessageBytes);
        Session &session = m_sessions[socket];
        if (QTcpSocket *tcp =
                m_handshaking.take(peerKey(socket->peerAddress(), socket->peerPort())))
            session.sink = FrameSink(tcp);
        else
            qCWarning(lcServer) << "no TCP socket known for a new connection; its broadcasts take "
                                   "the slow path";
        session.lastSeen.start();
        session.connected.start();
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &frame) { onTextMessage(socket, frame); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, socket](const QByteArray &data) { onBinaryMessage(socket, data); });
        connect(socket, &QWebSocket::disconnected, this,
                [this, socket] { onDisconnected(socket); });
        connect(socket, &QWebSocket::pong, this, [this, socket] {
            if (auto it = m_sessions.find(socket); it != m_sessions.end())
                it->lastSeen.start();
        });
        connect(socket, &QWebSocket::bytesWritten, this, [this, socket] { sendMoreImage(socket); });
    }
}

void ChatServer::onDisconnected(QWebSocket *socket)
{
    const auto it = m_sessions.find(socket);
    if (it != m_sessions.end()) {
        if (!it->room.isEmpty()) {
            auto room = m_rooms.find(it->room);
            if (room != m_rooms.end()) {
                room->members.removeOne(socket);
                // Nobody left: the store has everything; free the memory.
                if (room->members.isEmpty()) {
                    m_rooms.erase(room);
                    m_bus->unsubscribe(it->room);
                }
            }
        }
        m_sessions.erase(it);
    }
    socket->deleteLater();
}

void ChatServer::send(QWebSocket *socket, const QJsonObject &message)
{
    const QByteArray utf8 = QJsonDocument(message).toJson(QJsonDocument::Compact);
    // One frame, however long. QWebSocket cuts messages over 512 KiB into
    // frames at byte offsets, and Qt 6.4's receiver rejects a frame that
    // ends inside a UTF-8 character (close 1007): a welcome with a large
    // snapshot of non-Latin comments could never arrive.
    const auto it = m_sessions.find(socket);
    if (it != m_sessions.end() && it->sink.isValid())
        it->sink.write(textFrame(utf8));
    else
        socket->sendTextMessage(QString::fromUtf8(utf8));
}

void ChatServer::refuse(QWebSocket *socket, const OpError &error, const QString &broadcastId)
{
    qCDebug(lcServer) << "refused:" << error.code << error.message;
    send(socket,
         broadcastId.isEmpty() ? Protocol::errorMessage(error)
                               : Protocol::rejected(broadcastId, error));
    emit requestRefused(error.code);
}

OpError ChatServer::storeUnavailable() const
{
    return { ErrorCode::StorageFailed,
             tr("The server cannot reach its database right now; try again shortly.") };
}

void ChatServer::refuseAndClose(QWebSocket *socket, const OpError &error)
{
    refuse(socket, error);
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, error.message);
}

void ChatServer::onTextMessage(QWebSocket *socket, const QString &frame)
{
    auto it = m_sessions.find(socket);
    if (it == m_sessions.end())
        return;
    Session &session = *it;
    session.lastSeen.start();

    // The limit is on the message's size on the wire, in UTF-8 bytes; a
    // UTF-16 unit takes at most 3 of them, so short frames need no count.
    const qsizetype bytes =
        frame.size() * 3 > Protocol::MaxTextMessageBytes ? frame.toUtf8().size() : frame.size();
    if (bytes > Protocol::MaxTextMessageBytes) {
        return refuse(socket,
                      { ErrorCode::TooLarge,
                        tr("Message too large (%1 bytes; the limit is %2).")
                            .arg(bytes)
                            .arg(Protocol::MaxTextMessageBytes) });
    }
    OpError error;
    const std::optional<QJsonObject> message = Protocol::decode(frame, &error);
    if (!message)
        return refuse(socket, error);
    const QString type = message->value(QStringLiteral("type")).toString();

    if (type == Protocol::Type::Hello)
        return handleHello(socket, session, *message);
    if (!session.hello) {
        const QString broadcastId = message->value(QStringLiteral("broadcastId")).toString();
        const bool isOperation = Operation::kindFromName(type) && isCanonicalUuid(broadcastId);
        return refuse(
            socket,
            { ErrorCode::NotJoined, tr("Say hello first: the first message must be a \"hello\".") },
            isOperation ? broadcastId : QString());
    }
    if (type == Protocol::Type::CreateRoom)
        return handleCreateRoom(socket, session, *message);
    if (type == Protocol::Type::GetImage)
        return handleGetImage(socket, session);
    if (Operation::kindFromName(type))
        return handleOperation(socket, session, *message);
    refuse(socket, { ErrorCode::UnknownType, tr("Unknown message type \"%1\".").arg(type) });
}

void ChatServer::handleHello(QWebSocket *socket, Session &session, const QJsonObject &message)
{
    if (session.hello)
        return refuse(socket,
                      { ErrorCode::AlreadyJoined, tr("This connection already said hello.") });
    OpError error;
    const std::optional<Protocol::Hello> hello = Protocol::Hello::fromJson(message, &error);
    if (!hello)
        return refuseAndClose(socket, error);

    Protocol::Welcome welcome;
    // Identity: prove an existing one here; a new one is issued only to a
    // hello that passes every check, so a refused hello leaves nothing behind.
    if (hello->identity.isValid()) {
        const std::optional<QString> stored = m_store->userSecretHash(hello->identity.user);
        if (!stored && !m_store->isReachable())
            return refuseAndClose(socket, storeUnavailable());
        if (!stored || !sameSecret(*stored, sha256Hex(hello->identity.secret.toUtf8()))) {
            return refuseAndClose(
                socket,
                { ErrorCode::BadIdentity, tr("This server does not recognise your identity.") });
        }
        welcome.identity.user = hello->identity.user;
    }

    LiveRoom *room = nullptr;
    if (!hello->room.isEmpty()) {
        room = isToken(hello->room, 8, 64) ? liveRoom(hello->room) : nullptr;
        // "No such room" makes clients give up: say it only when it is so.
        if (!room && !m_store->isReachable())
            return refuseAndClose(socket, storeUnavailable());
        if (!room)
            return refuseAndClose(
                socket, { ErrorCode::RoomNotFound, tr("There is no such room on this server.") });
        if (!sameSecret(room->record.keyHash, sha256Hex(hello->key.toUtf8()))) {
            if (room->members.isEmpty()) {
                m_rooms.remove(hello->room);
                m_bus->unsubscribe(hello->room);
            }
            return refuseAndClose(
                socket,
                { ErrorCode::WrongKey, tr("The room key is wrong; ask for the link again.") });
        }
    }

    if (!hello->identity.isValid()) {
        welcome.identity = { randomToken(12), randomToken(32) };
        if (!m_store->createUser(welcome.identity.user,
                                 sha256Hex(welcome.identity.secret.toUtf8())))
            return refuseAndClose(
                socket,
                { ErrorCode::StorageFailed, tr("The server could not create your identity.") });
    }

    if (room) {
        // Another node may have stored events this one has not heard of yet:
        // the welcome must not promise less than the log it hands out.
        if (m_sharedRooms) {
            const QString roomId = room->record.id;
            catchUp(roomId);
            room = m_rooms.contains(roomId) ? &m_rooms[roomId] : nullptr;
            if (!room) // reloaded afresh: come again
                return socket->close(QWebSocketProtocol::CloseCodeGoingAway,
                                     QStringLiteral("resync"));
        }
        const RoomRecord &record = room->record;
        welcome.room = record.id;
        welcome.epoch = record.epoch;
        welcome.seq = record.seq;
        welcome.owner = record.owner;
        welcome.image = record.image;
        welcome.sync = hello->sync;
        if (hello->sync) {
            const bool canCatchUp = hello->epoch == record.epoch && hello->seq <= record.seq
                && hello->seq + 1 >= record.logStart
                && record.seq - hello->seq <= m_options.maxCatchUpEvents;
            std::optional<QJsonArray> events;
            if (canCatchUp)
                events = m_store->eventsAfter(record.id, hello->seq);
            if (events) {
                // Another node may have stored more since; those reach this
                // client through the room, in order, after its welcome.
                for (const QJsonValue &event : std::as_const(*events)) {
                    if (event.toObject().value(QStringLiteral("seq")).toInteger() > record.seq)
                        break;
                    welcome.events.append(event);
                }
            } else {
                welcome.hasSnapshot = true;
                welcome.snapshot = room->state.toJson();
            }
            welcome.confirmed = m_store->storedBroadcastIds(record.id, hello->pending);
            // Joining and welcoming happen in one turn of the event loop, so
            // every later event reaches this client after its welcome.
            room->members.append(socket);
            // Broadcasts waiting for the batch window are all in this welcome.
            session.skipQueued = room->queued.size();
        }
        session.room = record.id;
    }
    session.hello = true;
    session.sync = hello->sync && !hello->room.isEmpty();
    session.user = welcome.identity.user;
    session.name = hello->name;
    send(socket, welcome.toJson());
    // A large room's snapshot may take a while to leave; that is no reason
    // to take the client for a slow reader.
    session.backlogAllowance = socket->bytesToWrite();
}

ChatServer::LiveRoom *ChatServer::liveRoom(const QString &id)
{
    auto it = m_rooms.find(id);
    if (it != m_rooms.end())
        return &*it;
    // Subscribed before the state is read, so nothing stored after the read
    // can pass this node by; what the subscription brings that the read
    // already had is dropped by its seq.
    m_bus->subscribe(id);
    std::optional<RoomRecord> record = m_store->room(id);
    std::optional<RoomState> state = record ? m_store->loadState(id) : std::nullopt;
    if (!state) {
        m_bus->unsubscribe(id);
        return nullptr;
    }
    LiveRoom room;
    room.record = *record;
    room.state = std::move(*state);
    room.state.owner = record->owner;
    room.state.limits = m_options.limits;
    return &*m_rooms.insert(id, std::move(room));
}

void ChatServer::handleOperation(QWebSocket *socket, Session &session, const QJsonObject &message)
{
    const QString broadcastId = message.value(QStringLiteral("broadcastId")).toString();
    const QString replyId = isCanonicalUuid(broadcastId) ? broadcastId : QString();
    if (!session.sync || !m_rooms.contains(session.room))
        return refuse(socket, { ErrorCode::NotJoined, tr("Join a room before changing it.") },
                      replyId);
    OpError error;
    std::optional<Operation> op = Operation::fromRequest(message, &error);
    if (!op)
        return refuse(socket, error, replyId);

    // Copies: catching up below may start the room afresh (and so erase it).
    const QString roomId = session.room;
    Event event;
    std::optional<Conversation> after;
    LiveRoom *room = nullptr;
    // Decided while the store holds the room's write lock, on this node's
    // copy brought up to the stored seq: no other node can store in between,
    // so the rules always run on the state the event will follow.
    error = m_store->appendEvent(
        roomId,
        [&](qint64 storedSeq, Event *decided, std::optional<Conversation> *leaves) -> OpError {
            auto roomIt = m_rooms.find(roomId);
            if (roomIt != m_rooms.end() && roomIt->record.seq < storedSeq) {
                qCDebug(lcServer) << "room" << roomId << "moved on at another node; catching up";
                catchUp(roomId);
                roomIt = m_rooms.find(roomId);
            }
            if (roomIt == m_rooms.end()) // reloaded afresh: its members resync
                return { ErrorCode::NotJoined, tr("Join a room before changing it.") };
            if (roomIt->record.seq != storedSeq) // the store could not be read
                return storeUnavailable();
            room = &*roomIt;
            decided->op = *op;
            decided->author = session.user;
            decided->authorName = session.name;
            decided->seq = storedSeq + 1;
            // Server time, never earlier than the previous event's, so "created
            // at" sorts the way things happened even if the clock steps back.
            decided->at = std::max(QDateTime::currentMSecsSinceEpoch(), room->lastAt);
            leaves->reset();
            if (const Conversation *current = room->state.find(op->marker))
                *leaves = *current;
            if (const OpError refused = applyEvent(leaves, *decided, room->state.owner,
                                                   room->state.limits, room->state.size()))
                return refused;
            event = *decided;
            after = *leaves;
            return {};
        });
    if (error)
        return refuse(socket, error, op->broadcastId);

    if (after)
        room->state.put(*after);
    else
        room->state.remove(op->marker);
    room->record.seq = event.seq;
    room->lastAt = event.at;
    send(socket, Protocol::accepted(op->broadcastId, event.seq, event.at));
    const bool prune = m_options.logRetention > 0 && event.seq % 1000 == 0
        && event.seq - room->record.logStart > m_options.logRetention;
    // Encoded once, as UTF-8, for every member of the room on every node.
    // This node's members get it from here; what comes back from the bus
    // with this seq is known already and dropped.
    const QByteArray encoded = QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact);
    enqueue(roomId, encoded);
    m_bus->publish(roomId, event.seq, encoded);

    if (prune)
        pruneLog(roomId, m_options.logRetention);
}

void ChatServer::onDelivered(const QString &roomId, qint64 seq, const QByteArray &message)
{
    const auto it = m_rooms.find(roomId);
    if (it == m_rooms.end() || seq <= it->record.seq)
        return; // no members here, or known already (our own, or caught up)
    if (seq > it->record.seq + 1) {
        // The bus lost something (it promises at most once): the store has it.
        qCInfo(lcServer) << "room" << roomId << "missed events" << it->record.seq + 1 << "to"
                         << seq - 1 << "on the bus; catching up from the store";
        return catchUp(roomId);
    }
    OpError error;
    const QJsonObject json = QJsonDocument::fromJson(message).object();
    if (!applyStored(*it, json, &error)) {
        qCWarning(lcServer) << "room" << roomId << "event" << seq
                            << "from the bus does not apply:" << error.message;
        return catchUp(roomId);
    }
    enqueue(roomId, message);
}

bool ChatServer::applyStored(LiveRoom &room, const QJsonObject &json, OpError *error)
{
    const std::optional<Event> event = Event::fromJson(json, error);
    if (!event)
        return false;
    if (event->seq != room.record.seq + 1) {
        *error = { ErrorCode::BadRequest, QStringLiteral("out of order") };
        return false;
    }
    std::optional<Conversation> after;
    if (const Conversation *current = room.state.find(event->op.marker))
        after = *current;
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

void ChatServer::catchUp(const QString &roomId)
{
    auto it = m_rooms.find(roomId);
    if (it == m_rooms.end())
        return;
    const std::optional<RoomRecord> stored = m_store->room(roomId);
    if (!stored || stored->seq <= it->record.seq)
        return; // up to date, or the store is away (its return brings us back here)
    it->record.logStart = stored->logStart;
    const std::optional<QJsonArray> events = m_store->eventsAfter(roomId, it->record.seq);
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
        qCInfo(lcServer) << "room" << roomId << "is too far behind the log; reloading it";
        const QList<QWebSocket *> members = it->members;
        m_rooms.erase(it);
        for (QWebSocket *member : members)
            member->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("resync"));
        return;
    }
    // Sent from the event loop, never from here: callers hold sessions and
    // rooms that a fan-out could drop.
    for (const QByteArray &message : std::as_const(messages))
        enqueue(roomId, message, Send::Later);
}

void ChatServer::catchUpAll()
{
    const QStringList rooms = m_rooms.keys();
    for (const QString &room : rooms)
        catchUp(room);
}

void ChatServer::enqueue(const QString &roomId, const QByteArray &message, Send send)
{
    const auto it = m_rooms.find(roomId);
    if (it == m_rooms.end())
        return;
    LiveRoom &room = *it;
    if (m_options.batchWindowMs <= 0 && send == Send::MayFlush)
        return fanOut(room, { message });

    room.queued.append(message);
    room.queuedBytes += message.size();
    if (room.queuedBytes >= MaxBatchBytes && send == Send::MayFlush)
        return flushRoom(roomId);
    if (!room.flushTimer) {
        // Deleted later: the last member may leave during the timer's own signal.
        room.flushTimer.reset(new QTimer, [](QTimer *timer) {
            timer->stop();
            timer->deleteLater();
        });
        room.flushTimer->setSingleShot(true);
        room.flushTimer->setTimerType(Qt::PreciseTimer);
        connect(room.flushTimer.get(), &QTimer::timeout, this,
                [this, roomId] { flushRoom(roomId); });
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

void ChatServer::flushRoom(const QString &roomId)
{
    const auto it = m_rooms.find(roomId);
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

void ChatServer::fanOut(LiveRoom &room, const QList<QByteArray> &messages)
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
    for (QWebSocket *member : members) {
        auto session = m_sessions.find(member);
        if (session == m_sessions.end())
            continue;
        const qsizetype skip = std::exchange(session->skipQueued, 0);
        if (skip >= messages.size())
            continue;
        // Past the cap is what earlier frames left unsent, not this one.
        const qint64 limit = cap + session->backlogAllowance;
        qint64 backlog = session->sink.isValid() ? session->sink.backlog() : member->bytesToWrite();
        if (backlog > limit) {
            // Perhaps only this turn's own frames, which the event loop has
            // had no chance to pass on yet: hand the kernel what it takes.
            if (session->sink.isValid())
                session->sink.flush();
            else
                member->flush();
            session = m_sessions.find(member);
            if (session == m_sessions.end())
                continue; // the flush found the connection broken
            backlog = session->sink.isValid() ? session->sink.backlog() : member->bytesToWrite();
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
        if (session->sink.isValid())
            session->sink.write(out->frame);
        else
            member->sendTextMessage(QString::fromUtf8(out->message));
    }
    // Only now: a drop can empty the room and so end it.
    for (const auto &[member, backlog] : std::as_const(overflowing)) {
        qCInfo(lcServer) << "dropping a client" << backlog
                         << "bytes behind; it catches up when it "
                            "comes back";
        emit slowClientDropped(backlog);
        member->abort();
    }
}

qint64 ChatServer::largestSendBacklog() const
{
    qint64 largest = 0;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
        largest = std::max(largest, it.key()->bytesToWrite());
    return largest;
}

void ChatServer::pruneLog(const QString &roomId, qint64 keep)
{
    const std::optional<RoomRecord> record = m_store->room(roomId);
    if (!record)
        return;
    const qint64 logStart = m_store->pruneLog(roomId, record->seq - keep);
    if (auto it = m_rooms.find(roomId); it != m_rooms.end() && logStart > 0)
        it->record.logStart = logStart;
}

void ChatServer::handleCreateRoom(QWebSocket *socket, Session &session, const QJsonObject &message)
{
    if (!session.room.isEmpty() || session.upload)
        return refuse(socket,
                      { ErrorCode::BadRequest, tr("Create a room on a connection of its own.") });
    Upload upload;
    upload.size = message.value(QStringLiteral("size")).toInteger(-1);
    upload.sha256 = message.value(QStringLiteral("sha256")).toString();
    upload.name = message.value(QStringLiteral("name")).toString().left(255);
    if (upload.size <= 0 || !isHex64(upload.sha256))
        return refuse(socket,
                      { ErrorCode::BadRequest,
                        tr("create-room needs the image's \"size\" and lowercase hex "
                           "\"sha256\".") });
    if (upload.size > m_options.maxImageBytes)
        return refuse(socket,
                      { ErrorCode::TooLarge,
                        tr("The image is %1 MB; this server accepts up to %2 MB.")
                            .arg(double(upload.size) / (1024 * 1024), 0, 'f', 1)
                            .arg(m_options.maxImageBytes / (1024 * 1024)) });
    upload.data.reserve(upload.size);
    session.upload = std::make_shared<Upload>(std::move(upload));
    send(socket,
         { { QStringLiteral("type"), Protocol::Type::UploadReady },
           { QStringLiteral("chunk"), Protocol::ImageChunkBytes } });
}

void ChatServer::onBinaryMessage(QWebSocket *socket, const QByteArray &data)
{
    auto it = m_sessions.find(socket);
    if (it == m_sessions.end())
        return;
    Session &session = *it;
    session.lastSeen.start();
    if (!session.upload)
        return refuse(socket, { ErrorCode::BadRequest, tr("Unexpected binary message.") });
    Upload &upload = *session.upload;
    if (upload.data.size() + data.size() > upload.size) {
        session.upload.reset();
        return refuse(socket, { ErrorCode::TooLarge, tr("More image data than announced.") });
    }
    upload.data.append(data);
    if (upload.data.size() == upload.size)
        finishUpload(socket, session);
}

void ChatServer::finishUpload(QWebSocket *socket, Session &session)
{
    const std::shared_ptr<Upload> upload = std::move(session.upload);
    if (sha256Hex(upload->data) != upload->sha256)
        return refuse(
            socket,
            { ErrorCode::HashMismatch, tr("The uploaded image does not match its checksum.") });
    const std::optional<ImageInfo> info = readImageInfo(upload->data);
    if (!info)
        return refuse(socket,
                      { ErrorCode::BadImage,
                        tr("This is not an image the server accepts (PNG, JPEG, GIF, BMP "
                           "or WebP up to %1 pixels a side).")
                            .arg(MaxImageSide) });
    RoomRecord room;
    room.id = randomToken(9);
    const QString key = randomToken(18);
    room.keyHash = sha256Hex(key.toUtf8());
    room.owner = session.user;
    room.epoch = randomToken(6);
    room.image = {
        upload->sha256, upload->size, info->width, info->height, info->mime, upload->name
    };
    if (!m_store->putImage(room.image, upload->data) || !m_store->createRoom(room))
        return refuse(socket,
                      { ErrorCode::StorageFailed, tr("The server could not store the image.") });
    qCInfo(lcServer) << "room" << room.id << "created for" << info->width << "x" << info->height
                     << info->mime;
    send(socket,
         { { QStringLiteral("type"), Protocol::Type::RoomCreated },
           { QStringLiteral("room"), room.id },
           { QStringLiteral("key"), key },
           { QStringLiteral("epoch"), room.epoch },
           { QStringLiteral("image"), room.image.toJson() } });
}

void ChatServer::handleGetImage(QWebSocket *socket, Session &session)
{
    const std::optional<RoomRecord> record =
        session.room.isEmpty() ? std::nullopt : m_store->room(session.room);
    if (!record)
        return refuse(socket, { ErrorCode::NotJoined, tr("Join a room to get its image.") });
    std::optional<QByteArray> data = m_store->image(record->image.sha256);
    if (!data)
        return refuse(socket, { ErrorCode::StorageFailed, tr("The server has lost this image.") });
    auto download = std::make_shared<Download>();
    download->data = std::move(*data);
    session.download = download;
    send(socket,
         { { QStringLiteral("type"), Protocol::Type::Image },
           { QStringLiteral("size"), qint64(download->data.size()) },
           { QStringLiteral("sha256"), record->image.sha256 },
           { QStringLiteral("mime"), record->image.mime } });
    sendMoreImage(socket);
}

void ChatServer::sendMoreImage(QWebSocket *socket)
{
    auto it = m_sessions.find(socket);
    if (it == m_sessions.end() || !it->download)
        return;
    Download &download = *it->download;
    // Paced by what the socket has written, so a 50 MB image never sits in
    // memory twice and a slow joiner does not stall the server.
    while (download.sent < download.data.size()
           && socket->bytesToWrite() < 4 * Protocol::ImageChunkBytes) {
        const QByteArray chunk = download.data.mid(download.sent, Protocol::ImageChunkBytes);
        socket->sendBinaryMessage(chunk);
        download.sent += chunk.size();
    }
    if (download.sent == download.data.size()) {
        it->download.reset();
        send(socket, { { QStringLiteral("type"), Protocol::Type::ImageEnd } });
    }
}

void ChatServer::sweep()
{
    // One timer for all connections: an idle connection costs a ping now and
    // then and nothing else (S15).
    const qint64 dead = qint64(m_options.heartbeatMs) * 5 / 2;
    const QList<QWebSocket *> sockets = m_sessions.keys();
    for (QWebSocket *socket : sockets) {
        const Session &session = m_sessions[socket];
        const qint64 idle = session.lastSeen.elapsed();
        if (!session.hello && session.connected.elapsed() > m_options.heartbeatMs) {
            // A connection that never says who it is only holds a socket.
            qCInfo(lcServer) << "dropping a connection that sent no hello";
            socket->abort();
        } else if (idle > dead) {
            qCInfo(lcServer) << "dropping a connection silent for" << idle << "ms";
            socket->abort();
        } else if (idle >= m_options.heartbeatMs) {
            socket->ping();
        }
    }
}

} // namespace ImageChat
