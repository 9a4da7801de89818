#include "testpki.h"

#include "tlstrust.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>

namespace ImageChat::Test {

namespace {

// Everything openssl needs to act as a small CA. `openssl x509 -req` cannot
// sign for dates in the past in OpenSSL 3.0; `openssl ca` can
// (-startdate/-enddate), and it wants a database, a serial and a policy.
const char *const kOpensslConfig = R"([ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = ImageChat test
[ ca ]
default_ca = testca
[ testca ]
dir = .
database = $dir/index.txt
new_certs_dir = $dir/issued
serial = $dir/serial
certificate = $dir/ca.pem
private_key = $dir/ca.key
default_md = sha256
policy = anything
unique_subject = no
email_in_dn = no
[ anything ]
commonName = supplied
[ ca_ext ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ local_ext ]
basicConstraints = CA:FALSE
subjectAltName = IP:127.0.0.1,DNS:localhost
[ other_ext ]
basicConstraints = CA:FALSE
subjectAltName = DNS:other.example
)";

} // namespace

bool TestPki::create(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder for the PKI: %1").arg(m_dir.errorString());
        return false;
    }
    if (!QDir(m_dir.path()).mkpath(QStringLiteral("issued"))) {
        *error = QStringLiteral("cannot make %1").arg(path("issued"));
        return false;
    }
    if (!writeFile(QStringLiteral("openssl.cnf"), kOpensslConfig, error)
        || !writeFile(QStringLiteral("index.txt"), QByteArray(), error)
        || !writeFile(QStringLiteral("serial"), "1000\n", error)
        || !writeFile(QStringLiteral("not-pem.pem"), "this is not a certificate\n", error))
        return false;

    const QStringList newEcKey { QStringLiteral("-newkey"), QStringLiteral("ec"),
                                 QStringLiteral("-pkeyopt"),
                                 QStringLiteral("ec_paramgen_curve:P-256"),
                                 QStringLiteral("-nodes") };
    // The test CA, and a certificate that no authority signed.
    if (!openssl(QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + newEcKey
                     + QStringList { QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                                     QStringLiteral("-out"), QStringLiteral("ca.pem"),
                                     QStringLiteral("-days"), QStringLiteral("30"),
                                     QStringLiteral("-subj"),
                                     QStringLiteral("/CN=ImageChat Test CA"),
                                     QStringLiteral("-extensions"), QStringLiteral("ca_ext") },
                 error))
        return false;
    if (!openssl(QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + newEcKey
                     + QStringList { QStringLiteral("-keyout"), QStringLiteral("self.key"),
                                     QStringLiteral("-out"), QStringLiteral("self.pem"),
                                     QStringLiteral("-days"), QStringLiteral("30"),
                                     QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                                     QStringLiteral("-extensions"), QStringLiteral("local_ext") },
                 error))
        return false;
    // Signed by the CA: for this machine, for this machine but expired, for
    // another name only.
    const struct
    {
        const char *name;
        const char *extensions;
        QStringList validity;
    } signedOnes[] = {
        { "server", "local_ext", { QStringLiteral("-days"), QStringLiteral("30") } },
        { "expired",
          "local_ext",
          { QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"),
            QStringLiteral("-enddate"), QStringLiteral("20200201000000Z") } },
        { "other", "other_ext", { QStringLiteral("-days"), QStringLiteral("30") } },
    };
    for (const auto &certificate : signedOnes) {
        const QString name = QLatin1String(certificate.name);
        if (!openssl(QStringList { QStringLiteral("req"), QStringLiteral("-new") } + newEcKey
                         + QStringList { QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                                         QStringLiteral("-out"), name + QStringLiteral(".csr"),
                                         QStringLiteral("-subj"),
                                         QStringLiteral("/CN=ImageChat test ") + name },
                     error))
            return false;
        if (!openssl(QStringList { QStringLiteral("ca"), QStringLiteral("-batch"),
                                   QStringLiteral("-notext"), QStringLiteral("-in"),
                                   name + QStringLiteral(".csr"), QStringLiteral("-out"),
                                   name + QStringLiteral(".pem"), QStringLiteral("-extensions"),
                                   QLatin1String(certificate.extensions) }
                         + certificate.validity,
                     error))
            return false;
    }
    // A key that belongs to none of them.
    if (!openssl({ QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                   QStringLiteral("-out"), QStringLiteral("stray.key") },
                 error))
        return false;

    const std::optional<QList<QSslCertificate>> ca = readCertificates(path("ca.pem"), error);
    if (!ca)
        return false;
    m_authority = *ca;
    // The PKI is what the tests think it is, so that a failure in a test is
    // the program's, not the fixture's.
    const QSslCertificate server = certificate("server");
    if (certificate("expired").expiryDate().date().year() != 2020
        || server.expiryDate() <= QDateTime::currentDateTimeUtc()
        || server.issuerInfo(QSslCertificate::CommonName)
            != QStringList { QStringLiteral("ImageChat Test CA") }
        || certificate("other").subjectAlternativeNames().values(QSsl::DnsEntry)
            != QStringList { QStringLiteral("other.example") }) {
        *error = QStringLiteral("openssl made certificates other than asked for");
        return false;
    }
    return true;
}

QSslCertificate TestPki::certificate(const char *name) const
{
    QFile file(path(QLatin1String(name) + QStringLiteral(".pem")));
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

NodeConfig TestPki::filesConfig(const QString &name) const
{
    NodeConfig config;
    config.tls = NodeConfig::Tls::Files;
    config.tlsCertificateFile = path(name + QStringLiteral(".pem"));
    config.tlsKeyFile = path(name + QStringLiteral(".key"));
    return config;
}

bool TestPki::writeFile(const QString &name, const QByteArray &bytes, QString *error)
{
    QFile file(path(name));
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size())
        return true;
    *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
    return false;
}

bool TestPki::openssl(const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPENSSL_CONF"), path("openssl.cnf"));
    process.setProcessEnvironment(env);
    QStringList all = arguments;
    if (arguments.first() == QLatin1String("req") || arguments.first() == QLatin1String("ca"))
        all = QStringList { all.first(), QStringLiteral("-config"), QStringLiteral("openssl.cnf") }
            + all.mid(1);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), all);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        const QString how = process.error() != QProcess::UnknownError
            ? process.errorString()
            : QStringLiteral("exit %1").arg(process.exitCode());
        *error =
            QStringLiteral("openssl %1 failed (%2): %3")
                .arg(all.join(QLatin1Char(' ')), how, QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

} // namespace ImageChat::Test
