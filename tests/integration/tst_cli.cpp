// Black-box tests of imagechat-cli: the real executable against a real
// imagechat-server process, both driven through QProcess.
#include "ids.h"
#include "presence.h"
#include "roomlink.h"
#include "serverprocess.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

#include <sys/stat.h>

using namespace ImageChat;
using namespace ImageChat::Test;

namespace {

using CliRun = ProgramRun;

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = programEnvironment();
    env.insert(QStringLiteral("USER"), QStringLiteral("cli-test"));
    return env;
}

// Runs imagechat-cli until it exits.
CliRun runCli(const QStringList &arguments, int timeoutMs = 20000)
{
    return runProgram(cliBinary(),
                      arguments + QStringList { QStringLiteral("--timeout"), QStringLiteral("15") },
                      cliEnvironment(), timeoutMs);
}

// The single JSON object a command printed on stdout.
std::optional<QJsonObject> jsonLine(const QString &out)
{
    const QString trimmed = out.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char('\n')))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

// The free port nobody listens on (taken and given back at once).
quint16 unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QString str(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

qint64 num(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toInteger(-1);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(serverBinary()).isExecutable(),
                 "IMAGECHAT_SERVER_BIN must name the built imagechat-server (run through ctest)");
        QVERIFY2(QFileInfo(cliBinary()).isExecutable(),
                 "IMAGECHAT_CLI_BIN must name the built imagechat-cli (run through ctest)");
        // A usual umask, so an identity file that is private is so on purpose.
        ::umask(022);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_imagePath = m_dir->filePath(QStringLiteral("photo.png"));
        QFile image(m_imagePath);
        QVERIFY(image.open(QIODevice::WriteOnly));
        QVERIFY(image.write(Test::makePng(64, 48)) > 0);
        image.close();
        QVERIFY(QDir().mkpath(dataDir()));
        QVERIFY(startServer(QStringLiteral("127.0.0.1:0")));
    }

    void cleanup()
    {
        if (m_watch) {
            m_watch->kill();
            m_watch->waitForFinished(5000);
        }
        m_watch.reset();
        m_watchBuffer.clear();
        m_watchLines.clear();
        m_badWatchLines.clear();
        m_server.reset();
        m_dir.reset();
    }

    void sharePrintsLinkAndKeepsIdentity()
    {
        const QString alice = identityPath("alice");
        QVERIFY(!QFileInfo::exists(alice));
        const CliRun run =
            runCli({ QStringLiteral("share"), m_imagePath, QStringLiteral("--server"),
                     m_server->url(), QStringLiteral("--identity"), alice });
        QVERIFY2(run.finished && run.exitCode == 0, run.describe());
        const QString text = run.out.trimmed();
        QVERIFY2(!text.contains(QLatin1Char('\n')), run.describe());
        QString error;
        const std::optional<RoomLink> link = RoomLink::parse(text, &error);
        QVERIFY2(link, qPrintable(error + QStringLiteral(": ") + text));
        QCOMPARE(link->server, m_server->address());
        QVERIFY(!link->room.isEmpty());
        QVERIFY(!link->key.isEmpty());

        // The identity file: created, readable by the owner alone, complete.
        QVERIFY(QFileInfo::exists(alice));
        const QFileDevice::Permissions permissions = QFile::permissions(alice);
        QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
        QVERIFY(permissions.testFlag(QFileDevice::WriteOwner));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
        QVERIFY2(!(permissions & others),
                 qPrintable(QStringLiteral("identity file mode %1").arg(int(permissions), 0, 16)));
        const QJsonObject identity = readIdentity(alice);
        QVERIFY(!str(identity, "user").isEmpty());
        QVERIFY(!str(identity, "secret").isEmpty());

        // The same identity on later runs: the room's owner is Alice.
        const CliRun exported = runCli({ QStringLiteral("export"), text });
        QVERIFY2(exported.finished && exported.exitCode == 0, exported.describe());
        const QJsonObject room = QJsonDocument::fromJson(exported.out.toUtf8()).object();
        QCOMPARE(str(room, "owner"), str(identity, "user"));

        const CliRun again =
            runCli({ QStringLiteral("share"), m_imagePath, QStringLiteral("--server"),
                     m_server->url(), QStringLiteral("--identity"), alice });
        QVERIFY2(again.finished && again.exitCode == 0, again.describe());
        QVERIFY(again.out.trimmed() != text); // a new room
        QCOMPARE(readIdentity(alice), identity);
        const CliRun exportedAgain = runCli({ QStringLiteral("export"), again.out.trimmed() });
        QVERIFY2(exportedAgain.finished && exportedAgain.exitCode == 0, exportedAgain.describe());
        QCOMPARE(str(QJsonDocument::fromJson(exportedAgain.out.toUtf8()).object(), "owner"),
                 str(identity, "user"));
    }

    void postReplyResolveDelete()
    {
        const QString link = share(identityPath("alice"));
        QVERIFY(!link.isEmpty());

        const CliRun post = runCli({ QStringLiteral("post"), link, QStringLiteral("--at"),
                                     QStringLiteral("0.25,0.75"), QStringLiteral("first words"),
                                     QStringLiteral("--identity"), identityPath("alice") });
        QVERIFY2(post.finished && post.exitCode == 0, post.describe());
        const std::optional<QJsonObject> posted = jsonLine(post.out);
        QVERIFY2(posted, post.describe());
        QCOMPARE(str(*posted, "type"), QStringLiteral("accepted"));
        QVERIFY2(isId(str(*posted, "broadcastId")), post.describe());
        QCOMPARE(num(*posted, "seq"), 1);
        QVERIFY(num(*posted, "at") > 0);
        const QString marker = str(*posted, "marker");
        QVERIFY2(isId(marker), post.describe());

        const CliRun reply =
            runCli({ QStringLiteral("reply"), link, marker, QStringLiteral("an answer"),
                     QStringLiteral("--identity"), identityPath("bob") });
        QVERIFY2(reply.finished && reply.exitCode == 0, reply.describe());
        const std::optional<QJsonObject> replied = jsonLine(reply.out);
        QVERIFY2(replied, reply.describe());
        QCOMPARE(str(*replied, "type"), QStringLiteral("accepted"));
        QVERIFY(isId(str(*replied, "broadcastId")));
        QVERIFY(str(*replied, "broadcastId") != str(*posted, "broadcastId"));
        QCOMPARE(num(*replied, "seq"), 2);
        QCOMPARE(str(*replied, "marker"), marker);
        const QString comment = str(*replied, "comment");
        QVERIFY2(isId(comment) && comment != marker, reply.describe());

        const CliRun resolve = runCli({ QStringLiteral("resolve"), link, marker,
                                        QStringLiteral("--identity"), identityPath("bob") });
        QVERIFY2(resolve.finished && resolve.exitCode == 0, resolve.describe());
        const std::optional<QJsonObject> resolved = jsonLine(resolve.out);
        QVERIFY2(resolved, resolve.describe());
        QCOMPARE(str(*resolved, "type"), QStringLiteral("accepted"));
        QVERIFY(isId(str(*resolved, "broadcastId")));
        QCOMPARE(num(*resolved, "seq"), 3);
        QCOMPARE(str(*resolved, "marker"), marker);

        // What the server stored so far, authored by the right people.
        const std::optional<QJsonObject> room = exportRoom(link);
        QVERIFY(room);
        const QJsonArray conversations = room->value(QStringLiteral("conversations")).toArray();
        QCOMPARE(conversations.size(), 1);
        const QJsonObject conversation = conversations.at(0).toObject();
        QCOMPARE(str(conversation, "id"), marker);
        QCOMPARE(conversation.value(QStringLiteral("resolved")).toBool(), true);
        const QJsonArray comments = conversation.value(QStringLiteral("comments")).toArray();
        QCOMPARE(comments.size(), 2);
        QCOMPARE(str(comments.at(0).toObject(), "text"), QStringLiteral("first words"));
        QCOMPARE(str(comments.at(0).toObject(), "by"),
                 str(readIdentity(identityPath("alice")), "user"));
        QCOMPARE(str(comments.at(1).toObject(), "id"), comment);
        QCOMPARE(str(comments.at(1).toObject(), "text"), QStringLiteral("an answer"));
        QCOMPARE(str(comments.at(1).toObject(), "by"),
                 str(readIdentity(identityPath("bob")), "user"));

        const CliRun remove = runCli({ QStringLiteral("delete"), link, marker,
                                       QStringLiteral("--identity"), identityPath("alice") });
        QVERIFY2(remove.finished && remove.exitCode == 0, remove.describe());
        const std::optional<QJsonObject> deleted = jsonLine(remove.out);
        QVERIFY2(deleted, remove.describe());
        QCOMPARE(str(*deleted, "type"), QStringLiteral("accepted"));
        QVERIFY(isId(str(*deleted, "broadcastId")));
        QCOMPARE(num(*deleted, "seq"), 4);
        QCOMPARE(str(*deleted, "marker"), marker);

        const std::optional<QJsonObject> after = exportRoom(link);
        QVERIFY(after);
        QCOMPARE(num(*after, "seq"), 4);
        QVERIFY(after->value(QStringLiteral("conversations")).toArray().isEmpty());
    }

    void watchPrintsEveryEvent()
    {
        const QString alice = identityPath("alice");
        const QString link = share(alice);
        QVERIFY(!link.isEmpty());
        QVERIFY(startWatch(link));
        QTRY_VERIFY_WITH_TIMEOUT(watchLineIndex(isState("live")) >= 0, 10000);
        QVERIFY(watchLineIndex(isType("welcome")) >= 0);

        const CliRun post = runCli({ QStringLiteral("post"), link, QStringLiteral("--at"),
                                     QStringLiteral("0.5,0.5"), QStringLiteral("watch this"),
                                     QStringLiteral("--identity"), alice });
        QVERIFY2(post.finished && post.exitCode == 0, post.describe());
        const QJsonObject posted = jsonLine(post.out).value_or(QJsonObject());
        const QString marker = str(posted, "marker");
        const CliRun reply =
            runCli({ QStringLiteral("reply"), link, marker, QStringLiteral("seen it"),
                     QStringLiteral("--identity"), alice });
        QVERIFY2(reply.finished && reply.exitCode == 0, reply.describe());
        const QJsonObject replied = jsonLine(reply.out).value_or(QJsonObject());
        const CliRun resolve = runCli(
            { QStringLiteral("resolve"), link, marker, QStringLiteral("--identity"), alice });
        QVERIFY2(resolve.finished && resolve.exitCode == 0, resolve.describe());
        const QJsonObject resolved = jsonLine(resolve.out).value_or(QJsonObject());
        const CliRun remove =
            runCli({ QStringLiteral("delete"), link, marker, QStringLiteral("--identity"), alice });
        QVERIFY2(remove.finished && remove.exitCode == 0, remove.describe());
        const QJsonObject deleted = jsonLine(remove.out).value_or(QJsonObject());

        // Each change shows up once, with the id and seq its author was given.
        struct Expected
        {
            QJsonObject reply;
            QString type;
            QString change;
        };
        const QList<Expected> expected {
            { posted, QStringLiteral("new-image-chat"), QString() },
            { replied, QStringLiteral("image-chat-updated"), QStringLiteral("add-comment") },
            { resolved, QStringLiteral("image-chat-updated"), QStringLiteral("set-resolved") },
            { deleted, QStringLiteral("deleted-image-chat"), QString() },
        };
        qsizetype previous = -1;
        for (const Expected &e : expected) {
            const QString broadcastId = str(e.reply, "broadcastId");
            QVERIFY(isId(broadcastId));
            auto sameId = [broadcastId](const QJsonObject &line) {
                return str(line, "broadcastId") == broadcastId;
            };
            QTRY_VERIFY_WITH_TIMEOUT(watchLineIndex(sameId) >= 0, 10000);
            const qsizetype index = watchLineIndex(sameId);
            const QJsonObject line = m_watchLines.at(index);
            QCOMPARE(str(line, "type"), e.type);
            QCOMPARE(num(line, "seq"), num(e.reply, "seq"));
            QCOMPARE(str(line, "marker"), marker);
            // Put back where the wire leaves it out (the room knew Alice by then).
            if (e.change == QLatin1String("add-comment"))
                QCOMPARE(str(line, "comment"), str(e.reply, "comment"));
            if (e.type == QLatin1String("new-image-chat")
                || e.change == QLatin1String("add-comment"))
                QVERIFY2(line.contains(QStringLiteral("name")), qPrintable(str(line, "type")));
            if (!e.change.isEmpty())
                QCOMPARE(str(line, "change"), e.change);
            QVERIFY2(index > previous, "events are printed in order");
            previous = index;
            QCOMPARE(watchLineCount(sameId), 1);
        }
        QCOMPARE(str(m_watchLines.at(watchLineIndex(isType("new-image-chat"))), "text"),
                 QStringLiteral("watch this"));
        QVERIFY2(m_badWatchLines.isEmpty(), m_badWatchLines.join('\n').constData());
        QCOMPARE(m_watch->state(), QProcess::Running);

        // It runs until told to stop, and then stops cleanly.
        QSignalSpy finished(m_watch.get(), &QProcess::finished);
        m_watch->terminate();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QCOMPARE(m_watch->exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_watch->exitCode(), 0);
    }

    void exportListsAllConversations()
    {
        const QString alice = identityPath("alice");
        const QString bob = identityPath("bob");
        const QString link = share(alice);
        QVERIFY(!link.isEmpty());
        const QString first = post(link, QStringLiteral("0.1,0.2"), QStringLiteral("first"), alice);
        QVERIFY(!first.isEmpty());
        const QString second = post(link, QStringLiteral("0.9,0.8"), QStringLiteral("second"), bob);
        QVERIFY(!second.isEmpty());
        const CliRun reply =
            runCli({ QStringLiteral("reply"), link, first, QStringLiteral("reply to first"),
                     QStringLiteral("--identity"), bob });
        QVERIFY2(reply.finished && reply.exitCode == 0, reply.describe());
        const CliRun resolve = runCli(
            { QStringLiteral("resolve"), link, second, QStringLiteral("--identity"), alice });
        QVERIFY2(resolve.finished && resolve.exitCode == 0, resolve.describe());

        const CliRun run = runCli({ QStringLiteral("export"), link });
        QVERIFY2(run.finished && run.exitCode == 0, run.describe());
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &parseError);
        QVERIFY2(doc.isObject(),
                 qPrintable(parseError.errorString() + QStringLiteral(": ") + run.out));
        const QJsonObject room = doc.object();
        QString error;
        QCOMPARE(str(room, "room"), RoomLink::parse(link, &error)->room);
        QVERIFY(!str(room, "epoch").isEmpty());
        QCOMPARE(num(room, "seq"), 4);
        QCOMPARE(str(room, "owner"), str(readIdentity(alice), "user"));
        const QJsonObject image = room.value(QStringLiteral("image")).toObject();
        QCOMPARE(image.value(QStringLiteral("width")).toInt(), 64);
        QCOMPARE(image.value(QStringLiteral("height")).toInt(), 48);
        QCOMPARE(str(image, "mime"), QStringLiteral("image/png"));
        QCOMPARE(str(image, "name"), QStringLiteral("photo.png"));

        const QJsonArray conversations = room.value(QStringLiteral("conversations")).toArray();
        QCOMPARE(conversations.size(), 2);
        const QJsonObject one = conversations.at(0).toObject();
        const QJsonObject two = conversations.at(1).toObject();
        QCOMPARE(str(one, "id"), first); // in creation order
        QCOMPARE(one.value(QStringLiteral("x")).toDouble(), 0.1);
        QCOMPARE(one.value(QStringLiteral("y")).toDouble(), 0.2);
        QCOMPARE(one.value(QStringLiteral("resolved")).toBool(), false);
        const QJsonArray oneComments = one.value(QStringLiteral("comments")).toArray();
        QCOMPARE(oneComments.size(), 2);
        QCOMPARE(str(oneComments.at(0).toObject(), "text"), QStringLiteral("first"));
        QCOMPARE(str(oneComments.at(1).toObject(), "text"), QStringLiteral("reply to first"));
        QCOMPARE(str(two, "id"), second);
        QCOMPARE(str(two, "by"), str(readIdentity(bob), "user"));
        QCOMPARE(two.value(QStringLiteral("resolved")).toBool(), true);
        const QJsonArray twoComments = two.value(QStringLiteral("comments")).toArray();
        QCOMPARE(twoComments.size(), 1);
        QCOMPARE(str(twoComments.at(0).toObject(), "text"), QStringLiteral("second"));
    }

    void exportFormats()
    {
        // A larger grey image, so the pins have room and stand out.
        const QString imagePath = m_dir->filePath(QStringLiteral("grey.png"));
        QImage grey(400, 300, QImage::Format_RGB32);
        grey.fill(QColor(200, 200, 200));
        QVERIFY(grey.save(imagePath, "PNG"));
        const QString alice = identityPath("alice");
        const QString bob = identityPath("bob");
        const CliRun shared =
            runCli({ QStringLiteral("share"), imagePath, QStringLiteral("--server"),
                     m_server->url(), QStringLiteral("--identity"), alice });
        QVERIFY2(shared.finished && shared.exitCode == 0, shared.describe());
        const QString link = shared.out.trimmed();
        const CliRun posted = runCli({ QStringLiteral("post"), link, QStringLiteral("--at"),
                                       QStringLiteral("0.5,0.75"), QStringLiteral("pin here"),
                                       QStringLiteral("--identity"), alice,
                                       QStringLiteral("--name"), QStringLiteral("Alice Alvarez") });
        QVERIFY2(posted.finished && posted.exitCode == 0, posted.describe());
        const QString marker = str(*jsonLine(posted.out), "marker");
        const CliRun replied =
            runCli({ QStringLiteral("reply"), link, marker, QStringLiteral("seen, thanks"),
                     QStringLiteral("--identity"), bob, QStringLiteral("--name"),
                     QStringLiteral("Bob Brown") });
        QVERIFY2(replied.finished && replied.exitCode == 0, replied.describe());

        // w3c to stdout: one annotation per comment, the reply on the first.
        const CliRun w3c = runCli(
            { QStringLiteral("export"), link, QStringLiteral("--format"), QStringLiteral("w3c") });
        QVERIFY2(w3c.finished && w3c.exitCode == 0, w3c.describe());
        const QJsonObject collection = QJsonDocument::fromJson(w3c.out.toUtf8()).object();
        QCOMPARE(str(collection, "@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
        QCOMPARE(str(collection, "type"), QStringLiteral("AnnotationCollection"));
        const QJsonArray items = collection.value(QStringLiteral("first"))
                                     .toObject()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(items.size(), 2);
        const QJsonObject head = items.at(0).toObject();
        const QJsonObject reply = items.at(1).toObject();
        QCOMPARE(str(head, "motivation"), QStringLiteral("commenting"));
        QCOMPARE(str(head.value(QStringLiteral("creator")).toObject(), "name"),
                 QStringLiteral("Alice Alvarez"));
        QCOMPARE(str(reply, "motivation"), QStringLiteral("replying"));
        QCOMPARE(str(reply, "target"), str(head, "id"));
        const QString svg = str(head.value(QStringLiteral("target"))
                                    .toObject()
                                    .value(QStringLiteral("selector"))
                                    .toObject(),
                                "value");
        const QRegularExpressionMatch circle =
            QRegularExpression(
                QStringLiteral(R"re(viewBox="0 0 (\d+) (\d+)".*cx="([^"]+)" cy="([^"]+)")re"))
                .match(svg);
        QVERIFY2(circle.hasMatch(), qPrintable(svg));
        QCOMPARE(circle.captured(3).toDouble() / circle.captured(1).toDouble(), 0.5);
        QCOMPARE(circle.captured(4).toDouble() / circle.captured(2).toDouble(), 0.75);

        // The same to a file, nothing on stdout.
        const QString w3cPath = m_dir->filePath(QStringLiteral("room.jsonld"));
        const CliRun w3cFile =
            runCli({ QStringLiteral("export"), link, QStringLiteral("--format"),
                     QStringLiteral("w3c"), QStringLiteral("--output"), w3cPath });
        QVERIFY2(w3cFile.finished && w3cFile.exitCode == 0, w3cFile.describe());
        QVERIFY(w3cFile.out.isEmpty());
        QFile written(w3cPath);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(written.readAll()).object(), collection);

        // png: the image with the pin, its tail right above the marker.
        const QString pngPath = m_dir->filePath(QStringLiteral("room.png"));
        const CliRun png = runCli({ QStringLiteral("export"), link, QStringLiteral("--format"),
                                    QStringLiteral("png"), QStringLiteral("--output"), pngPath });
        QVERIFY2(png.finished && png.exitCode == 0, png.describe());
        const QImage pins(pngPath);
        QCOMPARE(pins.size(), QSize(400, 300));
        // In the colour of its creator (Alice), as her avatar.
        const QString aliceUser = str(head.value(QStringLiteral("creator")).toObject(), "id")
                                      .section(QLatin1Char(':'), 3);
        const QColor expected = QColor::fromRgb(Presence::colourFor(aliceUser));
        const QColor tail = pins.pixelColor(200, 225 - 4);
        QVERIFY2(qAbs(tail.red() - expected.red()) < 8 && qAbs(tail.green() - expected.green()) < 8
                     && qAbs(tail.blue() - expected.blue()) < 8,
                 qPrintable(tail.name() + QStringLiteral(" for ") + expected.name()));
        QCOMPARE(pins.pixelColor(10, 10), QColor(200, 200, 200));

        // pdf: the report holds the comments and their authors.
        const QString pdfPath = m_dir->filePath(QStringLiteral("room.pdf"));
        const CliRun pdf = runCli({ QStringLiteral("export"), link, QStringLiteral("--format"),
                                    QStringLiteral("pdf"), QStringLiteral("--output"), pdfPath });
        QVERIFY2(pdf.finished && pdf.exitCode == 0, pdf.describe());
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing (scripts/install-deps.sh)");
        const ProgramRun text = runProgram(
            pdftotext,
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-") });
        QVERIFY2(text.finished && text.exitCode == 0, text.describe());
        for (const char *expected : { "pin here", "seen, thanks", "Alice Alvarez", "Bob Brown" })
            QVERIFY2(text.out.contains(QLatin1String(expected)), qPrintable(text.out));

        // Bad choices are usage errors, and nothing is written.
        const CliRun noOutput = runCli(
            { QStringLiteral("export"), link, QStringLiteral("--format"), QStringLiteral("png") });
        QCOMPARE(noOutput.exitCode, 2);
        QVERIFY2(noOutput.err.contains(QLatin1String("--output")), noOutput.describe());
        const CliRun badFormat = runCli(
            { QStringLiteral("export"), link, QStringLiteral("--format"), QStringLiteral("svg"),
              QStringLiteral("--output"), m_dir->filePath(QStringLiteral("room.svg")) });
        QCOMPARE(badFormat.exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("room.svg"))));
        const CliRun badPath = runCli({ QStringLiteral("export"), link, QStringLiteral("--format"),
                                        QStringLiteral("json"), QStringLiteral("--output"),
                                        m_dir->filePath(QStringLiteral("no/such/dir/room.json")) });
        QCOMPARE(badPath.exitCode, 1);
        QVERIFY2(badPath.err.contains(QLatin1String("room.json")), badPath.describe());
    }

    void malformedLinkIsUsageError_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("link");
        const QStringList links { QStringLiteral("not a link"),
                                  QStringLiteral(
                                      "https://127.0.0.1:47800/AbCdEf123456?key=0123456789abcdef"),
                                  QStringLiteral("imagechat://127.0.0.1:47800/AbCdEf123456") };
        const QStringList names { QStringLiteral("junk"), QStringLiteral("other scheme"),
                                  QStringLiteral("no key") };
        for (const QString &command :
             { QStringLiteral("post"), QStringLiteral("reply"), QStringLiteral("resolve"),
               QStringLiteral("delete"), QStringLiteral("watch"), QStringLiteral("export") }) {
            for (qsizetype i = 0; i < links.size(); ++i) {
                QTest::addRow("%s, %s", qPrintable(command), qPrintable(names.at(i)))
                    << command << links.at(i);
            }
        }
    }

    void malformedLinkIsUsageError()
    {
        QFETCH(QString, command);
        QFETCH(QString, link);
        const QString marker = newId();
        QStringList args { command, link };
        if (command == QLatin1String("post"))
            args << QStringLiteral("--at") << QStringLiteral("0.5,0.5") << QStringLiteral("text");
        else if (command == QLatin1String("reply"))
            args << marker << QStringLiteral("text");
        else if (command == QLatin1String("resolve") || command == QLatin1String("delete"))
            args << marker;
        const CliRun run = runCli(args);
        QVERIFY2(run.finished, run.describe());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("imagechat-cli: ")), run.describe());
        QVERIFY2(run.err.trimmed().size() > QStringLiteral("imagechat-cli: ").size(),
                 run.describe());
        QVERIFY2(run.out.trimmed().isEmpty(), run.describe());
    }

    void unreachableServer()
    {
        const quint16 port = unusedPort();
        QVERIFY(port != 0);
        RoomLink link;
        link.server = { QStringLiteral("127.0.0.1"), port, false, {} };
        link.room = randomToken(9);
        link.key = randomToken(18);

        const CliRun post =
            runCli({ QStringLiteral("post"), link.toString(), QStringLiteral("--at"),
                     QStringLiteral("0.5,0.5"), QStringLiteral("anyone there?") });
        QVERIFY2(post.finished, post.describe());
        QCOMPARE(post.exitCode, 3);
        QVERIFY2(post.err.contains(QString::number(port)), post.describe());

        const CliRun exported = runCli({ QStringLiteral("export"), link.toString() });
        QVERIFY2(exported.finished, exported.describe());
        QCOMPARE(exported.exitCode, 3);
        QVERIFY2(exported.err.contains(QLatin1String("imagechat-cli: ")), exported.describe());

        const CliRun share =
            runCli({ QStringLiteral("share"), m_imagePath, QStringLiteral("--server"),
                     QStringLiteral("ws://127.0.0.1:%1").arg(port) });
        QVERIFY2(share.finished, share.describe());
        QCOMPARE(share.exitCode, 3);
        QVERIFY2(share.err.contains(QLatin1String("imagechat-cli: ")), share.describe());
        QVERIFY(share.out.trimmed().isEmpty());
    }

    void wrongKeyIsRefused()
    {
        const QString link = share(identityPath("alice"));
        QVERIFY(!link.isEmpty());
        QString error;
        RoomLink wrong = *RoomLink::parse(link, &error);
        wrong.key = randomToken(18);
        QVERIFY(wrong.toString() != link);

        const CliRun post =
            runCli({ QStringLiteral("post"), wrong.toString(), QStringLiteral("--at"),
                     QStringLiteral("0.5,0.5"), QStringLiteral("let me in") });
        QVERIFY2(post.finished, post.describe());
        QCOMPARE(post.exitCode, 1);
        QVERIFY2(post.err.contains(QLatin1String("key")), post.describe());
        QVERIFY2(!post.out.contains(QLatin1String("accepted")), post.describe());

        const CliRun exported = runCli({ QStringLiteral("export"), wrong.toString() });
        QVERIFY2(exported.finished, exported.describe());
        QCOMPARE(exported.exitCode, 1);
        QVERIFY2(exported.err.contains(QLatin1String("key")), exported.describe());
        QVERIFY2(!exported.out.contains(QLatin1String("conversations")), exported.describe());

        // Nothing got in.
        const std::optional<QJsonObject> room = exportRoom(link);
        QVERIFY(room);
        QCOMPARE(num(*room, "seq"), 0);

        // A room this server never had is refused the same way.
        RoomLink unknown = *RoomLink::parse(link, &error);
        unknown.room = randomToken(9);
        const CliRun missing = runCli({ QStringLiteral("export"), unknown.toString() });
        QVERIFY2(missing.finished, missing.describe());
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("no such room")), missing.describe());
    }

    void badPosition_data()
    {
        QTest::addColumn<QString>("at");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString offImage = QStringLiteral("between 0 and 1");
        const QString shape = QStringLiteral("--at expects X,Y");
        QTest::newRow("x too large") << QStringLiteral("1.5,0.5") << 1 << offImage;
        QTest::newRow("y negative") << QStringLiteral("0.5,-0.25") << 1 << offImage;
        QTest::newRow("both off") << QStringLiteral("2,2") << 1 << offImage;
        QTest::newRow("one number") << QStringLiteral("0.5") << 2 << shape;
        QTest::newRow("words") << QStringLiteral("left,top") << 2 << shape;
    }

    void badPosition()
    {
        QFETCH(QString, at);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString link = share(identityPath("alice"));
        QVERIFY(!link.isEmpty());
        const QString marker =
            post(link, QStringLiteral("0.5,0.5"), QStringLiteral("here"), identityPath("alice"));
        QVERIFY(!marker.isEmpty());

        const CliRun create = runCli({ QStringLiteral("post"), link, QStringLiteral("--at"), at,
                                       QStringLiteral("off the image"),
                                       QStringLiteral("--identity"), identityPath("alice") });
        QVERIFY2(create.finished, create.describe());
        QCOMPARE(create.exitCode, exitCode);
        QVERIFY2(create.err.contains(message), create.describe());
        QVERIFY2(!create.out.contains(QLatin1String("accepted")), create.describe());

        const CliRun move = runCli({ QStringLiteral("move"), link, marker, QStringLiteral("--at"),
                                     at, QStringLiteral("--identity"), identityPath("alice") });
        QVERIFY2(move.finished, move.describe());
        QCOMPARE(move.exitCode, exitCode);
        QVERIFY2(move.err.contains(message), move.describe());

        // Nothing was sent.
        const std::optional<QJsonObject> room = exportRoom(link);
        QVERIFY(room);
        QCOMPARE(num(*room, "seq"), 1);
        const QJsonArray conversations = room->value(QStringLiteral("conversations")).toArray();
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(conversations.at(0).toObject().value(QStringLiteral("x")).toDouble(), 0.5);
    }

    void deletingOthersMarkerIsRefused()
    {
        const QString alice = identityPath("alice"); // owner
        const QString bob = identityPath("bob"); // creator
        const QString carol = identityPath("carol"); // neither
        const QString link = share(alice);
        QVERIFY(!link.isEmpty());
        const QString marker = post(link, QStringLiteral("0.3,0.3"), QStringLiteral("bob's"), bob);
        QVERIFY(!marker.isEmpty());

        const CliRun refused =
            runCli({ QStringLiteral("delete"), link, marker, QStringLiteral("--identity"), carol });
        QVERIFY2(refused.finished, refused.describe());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("creator")), refused.describe());
        QVERIFY2(!refused.out.contains(QLatin1String("\"accepted\"")), refused.describe());
        std::optional<QJsonObject> room = exportRoom(link);
        QVERIFY(room);
        QCOMPARE(room->value(QStringLiteral("conversations")).toArray().size(), 1);

        // The room's owner may.
        const CliRun allowed =
            runCli({ QStringLiteral("delete"), link, marker, QStringLiteral("--identity"), alice });
        QVERIFY2(allowed.finished && allowed.exitCode == 0, allowed.describe());
        room = exportRoom(link);
        QVERIFY(room);
        QVERIFY(room->value(QStringLiteral("conversations")).toArray().isEmpty());
    }

    void watchReconnectsAfterRestart()
    {
        const QString alice = identityPath("alice");
        const QString link = share(alice);
        QVERIFY(!link.isEmpty());
        QVERIFY(startWatch(link));
        QTRY_VERIFY_WITH_TIMEOUT(watchLineIndex(isState("live")) >= 0, 10000);
        const QString before =
            post(link, QStringLiteral("0.2,0.2"), QStringLiteral("before"), alice);
        QVERIFY(!before.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(watchLineIndex(isType("new-image-chat")) >= 0, 10000);

        // Crash and come back on the same port with the same data.
        const quint16 port = m_server->port();
        m_server->kill();
        QTRY_VERIFY_WITH_TIMEOUT(watchLineIndex(isState("reconnecting")) >= 0, 10000);
        const qsizetype lost = watchLineIndex(isState("reconnecting"));
        QVERIFY(m_watchLines.at(lost).value(QStringLiteral("retryInMs")).toInteger(-1) >= 0);
        QVERIFY(startServer(QStringLiteral("127.0.0.1:%1").arg(port)));
        QTRY_VERIFY_WITH_TIMEOUT(watchLineIndex(isState("live"), lost) > lost, 20000);
        const qsizetype back = watchLineIndex(isState("live"), lost);
        const qsizetype welcome = watchLineIndex(isType("welcome"), lost);
        QVERIFY(welcome > lost && welcome < back);
        QCOMPARE(num(m_watchLines.at(welcome), "seq"), 1);
        QCOMPARE(m_watch->state(), QProcess::Running);

        // And it goes on printing.
        const CliRun after = runCli({ QStringLiteral("post"), link, QStringLiteral("--at"),
                                      QStringLiteral("0.8,0.8"), QStringLiteral("after"),
                                      QStringLiteral("--identity"), alice });
        QVERIFY2(after.finished && after.exitCode == 0, after.describe());
        const QString broadcastId = str(jsonLine(after.out).value_or(QJsonObject()), "broadcastId");
        QVERIFY(!broadcastId.isEmpty());
        auto sameId = [broadcastId](const QJsonObject &line) {
            return str(line, "broadcastId") == broadcastId;
        };
        QTRY_VERIFY_WITH_TIMEOUT(watchLineIndex(sameId, back) > back, 10000);
        const QJsonObject event = m_watchLines.at(watchLineIndex(sameId, back));
        QCOMPARE(str(event, "type"), QStringLiteral("new-image-chat"));
        QCOMPARE(num(event, "seq"), 2);
        QCOMPARE(str(event, "text"), QStringLiteral("after"));
        QVERIFY2(m_badWatchLines.isEmpty(), m_badWatchLines.join('\n').constData());
    }

private:
    using LineMatch = std::function<bool(const QJsonObject &)>;

    static LineMatch isType(const char *type)
    {
        const QString expected = QLatin1String(type);
        return [expected](const QJsonObject &line) { return str(line, "type") == expected; };
    }

    static LineMatch isState(const char *state)
    {
        const QString expected = QLatin1String(state);
        return [expected](const QJsonObject &line) {
            return str(line, "type") == QLatin1String("state") && str(line, "state") == expected;
        };
    }

    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    QString identityPath(const char *who) const
    {
        return m_dir->filePath(QLatin1String(who) + QStringLiteral(".identity"));
    }

    bool startServer(const QString &listen)
    {
        m_server = std::make_unique<ServerProcess>();
        if (m_server->start(listen, dataDir()))
            return true;
        qWarning("imagechat-server did not start: %s", m_server->diagnostics().constData());
        return false;
    }

    static QJsonObject readIdentity(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    // Shares the test image; the link, or empty on failure.
    QString share(const QString &identity)
    {
        const CliRun run =
            runCli({ QStringLiteral("share"), m_imagePath, QStringLiteral("--server"),
                     m_server->url(), QStringLiteral("--identity"), identity });
        if (!run.finished || run.exitCode != 0) {
            qWarning("share failed: %s", run.describe().constData());
            return {};
        }
        return run.out.trimmed();
    }

    // Posts a marker; its id, or empty on failure.
    QString post(const QString &link, const QString &at, const QString &text,
                 const QString &identity)
    {
        const CliRun run = runCli({ QStringLiteral("post"), link, QStringLiteral("--at"), at, text,
                                    QStringLiteral("--identity"), identity });
        const std::optional<QJsonObject> reply = jsonLine(run.out);
        if (!run.finished || run.exitCode != 0 || !reply) {
            qWarning("post failed: %s", run.describe().constData());
            return {};
        }
        return str(*reply, "marker");
    }

    std::optional<QJsonObject> exportRoom(const QString &link)
    {
        const CliRun run = runCli({ QStringLiteral("export"), link });
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
        if (!run.finished || run.exitCode != 0 || !doc.isObject()) {
            qWarning("export failed: %s", run.describe().constData());
            return std::nullopt;
        }
        return doc.object();
    }

    bool startWatch(const QString &link)
    {
        m_watch = std::make_unique<QProcess>();
        m_watch->setProcessEnvironment(cliEnvironment());
        m_watch->start(cliBinary(),
                       { QStringLiteral("watch"), link, QStringLiteral("--identity"),
                         identityPath("watcher") });
        return QTest::qWaitFor([this] { return m_watch->state() != QProcess::Starting; }, 10000)
            && m_watch->state() == QProcess::Running;
    }

    // Collects the complete lines `watch` printed so far.
    void readWatch()
    {
        if (!m_watch)
            return;
        m_watchBuffer += m_watch->readAllStandardOutput();
        qsizetype end;
        while ((end = m_watchBuffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_watchBuffer.left(end).trimmed();
            m_watchBuffer.remove(0, end + 1);
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (doc.isObject())
                m_watchLines.append(doc.object());
            else
                m_badWatchLines.append(line);
        }
    }

    // Index of the first line after `after` that matches, or -1.
    qsizetype watchLineIndex(const LineMatch &match, qsizetype after = -1)
    {
        readWatch();
        for (qsizetype i = after + 1; i < m_watchLines.size(); ++i) {
            if (match(m_watchLines.at(i)))
                return i;
        }
        return -1;
    }

    int watchLineCount(const LineMatch &match)
    {
        readWatch();
        return int(std::count_if(m_watchLines.cbegin(), m_watchLines.cend(), match));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_imagePath;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<QProcess> m_watch;
    QByteArray m_watchBuffer;
    QList<QJsonObject> m_watchLines;
    QByteArrayList m_badWatchLines;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
