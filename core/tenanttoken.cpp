#include "tenanttoken.h"

namespace ImageChat {

TenantToken::TenantToken(CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &CredentialStore::readFinished, this,
            [this](const QString &key, const QByteArray &secret, bool found, const QString &) {
                if (!key.startsWith(keyFor({})))
                    return; // an identity's
                m_token = found ? QString::fromUtf8(secret) : QString();
                emit loaded(m_token);
            });
    const auto done = [this](const QString &key, bool ok, const QString &error) {
        if (key.startsWith(keyFor({})))
            emit saved(ok, error);
    };
    connect(m_store, &CredentialStore::writeFinished, this, done);
    connect(m_store, &CredentialStore::removeFinished, this, done);
}

QString TenantToken::keyFor(const QString &serverUrl)
{
    return QStringLiteral("imagechat-tenant:") + serverUrl;
}

void TenantToken::load(const QString &serverUrl)
{
    m_store->read(keyFor(serverUrl));
}

void TenantToken::save(const QString &serverUrl, const QString &token)
{
    m_token = token.trimmed();
    if (m_token.isEmpty())
        m_store->remove(keyFor(serverUrl));
    else
        m_store->write(keyFor(serverUrl), m_token.toUtf8());
}

} // namespace ImageChat
