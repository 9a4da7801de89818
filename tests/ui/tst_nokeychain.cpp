// The path with no keychain at all: no session bus, so no Secret Service and
// no KWallet. The store must answer with errors, IdentityManager must say so
// once and keep identities for the session, and no secret may reach the disk.
// main() below builds that world (a throwaway HOME, a dead bus address)
// before anything can read the real environment.

#include "identitymanager.h"
#include "keychainstore.h"
#include "keychaintest.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ImageChat;
using namespace ImageChat::Test;

class TestNoKeychain : public QObject
{
    Q_OBJECT

public:
    explicit TestNoKeychain(const QString &home)
        : m_home(home)
    { }

private:
    QString m_home;
    QList<QByteArray> m_secrets;

    QByteArray remember(const QByteArray &secret)
    {
        m_secrets.append(secret);
        return secret;
    }

private slots:
    void initTestCase() { QVERIFY(!QDBusConnection::sessionBus().isConnected()); }

    void storeAnswersWithErrors()
    {
        KeychainCredentialStore store;
        QSignalSpy reads(&store, &CredentialStore::readFinished);
        QSignalSpy writes(&store, &CredentialStore::writeFinished);
        QSignalSpy removes(&store, &CredentialStore::removeFinished);
        const QString key = QStringLiteral("imagechat:ws://nokeychain.example:1");

        store.write(key, remember("store-secret-0d6c2b91ae"));
        QTRY_COMPARE_WITH_TIMEOUT(writes.count(), 1, keychainTimeoutMs);
        QCOMPARE(writes.at(0).at(0).toString(), key);
        QCOMPARE(writes.at(0).at(1).toBool(), false);
        QVERIFY(!writes.at(0).at(2).toString().isEmpty());
        // QtKeychain's text is the failing call ("Could not connect: No such
        // file or directory"); the store's is for people.
        QVERIFY2(!writes.at(0).at(2).toString().contains(QLatin1String("connect")),
                 qPrintable(writes.at(0).at(2).toString()));

        store.read(key);
        QTRY_COMPARE_WITH_TIMEOUT(reads.count(), 1, keychainTimeoutMs);
        QCOMPARE(reads.at(0).at(0).toString(), key);
        QVERIFY(reads.at(0).at(1).toByteArray().isEmpty());
        QCOMPARE(reads.at(0).at(2).toBool(), false);
        // An error, not "nothing saved": IdentityManager must not mistake it
        // for a first run.
        QVERIFY(!reads.at(0).at(3).toString().isEmpty());

        store.remove(key);
        QTRY_COMPARE_WITH_TIMEOUT(removes.count(), 1, keychainTimeoutMs);
        QCOMPARE(removes.at(0).at(1).toBool(), false);
        QVERIFY(!removes.at(0).at(2).toString().isEmpty());

        QCOMPARE(writes.count(), 1);
        QCOMPARE(reads.count(), 1);
    }

    void identityIsKeptForTheSession()
    {
        const ServerAddress first { QStringLiteral("first.example.org"), 47800, false, {} };
        const ServerAddress second { QStringLiteral("second.example.org"), 443, true, {} };
        const Protocol::Identity firstIdentity {
            QStringLiteral("u-first"), QString::fromLatin1(remember("first-secret-4e1f0a77c2"))
        };
        const Protocol::Identity secondIdentity {
            QStringLiteral("u-second"), QString::fromLatin1(remember("second-secret-93bd5e02f8"))
        };

        KeychainCredentialStore keychain;
        SessionCredentialStore session;
        IdentityManager manager(&keychain, &session);
        QSignalSpy saved(&manager, &IdentityManager::saved);
        QSignalSpy ready(&manager, &IdentityManager::identityReady);
        QSignalSpy unavailable(&manager, &IdentityManager::keychainUnavailable);

        manager.save(first, firstIdentity);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, keychainTimeoutMs);
        QCOMPARE(unavailable.count(), 1);
        // Said to the user in their words: what is missing and what it
        // means for them, not the words of the D-Bus call that failed.
        const QString message = unavailable.at(0).at(0).toString();
        QVERIFY2(message.contains(QLatin1String("No keychain")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("after a restart")), qPrintable(message));
        for (const char *technical :
             { "D-Bus", "DBus", "dbus", "connect", "No such file", "org.freedesktop", "socket" }) {
            QVERIFY2(!message.contains(QLatin1String(technical)), qPrintable(message));
        }

