#include "sqlstore.h"

#include "ids.h"
#include "serverlogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>

namespace ImageChat {

namespace {

// Gives these texts the translation context "ImageChat::SqlStore" (lupdate reads it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImageChat::SqlStore)
};

// Drivers' messages may span lines (libpq: "server closed the connection
// unexpectedly\n\t...").
QString errorText(const QSqlError &error)
{
    return error.text().simplified();
}

// Tables both stores share, in types both read the same way.
const char *const kSharedSchema[] = {
    // max_rooms, max_bytes: quotas, 0 for none. An empty token_hash needs no
    // token (the default tenant).
    "CREATE TABLE IF NOT EXISTS tenants (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
    "token_hash TEXT NOT NULL, created BIGINT NOT NULL, max_rooms BIGINT NOT NULL DEFAULT 0, "
    "max_bytes BIGINT NOT NULL DEFAULT 0)",
    // Day totals of usage counters; nodes add what they counted.
    "CREATE TABLE IF NOT EXISTS tenant_usage (tenant TEXT NOT NULL, day TEXT NOT NULL, "
    "counter TEXT NOT NULL, value BIGINT NOT NULL, PRIMARY KEY (tenant, day, counter))",
    // Changes whose client was told they were not saved: never stored later.
    // With the room's seq when they were given up, so that they go with the
    // log's prune: a change held up that long is on a connection long gone.
    "CREATE TABLE IF NOT EXISTS abandoned_changes (room TEXT NOT NULL, "
    "broadcast_id TEXT NOT NULL, seq BIGINT NOT NULL DEFAULT 0, "
    "PRIMARY KEY (room, broadcast_id))",
};

// Columns rooms did not always have: rooms stored before tenants belong to
// the default one.
// Columns added after a table's first release: table, column, definition.
const char *const kAddedColumns[][3] = {
    { "rooms", "tenant", "TEXT NOT NULL DEFAULT 'default'" },
    // The image's bytes and every stored event's, for the tenant's quota.
    { "rooms", "bytes", "BIGINT NOT NULL DEFAULT 0" },
    // Deletions kept from before are pruned at the room's next log prune.
    { "deleted_conversations", "seq", "BIGINT NOT NULL DEFAULT 0" },
    { "abandoned_changes", "seq", "BIGINT NOT NULL DEFAULT 0" },
};

OpError quotaExceeded(const QString &quota, qint64 limit, const QString &message)
{
    return { ErrorCode::QuotaExceeded,
             message,
             { { QStringLiteral("quota"), quota }, { QStringLiteral("limit"), limit } } };
}

} // namespace

SqlStore::SqlStore(const QString &driver)
    : m_connection(QStringLiteral("imagechat-store-") + newUuid())
    , m_db(QSqlDatabase::addDatabase(driver, m_connection))
{ }

SqlStore::~SqlStore()
{
    // Queries must go before the connection they belong to.
    releaseWrites();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QString SqlStore::compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString SqlStore::openError(const QString &where, const QString &why)
{
    return Text::tr("Cannot open the database %1: %2").arg(where, why.simplified());
}

OpError SqlStore::storeFailed()
{
    return { ErrorCode::StorageFailed,
             Text::tr("The server could not store this change; nothing was changed.") };
}

OpError SqlStore::duplicate()
{
    return { ErrorCode::Duplicate,
             Text::tr("This operation (same broadcastId) was already stored.") };
}

bool SqlStore::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcStore).noquote() << "query failed:" << query.lastQuery()
                                 << errorText(query.lastError());
    noteFailure();
    return false;
}

bool SqlStore::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    qCWarning(lcStore).noquote() << "query failed:" << sql << errorText(query.lastError());
    query = QSqlQuery();
    noteFailure();
    return false;
}

QSqlQuery SqlStore::prepared(const QString &sql)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

bool SqlStore::begin()
{
    m_inTransaction = m_db.transaction();
    if (!m_inTransaction) {
        qCWarning(lcStore).noquote() << "cannot begin:" << errorText(m_db.lastError());
        noteFailure();
    }
    return m_inTransaction;
}

