#include "redisbus.h"

#include "serverlogging.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QPointer>
#include <QRandomGenerator>
#include <QSocketNotifier>

#include <hiredis/async.h>
#include <hiredis/hiredis.h>

#include <algorithm>
#include <vector>

namespace ImageChat {

namespace {

const QByteArray channelPrefix = QByteArrayLiteral("imagechat:room:");
const QByteArray payloadTag = QByteArrayLiteral("IC1 ");
const QByteArray transientTag = QByteArrayLiteral("ICT ");
// A header is "IC1 <node> <seq>\n"; anything longer is not ours.
constexpr qsizetype maxHeader = 64;
constexpr int firstBackoffMs = 100;
constexpr int maxBackoffMs = 2000;
constexpr int connectTimeoutMs = 5000;
constexpr int heartbeatIntervalMs = 1000;
constexpr int heartbeatTimeoutMs = 3000;
// Not under channelPrefix: no room can be named so that it collides.
const QByteArray heartbeatPrefix = QByteArrayLiteral("imagechat:node:");

// Runs one hiredis async context on the Qt event loop.
//
// Not hiredis's own adapters/qt.h: its RedisQtAdapter keeps a pointer to the
// context and writes through it in its destructor, but hiredis frees the
// context by itself when a connection fails or drops, so destroying that
// adapter afterwards writes into freed memory, and destroying it before the
// context leaves hiredis calling hooks on a deleted object. It also creates
// parentless notifiers and needs moc run over a system header. This one
// forgets the context in hiredis's cleanup hook (called just before hiredis
// frees it) and can be detached explicitly before an explicit free.
class EventAdapter : public QObject
{
public:
    EventAdapter(redisAsyncContext *context, QObject *parent)
        : QObject(parent)
        , m_context(context)
        , m_read(context->c.fd, QSocketNotifier::Read)
        , m_write(context->c.fd, QSocketNotifier::Write)
    {
        m_read.setEnabled(false);
        m_write.setEnabled(false);
        connect(&m_read, &QSocketNotifier::activated, this, [this] {
            if (m_context)
                redisAsyncHandleRead(m_context);
        });
        connect(&m_write, &QSocketNotifier::activated, this, [this] {
            if (m_context)
                redisAsyncHandleWrite(m_context);
        });
        context->ev.data = this;
        context->ev.addRead = [](void *self) { adapter(self)->m_read.setEnabled(true); };
        context->ev.delRead = [](void *self) { adapter(self)->m_read.setEnabled(false); };
        context->ev.addWrite = [](void *self) { adapter(self)->m_write.setEnabled(true); };
        context->ev.delWrite = [](void *self) { adapter(self)->m_write.setEnabled(false); };
        context->ev.cleanup = [](void *self) { adapter(self)->detach(); };
    }

    ~EventAdapter() override { detach(); }

    // Stops watching the socket and unhooks from the context, which is about
    // to be freed (by hiredis or by us).
    void detach()
    {
        m_read.setEnabled(false);
        m_write.setEnabled(false);
        if (!m_context)
            return;
        m_context->ev.data = nullptr;
        m_context->ev.addRead = nullptr;
        m_context->ev.delRead = nullptr;
        m_context->ev.addWrite = nullptr;
        m_context->ev.delWrite = nullptr;
        m_context->ev.cleanup = nullptr;
        m_context = nullptr;
    }

private:
    static EventAdapter *adapter(void *self) { return static_cast<EventAdapter *>(self); }

    redisAsyncContext *m_context;
    QSocketNotifier m_read;
    QSocketNotifier m_write;
};

QByteArray randomNodeId()
{
    return QByteArray::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, '0');
}

QByteArray replyString(const redisReply *reply)
{
    if (reply->type != REDIS_REPLY_STRING && reply->type != REDIS_REPLY_STATUS)
        return {};
    return QByteArray(reply->str, qsizetype(reply->len));
}

} // namespace

struct RedisBus::Link
{
    Link(RedisBus *owner, const char *name)
        : bus(owner)
        , role(name)
    {
        // hiredis has no connect timeout of its own; a connect that neither
        // succeeds nor fails (packets dropped on the way) would otherwise
        // hold this link forever.
        connectTimeout.setSingleShot(true);
        QObject::connect(&connectTimeout, &QTimer::timeout, bus, [this] {
            if (!context || up)
                return;
            bus->freeLink(this);
            bus->connectFailed(QByteArrayLiteral("connect timed out"));
        });
    }

