#pragma once

#include "errors.h"
#include "store.h"

#include <QString>

#include <optional>

namespace ImageChat {

// Tenant tokens: "<tenant id>.<secret>". The id says which tenant's hash to
// compare with, so checking a token is one small read; only the secret's
// SHA-256 is stored, and it is compared in constant time.
namespace TenantTokens {

struct Issued
{
    QString token; // shown to the operator once
    QString hash; // what the store keeps
};
// A new token for the tenant: 24 random bytes from the system's generator.
Issued issue(const QString &tenantId);
// The tenant id a token names (empty if it is not of the form).
QString tenantOf(const QString &token);
// Whether the token is the one whose hash the tenant keeps.
bool matches(const TenantRecord &tenant, const QString &token);

} // namespace TenantTokens

// Which tenant a create-room may put its room in: the token's, if it is
// right; with no token, the default tenant while it is the only one. An
// error (bad-tenant-token, tenant-token-required, storage-failed) otherwise.
std::optional<QString> tenantForNewRoom(Store *store, const QString &token, OpError *error);

} // namespace ImageChat