bool SqlStore::commit()
{
    m_inTransaction = false;
    if (m_db.commit())
        return true;
    // If the connection died during COMMIT, the database may have committed;
    // saying "not stored" is safe (a retry is a Duplicate),
    // saying "stored" would not be.
    qCWarning(lcStore).noquote() << "cannot commit:" << errorText(m_db.lastError());
    m_db.rollback();
    noteFailure();
    return false;
}

void SqlStore::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    m_db.rollback();
}

bool SqlStore::createSharedSchema()
{
    for (const char *statement : kSharedSchema) {
        if (!exec(QLatin1String(statement)))
            return false;
    }
    for (const auto &[table, column, definition] : kAddedColumns) {
        if (!m_db.record(QLatin1String(table)).contains(QLatin1String(column))
            && !exec(
                QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                    .arg(QLatin1String(table), QLatin1String(column), QLatin1String(definition))))
            return false;
    }
    // Of several nodes starting at once one inserts it; the others find it.
    QSqlQuery tenant = prepared(
        QStringLiteral("INSERT INTO tenants (id, name, token_hash, created) VALUES (?, ?, '', ?) "
                       "ON CONFLICT (id) DO NOTHING"));
    tenant.addBindValue(DefaultTenant);
    tenant.addBindValue(QStringLiteral("Default"));
    tenant.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return exec(QStringLiteral("CREATE INDEX IF NOT EXISTS rooms_tenant ON rooms (tenant)"))
        && exec(tenant);
}

bool SqlStore::prepareWrites()
{
    m_lockRoom = prepared(lockRoomStatement());
    m_bumpSeq =
        prepared(QStringLiteral("UPDATE rooms SET seq = ?, bytes = bytes + ? WHERE id = ?"));
    m_insertEvent = prepared(
        QStringLiteral("INSERT INTO events (room, seq, broadcast_id, body) VALUES (?, ?, ?, ?)"));
    m_putConversation =
        prepared(QStringLiteral("INSERT INTO conversations (room, id, body) VALUES (?, ?, ?) "
                                "ON CONFLICT (room, id) DO UPDATE SET body = excluded.body"));
    m_deleteConversation =
        prepared(QStringLiteral("DELETE FROM conversations WHERE room = ? AND id = ?"));
    // A deleted conversation is kept, the latest deletion of each id, so
    // restore-marker can bring it back with its comments and authors.
    m_keepDeleted = prepared(QStringLiteral(
        "INSERT INTO deleted_conversations (room, id, body, seq) SELECT room, id, body, ? "
        "FROM conversations WHERE room = ? AND id = ? "
        "ON CONFLICT (room, id) DO UPDATE SET body = excluded.body, seq = excluded.seq"));
    for (const QSqlQuery *query : { &m_lockRoom, &m_bumpSeq, &m_insertEvent, &m_putConversation,
                                    &m_deleteConversation, &m_keepDeleted }) {
        if (query->lastError().type() != QSqlError::NoError)
            return false;
    }
    return true;
}

void SqlStore::releaseWrites()
{
    for (QSqlQuery *query : { &m_lockRoom, &m_bumpSeq, &m_insertEvent, &m_putConversation,
                              &m_deleteConversation, &m_keepDeleted })
        query->finish(), *query = QSqlQuery();
    m_inTransaction = false;
}

