// imagechat-cli: share images, post and watch conversations from scripts.
#include "chatserver.h"
#include "clirunner.h"
#include "ids.h"
#include "roomexport.h"
#include "signalwatcher.h"
#include "tlstrust.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>

#include <memory>

using namespace ImageChat;

namespace {

const char *const kCommands = R"(Commands:
  share IMAGE --server URL             upload IMAGE, create a room, print its link
        [--tenant-token TOKEN]         in the tenant of TOKEN (or $IMAGECHAT_TENANT_TOKEN)
  post LINK --at X,Y TEXT              new marker at X,Y (0..1 of the image) with TEXT
  reply LINK MARKER TEXT               add a comment to a marker's conversation
  edit LINK MARKER COMMENT TEXT        change your own comment
  delete-comment LINK MARKER COMMENT   delete your own comment
  move LINK MARKER --at X,Y            move a marker
  resolve LINK MARKER                  mark a conversation resolved
  reopen LINK MARKER                   reopen a resolved conversation
  delete LINK MARKER                   delete a marker (its creator or the room owner)
  watch LINK                           print every event as a JSON line until Ctrl+C
  export LINK [--format F] [--output FILE]
                                       the room as json (default), w3c (Web
                                       Annotation JSON-LD), png (the image with
                                       numbered pins) or pdf (a report); json
                                       and w3c go to stdout without --output
  fetch-image LINK FILE                download the room's image (checksum verified)
  host [IMAGE]                         host a room on an embedded server and watch it

Exit codes: 0 done, 1 refused by the server or invalid input, 2 bad arguments or
link, 3 server unreachable.)";

bool parsePoint(const QString &text, double *x, double *y)
{
    const QStringList parts = text.split(QLatin1Char(','));
    bool okX = false;
    bool okY = false;
    if (parts.size() == 2) {
        *x = parts[0].trimmed().toDouble(&okX);
        *y = parts[1].trimmed().toDouble(&okY);
    }
    return okX && okY;
}

