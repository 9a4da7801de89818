// TLS end to end with real parts only: a throwaway PKI made with the openssl
// command (tests/support/testpki.h), in-process servers (ServerNode, as every
// program starts them), real SyncService clients, and the real
// imagechat-server and imagechat-cli programs driven through QProcess.
#include "busfactory.h"
#include "imagetransfer.h"
#include "serverprocess.h"
#include "storefactory.h"
#include "testpki.h"
#include "testserver.h"
#include "tlstrust.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>
#include <optional>

#include <sys/stat.h>

using namespace ImageChat;
using namespace ImageChat::Test;

namespace {

// The state transitions a spy on SyncService::stateChanged saw.
QList<SyncService::State> states(const QSignalSpy &spy)
{
    QList<SyncService::State> result;
    for (const QList<QVariant> &arguments : spy)
        result.append(arguments.at(0).value<SyncService::State>());
    return result;
}

QByteArray describe(const SyncService &sync)
{
    return QStringLiteral("state %1, error %2: %3")
        .arg(int(sync.state()))
        .arg(sync.lastError().code, sync.lastError().message)
        .toUtf8();
}

using Run = ProgramRun;

// A server that presents any certificate, even one that loadTlsIdentity
// refuses (expired): the store, bus and ChatServer of a node without
// ServerNode's checks, so that clients meet what a careless operator serves.
struct UncheckedTlsServer
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<Bus> bus;
    std::unique_ptr<ChatServer> server;

