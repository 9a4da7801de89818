#include "tenants.h"

#include "identities.h"
#include "ids.h"
#include "roomlink.h"

#include <QCoreApplication>

namespace ImageChat {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImageChat::Tenants)
};

QString secretOf(const QString &token)
{
    const qsizetype dot = token.indexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : token.mid(dot + 1);
}

} // namespace

TenantTokens::Issued TenantTokens::issue(const QString &tenantId)
{
    const QString secret = randomToken(24);
    return { tenantId + QLatin1Char('.') + secret, sha256Hex(secret.toUtf8()) };
}

QString TenantTokens::tenantOf(const QString &token)
{
    const qsizetype dot = token.indexOf(QLatin1Char('.'));
    const QString id = dot > 0 ? token.left(dot) : QString();
    return isToken(id, 1, 64) ? id : QString();
}

bool TenantTokens::matches(const TenantRecord &tenant, const QString &token)
{
    const QString secret = secretOf(token);
    if (tenant.tokenHash.isEmpty() || secret.isEmpty() || tenantOf(token) != tenant.id)
        return false;
    return sameSecret(tenant.tokenHash, sha256Hex(secret.toUtf8()));
}

std::optional<QString> tenantForNewRoom(Store *store, const QString &token, OpError *error)
{
    if (!token.isEmpty()) {
        const QString id = TenantTokens::tenantOf(token);
        const Lookup<TenantRecord> tenant =
            id.isEmpty() ? Lookup<TenantRecord>::none() : store->tenant(id);
        if (tenant && TenantTokens::matches(*tenant, token))
            return tenant->id;
        *error = tenant.isUnavailable()
            ? storeUnreachable()
            : OpError { ErrorCode::BadTenantToken,
                        Text::tr("This server does not accept that tenant token; ask its "
                                 "operator for a current one.") };
        return std::nullopt;
    }
    const std::optional<QList<TenantRecord>> all = store->tenants();
    if (!all) {
        *error = storeUnreachable();
        return std::nullopt;
    }
    // An operator who adds a tenant means rooms to be made with tokens from
    // then on; until then the server is open, as it always was.
    if (all->size() == 1 && all->constFirst().id == DefaultTenant
        && all->constFirst().tokenHash.isEmpty())
        return DefaultTenant;
    *error = { ErrorCode::TenantTokenRequired,
               Text::tr("Creating rooms on this server needs a tenant token; ask its operator "
                        "for one.") };
    return std::nullopt;
}

} // namespace ImageChat