    RedisBus *bus;
    const char *role; // for the log
    redisAsyncContext *context = nullptr;
    EventAdapter *adapter = nullptr;
    // Connected; only then are commands sent, so that nothing queues up
    // without bound while Redis is away.
    bool up = false;
    QTimer connectTimeout;
};

RedisBus::RedisBus(const QString &host, quint16 port, QObject *parent)
    : Bus(parent)
    , m_host(host.toUtf8())
    , m_port(port)
    , m_nodeId(randomNodeId())
    , m_pub(std::make_unique<Link>(this, "publisher"))
    , m_sub(std::make_unique<Link>(this, "subscriber"))
    , m_backoffMs(firstBackoffMs)
    , m_heartbeatChannel(heartbeatPrefix + m_nodeId)
    , m_heartbeatTimeoutMs(heartbeatTimeoutMs)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RedisBus::connectLinks);
    m_heartbeatTimer.setInterval(heartbeatIntervalMs);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &RedisBus::beat);
    connectLinks();
}

void RedisBus::setHeartbeat(int intervalMs, int timeoutMs)
{
    m_heartbeatTimer.setInterval(intervalMs);
    m_heartbeatTimeoutMs = timeoutMs;
}

void RedisBus::beat()
{
    if (!m_pub->up || !m_sub->up)
        return;
    if (m_beatSent.isValid()) {
        if (!m_beatSent.hasExpired(m_heartbeatTimeoutMs))
            return; // still on its way
        qCWarning(lcBus) << "Redis did not pass on a heartbeat within" << m_heartbeatTimeoutMs
                         << "ms; connecting again";
        m_beatSent.invalidate();
        // As if both had been closed: what was in flight is lost either way.
        freeLink(m_pub.get());
        freeLink(m_sub.get());
        m_confirmed.clear();
        connectFailed(QByteArrayLiteral("heartbeat lost"));
        updateConnected();
        return;
    }
    const char *argv[] = { "PUBLISH", m_heartbeatChannel.constData(), "beat" };
    const size_t lengths[] = { 7, size_t(m_heartbeatChannel.size()), 4 };
    if (redisAsyncCommandArgv(m_pub->context, nullptr, nullptr, 3, argv, lengths) == REDIS_OK)
        m_beatSent.start();
}

RedisBus::~RedisBus()
{
    m_retryTimer.stop();
    freeLink(m_pub.get());
    freeLink(m_sub.get());
}

void RedisBus::freeLink(Link *link)
{
    redisAsyncContext *context = link->context;
    if (!context)
        return;
    link->context = nullptr;
    link->up = false;
    link->connectTimeout.stop();
    // redisAsyncFree runs every pending callback with a null reply and then
    // the disconnect callback; none of them may reach this half-destroyed
    // object. Unhooking the adapter first also covers a free that hiredis
    // defers because it is called from inside one of its callbacks.
    context->data = nullptr;
    context->onConnect = nullptr;
    context->onDisconnect = nullptr;
    delete link->adapter;
    link->adapter = nullptr;
    redisAsyncFree(context);
}

QByteArray RedisBus::channelFor(const QString &room)
{
    return channelPrefix + room.toUtf8();
}

QByteArray RedisBus::encodePayload(const QByteArray &node, qint64 seq, const QByteArray &message)
{
    QByteArray payload;
    payload.reserve(payloadTag.size() + node.size() + 22 + message.size());
    payload += payloadTag;
    payload += node;
    payload += ' ';
    payload += QByteArray::number(seq);
    payload += '\n';
    payload += message;
    return payload;
}

std::optional<RedisBus::Payload> RedisBus::decodePayload(const QByteArray &payload)
{
    if (!payload.startsWith(payloadTag))
        return std::nullopt;
    const qsizetype end = payload.indexOf('\n');
    if (end < 0 || end > maxHeader)
        return std::nullopt;
    const QByteArray header = payload.mid(payloadTag.size(), end - payloadTag.size());
    const qsizetype space = header.indexOf(' ');
    if (space <= 0)
        return std::nullopt;
    Payload result;
    result.node = header.left(space);
    for (const char c : std::as_const(result.node)) {
        if (c <= ' ' || c > '~')
            return std::nullopt;
    }
    const QByteArray seqText = header.mid(space + 1);
    bool ok = false;
    result.seq = seqText.toLongLong(&ok);
    // toLongLong accepts surrounding blanks; the format has none.
    if (!ok || seqText.isEmpty() || seqText.trimmed().size() != seqText.size())
        return std::nullopt;
    result.message = payload.mid(end + 1);
    if (!result.message.isValidUtf8())
        return std::nullopt;
    return result;
}