        manager.save(second, secondIdentity);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, keychainTimeoutMs);
        manager.load(first);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, keychainTimeoutMs);
        QCOMPARE(ready.at(0).at(1).value<Protocol::Identity>().secret, firstIdentity.secret);
        QCOMPARE(unavailable.count(), 1); // said once, not per operation

        // Not only in the manager's cache: in the session store, which is what
        // every later lookup in this session goes to.
        QSignalSpy sessionReads(&session, &CredentialStore::readFinished);
        session.read(IdentityManager::keyFor(second));
        QTRY_COMPARE_WITH_TIMEOUT(sessionReads.count(), 1, keychainTimeoutMs);
        QCOMPARE(sessionReads.at(0).at(2).toBool(), true);
        QVERIFY(sessionReads.at(0).at(1).toByteArray().contains(secondIdentity.secret.toLatin1()));
    }

    void loadsInFlightAllFallBack()
    {
        // A second manager over the same session store (as a second window
        // would be): its loads all go to the keychain first, all fail, and
        // every one of them must still be answered from the session store.
        const ServerAddress first { QStringLiteral("a.example.org"), 1000, false, {} };
        const ServerAddress second { QStringLiteral("b.example.org"), 2000, false, {} };
        const ServerAddress unknown { QStringLiteral("c.example.org"), 3000, false, {} };
        const Protocol::Identity firstIdentity {
            QStringLiteral("u-a"), QString::fromLatin1(remember("a-secret-6f20d8c4b1"))
        };
        const Protocol::Identity secondIdentity {
            QStringLiteral("u-b"), QString::fromLatin1(remember("b-secret-c0a3e9157d"))
        };

        SessionCredentialStore session;
        {
            KeychainCredentialStore keychain;
            IdentityManager writer(&keychain, &session);
            QSignalSpy saved(&writer, &IdentityManager::saved);
            writer.save(first, firstIdentity);
            writer.save(second, secondIdentity);
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, keychainTimeoutMs);
        }

        KeychainCredentialStore keychain;
        IdentityManager manager(&keychain, &session);
        QSignalSpy ready(&manager, &IdentityManager::identityReady);
        QSignalSpy unavailable(&manager, &IdentityManager::keychainUnavailable);
        manager.load(first);
        manager.load(second);
        manager.load(unknown);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 3, keychainTimeoutMs);
        QCOMPARE(unavailable.count(), 1);
        for (const QVariantList &answer : std::as_const(ready)) {
            const auto server = answer.at(0).value<ServerAddress>();
            const auto identity = answer.at(1).value<Protocol::Identity>();
            if (server == first)
                QCOMPARE(identity.secret, firstIdentity.secret);
            else if (server == second)
                QCOMPARE(identity.secret, secondIdentity.secret);
            else
                QVERIFY(!identity.isValid());
        }
    }

    // Last: looks for everything the tests above handed over.
    void nothingOnDiskInPlainText()
    {
        QVERIFY(!m_secrets.isEmpty());
        const QStringList leaks = filesHoldingSecrets(m_home, m_secrets);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1String(", "))));
        // QtKeychain's plain-text fallback would be a QSettings file.
        const QStringList settings = QDir(m_home + QLatin1String("/.config"))
                                         .entryList({ QStringLiteral("*.conf") }, QDir::Files);
        QVERIFY2(settings.isEmpty(), qPrintable(settings.join(QLatin1String(", "))));
    }
};

int main(int argc, char **argv)
{
    // Set before anything reads them: Qt D-Bus and GLib each connect to the
    // session bus on first use, and GLib caches HOME.
    QTemporaryDir sandbox;
    if (!sandbox.isValid())
        return 1;
    const QByteArray home = QFile::encodeName(sandbox.path());
    qputenv("HOME", home);
    qputenv("XDG_CONFIG_HOME", home + "/.config");
    qputenv("XDG_DATA_HOME", home + "/.local/share");
    qputenv("XDG_CACHE_HOME", home + "/.cache");
    qputenv("XDG_STATE_HOME", home + "/.local/state");
    QDir(sandbox.path())
        .mkdir(QStringLiteral("run"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", home + "/run");
    // A bus address where nobody listens, rather than none: with none, GLib
    // would look for $XDG_RUNTIME_DIR/bus or try to autolaunch a bus on X11.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + home + "/no-bus");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");

    QCoreApplication app(argc, argv);
    TestNoKeychain test(sandbox.path());
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nokeychain.moc"
