#include "storefactory.h"

#include "postgresstore.h"
#include "sqlitestore.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace ImageChat {

namespace {

// An operator's configuration mistake, reported on the command line the
// way main.cpp reports its options: in English, on one line.
QString badSpec(const QString &spec, const char *why)
{
    return QStringLiteral("unsupported store \"%1\": %2 (expected "
                          "postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE, or nothing for "
                          "SQLite in the data folder)")
        .arg(spec, QLatin1String(why));
}

} // namespace

std::unique_ptr<Store> openStore(const QString &spec, const QString &dataDir, bool durable,
                                 QString *error)
{
    if (spec.isEmpty()) {
        auto store = std::make_unique<SqliteStore>(
            QDir(dataDir).filePath(QStringLiteral("imagechat.sqlite")), durable);
        if (!store->open(error))
            return nullptr;
        return store;
    }

    const QUrl url(spec, QUrl::StrictMode);
    // Never echo a password back into logs.
    const QString shown = url.isValid() ? url.toDisplayString(QUrl::RemovePassword) : spec;
    if (!url.isValid()
        || (url.scheme() != QLatin1String("postgresql")
            && url.scheme() != QLatin1String("postgres"))) {
        *error = badSpec(shown, "not a postgresql:// URL");
        return nullptr;
    }
    if (url.host().isEmpty()) {
        *error = badSpec(shown, "no host");
        return nullptr;
    }
    if (url.userName().isEmpty()) {
        *error = badSpec(shown, "no user");
        return nullptr;
    }
    const QString database = url.path(QUrl::FullyDecoded).mid(1);
    if (database.isEmpty() || database.contains(QLatin1Char('/'))) {
        *error = badSpec(shown, "no database name");
        return nullptr;
    }
    const QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems();
    for (const auto &item : items) {
        if (item.first != QLatin1String("sslmode")) {
            *error = badSpec(shown, "the only option is sslmode");
            return nullptr;
        }
    }
    if (url.hasFragment()) {
        *error = badSpec(shown, "unexpected #fragment");
        return nullptr;
    }
    auto store = std::make_unique<PostgresStore>(url);
    if (!store->open(error))
        return nullptr;
    return store;
}

} // namespace ImageChat
