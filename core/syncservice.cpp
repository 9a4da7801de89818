#include "syncservice.h"

#include "errortext.h"
#include "logging.h"
#include "roommodel.h"
#include "tlstrust.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QWebSocket>

namespace ImageChat {

namespace {

// Refusals that another attempt cannot fix: stop retrying and say why.
bool isFatal(const QString &code)
{
    return code == ErrorCode::WrongKey || code == ErrorCode::RoomNotFound
        || code == ErrorCode::UnsupportedVersion || code == ErrorCode::BadIdentity;
}

// A server's snapshot can be large (thousands of markers); anything past this
// is not ours to parse.
constexpr qint64 MaxServerMessageBytes = 256 * 1024 * 1024;

} // namespace

SyncService::SyncService(RoomModel *model, const RoomLink &link, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_link(link)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncService::connectNow);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcSync) << "no welcome from" << m_link.server.webSocketUrl() << "in time";
        m_stats.noteError(tr("The server did not answer in time."));
        dropSocket();
        scheduleRetry();
    });
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &SyncService::onHeartbeat);
    m_resendTimer.setSingleShot(true);
    connect(&m_resendTimer, &QTimer::timeout, this, &SyncService::resendNow);
    m_pongTimer.setSingleShot(true);
    connect(&m_pongTimer, &QTimer::timeout, this, [this] {
        // No pong: the connection is dead even if TCP has not noticed yet.
        qCInfo(lcSync) << "no answer to heartbeat; reconnecting";
        m_stats.noteError(tr("The server stopped answering the heartbeat."));
        dropSocket();
        scheduleRetry();
    });
}

SyncService::~SyncService()
{
    m_wanted = false;
    dropSocket();
}

void SyncService::setState(State state, const OpError &error)
{
    if (error) {
        m_lastError = error;
        m_stats.noteError(error.message);
    }
    if (state == m_state)
        return;
    qCDebug(lcSync) << "state" << m_state << "->" << state;
    m_state = state;
    emit stateChanged(state);
}

qint64 SyncService::msUntilRetry() const
{
    return m_state == State::WaitingToRetry ? m_retryTimer.remainingTime() : -1;
}

void SyncService::start()
{
    m_wanted = true;
    m_attempt = 0;
    if (m_state == State::Disconnected || m_state == State::Failed)
        connectNow();
}

void SyncService::stop()
{
    m_wanted = false;
    m_retryTimer.stop();
    dropSocket();
    setState(State::Disconnected);
}

void SyncService::setReachability(Reachability *reachability)
{
    if (m_reachability)
        m_reachability->disconnect(this);
    m_reachability = reachability;
    m_networkDown = reachability && !reachability->isOnline();
    if (!reachability)
        return;
    connect(reachability, &Reachability::statusChanged, this, [this](Reachability::Status status) {
        const bool wasDown = m_networkDown;
        m_networkDown = status == Reachability::Status::Offline;
        if (wasDown && !m_networkDown)
            onNetworkBack();
    });
}

void SyncService::onNetworkBack()
{
    // The backoff grew while there was no network to reach; it says nothing
    // about the server. An attempt still connecting was begun without a
    // network and may hang until its timeout: start it over as well.
    if (!m_wanted || (m_state != State::WaitingToRetry && m_state != State::Connecting))
        return;
    qCInfo(lcSync) << "network is back; reconnecting now";
    m_attempt = 0;
    m_retryTimer.stop();
    connectNow();
}

void SyncService::retryNow()
{
    if (m_state != State::WaitingToRetry && m_state != State::Failed)
        return;
    m_wanted = true;
    m_retryTimer.stop();
    connectNow();
}

