// KeychainCredentialStore and IdentityManager against a real Secret Service:
// gnome-keyring-daemon on a private bus with a throwaway HOME, started by the
// test command (tests/ui/with-test-keyring.sh). Nothing here may pass by
// falling back to memory: every answer must come without error, and what one
// store wrote a fresh store must read back from the keyring.

#include "identitymanager.h"
#include "keychainstore.h"
#include "keychaintest.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QSignalSpy>
#include <QTest>

using namespace ImageChat;
using namespace ImageChat::Test;

namespace {

const QString secretService = QStringLiteral("org.freedesktop.secrets");

// Items in the keyring's default collection, asked of the Secret Service
// itself rather than through QtKeychain; -1 if it cannot tell.
int keyringItemCount()
{
    QDBusInterface properties(secretService,
                              QStringLiteral("/org/freedesktop/secrets/aliases/default"),
                              QStringLiteral("org.freedesktop.DBus.Properties"));
    const QDBusReply<QDBusVariant> reply =
        properties.call(QStringLiteral("Get"), QStringLiteral("org.freedesktop.Secret.Collection"),
                        QStringLiteral("Items"));
    if (!reply.isValid())
        return -1;
    const QVariant items = reply.value().variant();
    if (items.canConvert<QDBusArgument>())
        return int(qdbus_cast<QList<QDBusObjectPath>>(items.value<QDBusArgument>()).size());
    return int(items.value<QList<QDBusObjectPath>>().size());
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    // Every secret this test hands to the keychain, to look for on disk.
    QList<QByteArray> m_secrets;

    QByteArray remember(const QByteArray &secret)
    {
        m_secrets.append(secret);
        return secret;
    }

private slots:
    void initTestCase()
    {
        // Run by itself the test would write to the user's real keyring.
        const QByteArray sandbox = qgetenv("IMAGECHAT_TEST_KEYRING");
        if (sandbox.isEmpty() || sandbox != qgetenv("HOME"))
            QSKIP("needs the throwaway keyring its ctest command starts: ctest -R keychain");
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
        QVERIFY2(bus.interface()->isServiceRegistered(secretService),
                 "gnome-keyring-daemon is not serving on the test's bus");
        QVERIFY(keyringItemCount() >= 0);
    }

    void roundTrip()
    {
        KeychainCredentialStore store;
        QVERIFY(store.isPersistent());
        QSignalSpy reads(&store, &CredentialStore::readFinished);
        QSignalSpy writes(&store, &CredentialStore::writeFinished);
        QSignalSpy removes(&store, &CredentialStore::removeFinished);
        const QString key = QStringLiteral("imagechat:ws://roundtrip.example:4000");
        const int itemsBefore = keyringItemCount();

        // Not text: every byte value must survive.
        QByteArray first = remember(QByteArrayLiteral("first-\x00\x01\xfe\xff-7c0ffee1d3ad"));
        store.write(key, first);
        QTRY_COMPARE_WITH_TIMEOUT(writes.count(), 1, keychainTimeoutMs);
        QCOMPARE(writes.at(0), (QVariantList { key, true, QString() }));
        QCOMPARE(keyringItemCount(), itemsBefore + 1);

        store.read(key);
        QTRY_COMPARE_WITH_TIMEOUT(reads.count(), 1, keychainTimeoutMs);
        QCOMPARE(reads.at(0), (QVariantList { key, first, true, QString() }));

        const QByteArray second = remember(QByteArrayLiteral("second-secret-5a17ed0a4b"));
        store.write(key, second);
        QTRY_COMPARE_WITH_TIMEOUT(writes.count(), 2, keychainTimeoutMs);
        QCOMPARE(writes.at(1), (QVariantList { key, true, QString() }));
        // Overwritten in place, not added next to the old one.
        QCOMPARE(keyringItemCount(), itemsBefore + 1);

        store.read(key);
        QTRY_COMPARE_WITH_TIMEOUT(reads.count(), 2, keychainTimeoutMs);
        QCOMPARE(reads.at(1), (QVariantList { key, second, true, QString() }));

        store.remove(key);
        QTRY_COMPARE_WITH_TIMEOUT(removes.count(), 1, keychainTimeoutMs);
        QCOMPARE(removes.at(0), (QVariantList { key, true, QString() }));
        QCOMPARE(keyringItemCount(), itemsBefore);

        store.read(key);
        QTRY_COMPARE_WITH_TIMEOUT(reads.count(), 3, keychainTimeoutMs);
        QCOMPARE(reads.at(2), (QVariantList { key, QByteArray(), false, QString() }));

        // Exactly one answer per call: QtKeychain runs jobs one at a time, so
        // a stray second answer to any call would have come before the last.
        QCOMPARE(writes.count(), 2);
        QCOMPARE(removes.count(), 1);
    }

    void nothingSavedIsNotAnError()
    {
        KeychainCredentialStore store;
        QSignalSpy reads(&store, &CredentialStore::readFinished);
        QSignalSpy removes(&store, &CredentialStore::removeFinished);
        const QString key = QStringLiteral("imagechat:ws://never-saved.example:1");

        store.read(key);
        QTRY_COMPARE_WITH_TIMEOUT(reads.count(), 1, keychainTimeoutMs);
        QCOMPARE(reads.at(0), (QVariantList { key, QByteArray(), false, QString() }));

        store.remove(key);
        QTRY_COMPARE_WITH_TIMEOUT(removes.count(), 1, keychainTimeoutMs);
        QCOMPARE(removes.at(0), (QVariantList { key, true, QString() }));
    }

    void aSecondStoreReadsWhatTheFirstWrote()
    {
        const QString key = QStringLiteral("imagechat:wss://second-store.example:443");
        const QByteArray secret = remember(QByteArrayLiteral("shared-between-stores-91b2c3"));
        {
            KeychainCredentialStore writer;
            QSignalSpy writes(&writer, &CredentialStore::writeFinished);
            writer.write(key, secret);
            QTRY_COMPARE_WITH_TIMEOUT(writes.count(), 1, keychainTimeoutMs);
            QCOMPARE(writes.at(0), (QVariantList { key, true, QString() }));
        }
        KeychainCredentialStore reader;
        QSignalSpy reads(&reader, &CredentialStore::readFinished);
        reader.read(key);
        QTRY_COMPARE_WITH_TIMEOUT(reads.count(), 1, keychainTimeoutMs);
        QCOMPARE(reads.at(0), (QVariantList { key, secret, true, QString() }));
    }

    void identitySurvivesANewManager()
    {
        const ServerAddress server { QStringLiteral("chat.example.org"), 443, true, {} };
        const Protocol::Identity identity {
            QStringLiteral("u-5f3a9c"), QString::fromLatin1(remember("s3cret-identity-b7e104d2"))
        };
        {
            KeychainCredentialStore store;
            SessionCredentialStore session;
            IdentityManager manager(&store, &session);
            QSignalSpy saved(&manager, &IdentityManager::saved);
            QSignalSpy unavailable(&manager, &IdentityManager::keychainUnavailable);
            manager.save(server, identity);
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, keychainTimeoutMs);
            QCOMPARE(saved.at(0).at(0).value<ServerAddress>(), server);
            QCOMPARE(unavailable.count(), 0);
        }

        // New objects all round, as after a restart: only the keyring knows.
        KeychainCredentialStore store;
        SessionCredentialStore session;
        IdentityManager manager(&store, &session);
        QSignalSpy ready(&manager, &IdentityManager::identityReady);
        QSignalSpy unavailable(&manager, &IdentityManager::keychainUnavailable);
        manager.load(server);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, keychainTimeoutMs);
        QCOMPARE(ready.at(0).at(0).value<ServerAddress>(), server);
        const auto loaded = ready.at(0).at(1).value<Protocol::Identity>();
        QCOMPARE(loaded.user, identity.user);
        QCOMPARE(loaded.secret, identity.secret);
        QCOMPARE(unavailable.count(), 0);
    }

    void serversDoNotMix()
    {
        // Same host: the port and TLS alone tell the servers apart.
        const ServerAddress plain { QStringLiteral("team.example.net"), 47800, false, {} };
        const ServerAddress otherPort { QStringLiteral("team.example.net"), 47801, false, {} };
        const ServerAddress tls { QStringLiteral("team.example.net"), 47800, true, {} };
        const ServerAddress unknown { QStringLiteral("never.example.net"), 47800, false, {} };
        QCOMPARE(QSet<QString>({ IdentityManager::keyFor(plain), IdentityManager::keyFor(otherPort),
                                 IdentityManager::keyFor(tls) })
                     .size(),
                 3);
        const QList<ServerAddress> servers { plain, otherPort, tls };
        QList<Protocol::Identity> identities;
        for (int i = 0; i < servers.size(); ++i) {
            identities.append({ QStringLiteral("user-%1").arg(i),
                                QString::fromLatin1(remember(
                                    "server-secret-" + QByteArray::number(i) + "-e3c9a1")) });
        }
        {
            KeychainCredentialStore store;
            SessionCredentialStore session;
            IdentityManager manager(&store, &session);
            QSignalSpy saved(&manager, &IdentityManager::saved);
            for (int i = 0; i < servers.size(); ++i)
                manager.save(servers.at(i), identities.at(i));
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), servers.size(), keychainTimeoutMs);
        }

        KeychainCredentialStore store;
        SessionCredentialStore session;
        IdentityManager manager(&store, &session);
        QSignalSpy ready(&manager, &IdentityManager::identityReady);
        // All at once: answers may come in any order, each for its own server.
        for (const ServerAddress &server : servers + QList<ServerAddress> { unknown })
            manager.load(server);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), servers.size() + 1, keychainTimeoutMs);
        for (const QVariantList &answer : std::as_const(ready)) {
            const auto server = answer.at(0).value<ServerAddress>();
            const auto identity = answer.at(1).value<Protocol::Identity>();
            const qsizetype i = servers.indexOf(server);
            if (i < 0) {
                QCOMPARE(server, unknown);
                QVERIFY(!identity.isValid());
                continue;
            }
            QCOMPARE(identity.user, identities.at(i).user);
            QCOMPARE(identity.secret, identities.at(i).secret);
        }
    }

    // Last: looks for everything the tests above wrote.
    void nothingOnDiskInPlainText()
    {
        QVERIFY(!m_secrets.isEmpty());
        const QStringList leaks =
            filesHoldingSecrets(QString::fromLocal8Bit(qgetenv("HOME")), m_secrets);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1String(", "))));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