OpError SqlStore::appendEvent(const QString &room, const DecideEvent &decide)
{
    if (!ready() || !begin())
        return writeFailed();
    m_lockRoom.addBindValue(room);
    if (!exec(m_lockRoom))
        return rollback(), writeFailed();
    if (!m_lockRoom.next()) {
        m_lockRoom.finish();
        rollback();
        qCWarning(lcStore) << "cannot append to room" << room << "(not stored)";
        return writeFailed();
    }
    const qint64 storedSeq = m_lockRoom.value(0).toLongLong();
    m_lockRoom.finish();

    Event event;
    std::optional<Conversation> after;
    if (const OpError refused = decide(storedSeq, &event, &after)) {
        rollback();
        return refused;
    }
    // A read that failed while deciding has ended the transaction (and
    // perhaps the connection): what follows must not run outside it.
    if (!inTransaction())
        return writeFailed();
    if (event.seq != storedSeq + 1) {
        qCWarning(lcStore) << "room" << room << "is at seq" << storedSeq << "; refusing to store"
                           << event.seq;
        rollback();
        return storeFailed();
    }
    // Arriving late on a connection its client gave up on, after the
    // client's next hello settled it as not saved (settlePending).
    QSqlQuery abandoned = prepared(
        QStringLiteral("SELECT 1 FROM abandoned_changes WHERE room = ? AND broadcast_id = ?"));
    abandoned.addBindValue(room);
    abandoned.addBindValue(event.op.broadcastId);
    if (!exec(abandoned))
        return rollback(), writeFailed();
    if (abandoned.next()) {
        abandoned.finish();
        rollback();
        return { ErrorCode::ConnectionLost,
                 Text::tr("This change came after its connection was given up and was reported "
                          "as not saved; it was not stored.") };
    }
    abandoned.finish();

    const QString body = compact(event.toJson());
    m_bumpSeq.addBindValue(event.seq);
    m_bumpSeq.addBindValue(qint64(body.size()));
    m_bumpSeq.addBindValue(room);
    if (!exec(m_bumpSeq))
        return rollback(), writeFailed();
    m_insertEvent.addBindValue(room);
    m_insertEvent.addBindValue(event.seq);
    m_insertEvent.addBindValue(event.op.broadcastId);
    m_insertEvent.addBindValue(body);
    if (!m_insertEvent.exec()) {
        // The only constraint a valid event can break is the broadcastId's.
        const QSqlError error = m_insertEvent.lastError();
        const bool isDuplicate = isUniqueViolation(error);
        if (!isDuplicate)
            qCWarning(lcStore).noquote() << "cannot store the event:" << errorText(error);
        rollback();
        noteFailure();
        return isDuplicate ? duplicate() : writeFailed();
    }
    if (!after) {
        m_keepDeleted.addBindValue(event.seq);
        m_keepDeleted.addBindValue(room);
        m_keepDeleted.addBindValue(event.op.marker);
        if (!exec(m_keepDeleted))
            return rollback(), writeFailed();
    }
    QSqlQuery &conversation = after ? m_putConversation : m_deleteConversation;
    conversation.addBindValue(room);
    conversation.addBindValue(after ? after->id : event.op.marker);
    if (after)
        conversation.addBindValue(compact(after->toJson()));
    if (!exec(conversation))
        return rollback(), writeFailed();
    return commit() ? OpError() : writeFailed();
}

