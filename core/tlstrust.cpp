#include "tlstrust.h"

#include "logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSslConfiguration>
#include <QWebSocket>

#include <algorithm>

namespace ImageChat {

namespace {

// Gives these texts the translation context "ImageChat::TlsTrust" (lupdate reads it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImageChat::TlsTrust)
};

QString hostAndPort(const ServerAddress &server)
{
    return server.host + QLatin1Char(':') + QString::number(server.port);
}

bool isUntrusted(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidCaCertificate:
    case QSslError::CertificateSignatureFailed:
        return true;
    default:
        return false;
    }
}

// One reason, the one a user can act on first: who signed it, then its
// dates, then its name.
OpError refusal(const ServerAddress &server, const QList<QSslError> &errors)
{
    const QString host = hostAndPort(server);
    const auto has = [&errors](auto predicate) {
        return std::any_of(errors.cbegin(), errors.cend(),
                           [&](const QSslError &e) { return predicate(e.error()); });
    };
    QString message;
    if (has(isUntrusted))
        message = Text::tr("Refused the connection to %1: its certificate is not signed by an "
                           "authority this computer trusts.")
                      .arg(host);
    else if (has([](QSslError::SslError e) { return e == QSslError::CertificateExpired; }))
        message = Text::tr("Refused the connection to %1: its certificate has expired.").arg(host);
    else if (has([](QSslError::SslError e) { return e == QSslError::HostNameMismatch; }))
        message = Text::tr("Refused the connection to %1: its certificate is for another "
                           "server name.")
                      .arg(host);
    else
        message = Text::tr("Refused the connection to %1: %2")
                      .arg(host, errors.isEmpty() ? QString() : errors.first().errorString());
    return { ErrorCode::BadCertificate, message };
}

OpError notPinned(const ServerAddress &server)
{
    return { ErrorCode::BadCertificate,
             Text::tr("Refused the connection to %1: its certificate is not the one the room "
                      "link names.")
                 .arg(hostAndPort(server)) };
}

// The certificate the server presented (while its errors are reported, the
// socket may not hold it yet; the errors do).
QSslCertificate peerCertificate(QWebSocket *socket, const QList<QSslError> &errors)
{
    const QSslCertificate presented = socket->sslConfiguration().peerCertificate();
    if (!presented.isNull())
        return presented;
    for (const QSslError &error : errors) {
        if (!error.certificate().isNull())
            return error.certificate();
    }
    return QSslCertificate();
}

} // namespace

QString certificateFingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

std::optional<QString> normaliseFingerprint(const QString &text)
{
    QString hex = text.toLower();
    hex.remove(QLatin1Char(':'));
    if (hex.size() != 64)
        return std::nullopt;
    for (QChar c : hex) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return std::nullopt;
    }
    return hex;
}

std::optional<QList<QSslCertificate>> readCertificates(const QString &pemFile, QString *error)
{
    QFile file(pemFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("Cannot read %1: %2").arg(pemFile, file.errorString());
        return std::nullopt;
    }
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = Text::tr("%1 holds no certificate (PEM expected).").arg(pemFile);
        return std::nullopt;
    }
    return certificates;
}

void secureSocket(QWebSocket *socket, const ServerAddress &server,
                  const QList<QSslCertificate> &extraAuthorities,
                  std::function<void(const OpError &)> refused)
{
    if (!server.tls)
        return;
    if (server.fingerprint.isEmpty() && !extraAuthorities.isEmpty()) {
        QSslConfiguration configuration = socket->sslConfiguration();
        configuration.setCaCertificates(configuration.caCertificates() + extraAuthorities);
        socket->setSslConfiguration(configuration);
    }
    QObject::connect(
        socket, &QWebSocket::sslErrors, socket,
        [socket, server, refused = std::move(refused)](const QList<QSslError> &errors) {
            if (!server.fingerprint.isEmpty()) {
                // The link vouches for this one certificate; what authorities
                // and names would say about it does not matter.
                if (certificateFingerprint(peerCertificate(socket, errors)) == server.fingerprint) {
                    socket->ignoreSslErrors();
                    return;
                }
                qCWarning(lcSync) << "certificate of" << server.host << "is not the pinned one";
                refused(notPinned(server));
            } else {
                qCWarning(lcSync) << "certificate of" << server.host << "refused:" << errors;
                refused(refusal(server, errors));
            }
            socket->abort();
        });
}

OpError checkPinnedCertificate(QWebSocket *socket, const ServerAddress &server)
{
    if (!server.tls || server.fingerprint.isEmpty())
        return {};
    if (certificateFingerprint(socket->sslConfiguration().peerCertificate()) == server.fingerprint)
        return {};
    return notPinned(server);
}

} // namespace ImageChat