QByteArray RedisBus::encodeTransient(const QByteArray &node, const QByteArray &message)
{
    return transientTag + node + '\n' + message;
}

std::optional<RedisBus::Payload> RedisBus::decodeTransient(const QByteArray &payload)
{
    if (!payload.startsWith(transientTag))
        return std::nullopt;
    const qsizetype end = payload.indexOf('\n');
    if (end <= transientTag.size() || end > maxHeader)
        return std::nullopt;
    Payload result;
    result.node = payload.mid(transientTag.size(), end - transientTag.size());
    for (const char c : std::as_const(result.node)) {
        if (c <= ' ' || c > '~')
            return std::nullopt;
    }
    result.message = payload.mid(end + 1);
    if (!result.message.isValidUtf8())
        return std::nullopt;
    return result;
}

void RedisBus::publishTransient(const QString &room, const QByteArray &message)
{
    // Not kept for later: presence is said again every few seconds anyway,
    // and a typing notice that comes late is wrong.
    if (!m_pub->up)
        return;
    const QByteArray channel = channelFor(room);
    const QByteArray payload = encodeTransient(m_nodeId, message);
    const char *argv[] = { "PUBLISH", channel.constData(), payload.constData() };
    const size_t lengths[] = { 7, size_t(channel.size()), size_t(payload.size()) };
    if (redisAsyncCommandArgv(m_pub->context, nullptr, nullptr, 3, argv, lengths) != REDIS_OK)
        qCDebug(lcBus) << "could not queue a transient PUBLISH for room" << room;
}

void RedisBus::publish(const QString &room, qint64 seq, const QByteArray &message)
{
    const QPointer<RedisBus> self(this);
    emit delivered(room, seq, message);
    if (!self)
        return;
    if (!m_pub->up) {
        qCDebug(lcBus) << "not connected to Redis; room" << room << "seq" << seq
                       << "reaches this node only";
        return;
    }
    const QByteArray channel = channelFor(room);
    const QByteArray payload = encodePayload(m_nodeId, seq, message);
    const char *argv[] = { "PUBLISH", channel.constData(), payload.constData() };
    const size_t lengths[] = { 7, size_t(channel.size()), size_t(payload.size()) };
    // No reply callback: the number of receivers is of no use here, and a
    // lost connection is noticed by the disconnect callback.
    if (redisAsyncCommandArgv(m_pub->context, nullptr, nullptr, 3, argv, lengths) != REDIS_OK)
        qCDebug(lcBus) << "could not queue PUBLISH for room" << room << "seq" << seq;
}

void RedisBus::subscribe(const QString &room)
{
    if (m_rooms.contains(room))
        return;
    m_rooms.insert(room);
    if (m_sub->up)
        sendSubscribe({ channelFor(room) });
}

void RedisBus::unsubscribe(const QString &room)
{
    if (!m_rooms.remove(room))
        return;
    m_confirmed.remove(room);
    if (m_sub->up)
        sendUnsubscribe(room);
    // It may have been the last subscription a reconnect was waiting for.
    updateConnected();
}

void RedisBus::sendSubscribe(const QList<QByteArray> &channels)
{
    if (channels.isEmpty())
        return;
    std::vector<const char *> argv { "SUBSCRIBE" };
    std::vector<size_t> lengths { 9 };
    for (const QByteArray &channel : channels) {
        argv.push_back(channel.constData());
        lengths.push_back(size_t(channel.size()));
    }
    // Every channel's confirmation and messages come to the one callback.
    if (redisAsyncCommandArgv(m_sub->context, &RedisBus::onSubscriptionReply, nullptr,
                              int(argv.size()), argv.data(), lengths.data())
        != REDIS_OK)
        qCWarning(lcBus) << "could not queue SUBSCRIBE for" << channels;
}

