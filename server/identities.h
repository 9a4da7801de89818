#pragma once

#include "protocol.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ImageChat {

class Store;

// Constant-time comparison, so a wrong secret's timing says nothing about
// the right one.
bool sameSecret(const QString &a, const QString &b);

// The identities hellos are given: a random user id and, as its secret, a
// MAC of the id under a key the whole deployment shares (kept in the store,
// made by the first node that needs it). Giving one out stores nothing, so
// a stream of anonymous hellos leaves no rows behind, and any node can check
// one without a query. Identities from before are rows in the store with a
// hash of their secret; they are still checked against it.
class Identities
{
public:
    explicit Identities(Store *store);

    // nullopt: the key cannot be read now (the store is away).
    std::optional<Protocol::Identity> issue();

    enum class Check { Valid, Invalid, Unavailable };
    Check check(const Protocol::Identity &identity);

private:
    bool loadKey();
    QString secretFor(const QString &user) const;

    Store *m_store;
    QByteArray m_key; // empty until read
};

} // namespace ImageChat
