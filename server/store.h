#pragma once

#include "operation.h"
#include "protocol.h"
#include "roomstate.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <QHash>
#include <QList>

#include <functional>
#include <optional>
#include <utility>

namespace ImageChat {

// What a read of one row by its id found: the row, that there is none, or
// nothing, because the store could not be asked. "No such room" or "unknown
// identity" sends a client away for good, so callers must not take a failed
// read for an absent row. (Asking the store afterwards whether it is
// reachable does not tell them apart: a read that failed on a connection
// PostgreSQL had dropped is followed by a reconnect that works.)
template<typename T> class Lookup
{
public:
    Lookup() = default; // the store could not be asked
    Lookup(T value)
        : m_value(std::move(value))
        , m_known(true)
    { }
    static Lookup none()
    {
        Lookup lookup;
        lookup.m_known = true;
        return lookup;
    }

    bool isFound() const { return m_value.has_value(); }
    bool isMissing() const { return m_known && !m_value; } // known not to be there
    bool isUnavailable() const { return !m_known; }
    explicit operator bool() const { return isFound(); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const std::optional<T> &value() const { return m_value; }

private:
    std::optional<T> m_value;
    bool m_known = false;
};

// The tenant rooms belong to when no operator has set up any: it needs no
// token, so one person with the embedded server needs nothing else.
inline const QString DefaultTenant = QStringLiteral("default");

// A team, an organisation, a site: every room belongs to one. Its token
// lets a client create rooms in it; only the token's SHA-256 is stored.
struct TenantRecord
{
    QString id;
    QString name;
    QString tokenHash; // empty: no token needed (the default tenant)
    qint64 created = 0; // ms since the epoch
    // Quotas; 0 means no limit.
    qint64 maxRooms = 0;
    qint64 maxStoredBytes = 0;
};

// What a tenant holds in the store: its rooms, and the bytes of their images
// and events.
struct TenantStored
{
    qint64 rooms = 0;
    qint64 bytes = 0;
};

// One day's total of one usage counter of one tenant, added up over nodes
// and restarts.
struct UsageRow
{
    QString tenant;
    QString day; // yyyy-MM-dd, UTC
    QString counter;
    qint64 value = 0;
};

struct RoomRecord
{
    QString id;
    QString tenant = DefaultTenant;
    QString keyHash; // SHA-256 of the access key; the key itself is never stored
    QString owner;
    QString epoch; // changes whenever the room's history cannot be continued
    qint64 seq = 0; // last stored event
    qint64 logStart = 1; // first seq whose event is still in the log
    Protocol::ImageMeta image;
};

// What a client is told when the store could not be asked (a lookup that is
// unavailable, a database server that is down): storage-failed, worth trying
// again, unlike "no such room".
OpError storeUnreachable();

// Where rooms, their event logs and identities live. The embedded server uses
// SQLite; a scaled-out deployment puts PostgreSQL behind the same interface.
// Every write either completes or changes nothing.
class Store
{
public:
    virtual ~Store() = default;

    virtual bool createUser(const QString &id, const QString &secretHash) = 0;
    virtual Lookup<QString> userSecretHash(const QString &id) = 0;
    // A value shared by every node of the deployment, made on first use:
    // `make` proposes it, and of several nodes proposing at once one wins
    // and all get the winner's. nullopt if the store cannot be read.
    virtual std::optional<QString> sharedSetting(const QString &name,
                                                 const std::function<QString()> &make) = 0;

    // Stores the bytes under their SHA-256 unless they are there already.
    virtual bool putImage(const Protocol::ImageMeta &meta, const QByteArray &data) = 0;
    virtual std::optional<QByteArray> image(const QString &sha256) = 0;

    // Stores the room in its tenant, unless that would take the tenant past
    // its quota of rooms or stored bytes (ErrorCode::QuotaExceeded, with
    // params "quota" and "limit") or the tenant is gone (RoomNotFound).
    // Tenants' rooms are counted under the tenant's lock, so several nodes
    // creating rooms at once cannot overshoot.
    virtual OpError createRoom(const RoomRecord &room) = 0;
    virtual Lookup<RoomRecord> room(const QString &id) = 0;
    virtual std::optional<RoomState> loadState(const QString &room) = 0;
    // The room and its conversations as of one moment: an event stored
    // meanwhile (by another node) is in both or in neither, so the state is
    // exactly the one after the record's seq.
    virtual std::optional<std::pair<RoomRecord, RoomState>> loadRoom(const QString &id) = 0;

    // How a write decides its event. Called with the room's stored seq while
    // the room's write lock is held; brings the caller's copy of the room up
    // to that seq (reading this store is fine), then fills in the event (its
    // seq is storedSeq + 1) and the conversation it leaves behind (nullopt:
    // deleted), or returns why not, which stores nothing.
    using DecideEvent =
        std::function<OpError(qint64 storedSeq, Event *event, std::optional<Conversation> *after)>;
    // Stores one event together with the conversation it leaves behind,
    // atomically. The room's write lock is taken first and held until the
    // event is stored, so of several writers (several server nodes) the later
    // one waits and decides on the state the earlier one left: each gets the
    // next seq, and no write is turned away because another came first.
    // ErrorCode::StorageFailed when the store could not be written (or the
    // room is not stored); then nothing was stored.
    virtual OpError appendEvent(const QString &room, const DecideEvent &decide) = 0;
    // The conversation as it was when it was last deleted (kept so that its
    // creator or the room's owner can restore it); nullopt when none was.
    // Fine to call while deciding an event.
    virtual std::optional<Conversation> deletedConversation(const QString &room,
                                                            const QString &id) = 0;
    // The broadcast objects after `seq`, oldest first; nullopt when the log
    // no longer reaches back that far.
    virtual std::optional<QJsonArray> eventsAfter(const QString &room, qint64 seq) = 0;
    // Which of these broadcastIds are stored in the room; nullopt when the
    // store could not say (an outcome is never guessed).
    virtual std::optional<QStringList> storedBroadcastIds(const QString &room,
                                                          const QStringList &ids) = 0;
    // Settles the outcome of changes a client sent on a connection that is
    // gone (a hello's pending): which are stored; the others are abandoned,
    // under the room's write lock, so that none of them can be stored later
    // (appendEvent refuses them with connection-lost). nullopt when the
    // store could not say.
    virtual std::optional<QStringList> settlePending(const QString &room,
                                                     const QStringList &ids) = 0;
    // Forgets the bodies of events up to and including `seq` (their
    // broadcastIds stay, so outcomes can still be told). Returns the new logStart.
    virtual qint64 pruneLog(const QString &room, qint64 seq) = 0;

    // Tenants. All of them, the default one included; nullopt if the store
    // cannot be read.
    virtual std::optional<QList<TenantRecord>> tenants() = 0;
    virtual Lookup<TenantRecord> tenant(const QString &id) = 0;
    // False if the id is taken or the store cannot be written.
    virtual bool addTenant(const TenantRecord &tenant) = 0;
    // Changes name, token and quotas; false if there is no such tenant.
    virtual bool updateTenant(const TenantRecord &tenant) = 0;
    // Removes the tenant with all its rooms, their events and conversations
    // (and the images no other room shows). False if there is no such tenant.
    virtual bool removeTenant(const QString &id) = 0;
    // Rooms and stored bytes per tenant id (tenants with no room are absent).
    virtual std::optional<QHash<QString, TenantStored>> storedPerTenant() = 0;

    // Adds these amounts to the day totals (one transaction: all or none).
    virtual bool addUsage(const QList<UsageRow> &amounts) = 0;
    // Day totals from `firstDay` (yyyy-MM-dd) on, of one tenant or all
    // (empty), ordered by day, tenant and counter.
    virtual std::optional<QList<UsageRow>> usage(const QString &firstDay,
                                                 const QString &tenant = {}) = 0;

    // A cheap check that the store answers now (for health checks). A local
    // file is always there; a database server may not be.
    virtual bool isReachable() { return true; }
};

} // namespace ImageChat