void RedisBus::sendUnsubscribe(const QString &room)
{
    const QByteArray channel = channelFor(room);
    const char *argv[] = { "UNSUBSCRIBE", channel.constData() };
    const size_t lengths[] = { 11, size_t(channel.size()) };
    // The confirmation comes to the channel's subscription callback.
    if (redisAsyncCommandArgv(m_sub->context, nullptr, nullptr, 2, argv, lengths) != REDIS_OK)
        qCDebug(lcBus) << "could not queue UNSUBSCRIBE for room" << room;
}

void RedisBus::connectLinks()
{
    if (m_pub->context && m_sub->context)
        return;
    // hiredis resolves names with a blocking getaddrinfo(); a name is looked
    // up here without blocking, and hiredis gets the address.
    if (QHostAddress().setAddress(QString::fromUtf8(m_host))) {
        connectLinksTo(m_host);
        return;
    }
    if (m_lookupId != -1)
        return;
    m_lookupId =
        QHostInfo::lookupHost(QString::fromUtf8(m_host), this, [this](const QHostInfo &info) {
            m_lookupId = -1;
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                connectFailed("cannot resolve " + m_host + ": " + info.errorString().toUtf8());
                return;
            }
            // IPv4 first: "localhost" often resolves to ::1 first, and Redis
            // listens on 127.0.0.1 by default.
            const QList<QHostAddress> addresses = info.addresses();
            const auto v4 =
                std::find_if(addresses.cbegin(), addresses.cend(), [](const QHostAddress &a) {
                    return a.protocol() == QAbstractSocket::IPv4Protocol;
                });
            connectLinksTo(
                (v4 != addresses.cend() ? *v4 : addresses.constFirst()).toString().toUtf8());
        });
}

void RedisBus::connectLinksTo(const QByteArray &address)
{
    for (Link *link : { m_pub.get(), m_sub.get() }) {
        if (!link->context)
            connectLink(link, address);
    }
}

void RedisBus::connectLink(Link *link, const QByteArray &address)
{
    ++m_attempts;
    redisAsyncContext *context = redisAsyncConnect(address.constData(), int(m_port));
    if (!context) {
        connectFailed(QByteArrayLiteral("out of memory"));
        return;
    }
    if (context->err) {
        // Refused at once (common on loopback): nothing to wait for.
        const QByteArray reason(context->errstr);
        redisAsyncFree(context);
        connectFailed(reason);
        return;
    }
    context->data = link;
    link->context = context;
    link->adapter = new EventAdapter(context, this);
    // After the adapter: setting the connect callback arms the write watch
    // that tells when the connection is established.
    redisAsyncSetConnectCallback(context, &RedisBus::onConnect);
    redisAsyncSetDisconnectCallback(context, &RedisBus::onDisconnect);
    link->connectTimeout.start(connectTimeoutMs);
}

void RedisBus::onConnect(const redisAsyncContext *context, int status)
{
    auto *link = static_cast<Link *>(context->data);
    if (!link)
        return;
    if (status == REDIS_OK)
        link->bus->linkUp(link);
    else
        link->bus->linkDown(link, QByteArray(context->errstr));
}

void RedisBus::onDisconnect(const redisAsyncContext *context, int status)
{
    auto *link = static_cast<Link *>(context->data);
    if (!link)
        return;
    link->bus->linkDown(
        link, status == REDIS_OK ? QByteArrayLiteral("closed") : QByteArray(context->errstr));
}

void RedisBus::onSubscriptionReply(redisAsyncContext *context, void *reply, void *privdata)
{
    Q_UNUSED(privdata)
    auto *link = static_cast<Link *>(context->data);
    const auto *r = static_cast<const redisReply *>(reply);
    // A null reply: hiredis is freeing the context; the disconnect callback
    // tells the rest.
    if (!link || !r)
        return;
    if (r->type != REDIS_REPLY_ARRAY || r->elements < 3) {
        qCWarning(lcBus) << "unexpected reply on the subscriber connection, type" << r->type;
        return;
    }
    const redisReply *third = r->element[2];
    link->bus->subscriptionReply(replyString(r->element[0]), replyString(r->element[1]),
                                 third->type == REDIS_REPLY_STRING ? replyString(third)
                                                                   : QByteArray());
}

