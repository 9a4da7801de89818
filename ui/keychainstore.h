#pragma once

#include "credentialstore.h"

namespace ImageChat {

// Secrets in the system keychain (Secret Service, KWallet, …) through
// QtKeychain's asynchronous jobs, under the service name "ImageChat". Every
// call is answered by exactly one signal once its job finishes; the job never
// blocks and never spins an event loop of its own.
//
// There is no up-front availability check: QtKeychain 0.13 has none that does
// not block on D-Bus, so a missing keychain shows up as the error of the first
// job, and IdentityManager then falls back to the session store.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);

    // The keychain service every entry is kept under.
    static QString serviceName();

    void read(const QString &key) override;
    void write(const QString &key, const QByteArray &secret) override;
    void remove(const QString &key) override;
    bool isPersistent() const override { return true; }
};

} // namespace ImageChat
