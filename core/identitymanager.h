#pragma once

#include "credentialstore.h"
#include "protocol.h"
#include "roomlink.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace ImageChat {

// The user's identity on each server: the id and secret the server issued,
// kept per server in a CredentialStore (the keychain). If the keychain
// refuses, the identity is kept for this session only and the user is told
// once (keychainUnavailable); it is never written in plain text.
class IdentityManager : public QObject
{
    Q_OBJECT

public:
    // `fallback` holds secrets when `store` fails; both outlive this object.
    IdentityManager(CredentialStore *store, CredentialStore *fallback, QObject *parent = nullptr);

    // The key under which a server's identity is kept.
    static QString keyFor(const ServerAddress &server);

    // Looks the identity up; answers with identityReady (maybe an invalid,
    // empty identity: the server will issue one). Asynchronous.
    void load(const ServerAddress &server);
    // Keeps an identity the server issued.
    void save(const ServerAddress &server, const Protocol::Identity &identity);
    // Known after load() or save() in this session.
    Protocol::Identity cached(const ServerAddress &server) const;

signals:
    void identityReady(const ImageChat::ServerAddress &server,
                       const ImageChat::Protocol::Identity &identity);
    void saved(const ImageChat::ServerAddress &server);
    // The keychain is not available; secrets last for this session only.
    // `message` says so to the user (the store's reason and what it means).
    void keychainUnavailable(const QString &message);

private:
    void useFallback(const QString &reason);
    CredentialStore *active() const { return m_usingFallback ? m_fallback : m_store; }

    QPointer<CredentialStore> m_store;
    QPointer<CredentialStore> m_fallback;
    bool m_usingFallback = false;
    QHash<QString, Protocol::Identity> m_cache;
    QHash<QString, ServerAddress> m_loading;
    QHash<QString, Protocol::Identity> m_saving;
    QHash<QString, ServerAddress> m_servers;
};

} // namespace ImageChat
