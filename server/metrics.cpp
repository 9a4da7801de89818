#include "metrics.h"

#include <algorithm>

namespace ImageChat {

namespace {

// A label value with \, " and newlines escaped, as the format requires.
QByteArray label(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\' || c == '"')
            out.append('\\').append(c);
        else if (c == '\n')
            out.append("\\n");
        else
            out.append(c);
    }
    return out;
}

class Exposition
{
public:
    void family(const char *name, const char *type, const char *help)
    {
        m_text.append("# HELP ").append(name).append(' ').append(help).append('\n');
        m_text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        m_name = name;
    }
    void sample(const QString &tenant, qint64 value, const QByteArray &extra = {})
    {
        m_text.append(m_name).append("{tenant=\"").append(label(tenant)).append('"');
        if (!extra.isEmpty())
            m_text.append(',').append(extra);
        m_text.append("} ").append(QByteArray::number(value)).append('\n');
    }
    QByteArray text() const { return m_text; }

private:
    QByteArray m_text;
    QByteArray m_name;
};

// The usage counters that go to the store, by the names `usage` prints.
const struct
{
    const char *name;
    qint64 TenantCounters::*field;
} kSaved[] = {
    { "messages", &TenantCounters::messages },       { "bytes", &TenantCounters::bytes },
    { "received", &TenantCounters::received },       { "events", &TenantCounters::events },
    { "connections", &TenantCounters::connections },
};

} // namespace

TenantCounters *Metrics::forTenant(const QString &tenant)
{
    Entry &entry = m_tenants[tenant];
    if (!entry.now)
        entry.now = std::make_shared<TenantCounters>();
    return entry.now.get();
}

QByteArray Metrics::prometheusText(const NodeGauges &gauges,
                                   const std::optional<QHash<QString, TenantStored>> &stored,
                                   const std::optional<QList<TenantRecord>> &tenants) const
{
    QStringList names = m_tenants.keys();
    std::sort(names.begin(), names.end());
    const auto each = [&](Exposition &out, qint64 TenantCounters::*field) {
        for (const QString &tenant : std::as_const(names))
            out.sample(tenant, (*m_tenants.value(tenant).now).*field);
    };
    Exposition out;
    out.family("imagechat_pubsub_messages_total", "counter",
               "WebSocket messages written to clients (pubSubMessageCount).");
    each(out, &TenantCounters::messages);
    out.family("imagechat_pubsub_bytes_total", "counter",
               "Bytes of those messages as written, WebSocket framing included "
               "(pubSubBandwidth).");
    each(out, &TenantCounters::bytes);
    out.family("imagechat_messages_received_total", "counter", "Messages received from clients.");
    each(out, &TenantCounters::received);
    out.family("imagechat_events_stored_total", "counter", "Events stored (accepted changes).");
    each(out, &TenantCounters::events);
    out.family("imagechat_connections_total", "counter",
               "Connections that joined a room of the tenant.");
    each(out, &TenantCounters::connections);
    const auto gauge = [&out](const QHash<QString, qint64> &values) {
        QStringList keys = values.keys();
        std::sort(keys.begin(), keys.end());
        for (const QString &tenant : std::as_const(keys))
            out.sample(tenant, values.value(tenant));
    };
    out.family("imagechat_connections", "gauge", "Open connections on this node.");
    gauge(gauges.openConnections);
    out.family("imagechat_live_rooms", "gauge", "Rooms with members on this node.");
    gauge(gauges.liveRooms);
    out.family("imagechat_rejected_total", "counter", "Requests refused, by error code.");
    for (const QString &tenant : std::as_const(names)) {
        const QHash<QString, qint64> &rejected = m_tenants.value(tenant).now->rejected;
        QStringList codes = rejected.keys();
        std::sort(codes.begin(), codes.end());
        for (const QString &code : std::as_const(codes))
            out.sample(tenant, rejected.value(code), "reason=\"" + label(code) + '"');
    }
    if (stored) {
        QStringList held = stored->keys();
        std::sort(held.begin(), held.end());
        out.family("imagechat_stored_rooms", "gauge", "Rooms the tenant holds in the store.");
        for (const QString &tenant : std::as_const(held))
            out.sample(tenant, stored->value(tenant).rooms);
        out.family("imagechat_stored_bytes", "gauge",
                   "Bytes of images and events the tenant holds in the store.");
        for (const QString &tenant : std::as_const(held))
            out.sample(tenant, stored->value(tenant).bytes);
    }
    if (tenants) {
        out.family("imagechat_quota_rooms", "gauge", "The tenant's quota of rooms (0: none).");
        for (const TenantRecord &tenant : *tenants)
            out.sample(tenant.id, tenant.maxRooms);
        out.family("imagechat_quota_stored_bytes", "gauge",
                   "The tenant's quota of stored bytes (0: none).");
        for (const TenantRecord &tenant : *tenants)
            out.sample(tenant.id, tenant.maxStoredBytes);
    }
    return out.text();
}

QList<UsageRow> Metrics::takeUnsaved(const QString &day)
{
    QList<UsageRow> rows;
    for (auto it = m_tenants.begin(); it != m_tenants.end(); ++it) {
        if (it.key().isEmpty())
            continue; // not a tenant's: nobody to bill
        const TenantCounters &now = *it->now;
        TenantCounters &saved = it->saved;
        for (const auto &[name, field] : kSaved) {
            if (const qint64 delta = now.*field - saved.*field)
                rows.append({ it.key(), day, QLatin1String(name), delta });
            saved.*field = now.*field;
        }
        for (auto code = now.rejected.cbegin(); code != now.rejected.cend(); ++code) {
            qint64 &before = saved.rejected[code.key()];
            if (const qint64 delta = code.value() - before)
                rows.append({ it.key(), day, QStringLiteral("rejected.") + code.key(), delta });
            before = code.value();
        }
    }
    return rows;
}

void Metrics::restore(const QList<UsageRow> &rows)
{
    for (const UsageRow &row : rows) {
        const auto it = m_tenants.find(row.tenant);
        if (it == m_tenants.end())
            continue;
        TenantCounters &saved = it->saved;
        bool known = false;
        for (const auto &[name, field] : kSaved) {
            if (row.counter == QLatin1String(name)) {
                saved.*field -= row.value;
                known = true;
            }
        }
        if (!known && row.counter.startsWith(QLatin1String("rejected.")))
            saved.rejected[row.counter.mid(9)] -= row.value;
    }
}

} // namespace ImageChat
