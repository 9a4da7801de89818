#include "identitymanager.h"

#include "logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>

namespace ImageChat {

namespace {

QByteArray encodeIdentity(const Protocol::Identity &identity)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("user"), identity.user },
                                       { QStringLiteral("secret"), identity.secret } })
        .toJson(QJsonDocument::Compact);
}

Protocol::Identity decodeIdentity(const QByteArray &data)
{
    const QJsonObject json = QJsonDocument::fromJson(data).object();
    return { json.value(QStringLiteral("user")).toString(),
             json.value(QStringLiteral("secret")).toString() };
}

} // namespace

IdentityManager::IdentityManager(CredentialStore *store, CredentialStore *fallback, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_fallback(fallback)
{
    for (CredentialStore *s : { store, fallback }) {
        const bool isFallback = s == fallback;
        connect(s, &CredentialStore::readFinished, this,
                [this, isFallback](const QString &key, const QByteArray &secret, bool found,
                                   const QString &error) {
                    // No check of m_usingFallback here: calls made before the
                    // switch are answered by the keychain after it. Each is
                    // still owed an answer; a failed one goes to the fallback
                    // like the first did.
                    if (!m_loading.contains(key))
                        return;
                    if (!error.isEmpty() && !isFallback) {
                        useFallback(error);
                        m_fallback->read(key);
                        return;
                    }
                    const ServerAddress server = m_loading.take(key);
                    Protocol::Identity identity =
                        found ? decodeIdentity(secret) : Protocol::Identity {};
                    if (found && !identity.isValid())
                        qCWarning(lcSync) << "stored identity for" << key << "is damaged; ignored";
                    if (identity.isValid())
                        m_cache.insert(key, identity);
                    emit identityReady(server,
                                       identity.isValid() ? identity : Protocol::Identity {});
                });
        connect(s, &CredentialStore::writeFinished, this,
                [this, isFallback](const QString &key, bool ok, const QString &error) {
                    // As for reads: calls made before the switch still count.
                    if (!m_saving.contains(key))
                        return;
                    if (!ok && !isFallback) {
                        useFallback(error);
                        m_fallback->write(key, encodeIdentity(m_saving.value(key)));
                        return;
                    }
                    m_saving.remove(key);
                    emit saved(m_servers.value(key));
                });
    }
}

QString IdentityManager::keyFor(const ServerAddress &server)
{
    return QStringLiteral("imagechat:") + server.webSocketUrl().toString(QUrl::StripTrailingSlash);
}

void IdentityManager::load(const ServerAddress &server)
{
    const QString key = keyFor(server);
    if (m_cache.contains(key)) {
        const Protocol::Identity identity = m_cache.value(key);
        QMetaObject::invokeMethod(
            this, [this, server, identity] { emit identityReady(server, identity); },
            Qt::QueuedConnection);
        return;
    }
    const bool alreadyAsked = m_loading.contains(key);
    m_loading.insert(key, server);
    if (!alreadyAsked)
        active()->read(key);
}

void IdentityManager::save(const ServerAddress &server, const Protocol::Identity &identity)
{
    const QString key = keyFor(server);
    m_cache.insert(key, identity);
    m_servers.insert(key, server);
    m_saving.insert(key, identity);
    active()->write(key, encodeIdentity(identity));
}

Protocol::Identity IdentityManager::cached(const ServerAddress &server) const
{
    return m_cache.value(keyFor(server));
}

void IdentityManager::useFallback(const QString &reason)
{
    if (m_usingFallback)
        return;
    m_usingFallback = true;
    qCInfo(lcSync) << "keychain unavailable:" << reason;
    emit keychainUnavailable(
        tr("%1 Your identity is kept until ImageChat quits: after a restart you can no longer "
           "edit or delete the comments you wrote before.",
           "%1: why there is no keychain, a whole sentence")
            .arg(reason));
}

} // namespace ImageChat
