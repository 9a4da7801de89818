#include "identities.h"

#include "ids.h"
#include "store.h"

#include <QMessageAuthenticationCode>

namespace ImageChat {

namespace {

const QString kKeySetting = QStringLiteral("identity-key");

} // namespace

bool sameSecret(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    ushort diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= a.at(i).unicode() ^ b.at(i).unicode();
    return diff == 0;
}

Identities::Identities(Store *store)
    : m_store(store)
{ }

bool Identities::loadKey()
{
    if (!m_key.isEmpty())
        return true;
    // 256 bits; the first node to ask makes it, every later one reads it.
    const std::optional<QString> key =
        m_store->sharedSetting(kKeySetting, [] { return randomToken(32); });
    if (!key || key->size() < 32)
        return false;
    m_key = key->toUtf8();
    return true;
}

QString Identities::secretFor(const QString &user) const
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash(user.toUtf8(), m_key, QCryptographicHash::Sha256);
    // 43 characters, like the random secrets given out before.
    return QString::fromLatin1(
        mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Protocol::Identity> Identities::issue()
{
    if (!loadKey())
        return std::nullopt;
    Protocol::Identity identity;
    identity.user = randomToken(12);
    identity.secret = secretFor(identity.user);
    return identity;
}

Identities::Check Identities::check(const Protocol::Identity &identity)
{
    if (loadKey() && sameSecret(secretFor(identity.user), identity.secret))
        return Check::Valid;
    // An identity neither the key nor a row vouches for is refused for good,
    // so a read that failed (or a key that could not be read) says nothing.
    const Lookup<QString> stored = m_store->userSecretHash(identity.user);
    if (stored.isUnavailable() || (stored.isMissing() && m_key.isEmpty()))
        return Check::Unavailable;
    if (stored)
        return sameSecret(*stored, sha256Hex(identity.secret.toUtf8())) ? Check::Valid
                                                                        : Check::Invalid;
    return Check::Invalid;
}

} // namespace ImageChat
