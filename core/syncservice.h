#pragma once

#include "connectionstats.h"
#include "errors.h"
#include "operation.h"
#include "protocol.h"
#include "reachability.h"
#include "roomlink.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QTimer>

#include <QWebSocket>

namespace ImageChat {

class RoomModel;

// Keeps one RoomModel in step with the server over one WebSocket (S1, S2):
// optimistic own operations with broadcastId echo filtering (S4, S5),
// automatic reconnection with backoff and a heartbeat (S6), resync after a
// reconnect or a gap in the sequence (S7). Operations are never queued: while
// not live they fail at once and come back to the caller (S14).
class SyncService : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Disconnected, // not started, or stopped
        Connecting, // opening the socket
        Resyncing, // hello sent, catching up
        Live, // caught up; changes flow both ways
        WaitingToRetry, // connection lost; next attempt at retryAt()
        Failed, // refused for good (wrong key, unknown room...); see lastError()
    };
    Q_ENUM(State)

    struct Timing
    {
        int backoffInitialMs = 500;
        int backoffMaxMs = 30000;
        int heartbeatMs = 15000;
        int pongTimeoutMs = 10000;
        int connectTimeoutMs = 15000;
    };

    // The outcome of submit(): sent, or failed at once with the reason and
    // the operation itself (with the text typed), so the caller can retry.
    struct Submission
    {
        bool sent = false;
        OpError error;
        Operation operation;
    };

    SyncService(RoomModel *model, const RoomLink &link, QObject *parent = nullptr);
    ~SyncService() override;

    void setIdentity(const Protocol::Identity &identity) { m_identity = identity; }
    Protocol::Identity identity() const { return m_identity; }
    void setDisplayName(const QString &name) { m_name = name; }
    QString displayName() const { return m_name; }
    void setTiming(const Timing &timing) { m_timing = timing; }
    // Authorities trusted beyond the system's (a private CA), for wss links.
    void setTrustedAuthorities(const QList<QSslCertificate> &authorities)
    {
        m_authorities = authorities;
    }
    const RoomLink &link() const { return m_link; }
    // When it reports the network back after an outage, the next attempt is
    // made at once instead of when the backoff says (S6). Attempts never wait
    // for it: the system's view of the network is often wrong.
    void setReachability(Reachability *reachability);
    // What went over the connection so far (connection panel).
    const ConnectionStats *stats() const { return &m_stats; }

    // Connects and stays connected (reconnecting as needed) until stop().
    void start();
    void stop();
    // Skips the wait before the next attempt.
    void retryNow();

    State state() const { return m_state; }
    OpError lastError() const { return m_lastError; }
    // Milliseconds until the next attempt while WaitingToRetry, else -1.
    qint64 msUntilRetry() const;
    Protocol::ImageMeta image() const { return m_image; }

    Submission submit(const Operation &op);
    // Sends a message that is not a change (typing) while live; dropped
    // otherwise, as such a message would be stale by the time of a reconnect.
    bool sendTransient(const QJsonObject &message);

signals:
    void stateChanged(ImageChat::SyncService::State state);
    // The server issued an identity (first contact): store it.
    void identityIssued(const ImageChat::Protocol::Identity &identity);
    void imageChanged(const ImageChat::Protocol::ImageMeta &image);
    void operationConfirmed(const ImageChat::Operation &op);
    void operationFailed(const ImageChat::Operation &op, const ImageChat::OpError &error);
    // Another client's change reached the model.
    void remoteEventApplied(const ImageChat::Event &event);
    // Caught up after (re)connecting: by missed events or by a snapshot.
    void resynced(bool fromSnapshot, int missedEvents);
    // Every message from the server, batches unpacked (for `watch` and logs).
    void messageReceived(const QJsonObject &message);

private:
    void setState(State state, const OpError &error = {});
    void connectNow();
    void scheduleRetry();
    void dropSocket();
    void onConnected();
    void onDisconnected();
    void onTextMessage(const QString &frame);
    void handleMessage(const QJsonObject &message);
    void handleWelcome(const QJsonObject &message);
    void handleEvent(const QJsonObject &message);
    void resyncNow(bool needSnapshot);
    void sendJson(const QJsonObject &message);
    void onHeartbeat();
    void onNetworkBack();
    bool resendLater(const QString &broadcastId, qint64 retryAfterMs);
    void resendNow();

    RoomModel *m_model;
    RoomLink m_link;
    Protocol::Identity m_identity;
    QString m_name;
    Timing m_timing;
    QList<QSslCertificate> m_authorities;
    QPointer<Reachability> m_reachability;
    bool m_networkDown = false;
    ConnectionStats m_stats;
    State m_state = State::Disconnected;
    OpError m_lastError;
    Protocol::ImageMeta m_image;

    QPointer<QWebSocket> m_socket;
    // Own operations the server accepted whose echo has not arrived yet; an
    // echo not in here (the reply was lost) confirms the operation itself.
    QSet<QString> m_acknowledged;
    bool m_wanted = false;
    bool m_needSnapshot = false;
    int m_attempt = 0;
    int m_quickResyncs = 0;
    QTimer m_retryTimer;
    QTimer m_connectTimer;
    QTimer m_heartbeatTimer;
    QTimer m_pongTimer;
    // Own operations the server turned away for coming too fast: sent again
    // when it said to, for up to 30 s, before the user is told.
    QStringList m_toResend;
    QHash<QString, qint64> m_resends; // when each was first turned away
    QElapsedTimer m_resendClock;
    QTimer m_resendTimer;
    int m_resendWaitMs = 0; // what the server last said to wait
};

} // namespace ImageChat
