#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace ImageChat {

// What a server presents to TLS clients: its certificate (with any chain)
// and private key, ready for QSslServer.
struct TlsIdentity
{
    QSslConfiguration configuration;
    // SHA-256 of the certificate, lowercase hex: what a room link's `fp` pins.
    QString fingerprint;
    // Self-signed: links carry the fingerprint, since no authority vouches.
    bool pinned = false;
};

// Reads an operator's PEM certificate (chain after it, if any) and PEM key.
// Every problem (missing or unreadable file, not PEM, a key that does not
// belong to the certificate, expired or not yet valid) comes back as one line
// in `error`, naming the file.
std::optional<TlsIdentity> loadTlsIdentity(const QString &certificateFile, const QString &keyFile,
                                           QString *error);

// The certificate a program that shares rooms on the local network serves:
// made on first use in `folder` (tls-certificate.pem, and tls-key.pem readable
// by its owner only), then the same one every time, so links keep working.
// Clients do not need an authority for it: the link carries its fingerprint.
std::optional<TlsIdentity> selfSignedTlsIdentity(const QString &folder, QString *error);

} // namespace ImageChat
