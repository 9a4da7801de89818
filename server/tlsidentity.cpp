#include "tlsidentity.h"

#include "serverlogging.h"
#include "tlstrust.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QSslKey>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace ImageChat {

namespace {

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;
using BigNum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

constexpr auto CertificateName = "tls-certificate.pem";
constexpr auto KeyName = "tls-key.pem";

Bio readOnlyBio(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

bool readFile(const QString &path, const char *what, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS %1 %2: %3")
                     .arg(QLatin1String(what), path, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}

QSslKey qtKey(const QByteArray &pem)
{
    for (QSsl::KeyAlgorithm algorithm : { QSsl::Ec, QSsl::Rsa, QSsl::Dsa }) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

// A key and certificate in the subjectAltName's terms: every name this
// machine may be reached by on the network, though clients pin the
// fingerprint and need none of them.
QString altNames()
{
    QStringList names { QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1"),
                        QStringLiteral("IP:::1") };
    const QString host = QHostInfo::localHostName();
    if (!host.isEmpty() && host != QLatin1String("localhost"))
        names.append(QStringLiteral("DNS:") + host);
    return names.join(QLatin1Char(','));
}

bool makeSelfSigned(QByteArray *certificatePem, QByteArray *keyPem, QString *error)
{
    const auto fail = [error](const char *step) {
        *error = QStringLiteral("cannot make a TLS certificate (%1)").arg(QLatin1String(step));
        return false;
    };
    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return fail("key");
    X509Ptr cert(X509_new());
    BigNum serial(BN_new());
    if (!cert || !serial || !X509_set_version(cert.get(), 2)
        || !BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY)
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return fail("serial");
    // Valid from an hour ago (clocks differ a little) for ten years: the
    // fingerprint, not the dates, is what clients check.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray commonName = "ImageChat on " + QHostInfo::localHostName().toUtf8().left(40);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(commonName.constData()),
                               int(commonName.size()), -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, cert.get(), cert.get(), nullptr, nullptr, 0);
    ExtensionPtr san(X509V3_EXT_conf_nid(nullptr, &context, NID_subject_alt_name,
                                         altNames().toLatin1().constData()));
    if (!san || !X509_add_ext(cert.get(), san.get(), -1))
        return fail("names");
    if (!X509_sign(cert.get(), key.get(), EVP_sha256()))
        return fail("signature");
    Bio certOut(BIO_new(BIO_s_mem()));
    Bio keyOut(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(certOut.get(), cert.get())
        || !PEM_write_bio_PrivateKey(keyOut.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                     nullptr))
        return fail("encoding");
    *certificatePem = bioBytes(certOut.get());
    *keyPem = bioBytes(keyOut.get());
    return true;
}

// Written under a temporary name and renamed, so a crash never leaves half a
// key; the key is created readable by its owner only, never widened later.
bool writeNewFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions mode,
                  QString *error)
{
    const QString temporary = path + QStringLiteral(".new");
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, mode)
        || file.write(bytes) != bytes.size() || !file.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(temporary, file.errorString());
        return false;
    }
    file.close();
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace

std::optional<TlsIdentity> loadTlsIdentity(const QString &certificateFile, const QString &keyFile,
                                           QString *error)
{
    QByteArray certificatePem;
    QByteArray keyPem;
    if (!readFile(certificateFile, "certificate", &certificatePem, error)
        || !readFile(keyFile, "key", &keyPem, error))
        return std::nullopt;

    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    X509Ptr x509(PEM_read_bio_X509(readOnlyBio(certificatePem).get(), nullptr, nullptr, nullptr));
    if (chain.isEmpty() || !x509) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(certificateFile);
        return std::nullopt;
    }
    KeyPtr key(PEM_read_bio_PrivateKey(readOnlyBio(keyPem).get(), nullptr, nullptr, nullptr));
    const QSslKey sslKey = qtKey(keyPem);
    if (!key || sslKey.isNull()) {
        *error = QStringLiteral("%1 holds no unencrypted PEM private key").arg(keyFile);
        return std::nullopt;
    }
    if (X509_check_private_key(x509.get(), key.get()) != 1) {
        *error = QStringLiteral("the key in %1 does not belong to the certificate in %2")
                     .arg(keyFile, certificateFile);
        return std::nullopt;
    }
    const QSslCertificate &certificate = chain.first();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (certificate.expiryDate() < now) {
        *error = QStringLiteral("the certificate in %1 expired on %2")
                     .arg(certificateFile, certificate.expiryDate().toString(Qt::ISODate));
        return std::nullopt;
    }
    if (certificate.effectiveDate() > now) {
        *error = QStringLiteral("the certificate in %1 is not valid before %2")
                     .arg(certificateFile, certificate.effectiveDate().toString(Qt::ISODate));
        return std::nullopt;
    }

    TlsIdentity identity;
    identity.configuration = QSslConfiguration::defaultConfiguration();
    identity.configuration.setLocalCertificateChain(chain);
    identity.configuration.setPrivateKey(sslKey);
    // Clients present no certificate; the room key is what grants access.
    identity.configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    identity.fingerprint = certificateFingerprint(certificate);
    return identity;
}

std::optional<TlsIdentity> selfSignedTlsIdentity(const QString &folder, QString *error)
{
    const QDir dir(folder);
    const QString certificateFile = dir.filePath(QLatin1String(CertificateName));
    const QString keyFile = dir.filePath(QLatin1String(KeyName));
    if (!QFile::exists(certificateFile) || !QFile::exists(keyFile)) {
        QByteArray certificatePem;
        QByteArray keyPem;
        if (!QDir().mkpath(folder)) {
            *error = QStringLiteral("cannot create the folder %1").arg(folder);
            return std::nullopt;
        }
        // The key first: a certificate without its key would be useless.
        if (!makeSelfSigned(&certificatePem, &keyPem, error)
            || !writeNewFile(keyFile, keyPem, QFileDevice::ReadOwner | QFileDevice::WriteOwner,
                             error)
            || !writeNewFile(certificateFile, certificatePem,
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                 | QFileDevice::ReadGroup | QFileDevice::ReadOther,
                             error))
            return std::nullopt;
        qCInfo(lcServer) << "made a self-signed TLS certificate in" << folder;
    }
    std::optional<TlsIdentity> identity = loadTlsIdentity(certificateFile, keyFile, error);
    if (identity)
        identity->pinned = true;
    return identity;
}

} // namespace ImageChat
