#include "keychainstore.h"

#include "uilogging.h"

#include <qt6keychain/keychain.h>

namespace ImageChat {

namespace {

// Jobs get no parent on purpose: while a job runs, QtKeychain's backends
// (libsecret's callbacks, D-Bus watchers) hold raw pointers to it, so it must
// live until it has finished and deleted itself, even if the store goes away
// first. The connections use the store as context, so a late answer to a
// destroyed store simply goes nowhere.
template<typename Job> Job *makeJob(const QString &key)
{
    auto *job = new Job(KeychainCredentialStore::serviceName());
    job->setAutoDelete(true);
    // QtKeychain may otherwise fall back to a plain-text QSettings file when
    // the keychain fails; IdentityManager keeps the secret in memory instead.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

// What the user is told, in their words: QtKeychain's own text is the
// failing D-Bus call ("Could not connect: No such file or directory"), which
// goes to the log instead. Never empty: an empty error means success to
// CredentialStore's callers.
QString errorText(const QKeychain::Job *job)
{
    qCInfo(lcKeychain) << "keychain error" << job->error() << job->errorString();
    switch (job->error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainCredentialStore::tr("Access to the keychain was refused.");
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        // OtherError is what a missing or dead session bus gives.
        return KeychainCredentialStore::tr(
            "No keychain (such as GNOME Keyring or KWallet) could be reached.");
    default:
        return KeychainCredentialStore::tr("The keychain did not keep the secret.");
    }
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : CredentialStore(parent)
{ }

QString KeychainCredentialStore::serviceName()
{
    return QStringLiteral("ImageChat");
}

void KeychainCredentialStore::read(const QString &key)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, job] {
        switch (job->error()) {
        case QKeychain::NoError:
            qCDebug(lcKeychain) << "read" << key;
            emit readFinished(key, job->binaryData(), true, QString());
            break;
        case QKeychain::EntryNotFound:
            // Nothing saved yet: an answer, not a failure.
            qCDebug(lcKeychain) << "nothing saved for" << key;
            emit readFinished(key, QByteArray(), false, QString());
            break;
        default: {
            const QString error = errorText(job);
            qCInfo(lcKeychain) << "reading" << key << "failed:" << error;
            emit readFinished(key, QByteArray(), false, error);
        }
        }
    });
    job->start();
}

void KeychainCredentialStore::write(const QString &key, const QByteArray &secret)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key, job] {
        if (job->error() == QKeychain::NoError) {
            qCDebug(lcKeychain) << "wrote" << key;
            emit writeFinished(key, true, QString());
            return;
        }
        const QString error = errorText(job);
        qCInfo(lcKeychain) << "writing" << key << "failed:" << error;
        emit writeFinished(key, false, error);
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, job] {
        // Some backends report a missing entry; it is gone either way.
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            qCDebug(lcKeychain) << "removed" << key;
            emit removeFinished(key, true, QString());
            return;
        }
        const QString error = errorText(job);
        qCInfo(lcKeychain) << "removing" << key << "failed:" << error;
        emit removeFinished(key, false, error);
    });
    job->start();
}

} // namespace ImageChat
