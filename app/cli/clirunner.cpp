#include "clirunner.h"

#include "embeddedserver.h"
#include "identityfile.h"
#include "imagetransfer.h"
#include "servernode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace ImageChat {

namespace {

QString stateName(SyncService::State state)
{
    switch (state) {
    case SyncService::State::Disconnected:
        return QStringLiteral("disconnected");
    case SyncService::State::Connecting:
        return QStringLiteral("connecting");
    case SyncService::State::Resyncing:
        return QStringLiteral("resyncing");
    case SyncService::State::Live:
        return QStringLiteral("live");
    case SyncService::State::WaitingToRetry:
        return QStringLiteral("reconnecting");
    case SyncService::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace

CliRunner::CliRunner(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(30000);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(Exit::Unreachable, QStringLiteral("timed out waiting for the server"));
    });
}

CliRunner::~CliRunner() = default;

void CliRunner::printJson(const QJsonObject &json)
{
    m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
}

void CliRunner::fail(int code, const QString &message)
{
    m_err << "imagechat-cli: " << message << Qt::endl;
    done(code);
}

void CliRunner::done(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    if (m_sync)
        m_sync->stop();
    emit finished(code);
}

bool CliRunner::loadIdentity(const QString &path)
{
    m_identityPath = path;
    if (path.isEmpty())
        return true;
    QString error;
    const std::optional<Protocol::Identity> loaded = IdentityFile::read(path, &error);
    if (!loaded) {
        m_err << "imagechat-cli: " << error << Qt::endl;
        return false;
    }
    m_identity = *loaded;
    return true;
}

void CliRunner::saveIdentity(const Protocol::Identity &identity)
{
    m_identity = identity;
    QString error;
    if (!m_identityPath.isEmpty() && !IdentityFile::write(m_identityPath, identity, &error))
        m_err << "imagechat-cli: " << error << Qt::endl;
}

void CliRunner::share(const QString &imagePath, const ServerAddress &server,
                      const QString &tenantToken)
{
    QFile file(imagePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Exit::Usage,
                    QStringLiteral("cannot read %1: %2").arg(imagePath, file.errorString()));
    auto *upload = new ImageUpload(server, file.readAll(), QFileInfo(imagePath).fileName(), this);
    upload->setIdentity(m_identity);
    upload->setTenantToken(tenantToken);
    upload->setTrustedAuthorities(m_authorities);
    upload->setDisplayName(m_name);
    connect(upload, &ImageTransfer::identityIssued, this, &CliRunner::saveIdentity);
    connect(upload, &ImageTransfer::progress, this, [this](qint64 done, qint64 total) {
        m_err << "uploading: " << (total ? done * 100 / total : 100) << "%\r" << Qt::flush;
    });
    connect(upload, &ImageUpload::finished, this,
            [this](const RoomLink &link, const Protocol::ImageMeta &) {
                m_out << link.toString() << Qt::endl;
                done(Exit::Ok);
            });
    connect(upload, &ImageTransfer::failed, this, [this](const OpError &error) {
        fail(error.code == ErrorCode::ConnectionLost ? Exit::Unreachable : Exit::Refused,
             error.message);
    });
    upload->start();
}

void CliRunner::openRoom(const RoomLink &link, bool keepRetrying, std::function<void()> onLive)
{
    m_model = std::make_unique<RoomModel>();
    m_sync = std::make_unique<SyncService>(m_model.get(), link);
    m_sync->setIdentity(m_identity);
    m_sync->setTrustedAuthorities(m_authorities);
    m_sync->setDisplayName(m_name);
    connect(m_sync.get(), &SyncService::identityIssued, this, &CliRunner::saveIdentity);
    auto live = std::make_shared<bool>(false);
    connect(m_sync.get(), &SyncService::stateChanged, this,
            [this, keepRetrying, live, onLive](SyncService::State state) {
                if (state == SyncService::State::Failed)
                    return fail(Exit::Refused, m_sync->lastError().message);
                if (state == SyncService::State::WaitingToRetry && !keepRetrying)
                    return fail(Exit::Unreachable,
                                QStringLiteral("cannot reach the server at %1")
                                    .arg(m_sync->link().server.webSocketUrl().toString()));
                if (state == SyncService::State::Live && !*live) {
                    *live = true;
                    onLive();
                }
            });
    m_sync->start();
}

void CliRunner::apply(const RoomLink &link, const Operation &op)
{
    m_timeout.start();
    openRoom(link, false, [this, op] {
        connect(m_sync.get(), &SyncService::messageReceived, this,
                [this, op](const QJsonObject &msg) {
                    if (msg.value(QStringLiteral("broadcastId")).toString() != op.broadcastId
                        || msg.value(QStringLiteral("type")).toString() != Protocol::Type::Accepted)
                        return;
                    QJsonObject reply = msg;
                    reply.insert(QStringLiteral("marker"), op.marker);
                    if (!op.comment.isEmpty())
                        reply.insert(QStringLiteral("comment"), op.comment);
                    printJson(reply);
                    done(Exit::Ok);
                });
        connect(m_sync.get(), &SyncService::operationFailed, this,
                [this](const Operation &, const OpError &error) {
                    printJson(Protocol::rejected({}, error));
                    fail(Exit::Refused, error.message);
                });
        const SyncService::Submission result = m_sync->submit(op);
        if (!result.sent)
            fail(Exit::Refused, result.error.message);
    });
}

QJsonObject CliRunner::wholeEvent(const QJsonObject &broadcast) const
{
    // Scripts get every event whole: the ids that equal the broadcastId and
    // the name the room knows, which the wire leaves out, are put back. The
    // copy is still as it was before the event (it arrives unapplied).
    OpError error;
    std::optional<Event> event = Event::fromJson(broadcast, &error);
    if (!event || m_model->confirmedState().fillName(&*event))
        return broadcast;
    QJsonObject line = broadcast;
    line.insert(QStringLiteral("marker"), event->op.marker);
    if (!event->op.comment.isEmpty())
        line.insert(QStringLiteral("comment"), event->op.comment);
    if (event->op.makesComment())
        line.insert(QStringLiteral("name"), event->authorName);
    return line;
}

void CliRunner::watch(const RoomLink &link)
{
    openRoom(link, true, [] {});
    connect(m_sync.get(), &SyncService::messageReceived, this, [this](const QJsonObject &msg) {
        const QString type = msg.value(QStringLiteral("type")).toString();
        if (Protocol::isBroadcastType(type))
            return printJson(wholeEvent(msg));
        if (type != Protocol::Type::Welcome)
            return printJson(msg);
        // A welcome can hold a whole room; summarise it.
        QJsonObject summary { { QStringLiteral("type"), Protocol::Type::Welcome },
                              { QStringLiteral("room"), msg.value(QStringLiteral("room")) },
                              { QStringLiteral("epoch"), msg.value(QStringLiteral("epoch")) },
                              { QStringLiteral("seq"), msg.value(QStringLiteral("seq")) } };
        if (msg.contains(QStringLiteral("snapshot")))
            summary.insert(QStringLiteral("snapshot"),
                           msg.value(QStringLiteral("snapshot")).toArray().size());
        else
            summary.insert(QStringLiteral("missed"),
                           msg.value(QStringLiteral("events")).toArray().size());
        printJson(summary);
    });
    connect(m_sync.get(), &SyncService::stateChanged, this, [this](SyncService::State state) {
        QJsonObject line { { QStringLiteral("type"), QStringLiteral("state") },
                           { QStringLiteral("state"), stateName(state) } };
        if (state == SyncService::State::WaitingToRetry)
            line.insert(QStringLiteral("retryInMs"), m_sync->msUntilRetry());
        printJson(line);
    });
}

void CliRunner::exportRoom(const RoomLink &link, ExportFormat format, const QString &outputPath)
{
    m_timeout.start();
    openRoom(link, false, [this, format, outputPath] {
        // The state as it is now; what arrives while the image downloads is
        // left out, so the pins and the threads agree.
        RoomExport room = RoomExport::fromModel(m_sync->link().room, *m_model, m_sync->image(), {});
        if (!exportNeedsImage(format))
            return writeExport(room, format, outputPath);
        auto *download = new ImageDownload(m_sync->link(), this);
        download->setIdentity(m_identity);
        download->setTrustedAuthorities(m_authorities);
        connect(download, &ImageTransfer::identityIssued, this, &CliRunner::saveIdentity);
        connect(download, &ImageDownload::finished, this,
                [this, room, format, outputPath](const QByteArray &data,
                                                 const Protocol::ImageMeta &) mutable {
                    room.imageData = data;
                    writeExport(room, format, outputPath);
                });
        connect(download, &ImageTransfer::failed, this, [this](const OpError &error) {
            fail(error.code == ErrorCode::ConnectionLost ? Exit::Unreachable : Exit::Refused,
                 error.message);
        });
        download->start();
    });
}

void CliRunner::writeExport(const RoomExport &room, ExportFormat format, const QString &outputPath)
{
    QString error;
    const std::optional<QByteArray> data = renderExport(room, format, &error);
    if (!data)
        return fail(Exit::Refused, error);
    if (outputPath.isEmpty()) {
        m_out << QString::fromUtf8(*data);
        m_out.flush();
    } else if (!writeExportFile(outputPath, *data, &error)) {
        return fail(Exit::Refused, error);
    }
    done(Exit::Ok);
}

void CliRunner::fetchImage(const RoomLink &link, const QString &outputPath)
{
    auto *download = new ImageDownload(link, this);
    download->setIdentity(m_identity);
    download->setTrustedAuthorities(m_authorities);
    connect(download, &ImageTransfer::identityIssued, this, &CliRunner::saveIdentity);
    connect(download, &ImageTransfer::progress, this, [this](qint64 done, qint64 total) {
        m_err << "downloading: " << (total ? done * 100 / total : 100) << "%\r" << Qt::flush;
    });
    connect(download, &ImageDownload::finished, this,
            [this, outputPath](const QByteArray &data, const Protocol::ImageMeta &meta) {
                QSaveFile file(outputPath);
                if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()
                    || !file.commit())
                    return fail(
                        Exit::Refused,
                        QStringLiteral("cannot write %1: %2").arg(outputPath, file.errorString()));
                printJson(meta.toJson());
                done(Exit::Ok);
            });
    connect(download, &ImageTransfer::failed, this, [this](const OpError &error) {
        fail(error.code == ErrorCode::ConnectionLost ? Exit::Unreachable : Exit::Refused,
             error.message);
    });
    download->start();
}