bool SqlStore::createUser(const QString &id, const QString &secretHash)
{
    if (!ready())
        return false;
    QSqlQuery q =
        prepared(QStringLiteral("INSERT INTO users (id, secret_hash, created) VALUES (?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(secretHash);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return exec(q);
}

Lookup<QString> SqlStore::userSecretHash(const QString &id)
{
    if (!ready())
        return {};
    QSqlQuery q = prepared(QStringLiteral("SELECT secret_hash FROM users WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q))
        return {};
    if (!q.next())
        return Lookup<QString>::none();
    return q.value(0).toString();
}

std::optional<QString> SqlStore::sharedSetting(const QString &name,
                                               const std::function<QString()> &make)
{
    if (!ready())
        return std::nullopt;
    const auto read = [this, &name]() -> std::optional<QString> {
        QSqlQuery q = prepared(QStringLiteral("SELECT value FROM settings WHERE name = ?"));
        q.addBindValue(name);
        if (!exec(q))
            return std::nullopt;
        return q.next() ? q.value(0).toString() : QString();
    };
    std::optional<QString> value = read();
    if (!value || !value->isEmpty())
        return value;
    // Whoever inserts first sets it; the others' inserts do nothing.
    QSqlQuery insert = prepared(QStringLiteral(
        "INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"));
    insert.addBindValue(name);
    insert.addBindValue(make());
    if (!exec(insert))
        return std::nullopt;
    value = read();
    if (value && value->isEmpty())
        return std::nullopt;
    return value;
}

bool SqlStore::putImage(const Protocol::ImageMeta &meta, const QByteArray &data)
{
    if (!ready())
        return false;
    // Content-addressed: the same image stored twice (or by two nodes at
    // once) is stored once.
    QSqlQuery q = prepared(QStringLiteral("INSERT INTO images (sha256, size, width, height, mime, "
                                          "data) VALUES (?, ?, ?, ?, ?, ?) "
                                          "ON CONFLICT (sha256) DO NOTHING"));
    q.addBindValue(meta.sha256);
    q.addBindValue(meta.size);
    q.addBindValue(meta.width);
    q.addBindValue(meta.height);
    q.addBindValue(meta.mime);
    q.addBindValue(data);
    return exec(q);
}

std::optional<QByteArray> SqlStore::image(const QString &sha256)
{
    if (!ready())
        return std::nullopt;
    QSqlQuery q = prepared(QStringLiteral("SELECT data FROM images WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

OpError SqlStore::createRoom(const RoomRecord &room)
{
    if (!ready() || !begin())
        return writeFailed();
    // The tenant's row is the lock: two rooms created at once in one tenant
    // are counted one after the other.
    QSqlQuery quota = prepared(
        QStringLiteral("SELECT max_rooms, max_bytes FROM tenants WHERE id = ?") + forUpdate());
    quota.addBindValue(room.tenant);
    if (!exec(quota))
        return rollback(), writeFailed();
    if (!quota.next()) {
        rollback();
        return { ErrorCode::BadTenantToken, Text::tr("This tenant no longer exists.") };
    }
    const qint64 maxRooms = quota.value(0).toLongLong();
    const qint64 maxBytes = quota.value(1).toLongLong();
    quota.finish();
    if (maxRooms > 0 || maxBytes > 0) {
        QSqlQuery held = prepared(
            QStringLiteral("SELECT COUNT(*), COALESCE(SUM(bytes), 0) FROM rooms WHERE tenant = ?"));
        held.addBindValue(room.tenant);
        if (!exec(held) || !held.next())
            return rollback(), writeFailed();
        const qint64 rooms = held.value(0).toLongLong();
        const qint64 bytes = held.value(1).toLongLong();
        held.finish();
        if (maxRooms > 0 && rooms >= maxRooms) {
            rollback();
            return quotaExceeded(
                QStringLiteral("rooms"), maxRooms,
                Text::tr("This tenant has reached its quota of rooms (%1).").arg(maxRooms));
        }
        if (maxBytes > 0 && bytes + room.image.size > maxBytes) {
            rollback();
            return quotaExceeded(QStringLiteral("storedBytes"), maxBytes,
                                 Text::tr("This tenant has reached its quota of %1 MB stored.")
                                     .arg(double(maxBytes) / (1024 * 1024), 0, 'f', 1));
        }
    }
    QSqlQuery q = prepared(QStringLiteral("INSERT INTO rooms (id, tenant, key_hash, owner, epoch, "
                                          "seq, log_start, image, image_name, created, bytes) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(room.id);
    q.addBindValue(room.tenant);
    q.addBindValue(room.keyHash);
    q.addBindValue(room.owner);
    q.addBindValue(room.epoch);
    q.addBindValue(room.seq);
    q.addBindValue(room.logStart);
    q.addBindValue(room.image.sha256);
    q.addBindValue(room.image.name);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(room.image.size);
    if (!exec(q))
        return rollback(), writeFailed();
    return commit() ? OpError() : writeFailed();
}

Lookup<RoomRecord> SqlStore::room(const QString &id)
{
    if (!ready())
        return {};
    QSqlQuery q = prepared(QStringLiteral(
        "SELECT r.key_hash, r.owner, r.epoch, r.seq, r.log_start, r.image, r.image_name, "
        "i.size, i.width, i.height, i.mime, r.tenant FROM rooms r "
        "JOIN images i ON i.sha256 = r.image "
        "WHERE r.id = ?"));
    q.addBindValue(id);
    if (!exec(q))
        return {};
    if (!q.next())
        return Lookup<RoomRecord>::none();
    RoomRecord r;
    r.id = id;
    r.keyHash = q.value(0).toString();
    r.owner = q.value(1).toString();
    r.epoch = q.value(2).toString();
    r.seq = q.value(3).toLongLong();
    r.logStart = q.value(4).toLongLong();
    r.image.sha256 = q.value(5).toString();
    r.image.name = q.value(6).toString();
    r.image.size = q.value(7).toLongLong();
    r.image.width = q.value(8).toInt();
    r.image.height = q.value(9).toInt();
    r.image.mime = q.value(10).toString();
    r.tenant = q.value(11).toString();
    return r;
}

std::optional<RoomState> SqlStore::loadState(const QString &room)
{
    if (!ready())
        return std::nullopt;
    QSqlQuery q = prepared(QStringLiteral("SELECT body FROM conversations WHERE room = ?"));
    q.addBindValue(room);
    if (!exec(q))
        return std::nullopt;
    RoomState state;
    while (q.next()) {
        const QJsonObject json = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        std::optional<Conversation> c = Conversation::fromJson(json);
        if (!c) {
            qCWarning(lcStore) << "room" << room << "has an unreadable conversation; skipped";
            continue;
        }
        state.put(*c);
    }
    return state;
}

std::optional<std::pair<RoomRecord, RoomState>> SqlStore::loadRoom(const QString &id)
{
    if (!ready() || !begin())
        return std::nullopt;
    const QString snapshot = snapshotStatement();
    if (!snapshot.isEmpty() && !exec(snapshot))
        return rollback(), std::nullopt;
    std::optional<RoomRecord> record = room(id).value();
    std::optional<RoomState> state = record ? loadState(id) : std::nullopt;
    // A read that failed has ended the transaction already.
    const bool whole = inTransaction();
    rollback(); // nothing was written
    if (!whole || !state)
        return std::nullopt;
    return std::make_pair(std::move(*record), std::move(*state));
}

std::optional<Conversation> SqlStore::deletedConversation(const QString &room, const QString &id)
{
    if (!ready())
        return std::nullopt;
    QSqlQuery q = prepared(
        QStringLiteral("SELECT body FROM deleted_conversations WHERE room = ? AND id = ?"));
    q.addBindValue(room);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return Conversation::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
}

std::optional<QJsonArray> SqlStore::eventsAfter(const QString &room, qint64 seq)
{
    if (!ready())
        return std::nullopt;
    QSqlQuery q = prepared(
        QStringLiteral("SELECT seq, body FROM events WHERE room = ? AND seq > ? ORDER BY seq"));
    q.addBindValue(room);
    q.addBindValue(seq);
    if (!exec(q))
        return std::nullopt;
    QJsonArray events;
    qint64 expected = seq + 1;
    while (q.next()) {
        if (q.value(0).toLongLong() != expected || q.value(1).isNull())
            return std::nullopt; // pruned or missing: the log does not cover it
        events.append(QJsonDocument::fromJson(q.value(1).toByteArray()).object());
        ++expected;
    }
    return events;
}

std::optional<QStringList> SqlStore::storedBroadcastIds(const QString &room, const QStringList &ids)
{
    QStringList stored;
    if (ids.isEmpty())
        return stored;
    if (!ready())
        return std::nullopt;
    QSqlQuery q =
        prepared(QStringLiteral("SELECT 1 FROM events WHERE room = ? AND broadcast_id = ?"));
    for (const QString &id : ids) {
        q.addBindValue(room);
        q.addBindValue(id);
        // A change not found because the query failed may well be stored.
        if (!exec(q))
            return std::nullopt;
        if (q.next())
            stored.append(id);
    }
    return stored;
}

std::optional<QStringList> SqlStore::settlePending(const QString &room, const QStringList &ids)
{
    QStringList stored;
    if (ids.isEmpty())
        return stored;
    if (!ready() || !begin())
        return std::nullopt;
    // The room's write lock: a writer on another node stores first (and the
    // change is confirmed) or finds it abandoned, never in between.
    m_lockRoom.addBindValue(room);
    if (!exec(m_lockRoom))
        return rollback(), std::nullopt;
    m_lockRoom.finish();
    QSqlQuery find =
        prepared(QStringLiteral("SELECT 1 FROM events WHERE room = ? AND broadcast_id = ?"));
    QSqlQuery abandon =
        prepared(QStringLiteral("INSERT INTO abandoned_changes (room, broadcast_id, seq) "
                                "SELECT id, ?, seq FROM rooms WHERE id = ? "
                                "ON CONFLICT (room, broadcast_id) DO NOTHING"));
    for (const QString &id : ids) {
        find.addBindValue(room);
        find.addBindValue(id);
        if (!exec(find))
            return rollback(), std::nullopt;
        const bool isStored = find.next();
        find.finish();
        if (isStored) {
            stored.append(id);
            continue;
        }
        abandon.addBindValue(id);
        abandon.addBindValue(room);
        if (!exec(abandon))
            return rollback(), std::nullopt;
    }
    if (!commit())
        return std::nullopt;
    return stored;
}

qint64 SqlStore::pruneLog(const QString &room, qint64 seq)
{
    if (!ready() || !begin())
        return -1;
    QSqlQuery bodies =
        prepared(QStringLiteral("UPDATE events SET body = NULL WHERE room = ? AND seq <= ?"));
    bodies.addBindValue(room);
    bodies.addBindValue(seq);
    // A deletion the log no longer holds can no longer be undone: what it
    // removed goes with it, so deleted markers do not pile up for ever.
    QSqlQuery deleted =
        prepared(QStringLiteral("DELETE FROM deleted_conversations WHERE room = ? AND seq <= ?"));
    deleted.addBindValue(room);
    deleted.addBindValue(seq);
    QSqlQuery abandoned =
        prepared(QStringLiteral("DELETE FROM abandoned_changes WHERE room = ? AND seq <= ?"));
    abandoned.addBindValue(room);
    abandoned.addBindValue(seq);
    // The log's start never moves back.
    QSqlQuery start =
        prepared(QStringLiteral("UPDATE rooms SET log_start = ? WHERE id = ? AND log_start < ?"));
    start.addBindValue(seq + 1);
    start.addBindValue(room);
    start.addBindValue(seq + 1);
    if (!exec(bodies) || !exec(deleted) || !exec(abandoned) || !exec(start)) {
        rollback();
        return -1;
    }
    if (!commit())
        return -1;
    return this->room(room).value().value_or(RoomRecord {}).logStart;
}

namespace {

TenantRecord tenantFrom(const QSqlQuery &q)
{
    TenantRecord t;
    t.id = q.value(0).toString();
    t.name = q.value(1).toString();
    t.tokenHash = q.value(2).toString();
    t.created = q.value(3).toLongLong();
    t.maxRooms = q.value(4).toLongLong();
    t.maxStoredBytes = q.value(5).toLongLong();
    return t;
}

// What a tenant's operator can change, in this order in every statement.
void bindTenantFields(QSqlQuery &q, const TenantRecord &tenant)
{
    q.addBindValue(tenant.name);
    q.addBindValue(tenant.tokenHash);
    q.addBindValue(tenant.maxRooms);
    q.addBindValue(tenant.maxStoredBytes);
}

const char kTenantColumns[] = "SELECT id, name, token_hash, created, max_rooms, max_bytes "
                              "FROM tenants";

} // namespace

std::optional<QList<TenantRecord>> SqlStore::tenants()
{
    if (!ready())
        return std::nullopt;
    QSqlQuery q = prepared(QLatin1String(kTenantColumns) + QStringLiteral(" ORDER BY created, id"));
    if (!exec(q))
        return std::nullopt;
    QList<TenantRecord> all;
    while (q.next())
        all.append(tenantFrom(q));
    return all;
}

Lookup<TenantRecord> SqlStore::tenant(const QString &id)
{
    if (!ready())
        return {};
    QSqlQuery q = prepared(QLatin1String(kTenantColumns) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!exec(q))
        return {};
    if (!q.next())
        return Lookup<TenantRecord>::none();
    return tenantFrom(q);
}

bool SqlStore::addTenant(const TenantRecord &tenant)
{
    if (!ready())
        return false;
    QSqlQuery q = prepared(QStringLiteral("INSERT INTO tenants (name, token_hash, max_rooms, "
                                          "max_bytes, id, created) VALUES (?, ?, ?, ?, ?, ?)"));
    bindTenantFields(q, tenant);
    q.addBindValue(tenant.id);
    q.addBindValue(tenant.created);
    return exec(q);
}

bool SqlStore::updateTenant(const TenantRecord &tenant)
{
    if (!ready())
        return false;
    QSqlQuery q = prepared(QStringLiteral("UPDATE tenants SET name = ?, token_hash = ?, "
                                          "max_rooms = ?, max_bytes = ? WHERE id = ?"));
    bindTenantFields(q, tenant);
    q.addBindValue(tenant.id);
    return exec(q) && q.numRowsAffected() == 1;
}

bool SqlStore::removeTenant(const QString &id)
{
    if (!ready() || !begin())
        return false;
    const QString rooms = QStringLiteral("(SELECT id FROM rooms WHERE tenant = ?)");
    QSqlQuery events = prepared(QStringLiteral("DELETE FROM events WHERE room IN ") + rooms);
    QSqlQuery conversations =
        prepared(QStringLiteral("DELETE FROM conversations WHERE room IN ") + rooms);
    QSqlQuery deleted =
        prepared(QStringLiteral("DELETE FROM deleted_conversations WHERE room IN ") + rooms);
    QSqlQuery abandoned =
        prepared(QStringLiteral("DELETE FROM abandoned_changes WHERE room IN ") + rooms);
    QSqlQuery roomRows = prepared(QStringLiteral("DELETE FROM rooms WHERE tenant = ?"));
    QSqlQuery usageRows = prepared(QStringLiteral("DELETE FROM tenant_usage WHERE tenant = ?"));
    QSqlQuery tenantRow = prepared(QStringLiteral("DELETE FROM tenants WHERE id = ?"));
    for (QSqlQuery *q :
         { &events, &conversations, &deleted, &abandoned, &roomRows, &usageRows, &tenantRow }) {
        q->addBindValue(id);
        if (!exec(*q))
            return rollback(), false;
    }
    if (tenantRow.numRowsAffected() != 1)
        return rollback(), false;
    // Images are shared by content: only those no room shows any more go.
    QSqlQuery images = prepared(
        QStringLiteral("DELETE FROM images WHERE sha256 NOT IN (SELECT image FROM rooms)"));
    if (!exec(images))
        return rollback(), false;
    return commit();
}

std::optional<QHash<QString, TenantStored>> SqlStore::storedPerTenant()
{
    if (!ready())
        return std::nullopt;
    QSqlQuery q = prepared(QStringLiteral(
        "SELECT tenant, COUNT(*), COALESCE(SUM(bytes), 0) FROM rooms GROUP BY tenant"));
    if (!exec(q))
        return std::nullopt;
    QHash<QString, TenantStored> stored;
    while (q.next())
        stored.insert(q.value(0).toString(), { q.value(1).toLongLong(), q.value(2).toLongLong() });
    return stored;
}

bool SqlStore::addUsage(const QList<UsageRow> &amounts)
{
    if (amounts.isEmpty())
        return true;
    if (!ready() || !begin())
        return false;
    QSqlQuery q = prepared(QStringLiteral(
        "INSERT INTO tenant_usage (tenant, day, counter, value) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (tenant, day, counter) DO UPDATE SET value = tenant_usage.value + "
        "excluded.value"));
    for (const UsageRow &row : amounts) {
        q.addBindValue(row.tenant);
        q.addBindValue(row.day);
        q.addBindValue(row.counter);
        q.addBindValue(row.value);
        if (!exec(q))
            return rollback(), false;
    }
    return commit();
}

std::optional<QList<UsageRow>> SqlStore::usage(const QString &firstDay, const QString &tenant)
{
    if (!ready())
        return std::nullopt;
    QSqlQuery q = prepared(QStringLiteral("SELECT tenant, day, counter, value FROM tenant_usage "
                                          "WHERE day >= ?")
                           + (tenant.isEmpty() ? QString() : QStringLiteral(" AND tenant = ?"))
                           + QStringLiteral(" ORDER BY day, tenant, counter"));
    q.addBindValue(firstDay);
    if (!tenant.isEmpty())
        q.addBindValue(tenant);
    if (!exec(q))
        return std::nullopt;
    QList<UsageRow> rows;
    while (q.next())
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toLongLong() });
    return rows;
}

} // namespace ImageChat
