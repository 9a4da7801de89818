#pragma once

#include "credentialstore.h"

#include <QObject>
#include <QString>

namespace ImageChat {

// The desktop program's tenant token for its configured server: a secret,
// so it lives in the keychain (CredentialStore), never in the settings file.
// One per server URL, so a token meant for one server is never sent to
// another.
class TenantToken : public QObject
{
    Q_OBJECT

public:
    explicit TenantToken(CredentialStore *store, QObject *parent = nullptr);

    // Reads the server's token; loaded() follows, also when there is none.
    void load(const QString &serverUrl);
    // Stores (or, empty, forgets) the server's token; saved() follows.
    void save(const QString &serverUrl, const QString &token);
    QString token() const { return m_token; }

    static QString keyFor(const QString &serverUrl);

signals:
    void loaded(const QString &token);
    // ok false: the token is used for this run but was not kept (error says why).
    void saved(bool ok, const QString &error);

private:
    CredentialStore *m_store;
    QString m_token;
};

} // namespace ImageChat
