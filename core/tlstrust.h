#pragma once

#include "errors.h"
#include "roomlink.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>

#include <functional>
#include <optional>

class QWebSocket;

namespace ImageChat {

// SHA-256 of a certificate (DER), lowercase hex: the `fp` of a room link.
QString certificateFingerprint(const QSslCertificate &certificate);

// The certificates in a PEM file, for authorities the user adds (a company's
// private CA). Fails with a message naming the file when it holds none.
std::optional<QList<QSslCertificate>> readCertificates(const QString &pemFile, QString *error);

// Makes a client socket to `server` verify what it should:
// - no fingerprint: the system's authorities plus `extraAuthorities`, and the
//   host name, as any TLS client does;
// - a fingerprint (a link with `fp`): exactly that certificate and nothing
//   else, whoever signed it, whatever names it carries.
// A certificate that fails is refused with an error that names the host and
// the reason (untrusted, expired, another host's, not the pinned one);
// `refused` is called with it and the socket is aborted. Nothing is retried:
// a certificate does not get better by asking again.
// Call before open(); call checkPinnedCertificate() once connected.
void secureSocket(QWebSocket *socket, const ServerAddress &server,
                  const QList<QSslCertificate> &extraAuthorities,
                  std::function<void(const OpError &)> refused);

// For a pinned address: the error when the connected peer is not the pinned
// certificate (one that a trusted authority signed is no exception). Empty
// when all is well or nothing is pinned.
OpError checkPinnedCertificate(QWebSocket *socket, const ServerAddress &server);

// Whether `text` is a SHA-256 fingerprint (64 hex digits, colons allowed);
// the normalised form is lowercase without colons.
std::optional<QString> normaliseFingerprint(const QString &text);

} // namespace ImageChat