void SyncService::dropSocket()
{
    m_connectTimer.stop();
    m_heartbeatTimer.stop();
    m_pongTimer.stop();
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void SyncService::connectNow()
{
    dropSocket();
    setState(State::Connecting);
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    socket->setMaxAllowedIncomingMessageSize(MaxServerMessageBytes);
    socket->setMaxAllowedIncomingFrameSize(MaxServerMessageBytes);
    connect(socket, &QWebSocket::connected, this, &SyncService::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &SyncService::onDisconnected);
    connect(socket, &QWebSocket::textMessageReceived, this, &SyncService::onTextMessage);
    connect(socket, &QWebSocket::pong, this, [this] {
        m_pongTimer.stop();
        m_stats.pongReceived();
    });
    secureSocket(socket, m_link.server, m_authorities, [this](const OpError &error) {
        dropSocket();
        setState(State::Failed, error);
    });
    m_connectTimer.start(m_timing.connectTimeoutMs);
    qCDebug(lcSync) << "connecting to" << m_link.server.webSocketUrl();
    socket->open(m_link.server.webSocketUrl());
}

void SyncService::scheduleRetry()
{
    if (!m_wanted || m_state == State::Failed)
        return;
    // Capped exponential backoff with jitter, so that clients cut off together
    // (server restart) do not all come back in the same millisecond.
    const qint64 ceiling = std::min<qint64>(
        m_timing.backoffMaxMs, qint64(m_timing.backoffInitialMs) << std::min(m_attempt, 20));
    const qint64 delay = ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1);
    ++m_attempt;
    qCInfo(lcSync) << "reconnecting in" << delay << "ms (attempt" << m_attempt << ")";
    m_retryTimer.start(int(delay));
    setState(State::WaitingToRetry);
}

void SyncService::onConnected()
{
    // m_connectTimer keeps running until the welcome: a server that accepts
    // the socket but never answers the hello is as good as unreachable.
    // The room key goes out only to the certificate the link names.
    if (const OpError refused = checkPinnedCertificate(m_socket, m_link.server)) {
        dropSocket();
        setState(State::Failed, refused);
        return;
    }
    Protocol::Hello hello;
    hello.room = m_link.room;
    hello.key = m_link.key;
    hello.identity = m_identity;
    hello.name = m_name;
    if (!m_needSnapshot && !m_model->epoch().isEmpty()) {
        hello.epoch = m_model->epoch();
        hello.seq = m_model->seq();
    }
    for (const Event &e : m_model->pending())
        hello.pending.append(e.op.broadcastId);
    sendJson(hello.toJson());
    setState(State::Resyncing);
    m_heartbeatTimer.start(m_timing.heartbeatMs);
}

void SyncService::onDisconnected()
{
    const QString reason = m_socket ? m_socket->closeReason() : QString();
    qCInfo(lcSync) << "disconnected" << reason;
    if (m_socket && m_socket->error() != QAbstractSocket::UnknownSocketError)
        m_stats.noteError(m_socket->errorString());
    else
        m_stats.noteError(reason.isEmpty() ? tr("The server closed the connection.") : reason);
    dropSocket();
    if (m_state == State::Failed)
        return;
    scheduleRetry();
}

void SyncService::onHeartbeat()
{
    if (!m_socket || m_pongTimer.isActive())
        return;
    m_stats.pingSent();
    m_socket->ping();
    m_pongTimer.start(m_timing.pongTimeoutMs);
}

bool SyncService::sendTransient(const QJsonObject &message)
{
    if (m_state != State::Live || !m_socket)
        return false;
    sendJson(message);
    return true;
}

void SyncService::sendJson(const QJsonObject &message)
{
    if (!m_socket)
        return;
    const QString frame = Protocol::encode(message);
    m_socket->sendTextMessage(frame);
    m_stats.countSent(frame.toUtf8().size());
}

void SyncService::onTextMessage(const QString &frame)
{
    m_stats.countReceived(frame.toUtf8().size());
    OpError error;
    const std::optional<QJsonObject> message = Protocol::decode(frame, &error);
    if (!message) {
        qCWarning(lcSync) << "unreadable message from server:" << error.message;
        return;
    }
    if (message->value(QStringLiteral("type")).toString() == Protocol::Type::Batch) {
        // A batch is several messages in one frame, in order (S9).
        for (const QJsonValue &item : message->value(QStringLiteral("events")).toArray()) {
            if (!m_socket)
                return; // an earlier item triggered a resync
            handleMessage(item.toObject());
        }
        return;
    }
    handleMessage(*message);
}

