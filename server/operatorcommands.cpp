#include "operatorcommands.h"

#include "ids.h"
#include "store.h"
#include "storefactory.h"
#include "tenants.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QTextStream>

#include <memory>

namespace ImageChat {

namespace {

// Operator output is in English, like the server's other command-line
// messages: it goes into scripts and logs, not to the rooms' users.
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

struct Options
{
    QCommandLineOption data { QStringLiteral("data"),
                              QStringLiteral("The server's data folder (its SQLite store)."),
                              QStringLiteral("DIR") };
    QCommandLineOption store { QStringLiteral("store"),
                               QStringLiteral("The PostgreSQL store the nodes share."),
                               QStringLiteral("postgresql://USER@HOST:PORT/DB") };
    QCommandLineOption maxRooms { QStringLiteral("max-rooms"),
                                  QStringLiteral("Quota: rooms the tenant may hold (0: no limit)."),
                                  QStringLiteral("N") };
    QCommandLineOption maxStoredMb { QStringLiteral("max-stored-mb"),
                                     QStringLiteral("Quota: MB of images and events the tenant "
                                                    "may store (0: no limit)."),
                                     QStringLiteral("MB") };
    QCommandLineOption tenant { QStringLiteral("tenant"),
                                QStringLiteral("Only this tenant's usage."), QStringLiteral("ID") };
    QCommandLineOption days { QStringLiteral("days"),
                              QStringLiteral("Days back from today, today included (default 7)."),
                              QStringLiteral("N"), QStringLiteral("7") };
};

int usageError(const QString &message)
{
    err() << "imagechat-server: " << message << "\n";
    return 2;
}

std::unique_ptr<Store> openStoreFrom(const QCommandLineParser &parser, const Options &options,
                                     int *status)
{
    const QString dataDir = parser.value(options.data);
    const QString spec = parser.value(options.store);
    if (dataDir.isEmpty() == spec.isEmpty()) {
        *status = usageError(QStringLiteral("give the store: --data DIR or --store URL."));
        return nullptr;
    }
    if (!dataDir.isEmpty() && !QDir().mkpath(dataDir)) {
        err() << "imagechat-server: cannot create the data folder " << dataDir << "\n";
        *status = 1;
        return nullptr;
    }
    QString error;
    std::unique_ptr<Store> store = openStore(spec, dataDir, false, &error);
    if (!store) {
        err() << "imagechat-server: " << error << "\n";
        *status = 1;
    }
    return store;
}

// A quota option's value, or -1 when it is not given; false on a bad value.
bool quota(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 unit,
           qint64 *value)
{
    *value = -1;
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 number = parser.value(option).toLongLong(&ok);
    if (!ok || number < 0 || number > std::numeric_limits<qint64>::max() / unit) {
        usageError(QStringLiteral("--%1 expects a whole number, 0 or more.")
                       .arg(option.names().constFirst()));
        return false;
    }
    *value = number * unit;
    return true;
}

QString quotaText(qint64 value, qint64 unit)
{
    return value > 0 ? QString::number(value / unit) : QStringLiteral("-");
}

void printTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        out() << line << "\n";
    }
}

constexpr qint64 MiB = 1024 * 1024;

int tenantAdd(Store &store, const QCommandLineParser &parser, const Options &options)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3 || args.at(2).trimmed().isEmpty())
        return usageError(QStringLiteral("usage: tenant add NAME [--max-rooms N] "
                                         "[--max-stored-mb MB]"));
    qint64 maxRooms = 0;
    qint64 maxBytes = 0;
    if (!quota(parser, options.maxRooms, 1, &maxRooms)
        || !quota(parser, options.maxStoredMb, MiB, &maxBytes))
        return 2;
    TenantRecord tenant;
    // The operator types it after rotate-token, quota and remove.
    tenant.id = randomArgument(6);
    tenant.name = args.at(2).trimmed().left(200);
    tenant.created = QDateTime::currentMSecsSinceEpoch();
    tenant.maxRooms = std::max<qint64>(maxRooms, 0);
    tenant.maxStoredBytes = std::max<qint64>(maxBytes, 0);
    const TenantTokens::Issued token = TenantTokens::issue(tenant.id);
    tenant.tokenHash = token.hash;
    if (!store.addTenant(tenant)) {
        err() << "imagechat-server: the tenant could not be stored.\n";
        return 1;
    }
    out() << "id: " << tenant.id << "\n"
          << "name: " << tenant.name << "\n"
          << "token: " << token.token << "\n"
          << "The token is shown only now; clients give it to create rooms in this tenant.\n";
    return 0;
}