    bool start(const QString &certificateFile, const QString &keyFile, QString *error)
    {
        QFile certificate(certificateFile);
        QFile key(keyFile);
        if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the test certificate");
            return false;
        }
        TlsIdentity identity;
        identity.configuration = QSslConfiguration::defaultConfiguration();
        identity.configuration.setLocalCertificateChain(
            QSslCertificate::fromData(certificate.readAll(), QSsl::Pem));
        identity.configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        identity.configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        ServerOptions options;
        options.tls = identity;
        store = openStore(QString(), dir.path(), false, error);
        bus = openBus(QString(), error);
        if (!store || !bus)
            return false;
        server = std::make_unique<ChatServer>(store.get(), bus.get(), options);
        return server->listen(error);
    }
};

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(serverBinary()).isExecutable(),
                 "IMAGECHAT_SERVER_BIN must name the built imagechat-server (run through ctest)");
        QVERIFY2(QFileInfo(cliBinary()).isExecutable(),
                 "IMAGECHAT_CLI_BIN must name the built imagechat-cli (run through ctest)");
        // A usual umask, so that a key file that is private is so on purpose.
        ::umask(022);
        QString error;
        QVERIFY2(m_pki.create(&error), qPrintable(error));
        m_ca = m_pki.authority();
    }

    void cleanup()
    {
        // Restores what trustedByTheSystemStillPinned() changed, even if it failed.
        if (m_savedDefault) {
            QSslConfiguration::setDefaultConfiguration(*m_savedDefault);
            m_savedDefault.reset();
        }
    }

    void roomWorksOverTlsWithThePrivateCa()
    {
        TestServer server(m_pki.filesConfig(QStringLiteral("server")));
        QCOMPARE(server.address().tls, true);
        QVERIFY(server.address().fingerprint.isEmpty()); // an authority vouches
        QCOMPARE(server.address().webSocketUrl().scheme(), QStringLiteral("wss"));

        QString error;
        const std::optional<RoomLink> link = upload(server.address(), m_ca, &error);
        QVERIFY2(link, qPrintable(error));
        QVERIFY2(link->toString().contains(QLatin1String("&tls=1")), qPrintable(link->toString()));
        QVERIFY(!link->toString().contains(QLatin1String("fp=")));

        TestClient ana(*link, {}, QStringLiteral("Ana"));
        TestClient ben(*link, {}, QStringLiteral("Ben"));
        ana.sync.setTrustedAuthorities(m_ca);
        ben.sync.setTrustedAuthorities(m_ca);
        QVERIFY2(ana.connectAndWait(), describe(ana.sync));
        QVERIFY2(ben.connectAndWait(), describe(ben.sync));
        const Operation create = Operation::createMarker(0.3, 0.7, QStringLiteral("over TLS"));
        QVERIFY(ana.submitAndWait(create));
        QTRY_VERIFY(ben.model.conversation(create.marker));
        QCOMPARE(ben.model.conversation(create.marker)->comments.first().text,
                 QStringLiteral("over TLS"));

        // The port speaks TLS only: a plain WebSocket never gets through.
        QWebSocket plain;
        QSignalSpy connected(&plain, &QWebSocket::connected);
        QSignalSpy disconnected(&plain, &QWebSocket::disconnected);
        QUrl url = server.address().webSocketUrl();
        url.setScheme(QStringLiteral("ws"));
        plain.open(url);
        QTRY_VERIFY(!disconnected.isEmpty());
        QVERIFY(connected.isEmpty());
    }

    void unknownAuthorityFailsForGood()
    {
        TestServer server(m_pki.filesConfig(QStringLiteral("server")));
        QString error;
        const std::optional<RoomLink> link = upload(server.address(), m_ca, &error);
        QVERIFY2(link, qPrintable(error));

        // The upload is refused the same way.
        const std::optional<RoomLink> refused = upload(server.address(), {}, &error);
        QVERIFY(!refused);
        QVERIFY2(error.contains(QLatin1String("not signed by an authority")), qPrintable(error));

        TestClient client(*link);
        QSignalSpy changes(&client.sync, &SyncService::stateChanged);
        client.sync.start();
        QTRY_COMPARE(client.sync.state(), SyncService::State::Failed);
        const QString host = QStringLiteral("127.0.0.1:%1").arg(server.address().port);
        QCOMPARE(client.sync.lastError().code, ErrorCode::BadCertificate);
        QVERIFY2(client.sync.lastError().message.contains(host), describe(client.sync));
        QVERIFY2(
            client.sync.lastError().message.contains(QLatin1String("not signed by an authority")),
            describe(client.sync));
        // Final: with fastTiming() a retry would come within 400 ms; none
        // comes, and nothing reached the hello.
        QVERIFY(!changes.wait(1500));
        QCOMPARE(states(changes),
                 (QList<SyncService::State> { SyncService::State::Connecting,
                                              SyncService::State::Failed }));
        QCOMPARE(server.server().connectionCount(), 0);
    }

    void expiredCertificateIsRefused()
    {
        UncheckedTlsServer server;
        QString error;
        QVERIFY2(server.start(pki("expired.pem"), pki("expired.key"), &error), qPrintable(error));
        const QString message = refusalFor(server.server->address(), m_ca);
        QVERIFY2(message.contains(QLatin1String("has expired")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(server.server->port())),
                 qPrintable(message));
    }

    void certificateForAnotherNameIsRefused()
    {
        TestServer server(m_pki.filesConfig(QStringLiteral("other")));
        const QString message = refusalFor(server.address(), m_ca);
        QVERIFY2(message.contains(QLatin1String("for another server name")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(server.address().port)),
                 qPrintable(message));
    }

    void pinnedSelfSignedNeedsNoAuthority()
    {
        NodeConfig config;
        config.tls = NodeConfig::Tls::SelfSigned;
        TestServer server(config);
        const RoomLink link = server.createRoom();
        QVERIFY(link.server.tls);
        QCOMPARE(link.server.fingerprint.size(), 64);
        QCOMPARE(link.server.fingerprint,
                 certificateFingerprint(certificateAt(
                     QDir(server.dataDir()).filePath(QStringLiteral("tls-certificate.pem")))));
        QVERIFY2(link.toString().contains(QLatin1String("&tls=1&fp=") + link.server.fingerprint),
                 qPrintable(link.toString()));

        TestClient client(link);
        QVERIFY2(client.connectAndWait(), describe(client.sync));

        // The same link naming another certificate.
        RoomLink other = link;
        other.server.fingerprint = certificateFingerprint(certificate("self.pem"));
        const QString message = refusalFor(other.server, {});
        QVERIFY2(message.contains(QLatin1String("not the one the room link names")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(link.server.port)),
                 qPrintable(message));
    }

    void pinOverridesTrustedAuthority()
    {
        TestServer server(m_pki.filesConfig(QStringLiteral("server")));
        ServerAddress pinned = server.address();
        pinned.fingerprint = certificateFingerprint(certificate("self.pem"));
        const QString message = refusalFor(pinned, m_ca);
        QVERIFY2(message.contains(QLatin1String("not the one the room link names")),
                 qPrintable(message));

        // And the right pin is accepted whoever signed it.
        pinned.fingerprint = certificateFingerprint(certificate("server.pem"));
        QString error;
        QVERIFY2(upload(pinned, {}, &error), qPrintable(error));
    }

    void trustedByTheSystemStillPinned()
    {
        // An authority the system itself trusts: the handshake has no errors
        // at all, and only the pin stands between the room key and the server.
        m_savedDefault = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = *m_savedDefault;
        trusting.setCaCertificates(trusting.caCertificates() + m_ca);
        QSslConfiguration::setDefaultConfiguration(trusting);

        TestServer server(m_pki.filesConfig(QStringLiteral("server")));
        QString error;
        const std::optional<RoomLink> link = upload(server.address(), {}, &error);
        QVERIFY2(link, qPrintable(error)); // the system's trust is enough without a pin

        RoomLink pinned = *link;
        pinned.server.fingerprint = certificateFingerprint(certificate("self.pem"));
        TestClient client(pinned);
        QSignalSpy changes(&client.sync, &SyncService::stateChanged);
        client.sync.start();
        QTRY_COMPARE(client.sync.state(), SyncService::State::Failed);
        QCOMPARE(client.sync.lastError().code, ErrorCode::BadCertificate);
        QVERIFY2(client.sync.lastError().message.contains(
                     QLatin1String("not the one the room link names")),
                 describe(client.sync));
        // Resyncing follows the hello: it was never sent.
        QCOMPARE(states(changes),
                 (QList<SyncService::State> { SyncService::State::Connecting,
                                              SyncService::State::Failed }));
        QVERIFY(!upload(pinned.server, {}, &error));
        QVERIFY2(error.contains(QLatin1String("not the one the room link names")),
                 qPrintable(error));
    }

    void selfSignedCertificateIsKept()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        NodeConfig config;
        config.tls = NodeConfig::Tls::SelfSigned;
        config.dataDir = data.path();
        const QString keyFile = data.filePath(QStringLiteral("tls-key.pem"));
        const QString certificateFile = data.filePath(QStringLiteral("tls-certificate.pem"));

        QString fingerprint;
        RoomLink link;
        {
            TestServer server(config);
            fingerprint = server.address().fingerprint;
            link = server.createRoom();
            QCOMPARE(link.server.fingerprint, fingerprint);

            // The same node serving again: the link it gave out still works.
            server.stop();
            server.start();
            QCOMPARE(server.address(), link.server);
            TestClient client(link);
            QVERIFY2(client.connectAndWait(), describe(client.sync));
        }
        struct stat keyStat
        {
        };
        QCOMPARE(::stat(QFile::encodeName(keyFile).constData(), &keyStat), 0);
        QCOMPARE(keyStat.st_mode & 07777, mode_t(0600));
        const QDateTime written = QFileInfo(certificateFile).lastModified();

        // A new node on the same folder: the same certificate, not a new one.
        TestServer again(config);
        QCOMPARE(again.address().fingerprint, fingerprint);
        QCOMPARE(QFileInfo(certificateFile).lastModified(), written);

        // The fingerprint is the SHA-256 of the DER certificate, as openssl says.
        QProcess process;
        process.start(QStringLiteral("openssl"),
                      { QStringLiteral("x509"), QStringLiteral("-in"), certificateFile,
                        QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                        QStringLiteral("-sha256") });
        QVERIFY(process.waitForFinished(10000));
        QString opensslSays = QString::fromLatin1(process.readAllStandardOutput()).trimmed();
        opensslSays = opensslSays.mid(opensslSays.indexOf(QLatin1Char('=')) + 1);
        QCOMPARE(normaliseFingerprint(opensslSays), std::optional<QString>(fingerprint));
    }

    void serverStartUpErrors_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("named");
        QTest::newRow("missing certificate") << pki("missing.pem") << pki("server.key")
                                             << QStringLiteral("cannot read the TLS "
                                                               "certificate")
                                             << pki("missing.pem");
        QTest::newRow("missing key")
            << pki("server.pem") << pki("missing.key") << QStringLiteral("cannot read the TLS key")
            << pki("missing.key");
        QTest::newRow("not PEM") << pki("not-pem.pem") << pki("server.key")
                                 << QStringLiteral("holds no PEM certificate")
                                 << pki("not-pem.pem");
        QTest::newRow("key not PEM")
            << pki("server.pem") << pki("not-pem.pem")
            << QStringLiteral("holds no unencrypted PEM private key") << pki("not-pem.pem");
        QTest::newRow("mismatched key")
            << pki("server.pem") << pki("stray.key")
            << QStringLiteral("does not belong to the certificate") << pki("stray.key");
        QTest::newRow("expired") << pki("expired.pem") << pki("expired.key")
                                 << QStringLiteral("expired on 2020-02-01") << pki("expired.pem");
    }

    void serverStartUpErrors()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QFETCH(QString, named);
        QTemporaryDir data;
        const Run run =
            runProgram(serverBinary(),
                       { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--data"), data.path(), QStringLiteral("--tls-cert"),
                         certificate, QStringLiteral("--tls-key"), key });
        QVERIFY2(run.finished && run.exitCode != 0, run.describe());
        QVERIFY2(run.err.endsWith(QLatin1Char('\n')) && run.err.count(QLatin1Char('\n')) == 1,
                 run.describe());
        QVERIFY2(run.err.startsWith(QLatin1String("imagechat-server: ")), run.describe());
        QVERIFY2(run.err.contains(expected), run.describe());
        QVERIFY2(run.err.contains(named), run.describe());
        QVERIFY2(!run.out.contains(QLatin1String("listening")), run.describe());
    }

    void serverServesWss()
    {
        QTemporaryDir data;
        ServerProcess server;
        QVERIFY(startTlsServer(&server, data));
        QVERIFY2(server.isTls(), server.diagnostics()); // "listening on wss://"
        QString error;
        QVERIFY2(upload(server.address(), m_ca, &error), qPrintable(error));
    }

    void cliTrustsTheCaFile()
    {
        QTemporaryDir data;
        ServerProcess server;
        QVERIFY(startTlsServer(&server, data));
        QTemporaryDir dir;
        const QString image = dir.filePath(QStringLiteral("photo.png"));
        QFile file(image);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(makePng()) > 0);
        file.close();
        const QString identity = dir.filePath(QStringLiteral("alice.json"));
        const QString url = QStringLiteral("wss://127.0.0.1:%1").arg(server.port());

        const Run share = runCli({ QStringLiteral("share"), image, QStringLiteral("--server"), url,
                                   QStringLiteral("--identity"), identity,
                                   QStringLiteral("--ca-file"), pki("ca.pem") });
        QVERIFY2(share.finished && share.exitCode == 0, share.describe());
        const QString link = share.out.trimmed();
        QVERIFY2(link.contains(QLatin1String("tls=1")) && !link.contains(QLatin1String("fp=")),
                 share.describe());

        const Run post = runCli({ QStringLiteral("post"), link, QStringLiteral("--at"),
                                  QStringLiteral("0.5,0.5"), QStringLiteral("through TLS"),
                                  QStringLiteral("--identity"), identity,
                                  QStringLiteral("--ca-file"), pki("ca.pem") });
        QVERIFY2(post.finished && post.exitCode == 0, post.describe());
        const QJsonObject accepted = QJsonDocument::fromJson(post.out.toUtf8()).object();
        QCOMPARE(accepted.value(QStringLiteral("type")).toString(), QStringLiteral("accepted"));

        const Run untrusted = runCli({ QStringLiteral("post"), link, QStringLiteral("--at"),
                                       QStringLiteral("0.5,0.5"), QStringLiteral("no CA"),
                                       QStringLiteral("--identity"), identity });
        QVERIFY2(untrusted.finished && untrusted.exitCode == 1, untrusted.describe());
        QVERIFY2(untrusted.err.contains(QStringLiteral("127.0.0.1:%1").arg(server.port()))
                     && untrusted.err.contains(QLatin1String("not signed by an authority")),
                 untrusted.describe());

        const Run notPem = runCli({ QStringLiteral("post"), link, QStringLiteral("--at"),
                                    QStringLiteral("0.5,0.5"), QStringLiteral("bad CA file"),
                                    QStringLiteral("--identity"), identity,
                                    QStringLiteral("--ca-file"), pki("not-pem.pem") });
        QVERIFY2(notPem.finished && notPem.exitCode == 2, notPem.describe());
        QVERIFY2(notPem.err.contains(QLatin1String("--ca-file")), notPem.describe());
    }

    void cliHostPinsItsOwnCertificate()
    {
        QTemporaryDir dir;
        const QString image = dir.filePath(QStringLiteral("photo.png"));
        QFile file(image);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(makePng()) > 0);
        file.close();
        const QString data = dir.filePath(QStringLiteral("host"));
        const QString identity = dir.filePath(QStringLiteral("host.json"));

        QProcess host;
        host.start(cliBinary(),
                   { QStringLiteral("host"), image, QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), data,
                     QStringLiteral("--identity"), identity });
        QByteArray out;
        QVERIFY2(waitUntil(
                     [&] {
                         out += host.readAllStandardOutput();
                         return out.contains('\n') || host.state() == QProcess::NotRunning;
                     },
                     20000),
                 host.readAllStandardError().constData());
        QVERIFY2(out.contains('\n'), host.readAllStandardError().constData());
        QString error;
        const std::optional<RoomLink> link =
            RoomLink::parse(QString::fromUtf8(out.left(out.indexOf('\n'))), &error);
        QVERIFY2(link, qPrintable(error + QStringLiteral(": ") + QString::fromUtf8(out)));
        QVERIFY(link->server.tls);
        QCOMPARE(link->server.fingerprint,
                 certificateFingerprint(
                     certificateAt(QDir(data).filePath(QStringLiteral("tls-certificate.pem")))));
        struct stat keyStat
        {
        };
        QCOMPARE(
            ::stat(
                QFile::encodeName(QDir(data).filePath(QStringLiteral("tls-key.pem"))).constData(),
                &keyStat),
            0);
        QCOMPARE(keyStat.st_mode & 07777, mode_t(0600));

        // Anyone with the link gets in, without any authority.
        TestClient client(*link);
        QVERIFY2(client.connectAndWait(), describe(client.sync));
        const Run post =
            runCli({ QStringLiteral("post"), link->toString(), QStringLiteral("--at"),
                     QStringLiteral("0.5,0.5"), QStringLiteral("pinned"),
                     QStringLiteral("--identity"), dir.filePath(QStringLiteral("guest.json")) });
        QVERIFY2(post.finished && post.exitCode == 0, post.describe());
        QTRY_COMPARE(client.model.count(), 1);
        host.kill();
        host.waitForFinished(5000);
    }