void SyncService::handleMessage(const QJsonObject &message)
{
    emit messageReceived(message);
    const QString type = message.value(QStringLiteral("type")).toString();
    const QString broadcastId = message.value(QStringLiteral("broadcastId")).toString();

    if (type == Protocol::Type::Welcome) {
        handleWelcome(message);
    } else if (Protocol::isBroadcastType(type)) {
        if (m_state == State::Live)
            handleEvent(message);
    } else if (type == Protocol::Type::Accepted) {
        m_resends.remove(broadcastId);
        for (const Event &e : m_model->pending()) {
            if (e.op.broadcastId == broadcastId) {
                m_acknowledged.insert(broadcastId);
                emit operationConfirmed(e.op);
                break;
            }
        }
    } else if (type == Protocol::Type::Rejected) {
        const OpError error = ErrorText::fromWire(message);
        if (error.code == ErrorCode::RateLimited
            && resendLater(broadcastId,
                           error.params.value(QStringLiteral("retryAfterMs")).toInteger()))
            return;
        m_resends.remove(broadcastId);
        m_acknowledged.remove(broadcastId);
        if (std::optional<Event> dropped = m_model->dropPending(broadcastId)) {
            qCInfo(lcSync) << "operation" << broadcastId << "rejected:" << error.message;
            emit operationFailed(dropped->op, error);
        }
    } else if (type == Protocol::Type::Error) {
        const OpError error = ErrorText::fromWire(message);
        qCWarning(lcSync) << "server error:" << error.code << error.message;
        m_stats.noteError(error.message);
        if (isFatal(error.code)) {
            dropSocket();
            setState(State::Failed, error);
        }
    }
}

void SyncService::handleWelcome(const QJsonObject &message)
{
    m_connectTimer.stop();
    OpError error;
    std::optional<Protocol::Welcome> welcome = Protocol::Welcome::fromJson(message, &error);
    if (!welcome || welcome->room != m_link.room) {
        qCWarning(lcSync) << "bad welcome:" << error.message;
        dropSocket();
        scheduleRetry();
        return;
    }
    if (!welcome->identity.secret.isEmpty()) {
        m_identity = welcome->identity;
        emit identityIssued(m_identity);
    }
    if (!(welcome->image == m_image)) {
        m_image = welcome->image;
        emit imageChanged(m_image);
    }
    m_model->setOwner(welcome->owner);

    int missed = 0;
    if (welcome->hasSnapshot) {
        std::optional<RoomState> state = RoomState::fromJson(welcome->snapshot);
        if (!state) {
            qCWarning(lcSync) << "unreadable snapshot";
            dropSocket();
            scheduleRetry();
            return;
        }
        state->owner = welcome->owner;
        // Own operations the server stored are in the snapshot already.
        for (const QString &id : std::as_const(welcome->confirmed)) {
            std::optional<Event> own = m_model->dropPending(id);
            if (own && !m_acknowledged.remove(id))
                emit operationConfirmed(own->op);
        }
        m_model->reset(*state, welcome->epoch, welcome->seq);
        m_needSnapshot = false;
    } else {
        m_model->setEpoch(welcome->epoch);
        for (const QJsonValue &value : std::as_const(welcome->events)) {
            handleEvent(value.toObject());
            if (!m_socket)
                return; // the catch-up itself found a problem and resyncs
            ++missed;
        }
    }
    // Whatever is still pending was sent on a connection that is gone and was
    // not stored: it fails now and is not sent again (S14). Unless the server
    // says it is stored: stored after the seq this welcome brings the copy to
    // (another node stored it meanwhile), its broadcast follows.
    const QList<Event> lost = m_model->pending();
    for (const Event &e : lost) {
        if (welcome->confirmed.contains(e.op.broadcastId)) {
            if (!m_acknowledged.contains(e.op.broadcastId)) {
                m_acknowledged.insert(e.op.broadcastId);
                emit operationConfirmed(e.op);
            }
            continue;
        }
        m_model->dropPending(e.op.broadcastId);
        m_acknowledged.remove(e.op.broadcastId);
        emit operationFailed(e.op,
                             { ErrorCode::ConnectionLost,
                               tr("The connection was lost before the server stored this "
                                  "change. It was not saved; try again.") });
    }
    m_attempt = 0;
    m_stats.connectionMade();
    setState(State::Live);
    emit resynced(welcome->hasSnapshot, missed);
    // The round trip is known at once, not a heartbeat period later.
    onHeartbeat();
}

