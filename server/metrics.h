#pragma once

#include "store.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

namespace ImageChat {

// What one tenant's clients did on this node since it started (S10). The
// hot paths (fan-out, replies) add to these plain fields through a pointer
// their room or session holds, so counting costs no lookup.
struct TenantCounters
{
    // pubSubMessageCount: WebSocket messages written to clients (broadcasts,
    // batches, replies, welcomes, image chunks).
    qint64 messages = 0;
    // pubSubBandwidth: their bytes as written, WebSocket framing included
    // (before TLS, which adds its own records).
    qint64 bytes = 0;
    qint64 received = 0; // messages from clients
    qint64 events = 0; // events stored
    qint64 connections = 0; // connections that joined a room of the tenant
    QHash<QString, qint64> rejected; // refused requests by error code
};

// What is true now on this node, per tenant, counted when asked.
struct NodeGauges
{
    QHash<QString, qint64> openConnections;
    QHash<QString, qint64> liveRooms;
};

// Every tenant's counters on this node; renders them for Prometheus and
// hands what is new since the last save to the store, which adds days up
// across nodes and restarts.
class Metrics
{
public:
    // Stable for the life of this object. Connections not (yet) in a tenant's
    // room count under the empty tenant.
    TenantCounters *forTenant(const QString &tenant);

    // Prometheus text exposition format 0.0.4. `stored` and `tenants` (from
    // the store, if it answered) add the rooms and bytes each tenant holds
    // and its quotas.
    QByteArray prometheusText(const NodeGauges &gauges,
                              const std::optional<QHash<QString, TenantStored>> &stored,
                              const std::optional<QList<TenantRecord>> &tenants) const;

    // Counts since the last call, as rows of `day`; the caller stores them
    // and gives them back (restore) if that failed.
    QList<UsageRow> takeUnsaved(const QString &day);
    void restore(const QList<UsageRow> &rows);

private:
    struct Entry
    {
        std::shared_ptr<TenantCounters> now; // shared: QHash copies its values
        TenantCounters saved; // as of the last takeUnsaved
    };
    QHash<QString, Entry> m_tenants;
};

} // namespace ImageChat