void CliRunner::host(const QHostAddress &address, quint16 port, const QString &dataDir,
                     const QString &imagePath)
{
    // Secure by default: a self-signed certificate made in the data folder,
    // pinned by the links this prints.
    NodeConfig config;
    config.dataDir = dataDir;
    config.tls = NodeConfig::Tls::SelfSigned;
    config.server.address = address;
    config.server.port = port;
    m_node = std::make_unique<ServerNode>(config);
    QString error;
    if (!m_node->start(&error))
        return fail(Exit::Refused, error);
    m_err << "imagechat-cli: hosting on " << m_node->server()->url().toString() << " (data in "
          << QDir::toNativeSeparators(dataDir) << "); Ctrl+C stops." << Qt::endl;

    ServerAddress local = m_node->address();
    QFile file(imagePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Exit::Usage,
                    QStringLiteral("cannot read %1: %2").arg(imagePath, file.errorString()));
    auto *upload = new ImageUpload(local, file.readAll(), QFileInfo(imagePath).fileName(), this);
    upload->setIdentity(m_identity);
    upload->setTrustedAuthorities(m_authorities);
    upload->setDisplayName(m_name);
    connect(upload, &ImageTransfer::identityIssued, this, &CliRunner::saveIdentity);
    connect(upload, &ImageTransfer::failed, this,
            [this](const OpError &e) { fail(Exit::Refused, e.message); });
    connect(upload, &ImageUpload::finished, this,
            [this, address](const RoomLink &created, const Protocol::ImageMeta &) {
                RoomLink shared = created;
                if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
                    shared.server.host = localNetworkHost();
                else
                    shared.server.host = address.toString();
                m_out << shared.toString() << Qt::endl;
                watch(created);
            });
    upload->start();
}

} // namespace ImageChat
