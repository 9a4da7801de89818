#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

namespace ImageChat {

// Where secrets live: the system keychain in the desktop program, memory when
// there is none. Asynchronous by contract (keychains answer over D-Bus and may
// prompt the user): every call is answered later by exactly one signal with
// the same key. "Not found" is an answer, not an error. An error is a
// sentence for the user, not the words of the failing call (those are logged).
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void read(const QString &key) = 0;
    virtual void write(const QString &key, const QByteArray &secret) = 0;
    virtual void remove(const QString &key) = 0;
    // False when secrets are lost at exit (no keychain).
    virtual bool isPersistent() const = 0;

signals:
    void readFinished(const QString &key, const QByteArray &secret, bool found,
                      const QString &error);
    void writeFinished(const QString &key, bool ok, const QString &error);
    void removeFinished(const QString &key, bool ok, const QString &error);
};

// Secrets for this session only: what we do when no keychain is available,
// rather than ever writing a secret to disk in plain text.
class SessionCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;
    void read(const QString &key) override;
    void write(const QString &key, const QByteArray &secret) override;
    void remove(const QString &key) override;
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace ImageChat