void RedisBus::subscriptionReply(const QByteArray &kind, const QByteArray &channel,
                                 const QByteArray &payload)
{
    if (channel == m_heartbeatChannel) {
        if (kind == "message")
            m_beatSent.invalidate(); // back: publisher, Redis and subscriber all work
        return;
    }
    if (!channel.startsWith(channelPrefix))
        return;
    const QString room = QString::fromUtf8(channel.mid(channelPrefix.size()));
    if (kind == "subscribe") {
        // Only rooms still wanted: it may have been unsubscribed meanwhile.
        if (m_rooms.contains(room))
            m_confirmed.insert(room);
        updateConnected();
    } else if (kind == "unsubscribe") {
        // A subscribe sent after this unsubscribe confirms again after it.
        m_confirmed.remove(room);
    } else if (kind == "message") {
        // Redis may still send a few for a room just unsubscribed.
        if (!m_rooms.contains(room))
            return;
        if (payload.startsWith(transientTag)) {
            const std::optional<Payload> transient = decodeTransient(payload);
            if (transient && transient->node != m_nodeId)
                emit transientDelivered(room, transient->node, transient->message);
            return;
        }
        const std::optional<Payload> decoded = decodePayload(payload);
        if (!decoded) {
            qCWarning(lcBus) << "dropped a malformed message of" << payload.size() << "bytes on"
                             << channel;
            return;
        }
        if (decoded->node == m_nodeId)
            return; // our own, delivered locally when published
        emit delivered(room, decoded->seq, decoded->message);
    }
}

void RedisBus::linkUp(Link *link)
{
    qCDebug(lcBus) << link->role << "connected to Redis at" << m_host.constData() << m_port;
    link->up = true;
    link->connectTimeout.stop();
    if (link == m_sub.get()) {
        m_confirmed.clear();
        QList<QByteArray> channels { m_heartbeatChannel };
        for (const QString &room : std::as_const(m_rooms))
            channels.append(channelFor(room));
        sendSubscribe(channels);
    }
    m_beatSent.invalidate();
    if (!m_heartbeatTimer.isActive())
        m_heartbeatTimer.start();
    updateConnected();
}

void RedisBus::linkDown(Link *link, const QByteArray &reason)
{
    // hiredis frees the context when this callback returns; the adapter goes
    // later, once hiredis has called its cleanup hook.
    link->context = nullptr;
    link->connectTimeout.stop();
    if (link->adapter)
        link->adapter->deleteLater();
    link->adapter = nullptr;
    const bool wasUp = link->up;
    link->up = false;
    if (link == m_sub.get())
        m_confirmed.clear();
    if (wasUp)
        qCDebug(lcBus) << link->role << "lost Redis:" << reason;
    connectFailed(reason);
    updateConnected();
}

void RedisBus::connectFailed(const QByteArray &reason)
{
    if (!m_outageReported) {
        m_outageReported = true;
        qCWarning(lcBus).nospace()
            << "Redis at " << m_host.constData() << ":" << m_port << " unreachable (" << reason
            << "); serving this node's clients only, retrying";
    } else {
        qCDebug(lcBus) << "Redis still unreachable:" << reason;
    }
    scheduleReconnect();
}

void RedisBus::scheduleReconnect()
{
    if (m_retryTimer.isActive())
        return;
    m_retryTimer.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, maxBackoffMs);
}

void RedisBus::updateConnected()
{
    const bool linksUp = m_pub->up && m_sub->up;
    if (m_connected) {
        if (!linksUp) {
            m_connected = false;
            emit connectedChanged(false);
        }
        return;
    }
    // Back only once Redis has confirmed every room: before that, events of
    // other nodes could still be missed, and resumed() would come too early.
    // m_confirmed only holds wanted rooms, so equal sizes mean equal sets.
    if (!linksUp || m_confirmed.size() != m_rooms.size())
        return;
    m_connected = true;
    m_outageReported = false;
    m_backoffMs = firstBackoffMs;
    qCInfo(lcBus).nospace() << "connected to Redis at " << m_host.constData() << ":" << m_port
                            << ", " << m_rooms.size() << " rooms subscribed";
    const QPointer<RedisBus> self(this);
    emit connectedChanged(true);
    if (self)
        emit resumed();
}

} // namespace ImageChat