void SyncService::handleEvent(const QJsonObject &message)
{
    OpError error;
    std::optional<Event> event = Event::fromJson(message, &error);
    if (!event) {
        qCWarning(lcSync) << "unreadable event:" << error.message;
        resyncNow(true);
        return;
    }
    if (event->seq <= m_model->seq())
        return; // already have it
    if (event->seq != m_model->seq() + 1) {
        qCInfo(lcSync) << "gap in sequence: have" << m_model->seq() << "got" << event->seq;
        resyncNow(false);
        return;
    }
    // Echo suppression (S4): the echo of an own operation is not a remote
    // change; its canonical form just replaces the optimistic one.
    const bool own = m_model->hasPendingOperation(event->op.broadcastId);
    // A name the room knows is left out of the broadcast; it is in the copy.
    OpError applyError = m_model->confirmedState().fillName(&*event);
    if (!applyError)
        applyError = m_model->applyConfirmed(*event);
    if (applyError) {
        qCWarning(lcSync) << "event" << event->seq << "does not apply; resyncing";
        resyncNow(true);
        return;
    }
    m_quickResyncs = 0;
    if (!own)
        emit remoteEventApplied(*event);
    else if (!m_acknowledged.remove(event->op.broadcastId))
        emit operationConfirmed(event->op);
}

void SyncService::resyncNow(bool needSnapshot)
{
    m_needSnapshot = m_needSnapshot || needSnapshot;
    // Resync at once, but not in a loop: if the stream keeps breaking right
    // after each catch-up, wait with the usual backoff.
    if (++m_quickResyncs > 3) {
        dropSocket();
        scheduleRetry();
        return;
    }
    connectNow();
}

bool SyncService::resendLater(const QString &broadcastId, qint64 retryAfterMs)
{
    // Not stored, not even looked at: the same request may go again, for a
    // while. A burst takes as long as the server's rate makes it.
    constexpr qint64 GiveUpAfterMs = 30000;
    constexpr qint64 LongestWaitMs = 10000;
    const bool isPending =
        std::any_of(m_model->pending().cbegin(), m_model->pending().cend(),
                    [&](const Event &e) { return e.op.broadcastId == broadcastId; });
    if (!m_resendClock.isValid())
        m_resendClock.start();
    const qint64 now = m_resendClock.elapsed();
    const qint64 since = m_resends.value(broadcastId, now);
    if (!isPending || now - since > GiveUpAfterMs)
        return false;
    m_resends.insert(broadcastId, since);
    if (!m_toResend.contains(broadcastId))
        m_toResend.append(broadcastId);
    const int waitMs = int(std::clamp<qint64>(retryAfterMs, 1, LongestWaitMs));
    m_resendWaitMs = waitMs;
    if (!m_resendTimer.isActive())
        m_resendTimer.start(waitMs);
    qCDebug(lcSync) << "operation" << broadcastId << "came too fast; sending it again in" << waitMs
                    << "ms";
    return true;
}

void SyncService::resendNow()
{
    if (m_state != State::Live || !m_socket) {
        m_toResend.clear(); // the next hello lists them as pending (section 3.5)
        return;
    }
    // One at a time, a wait apart: sent together they would come too fast
    // again, and all but one would be turned away once more.
    const QString id = m_toResend.takeFirst();
    for (const Event &e : m_model->pending()) {
        if (e.op.broadcastId == id) {
            sendJson(e.op.toRequest());
            break;
        }
    }
    if (!m_toResend.isEmpty())
        m_resendTimer.start(m_resendWaitMs);
}

SyncService::Submission SyncService::submit(const Operation &op)
{
    Submission result;
    result.operation = op;
    if (m_state != State::Live || !m_socket) {
        result.error = { ErrorCode::Offline,
                         tr("Not connected to the server, so this change was not sent. It will "
                            "not be sent later; try again when the connection is back.") };
        return result;
    }
    Event event;
    event.op = op;
    event.author = m_identity.user;
    event.authorName = m_name;
    event.at = QDateTime::currentMSecsSinceEpoch();
    if (OpError error = m_model->applyLocal(event)) {
        result.error = error;
        return result;
    }
    sendJson(op.toRequest());
    result.sent = true;
    return result;
}

} // namespace ImageChat
