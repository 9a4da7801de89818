#pragma once

#include "bus.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QSet>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

struct redisAsyncContext;

namespace ImageChat {

// The bus across server nodes: Redis pub/sub, one channel per room
// ("imagechat:room:<room>"). Two connections, because a connection that has
// subscribed can no longer PUBLISH. Both live on the Qt event loop (hiredis's
// async API, never a blocking call), and both reconnect by themselves with a
// capped backoff, so a node starts and keeps serving its own clients while
// Redis is away. A Redis that stops answering without closing anything (a
// network cut, a stalled host) is found by a heartbeat that goes the whole
// way: the node publishes on a channel of its own and must hear it back.
class RedisBus : public Bus
{
    Q_OBJECT

public:
    // What one PUBLISH carries, see encodePayload().
    struct Payload
    {
        QByteArray node;
        qint64 seq = 0;
        QByteArray message;
    };

    RedisBus(const QString &host, quint16 port, QObject *parent = nullptr);
    ~RedisBus() override;

    void publish(const QString &room, qint64 seq, const QByteArray &message) override;
    void subscribe(const QString &room) override;
    void unsubscribe(const QString &room) override;
    void publishTransient(const QString &room, const QByteArray &message) override;
    bool isConnected() const override { return m_connected; }

    // Whether Redis has confirmed the subscription on the current connection.
    bool isSubscribed(const QString &room) const { return m_confirmed.contains(room); }
    // This node's random id; messages carrying it are its own and ignored.
    QByteArray nodeId() const { return m_nodeId; }
    // Connection attempts so far (both connections), for diagnostics and tests.
    int connectAttempts() const { return m_attempts; }
    // A heartbeat every intervalMs while connected; one not heard back within
    // timeoutMs takes both connections down (and so starts reconnecting).
    void setHeartbeat(int intervalMs, int timeoutMs);

    static QByteArray channelFor(const QString &room);
    // "IC1 <node> <seq>\n<message>": a version tag so that a later format or
    // stray traffic is told apart, the header as text so that redis-cli
    // MONITOR stays readable, and the message as the raw rest (Redis strings
    // carry their own length, so it needs no escaping).
    static QByteArray encodePayload(const QByteArray &node, qint64 seq, const QByteArray &message);
    // Empty when the payload is not one of ours (wrong tag, bad header,
    // message not UTF-8).
    static std::optional<Payload> decodePayload(const QByteArray &payload);
    // "ICT <node>\n<message>": a transient message (no seq), on the room's
    // channel; decodePayload() does not take it for an event.
    static QByteArray encodeTransient(const QByteArray &node, const QByteArray &message);
    static std::optional<Payload> decodeTransient(const QByteArray &payload);

private:
    struct Link;
    // hiredis callbacks; they find the link in the context's data, which is
    // cleared before this object frees a context, so that no callback that
    // hiredis still runs while freeing reaches a destroyed bus.
    static void onConnect(const redisAsyncContext *context, int status);
    static void onDisconnect(const redisAsyncContext *context, int status);
    static void onSubscriptionReply(redisAsyncContext *context, void *reply, void *privdata);

    void connectLinks();
    void connectLinksTo(const QByteArray &address);
    void connectLink(Link *link, const QByteArray &address);
    void linkUp(Link *link);
    void linkDown(Link *link, const QByteArray &reason);
    void connectFailed(const QByteArray &reason);
    void scheduleReconnect();
    void subscriptionReply(const QByteArray &kind, const QByteArray &channel,
                           const QByteArray &payload);
    void sendSubscribe(const QList<QByteArray> &channels);
    void sendUnsubscribe(const QString &room);
    void updateConnected();
    void freeLink(Link *link);
    void beat();

    const QByteArray m_host;
    const quint16 m_port;
    const QByteArray m_nodeId;
    std::unique_ptr<Link> m_pub;
    std::unique_ptr<Link> m_sub;
    // Rooms this node wants, and those Redis has confirmed on the current
    // subscriber connection; connected again means the two are equal.
    QSet<QString> m_rooms;
    QSet<QString> m_confirmed;
    bool m_connected = false;
    QTimer m_retryTimer;
    int m_backoffMs;
    int m_attempts = 0;
    int m_lookupId = -1;
    // An outage is reported once, not at every attempt.
    bool m_outageReported = false;
    const QByteArray m_heartbeatChannel;
    QTimer m_heartbeatTimer;
    int m_heartbeatTimeoutMs;
    // Since the heartbeat that has not come back yet was sent (invalid: none).
    QElapsedTimer m_beatSent;
};

} // namespace ImageChat
