#include "credentialstore.h"

#include <QMetaObject>

namespace ImageChat {

// Answers are queued so callers see the same order of events as with a real
// keychain: never a signal from inside the call.
void SessionCredentialStore::read(const QString &key)
{
    const auto it = m_secrets.constFind(key);
    const bool found = it != m_secrets.cend();
    const QByteArray secret = found ? *it : QByteArray();
    QMetaObject::invokeMethod(
        this, [this, key, secret, found] { emit readFinished(key, secret, found, QString()); },
        Qt::QueuedConnection);
}

void SessionCredentialStore::write(const QString &key, const QByteArray &secret)
{
    m_secrets.insert(key, secret);
    QMetaObject::invokeMethod(
        this, [this, key] { emit writeFinished(key, true, QString()); }, Qt::QueuedConnection);
}

void SessionCredentialStore::remove(const QString &key)
{
    m_secrets.remove(key);
    QMetaObject::invokeMethod(
        this, [this, key] { emit removeFinished(key, true, QString()); }, Qt::QueuedConnection);
}

} // namespace ImageChat
