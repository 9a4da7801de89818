// imagechat-server: relays and stores ImageChat rooms.
#include "operatorcommands.h"
#include "servernode.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

using namespace ImageChat;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("imagechat-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    if (isOperatorCommand(app.arguments()))
        return runOperatorCommand(app.arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Relays and stores ImageChat rooms: markers and conversations on shared images.\n"
        "Operators: imagechat-server tenant --help, imagechat-server usage --help."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Address and port to listen on "
                                                         "(default 127.0.0.1:47800; port 0 picks "
                                                         "a free one)."),
                                          QStringLiteral("HOST:PORT"),
                                          QStringLiteral("127.0.0.1:47800"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Folder for the database (created if "
                                                       "missing)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption durableOption(QStringLiteral("durable"),
                                           QStringLiteral("Flush every event to disk before "
                                                          "acknowledging it (survives power "
                                                          "cuts; slower)."));
    const QCommandLineOption maxMarkersOption(QStringLiteral("max-markers"),
                                              QStringLiteral("Most markers one room may hold."),
                                              QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption heartbeatOption(QStringLiteral("heartbeat"),
                                             QStringLiteral("Seconds between pings to quiet "
                                                            "clients."),
                                             QStringLiteral("SECONDS"), QStringLiteral("20"));
    const QCommandLineOption batchWindowOption(
        QStringLiteral("batch-window"),
        QStringLiteral("Broadcasts of a room go out at most once per this many milliseconds; "
                       "what comes in between goes out as one batch (0: never batch)."),
        QStringLiteral("MS"), QString::number(ServerOptions().batchWindowMs));
    const QCommandLineOption maxBacklogOption(
        QStringLiteral("max-backlog"),
        QStringLiteral("Disconnect a client once this many KiB wait to be sent to it (it "
                       "catches up when it reconnects)."),
        QStringLiteral("KIB"), QString::number(ServerOptions().maxSendBacklogBytes / 1024));
    const QCommandLineOption tlsCertOption(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve wss:// with this PEM certificate (its chain may follow it)."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"),
                                          QStringLiteral("The PEM private key of --tls-cert."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        QStringLiteral("Keep rooms in this PostgreSQL database, shared by several nodes "
                       "(default: SQLite in --data)."),
        QStringLiteral("postgresql://USER@HOST:PORT/DB"));
    const QCommandLineOption busOption(
        QStringLiteral("bus"),
        QStringLiteral("Carry events to the other nodes of a cluster over this Redis server "
                       "(with --store; default: one process)."),
        QStringLiteral("redis://HOST:PORT"));
    const ServerOptions defaults;
    const QCommandLineOption requestRateOption(
        QStringLiteral("max-requests-per-second"),
        QStringLiteral("Requests one connection may send a second on average; past it they are "
                       "refused with rate-limited (0: no limit)."),
        QStringLiteral("N"), QString::number(defaults.requestsPerSecond));
    const QCommandLineOption requestBurstOption(
        QStringLiteral("request-burst"),
        QStringLiteral("Requests one connection may send at once, within its rate."),
        QStringLiteral("N"), QString::number(defaults.requestBurst));
    const QCommandLineOption connectionsPerAddressOption(
        QStringLiteral("max-connections-per-address"),
        QStringLiteral("Open connections from one address (loopback is exempt; behind a proxy "
                       "every client has the proxy's address: limit there, 0 here)."),
        QStringLiteral("N"), QString::number(defaults.maxConnectionsPerAddress));
    const QCommandLineOption uploadsPerAddressOption(
        QStringLiteral("max-uploads-per-address"),
        QStringLiteral("Images being uploaded at once from one address (0: no limit)."),
        QStringLiteral("N"), QString::number(defaults.maxUploadsPerAddress));
    const QCommandLineOption helloTimeoutOption(
        QStringLiteral("hello-timeout"),
        QStringLiteral("Seconds a new connection has to say hello before it is dropped."),
        QStringLiteral("SECONDS"), QString::number(defaults.helloTimeoutMs / 1000));
    const QCommandLineOption metricsOption(
        QStringLiteral("metrics-listen"),
        QStringLiteral("Serve GET /metrics (Prometheus) and /healthz on this address, e.g. "
                       "127.0.0.1:9464 (default: off). Keep it off the Internet."),
        QStringLiteral("HOST:PORT"));
    parser.addOptions({ metricsOption, listenOption, dataOption, durableOption, maxMarkersOption,
                        heartbeatOption, batchWindowOption, maxBacklogOption, tlsCertOption,
                        tlsKeyOption, storeOption, busOption, requestRateOption, requestBurstOption,
                        connectionsPerAddressOption, uploadsPerAddressOption, helloTimeoutOption });
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.isSet(dataOption) && !parser.isSet(storeOption)) {
        err << "imagechat-server: --data DIR is required (where rooms are stored), unless "
               "--store names a database.\n";
        return 2;
    }

    NodeConfig config;
    ServerOptions &options = config.server;
    QString error;
    if (!parseListenAddress(parser.value(listenOption), &options.address, &options.port, &error)) {
        err << "imagechat-server: --listen " << error << ".\n";
        return 2;
    }
    bool ok = false;
    options.limits.maxMarkers = parser.value(maxMarkersOption).toInt(&ok);
    if (!ok || options.limits.maxMarkers < 1) {
        err << "imagechat-server: --max-markers expects a positive number.\n";
        return 2;
    }
    options.heartbeatMs = parser.value(heartbeatOption).toInt(&ok) * 1000;
    if (!ok || options.heartbeatMs < 1000) {
        err << "imagechat-server: --heartbeat expects a number of seconds (at least 1).\n";
        return 2;
    }

    options.batchWindowMs = parser.value(batchWindowOption).toInt(&ok);
    if (!ok || options.batchWindowMs < 0 || options.batchWindowMs > 1000) {
        err << "imagechat-server: --batch-window expects milliseconds from 0 to 1000.\n";
        return 2;
    }
    options.maxSendBacklogBytes = parser.value(maxBacklogOption).toLongLong(&ok) * 1024;
    if (!ok || options.maxSendBacklogBytes < 64 * 1024) {
        err << "imagechat-server: --max-backlog expects KiB, at least 64.\n";
        return 2;
    }

    // A whole number from min to max, or a clear line and exit status 2.
    const auto number = [&](const QCommandLineOption &option, int min, int max, int *value) {
        bool valid = false;
        *value = parser.value(option).toInt(&valid);
        if (valid && *value >= min && *value <= max)
            return true;
        err << "imagechat-server: --" << option.names().constFirst() << " expects a number from "
            << min << " to " << max << ".\n";
        return false;
    };
    int helloTimeoutSeconds = 0;
    if (!number(requestRateOption, 0, 1000000, &options.requestsPerSecond)
        || !number(requestBurstOption, 1, 1000000, &options.requestBurst)
        || !number(connectionsPerAddressOption, 0, 1000000, &options.maxConnectionsPerAddress)
        || !number(uploadsPerAddressOption, 0, 10000, &options.maxUploadsPerAddress)
        || !number(helloTimeoutOption, 1, 3600, &helloTimeoutSeconds))
        return 2;
    options.helloTimeoutMs = helloTimeoutSeconds * 1000;

    if (parser.isSet(tlsCertOption) != parser.isSet(tlsKeyOption)) {
        err << "imagechat-server: --tls-cert and --tls-key go together.\n";
        return 2;
    }
    if (parser.isSet(tlsCertOption)) {
        config.tls = NodeConfig::Tls::Files;
        config.tlsCertificateFile = parser.value(tlsCertOption);
        config.tlsKeyFile = parser.value(tlsKeyOption);
    }
    if (parser.isSet(metricsOption)) {
        quint16 metricsPort = 0;
        if (!parseListenAddress(parser.value(metricsOption), &config.metricsAddress, &metricsPort,
                                &error)) {
            err << "imagechat-server: --metrics-listen " << error << ".\n";
            return 2;
        }
        config.metricsPort = metricsPort;
    }
    config.dataDir = parser.value(dataOption);
    config.durable = parser.isSet(durableOption);
    config.store = parser.value(storeOption);
    config.bus = parser.value(busOption);
    if (!config.bus.isEmpty() && config.store.isEmpty()) {
        // Nodes that share events must share the rooms they belong to.
        err << "imagechat-server: --bus needs --store: the nodes of a cluster share one "
               "database.\n";
        return 2;
    }

    ServerNode node(config);
    if (!node.start(&error)) {
        err << "imagechat-server: " << error << "\n";
        return 1;
    }
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::quitRequested, &app, &QCoreApplication::quit);

    out << "imagechat-server listening on " << node.server()->url().toString() << Qt::endl;
    if (node.metricsPort() > 0) {
        out << "metrics on http://" << parser.value(metricsOption).section(QLatin1Char(':'), 0, -2)
            << ':' << node.metricsPort() << "/metrics" << Qt::endl;
    }
    const int code = app.exec();
    node.stop();
    return code;
}