// Whether the command line asks for an export that draws (png, pdf). Read
// before the application exists, because drawing text needs a
// QGuiApplication and every other command should not pay for one.
bool wantsDrawnExport(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--format") && i + 1 < argc)
            arg = QString::fromLocal8Bit(argv[i + 1]);
        else if (arg.startsWith(QLatin1String("--format=")))
            arg = arg.mid(9);
        else
            continue;
        const std::optional<ExportFormat> format = parseExportFormat(arg);
        return format && exportNeedsImage(*format);
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> application;
    if (wantsDrawnExport(argc, argv)) {
        // Files only, never a window: no display is needed.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("imagechat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ImageChat command-line client.\n\n")
                                     + QLatin1String(kCommands));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral("Server for share: ws://HOST:PORT or wss://HOST:PORT."),
        QStringLiteral("URL"));
    const QCommandLineOption tenantTokenOption(
        QStringLiteral("tenant-token"),
        QStringLiteral("For share: create the room in the tenant of this token, from the "
                       "server's operator (default: $IMAGECHAT_TENANT_TOKEN)."),
        QStringLiteral("TOKEN"));
    const QCommandLineOption atOption(QStringLiteral("at"),
                                      QStringLiteral("Marker position X,Y in 0..1."),
                                      QStringLiteral("X,Y"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), QStringLiteral("Your display name."), QStringLiteral("NAME"),
        qEnvironmentVariable("USER", QStringLiteral("cli")));
    const QCommandLineOption identityOption(
        QStringLiteral("identity"),
        QStringLiteral("File that keeps your identity between runs (created if missing; "
                       "default $IMAGECHAT_IDENTITY)."),
        QStringLiteral("FILE"), qEnvironmentVariable("IMAGECHAT_IDENTITY"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           QStringLiteral("Seconds to wait for the server."),
                                           QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"), QStringLiteral("host: address to serve on."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:47800"));
    const QCommandLineOption dataOption(
        QStringLiteral("data"), QStringLiteral("host: folder for the room database."),
        QStringLiteral("DIR"),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/host"));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        QStringLiteral("Also trust the certificate authorities in this PEM file for wss:// "
                       "servers (a private CA)."),
        QStringLiteral("FILE"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), QStringLiteral("export: json, w3c, png or pdf (default json)."),
        QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"),
        QStringLiteral("export: write to FILE (needed for png and pdf; json and w3c go to "
                       "stdout without it)."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QStringLiteral("export: language of the pdf report (bg, el, de, tr, pt_BR; default "
                       "the system's)."),
        QStringLiteral("LANG"));
    parser.addOptions({ serverOption, tenantTokenOption, atOption, nameOption, identityOption,
                        timeoutOption, listenOption, dataOption, caFileOption, formatOption,
                        outputOption, langOption });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("See the list above."));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    auto usage = [&](const QString &message) {
        err << "imagechat-cli: " << message << "\n"
            << "Try imagechat-cli --help." << Qt::endl;
        return Exit::Usage;
    };
    auto expectArgs = [&](int count, const char *shape) {
        if (args.size() == count)
            return true;
        usage(QStringLiteral("usage: imagechat-cli %1").arg(QLatin1String(shape)));
        return false;
    };
    if (command.isEmpty())
        return usage(QStringLiteral("no command given."));

    CliRunner runner(out, err);
    int code = Exit::Ok;
    bool finished = false;
    QObject::connect(&runner, &CliRunner::finished, &app, [&](int c) {
        code = c;
        finished = true;
        app.exit(c);
    });
    runner.setDisplayName(parser.value(nameOption));
    bool timeoutOk = false;
    const int timeout = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!timeoutOk || timeout <= 0)
        return usage(QStringLiteral("--timeout expects a positive number of seconds."));
    runner.setTimeout(timeout * 1000);
    if (!runner.loadIdentity(parser.value(identityOption)))
        return Exit::Usage;
    if (parser.isSet(caFileOption)) {
        QString error;
        const std::optional<QList<QSslCertificate>> authorities =
            readCertificates(parser.value(caFileOption), &error);
        if (!authorities)
            return usage(QStringLiteral("--ca-file: ") + error);
        runner.setTrustedAuthorities(*authorities);
    }

    std::optional<RoomLink> link;
    if (command != QLatin1String("share") && command != QLatin1String("host")) {
        QString error;
        link = RoomLink::parse(args.value(1), &error);
        if (!link)
            return usage(args.size() < 2 ? QStringLiteral("%1 needs a room link.").arg(command)
                                         : error);
    }
    auto markerArg = [&](int index, QString *id) {
        *id = args.value(index);
        if (isIdOrLegacyUuid(*id))
            return true;
        usage(QStringLiteral("\"%1\" is not a marker or comment id (16 characters of A-Z a-z 0-9 "
                             "- _, or a UUID for older ones).")
                  .arg(*id));
        return false;
    };
    auto pointArg = [&](double *x, double *y) {
        if (parsePoint(parser.value(atOption), x, y))
            return true;
        usage(QStringLiteral("--at expects X,Y, for example --at 0.25,0.6."));
        return false;
    };

    std::optional<Operation> op;
    QString marker;
    QString comment;
    double x = 0;
    double y = 0;
    if (command == QLatin1String("share")) {
        if (!expectArgs(2, "share IMAGE --server URL"))
            return Exit::Usage;
        QString error;
        const std::optional<ServerAddress> server =
            ServerAddress::parse(parser.value(serverOption), &error);
        if (!server)
            return usage(parser.isSet(serverOption) ? error
                                                    : QStringLiteral("share needs --server URL."));
        // From the environment unless given: a token in a command line
        // shows up in other users' process lists.
        const QString tenantToken = parser.isSet(tenantTokenOption)
            ? parser.value(tenantTokenOption)
            : qEnvironmentVariable("IMAGECHAT_TENANT_TOKEN");
        runner.share(args[1], *server, tenantToken);
    } else if (command == QLatin1String("post")) {
        if (!expectArgs(3, "post LINK --at X,Y TEXT") || !pointArg(&x, &y))
            return Exit::Usage;
        op = Operation::createMarker(x, y, args[2]);
    } else if (command == QLatin1String("reply")) {
        if (!expectArgs(4, "reply LINK MARKER TEXT") || !markerArg(2, &marker))
            return Exit::Usage;
        op = Operation::addComment(marker, args[3]);
    } else if (command == QLatin1String("edit")) {
        if (!expectArgs(5, "edit LINK MARKER COMMENT TEXT") || !markerArg(2, &marker)
            || !markerArg(3, &comment))
            return Exit::Usage;
        op = Operation::editComment(marker, comment, args[4]);
    } else if (command == QLatin1String("delete-comment")) {
        if (!expectArgs(4, "delete-comment LINK MARKER COMMENT") || !markerArg(2, &marker)
            || !markerArg(3, &comment))
            return Exit::Usage;
        op = Operation::deleteComment(marker, comment);
    } else if (command == QLatin1String("move")) {
        if (!expectArgs(3, "move LINK MARKER --at X,Y") || !markerArg(2, &marker)
            || !pointArg(&x, &y))
            return Exit::Usage;
        op = Operation::moveMarker(marker, x, y);
    } else if (command == QLatin1String("resolve") || command == QLatin1String("reopen")) {
        if (!expectArgs(3, "resolve|reopen LINK MARKER") || !markerArg(2, &marker))
            return Exit::Usage;
        op = Operation::setResolved(marker, command == QLatin1String("resolve"));
    } else if (command == QLatin1String("delete")) {
        if (!expectArgs(3, "delete LINK MARKER") || !markerArg(2, &marker))
            return Exit::Usage;
        op = Operation::deleteMarker(marker);
    } else if (command == QLatin1String("watch")) {
        if (!expectArgs(2, "watch LINK"))
            return Exit::Usage;
        runner.watch(*link);
    } else if (command == QLatin1String("export")) {
        if (!expectArgs(2, "export LINK [--format json|w3c|png|pdf] [--output FILE]"))
            return Exit::Usage;
        const std::optional<ExportFormat> format = parseExportFormat(parser.value(formatOption));
        if (!format)
            return usage(QStringLiteral("--format expects json, w3c, png or pdf."));
        const QString output = parser.value(outputOption);
        if (exportNeedsImage(*format) && output.isEmpty())
            return usage(
                QStringLiteral("--format %1 needs --output FILE.").arg(exportFormatName(*format)));
        installTranslations(&app,
                            chooseLanguage(parser.value(langOption), QLocale().uiLanguages()));
        runner.exportRoom(*link, *format, output);
    } else if (command == QLatin1String("fetch-image")) {
        if (!expectArgs(3, "fetch-image LINK FILE"))
            return Exit::Usage;
        runner.fetchImage(*link, args[2]);
    } else if (command == QLatin1String("host")) {
        if (args.size() > 2)
            return usage(QStringLiteral(
                "usage: imagechat-cli host [IMAGE] [--listen HOST:PORT] [--data DIR]"));
        QHostAddress address;
        quint16 port = 0;
        QString error;
        if (!parseListenAddress(parser.value(listenOption), &address, &port, &error))
            return usage(QStringLiteral("--listen ") + error);
        const QString image = args.value(1, QStringLiteral(":/imagechat/sample.png"));
        runner.host(address, port, parser.value(dataOption), image);
    } else {
        return usage(QStringLiteral("unknown command \"%1\".").arg(command));
    }

    if (op) {
        if (const OpError invalid = op->validate()) {
            err << "imagechat-cli: " << invalid.message << Qt::endl;
            return Exit::Refused;
        }
        runner.apply(*link, *op);
    }

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::quitRequested, &app,
                     [&] { app.exit(Exit::Ok); });
    // Errors found before the event loop (unreadable file...) finish at once.
    return finished ? code : app.exec();
}
