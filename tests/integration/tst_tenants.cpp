// Tenants: the operator's commands on the server program, the token a
// create-room must carry once tenants are set up, quotas, and removal. A real
// server node with a real SQLite file; the commands run as the real program
// against the same file while the node runs.
#include "identitymanager.h"
#include "ids.h"
#include "imagetransfer.h"
#include "reachability.h"
#include "roomhost.h"
#include "roomsession.h"
#include "tenanttoken.h"
#include "testserver.h"

#include <QSettings>
#include <QStandardPaths>

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace ImageChat;
using namespace ImageChat::Test;

namespace {

struct Outcome
{
    std::optional<RoomLink> link;
    OpError error;
};

// A real upload over a real connection, with or without a token.
Outcome upload(const ServerAddress &server, const QString &token,
               const QByteArray &image = makePng())
{
    ImageUpload upload(server, image, QStringLiteral("shot.png"));
    upload.setTenantToken(token);
    QSignalSpy finished(&upload, &ImageUpload::finished);
    QSignalSpy failed(&upload, &ImageTransfer::failed);
    upload.start();
    Outcome outcome;
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 10000))
        outcome.error = { QStringLiteral("timeout"), QStringLiteral("no answer") };
    else if (!finished.isEmpty())
        outcome.link = finished.first().at(0).value<RoomLink>();
    else
        outcome.error = failed.first().at(0).value<OpError>();
    return outcome;
}

struct Command
{
    int status = -1;
    QString out;
    QString err;
    // "key: value" lines of the output.
    QString field(const QString &key) const
    {
        const QRegularExpression line(QStringLiteral("^") + key + QStringLiteral(": (.*)$"),
                                      QRegularExpression::MultilineOption);
        return line.match(out).captured(1).trimmed();
    }
};

