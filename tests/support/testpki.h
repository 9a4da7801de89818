#pragma once

#include "servernode.h"

#include <QList>
#include <QSslCertificate>
#include <QStringList>
#include <QTemporaryDir>

namespace ImageChat::Test {

// A throwaway PKI made with the openssl command in a temporary folder, for
// every test that needs real certificates. After create() it holds, as
// NAME.pem with NAME.key:
// - ca: the private authority ("ImageChat Test CA");
// - server: signed by it for 127.0.0.1 and localhost, valid for 30 days;
// - expired: the same, but valid in January 2020 only;
// - other: signed by it for other.example only;
// - self: self-signed for 127.0.0.1 and localhost, no authority vouches;
// and stray.key (a key of none of them) and not-pem.pem (text, no certificate).
class TestPki
{
public:
    // Makes it all; false with openssl's own words when something failed.
    bool create(QString *error);

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString path(const char *name) const { return path(QLatin1String(name)); }
    // The first certificate in a PEM file of the PKI (null if unreadable).
    QSslCertificate certificate(const char *name) const;
    // ca.pem's certificates, as clients are told to trust them.
    QList<QSslCertificate> authority() const { return m_authority; }
    // A node that serves wss:// with NAME.pem and NAME.key ("server", "other"...).
    NodeConfig filesConfig(const QString &name) const;

private:
    bool writeFile(const QString &name, const QByteArray &bytes, QString *error);
    // Runs openssl in the PKI folder with its configuration.
    bool openssl(const QStringList &arguments, QString *error);

    QTemporaryDir m_dir;
    QList<QSslCertificate> m_authority;
};

} // namespace ImageChat::Test