private:
    QString pki(const char *name) const { return m_pki.path(name); }

    QSslCertificate certificateAt(const QString &path) const
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QSslCertificate();
        return QSslCertificate(file.readAll(), QSsl::Pem);
    }
    QSslCertificate certificate(const char *name) const { return certificateAt(pki(name)); }

    // Creates a room by a real upload that trusts `authorities`.
    std::optional<RoomLink> upload(const ServerAddress &server,
                                   const QList<QSslCertificate> &authorities, QString *error)
    {
        ImageUpload upload(server, makePng(), QStringLiteral("test.png"));
        upload.setTrustedAuthorities(authorities);
        QSignalSpy finished(&upload, &ImageUpload::finished);
        QSignalSpy failed(&upload, &ImageTransfer::failed);
        upload.start();
        if (!waitUntil([&] { return !finished.isEmpty() || !failed.isEmpty(); })) {
            *error = QStringLiteral("the upload neither finished nor failed");
            return std::nullopt;
        }
        if (!failed.isEmpty()) {
            *error = failed.first().at(0).value<OpError>().message;
            return std::nullopt;
        }
        return finished.first().at(0).value<RoomLink>();
    }

    // What a sync client to `server` says when it refuses the certificate
    // (empty when it did not end Failed with BadCertificate).
    QString refusalFor(const ServerAddress &server, const QList<QSslCertificate> &authorities)
    {
        RoomLink link;
        link.server = server;
        link.room = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA");
        link.key = QStringLiteral("BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB");
        TestClient client(link);
        client.sync.setTrustedAuthorities(authorities);
        client.sync.start();
        if (!waitUntil([&] { return client.sync.state() == SyncService::State::Failed; })
            || client.sync.lastError().code != ErrorCode::BadCertificate) {
            qWarning("not refused: %s", describe(client.sync).constData());
            return {};
        }
        return client.sync.lastError().message;
    }

    bool startTlsServer(ServerProcess *server, const QTemporaryDir &data)
    {
        const bool started = server->start(QStringLiteral("127.0.0.1:0"), data.path(),
                                           { QStringLiteral("--tls-cert"), pki("server.pem"),
                                             QStringLiteral("--tls-key"), pki("server.key") });
        if (!started)
            qWarning("%s", server->diagnostics().constData());
        return started;
    }

    Run runCli(const QStringList &arguments)
    {
        return runProgram(cliBinary(),
                          arguments
                              + QStringList { QStringLiteral("--timeout"), QStringLiteral("15") });
    }

    TestPki m_pki;
    QList<QSslCertificate> m_ca;
    std::optional<QSslConfiguration> m_savedDefault;
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