Command serverCommand(const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("IMAGECHAT_SERVER_BIN"), arguments);
    Command result;
    if (!process.waitForFinished(30000))
        return result;
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestTenants : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        NodeConfig config;
        config.dataDir = m_data->path();
        m_server = std::make_unique<TestServer>(config);
    }
    void cleanup()
    {
        m_server.reset();
        m_data.reset();
    }

    void defaultTenantNeedsNoToken()
    {
        const Outcome made = upload(m_server->address(), {});
        QVERIFY2(made.link, qPrintable(made.error.message));
        QCOMPARE(m_server->store().room(made.link->room)->tenant, DefaultTenant);
        // The list shows the default tenant and what it holds.
        const Command list = tenant({ QStringLiteral("list") });
        QCOMPARE(list.status, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("\\ndefault +Default +1 "))
                     .match(list.out)
                     .hasMatch(),
                 qPrintable(list.out));
    }

    void tokenDecidesTheTenant()
    {
        const Command acme = tenant({ QStringLiteral("add"), QStringLiteral("Acme Design") });
        QCOMPARE(acme.status, 0);
        const QString acmeId = acme.field(QStringLiteral("id"));
        const QString acmeToken = acme.field(QStringLiteral("token"));
        QVERIFY(!acmeId.isEmpty());
        QVERIFY(acmeToken.startsWith(acmeId + QLatin1Char('.')));
        const Command beta = tenant({ QStringLiteral("add"), QStringLiteral("Beta") });
        const QString betaId = beta.field(QStringLiteral("id"));
        QVERIFY(!betaId.isEmpty());
        // Only the hash is stored.
        QVERIFY(!m_server->store().tenant(acmeId)->tokenHash.contains(
            acmeToken.section(QLatin1Char('.'), 1)));

        // With tenants set up, a room needs a token.
        Outcome made = upload(m_server->address(), {});
        QCOMPARE(made.error.code, ErrorCode::TenantTokenRequired);
        made = upload(m_server->address(), QStringLiteral("junk"));
        QCOMPARE(made.error.code, ErrorCode::BadTenantToken);
        // A's secret under B's id is no token of B's.
        made = upload(m_server->address(),
                      betaId + QLatin1Char('.') + acmeToken.section(QLatin1Char('.'), 1));
        QCOMPARE(made.error.code, ErrorCode::BadTenantToken);

        made = upload(m_server->address(), acmeToken);
        QVERIFY2(made.link, qPrintable(made.error.message));
        QCOMPARE(m_server->store().room(made.link->room)->tenant, acmeId);
        // A room link still grants its room, token or not.
        TestClient member(*made.link);
        QVERIFY(member.connectAndWait());

        // A rotated token replaces the old one; the room stays reachable.
        const Command rotated = tenant({ QStringLiteral("rotate-token"), acmeId });
        QCOMPARE(rotated.status, 0);
        const QString newToken = rotated.field(QStringLiteral("token"));
        QVERIFY(newToken != acmeToken);
        QCOMPARE(upload(m_server->address(), acmeToken).error.code, ErrorCode::BadTenantToken);
        QVERIFY(upload(m_server->address(), newToken).link);
        TestClient again(*made.link);
        QVERIFY(again.connectAndWait());

        const Command list = tenant({ QStringLiteral("list") });
        QVERIFY2(QRegularExpression(acmeId + QStringLiteral(" +Acme Design +2 "))
                     .match(list.out)
                     .hasMatch(),
                 qPrintable(list.out));
    }

    void quotas()
    {
        const Command added = tenant({ QStringLiteral("add"), QStringLiteral("Small"),
                                       QStringLiteral("--max-rooms"), QStringLiteral("1") });
        const QString id = added.field(QStringLiteral("id"));
        const QString token = added.field(QStringLiteral("token"));
        QVERIFY(upload(m_server->address(), token).link);
        const Outcome second = upload(m_server->address(), token);
        QCOMPARE(second.error.code, ErrorCode::QuotaExceeded);
        QCOMPARE(second.error.params.value(QStringLiteral("quota")).toString(),
                 QStringLiteral("rooms"));
        QCOMPARE(second.error.params.value(QStringLiteral("limit")).toInteger(), 1);
        QCOMPARE(m_server->store().storedPerTenant()->value(id).rooms, 1);

        // Stored bytes: what the first room's image takes is over a quota
        // this small; raised, the same upload goes through.
        QVERIFY(tenant({ QStringLiteral("quota"), id, QStringLiteral("--max-rooms"),
                         QStringLiteral("0") })
                    .status
                == 0);
        TenantRecord record = *m_server->store().tenant(id);
        record.maxStoredBytes = m_server->store().storedPerTenant()->value(id).bytes + 10;
        QVERIFY(m_server->store().updateTenant(record));
        const QByteArray bigger = makePng(300, 200);
        const Outcome over = upload(m_server->address(), token, bigger);
        QCOMPARE(over.error.code, ErrorCode::QuotaExceeded);
        QCOMPARE(over.error.params.value(QStringLiteral("quota")).toString(),
                 QStringLiteral("storedBytes"));
        QCOMPARE(tenant({ QStringLiteral("quota"), id, QStringLiteral("--max-stored-mb"),
                          QStringLiteral("5") })
                     .status,
                 0);
        QVERIFY(upload(m_server->address(), token, bigger).link);
    }

    void removeTakesRoomsAlong()
    {
        const Command added = tenant({ QStringLiteral("add"), QStringLiteral("Gone") });
        const QString id = added.field(QStringLiteral("id"));
        const Outcome made = upload(m_server->address(), added.field(QStringLiteral("token")));
        QVERIFY(made.link);
        const Outcome kept = upload(m_server->address(), {});
        QCOMPARE(kept.error.code, ErrorCode::TenantTokenRequired);
        // Something in every table a room has rows in: a conversation and its
        // events, a deleted one kept for restoring, a change settled as
        // abandoned.
        {
            TestClient client(*made.link);
            QVERIFY(client.connectAndWait());
            QVERIFY(
                client.submitAndWait(Operation::createMarker(0.2, 0.3, QStringLiteral("kept"))));
            const Operation gone = Operation::createMarker(0.6, 0.3, QStringLiteral("gone"));
            QVERIFY(client.submitAndWait(gone));
            QVERIFY(client.submitAndWait(Operation::deleteMarker(gone.marker)));
        }
        const std::optional<QStringList> settled =
            m_server->store().settlePending(made.link->room, { newId() });
        QVERIFY(settled && settled->isEmpty());
        const std::initializer_list<const char *> roomTables = { "events", "conversations",
                                                                 "deleted_conversations",
                                                                 "abandoned_changes" };
        for (const char *table : roomTables)
            QVERIFY2(countRows(m_server->dataDir(), table) > 0, table);

        QCOMPARE(tenant({ QStringLiteral("remove"), DefaultTenant }).status, 2);
        const Command removed = tenant({ QStringLiteral("remove"), id });
        QCOMPARE(removed.status, 0);
        QVERIFY(!m_server->store().room(made.link->room));
        // The only room was the tenant's: nothing of it is left anywhere.
        for (const char *table : roomTables)
            QVERIFY2(countRows(m_server->dataDir(), table) == 0, table);
        QVERIFY(!m_server->store().tenant(id));
        QCOMPARE(tenant({ QStringLiteral("remove"), id }).status, 1);
        // The only tenant left is the default: open again.
        QVERIFY(upload(m_server->address(), {}).link);
    }

    // The desktop program: the token is kept in the credential store per
    // server, and a room opened from a file goes to the token's tenant.
    void desktopKeepsItsTokenAndUsesIt()
    {
        const Command acme = tenant({ QStringLiteral("add"), QStringLiteral("Acme") });
        const QString token = acme.field(QStringLiteral("token"));
        const QString url = m_server->address().webSocketUrl().toString();
        SessionCredentialStore secrets;
        {
            TenantToken kept(&secrets);
            QSignalSpy saved(&kept, &TenantToken::saved);
            kept.save(url, token);
            QTRY_COMPARE(saved.size(), 1);
            QVERIFY(saved.first().at(0).toBool());
        }
        TenantToken later(&secrets);
        QSignalSpy loaded(&later, &TenantToken::loaded);
        later.load(url);
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(later.token(), token);
        later.load(QStringLiteral("wss://elsewhere.example:443"));
        QTRY_COMPARE(loaded.size(), 2);
        QVERIFY(later.token().isEmpty()); // never another server's

        FixedRoomHost host(m_server->address());
        SessionCredentialStore identitySecrets;
        SessionCredentialStore fallback;
        IdentityManager identities(&identitySecrets, &fallback);
        ManualReachability reachability;
        for (const QString &given : { QString(), token }) {
            host.setTenantToken(given);
            RoomSession session(&identities, &reachability);
            session.setTiming(fastTiming());
            QSignalSpy ready(&session, &RoomSession::imageReady);
            QSignalSpy failed(&session, &RoomSession::joinFailed);
            session.openImage(makePng(40 + given.size(), 30), QStringLiteral("mock-up.png"), &host);
            QTRY_VERIFY(!ready.isEmpty() || !failed.isEmpty());
            if (given.isEmpty()) {
                QCOMPARE(failed.first().at(0).value<OpError>().code,
                         ErrorCode::TenantTokenRequired);
                continue;
            }
            QVERIFY(failed.isEmpty());
            QCOMPARE(m_server->store().room(session.link().room)->tenant,
                     acme.field(QStringLiteral("id")));
        }
    }

    void badCommands()
    {
        QCOMPARE(tenant({ QStringLiteral("frobnicate") }).status, 2);
        QCOMPARE(tenant({ QStringLiteral("add") }).status, 2);
        QCOMPARE(tenant({ QStringLiteral("add"), QStringLiteral("X"), QStringLiteral("--max-rooms"),
                          QStringLiteral("-3") })
                     .status,
                 2);
        QCOMPARE(serverCommand({ QStringLiteral("tenant"), QStringLiteral("list") }).status, 2);
        // Nothing was added by the refused commands.
        QCOMPARE(m_server->store().tenants()->size(), 1);
    }

private:
    Command tenant(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("tenant"));
        arguments << QStringLiteral("--data") << m_data->path();
        return serverCommand(arguments);
    }

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<TestServer> m_server;
};

QTEST_GUILESS_MAIN(TestTenants)
#include "tst_tenants.moc"