int tenantList(Store &store)
{
    const std::optional<QList<TenantRecord>> tenants = store.tenants();
    const std::optional<QHash<QString, TenantStored>> stored = store.storedPerTenant();
    if (!tenants || !stored) {
        err() << "imagechat-server: the store cannot be read.\n";
        return 1;
    }
    QList<QStringList> rows { { QStringLiteral("ID"), QStringLiteral("NAME"),
                                QStringLiteral("ROOMS"), QStringLiteral("STORED_MB"),
                                QStringLiteral("MAX_ROOMS"), QStringLiteral("MAX_STORED_MB"),
                                QStringLiteral("TOKEN"), QStringLiteral("CREATED") } };
    for (const TenantRecord &tenant : *tenants) {
        const TenantStored held = stored->value(tenant.id);
        rows.append(
            { tenant.id, tenant.name, QString::number(held.rooms),
              QString::number(double(held.bytes) / MiB, 'f', 1), quotaText(tenant.maxRooms, 1),
              quotaText(tenant.maxStoredBytes, MiB),
              tenant.tokenHash.isEmpty() ? QStringLiteral("none") : QStringLiteral("set"),
              QDateTime::fromMSecsSinceEpoch(tenant.created, Qt::UTC).toString(Qt::ISODate) });
    }
    printTable(rows);
    return 0;
}

std::optional<TenantRecord> existing(Store &store, const QCommandLineParser &parser,
                                     const QString &usage, int *status)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3) {
        *status = usageError(QStringLiteral("usage: tenant ") + usage);
        return std::nullopt;
    }
    const Lookup<TenantRecord> tenant = store.tenant(args.at(2));
    if (!tenant) {
        err() << "imagechat-server: "
              << (tenant.isMissing() ? "there is no tenant "
                                     : "the store cannot be read for tenant ")
              << args.at(2) << "\n";
        *status = 1;
    }
    return tenant.value();
}

int tenantRotate(Store &store, const QCommandLineParser &parser)
{
    int status = 0;
    std::optional<TenantRecord> tenant =
        existing(store, parser, QStringLiteral("rotate-token ID"), &status);
    if (!tenant)
        return status;
    const TenantTokens::Issued token = TenantTokens::issue(tenant->id);
    tenant->tokenHash = token.hash;
    if (!store.updateTenant(*tenant)) {
        err() << "imagechat-server: the new token could not be stored; the old one still works.\n";
        return 1;
    }
    out() << "id: " << tenant->id << "\n"
          << "token: " << token.token << "\n"
          << "The previous token no longer creates rooms; rooms made with it keep working.\n";
    return 0;
}

int tenantQuota(Store &store, const QCommandLineParser &parser, const Options &options)
{
    int status = 0;
    std::optional<TenantRecord> tenant = existing(
        store, parser, QStringLiteral("quota ID [--max-rooms N] [--max-stored-mb MB]"), &status);
    if (!tenant)
        return status;
    qint64 maxRooms = 0;
    qint64 maxBytes = 0;
    if (!quota(parser, options.maxRooms, 1, &maxRooms)
        || !quota(parser, options.maxStoredMb, MiB, &maxBytes))
        return 2;
    if (maxRooms >= 0)
        tenant->maxRooms = maxRooms;
    if (maxBytes >= 0)
        tenant->maxStoredBytes = maxBytes;
    if ((maxRooms >= 0 || maxBytes >= 0) && !store.updateTenant(*tenant)) {
        err() << "imagechat-server: the quota could not be stored.\n";
        return 1;
    }
    out() << "id: " << tenant->id << "\n"
          << "max rooms: " << quotaText(tenant->maxRooms, 1) << "\n"
          << "max stored MB: " << quotaText(tenant->maxStoredBytes, MiB) << "\n";
    return 0;
}

int tenantRemove(Store &store, const QCommandLineParser &parser)
{
    int status = 0;
    const std::optional<TenantRecord> tenant =
        existing(store, parser, QStringLiteral("remove ID"), &status);
    if (!tenant)
        return status;
    if (tenant->id == DefaultTenant)
        return usageError(QStringLiteral("the default tenant holds the rooms made without a "
                                         "token; it cannot be removed."));
    const TenantStored held =
        store.storedPerTenant().value_or(QHash<QString, TenantStored>()).value(tenant->id);
    if (!store.removeTenant(tenant->id)) {
        err() << "imagechat-server: the tenant could not be removed; nothing was changed.\n";
        return 1;
    }
    out() << "removed tenant " << tenant->id << " (" << tenant->name << ") and its " << held.rooms
          << " room(s)\n";
    return 0;
}

int usage(Store &store, const QCommandLineParser &parser, const Options &options)
{
    bool ok = false;
    const int days = parser.value(options.days).toInt(&ok);
    if (!ok || days < 1 || days > 3660)
        return usageError(QStringLiteral("--days expects a number from 1 to 3660."));
    const QString firstDay =
        QDateTime::currentDateTimeUtc().date().addDays(1 - days).toString(Qt::ISODate);
    const std::optional<QList<UsageRow>> rows = store.usage(firstDay, parser.value(options.tenant));
    if (!rows) {
        err() << "imagechat-server: the store cannot be read.\n";
        return 1;
    }
    // One line per day and tenant; rejections of every reason add up in one
    // column.
    const QStringList columns { QStringLiteral("messages"), QStringLiteral("bytes"),
                                QStringLiteral("received"), QStringLiteral("events"),
                                QStringLiteral("connections") };
    QList<QStringList> table { { QStringLiteral("DAY"), QStringLiteral("TENANT"),
                                 QStringLiteral("MESSAGES"), QStringLiteral("BYTES"),
                                 QStringLiteral("RECEIVED"), QStringLiteral("EVENTS"),
                                 QStringLiteral("CONNECTIONS"), QStringLiteral("REJECTED") } };
    QString day;
    QString tenant;
    QHash<QString, qint64> totals;
    const auto emitLine = [&] {
        if (day.isEmpty())
            return;
        QStringList line { day, tenant };
        for (const QString &column : columns)
            line.append(QString::number(totals.value(column)));
        qint64 rejected = 0;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("rejected.")))
                rejected += it.value();
        }
        line.append(QString::number(rejected));
        table.append(line);
    };
    for (const UsageRow &row : *rows) {
        if (row.day != day || row.tenant != tenant) {
            emitLine();
            day = row.day;
            tenant = row.tenant;
            totals.clear();
        }
        totals[row.counter] += row.value;
    }
    emitLine();
    printTable(table);
    return 0;
}

} // namespace

bool isOperatorCommand(const QStringList &arguments)
{
    return arguments.size() > 1
        && (arguments.at(1) == QLatin1String("tenant")
            || arguments.at(1) == QLatin1String("usage"));
}

int runOperatorCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options options;
    parser.setApplicationDescription(
        QStringLiteral("Tenants and usage of an ImageChat store.\n\n"
                       "  tenant add NAME [--max-rooms N] [--max-stored-mb MB]\n"
                       "  tenant list\n"
                       "  tenant rotate-token ID\n"
                       "  tenant quota ID [--max-rooms N] [--max-stored-mb MB]\n"
                       "  tenant remove ID\n"
                       "  usage [--tenant ID] [--days N]"));
    parser.addHelpOption();
    parser.addOptions({ options.data, options.store, options.maxRooms, options.maxStoredMb,
                        options.tenant, options.days });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("tenant or usage"));
    parser.process(arguments);
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const QString sub = args.value(1);
    if (command == QLatin1String("tenant")
        && !QStringList { QStringLiteral("add"), QStringLiteral("list"),
                          QStringLiteral("rotate-token"), QStringLiteral("quota"),
                          QStringLiteral("remove") }
                .contains(sub))
        return usageError(QStringLiteral("tenant expects add, list, rotate-token, quota or "
                                         "remove (see --help)."));
    if (command == QLatin1String("usage") && args.size() != 1)
        return usageError(QStringLiteral("usage takes no arguments besides its options."));

    int status = 0;
    std::unique_ptr<Store> store = openStoreFrom(parser, options, &status);
    if (!store)
        return status;
    if (command == QLatin1String("usage"))
        return usage(*store, parser, options);
    if (sub == QLatin1String("add"))
        return tenantAdd(*store, parser, options);
    if (sub == QLatin1String("list"))
        return tenantList(*store);
    if (sub == QLatin1String("rotate-token"))
        return tenantRotate(*store, parser);
    if (sub == QLatin1String("quota"))
        return tenantQuota(*store, parser, options);
    return tenantRemove(*store, parser);
}

} // namespace ImageChat
