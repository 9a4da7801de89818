#include "roomsession.h"

#include "ids.h"
#include "logging.h"

#include <QSettings>
#include <QStandardPaths>

namespace ImageChat {

namespace {

// Settings key of the room this program made for an image on a server, so
// opening the same image again brings its markers back.
QString roomCacheKey(const ServerAddress &server, const QByteArray &image)
{
    return QStringLiteral("rooms/%1-%2")
        .arg(sha256Hex(IdentityManager::keyFor(server).toUtf8()).left(16), sha256Hex(image));
}

} // namespace

RoomSession::RoomSession(IdentityManager *identities, Reachability *reachability, QObject *parent)
    : QObject(parent)
    , m_identities(identities)
    , m_reachability(reachability)
    , m_list(&m_model)
    , m_history(&m_model, [this](const Operation &op) { return send(op); })
    , m_mentions(&m_model)
{
    connect(identities, &IdentityManager::identityReady, this, &RoomSession::onIdentity);
}

void RoomSession::setSelf(const QString &userId)
{
    m_list.setSelf(userId);
    m_mentions.setSelf(userId);
    m_mentions.setNames({ m_name });
    const QString dataDir = m_dataDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : m_dataDir;
    m_list.openReadMarks(
        ReadMarks::fileFor(dataDir, IdentityManager::keyFor(m_link.server), userId, m_link.room));
}

RoomSession::~RoomSession()
{
    if (m_sync)
        m_sync->stop();
}

QString RoomSession::self() const
{
    return m_sync ? m_sync->identity().user : QString();
}

bool RoomSession::canDelete(const QString &markerId) const
{
    const Conversation *c = m_model.conversation(markerId);
    const QString me = self();
    return c && !me.isEmpty() && (c->creator == me || m_model.owner() == me);
}

void RoomSession::join(const RoomLink &link, const QByteArray &knownImage)
{
    m_link = link;
    m_imageData = knownImage;
    m_history.clear(); // another room's changes are not this one's
    m_sync = std::make_unique<SyncService>(&m_model, link);
    m_sync->setTrustedAuthorities(m_authorities);
    m_sync->setDisplayName(m_name);
    m_sync->setTiming(m_timing);
    m_sync->setReachability(m_reachability);
    m_status = std::make_unique<ConnectionStatus>(m_sync.get(), m_reachability);
    m_presence = std::make_unique<Presence>(m_sync.get());
    connect(m_sync.get(), &SyncService::identityIssued, this,
            [this](const Protocol::Identity &identity) {
                m_identities->save(m_link.server, identity);
                setSelf(identity.user);
            });
    connect(m_sync.get(), &SyncService::operationFailed, &m_history,
            &UndoHistory::onOperationFailed);
    connect(m_sync.get(), &SyncService::operationFailed, this, &RoomSession::operationFailed);
    connect(m_sync.get(), &SyncService::operationConfirmed, this, &RoomSession::operationConfirmed);
    connect(m_sync.get(), &SyncService::imageChanged, this,
            [this](const Protocol::ImageMeta &meta) {
                m_meta = meta;
                // A downloaded image was checked and announced already.
                if (m_imageData.isEmpty() || m_imageAnnounced)
                    return;
                if (sha256Hex(m_imageData) != meta.sha256 || m_imageData.size() != meta.size) {
                    emit joinFailed({ ErrorCode::HashMismatch,
                                      tr("This room's image is not the one that was opened.") });
                    return;
                }
                m_imageAnnounced = true;
                emit imageReady(m_imageData, meta);
            });
    emit started();
    m_waitingForIdentity = true;
    m_identities->load(link.server);
}

void RoomSession::openImage(const QByteArray &image, const QString &fileName, RoomHost *host)
{
    QString error;
    const std::optional<ServerAddress> server = host->address(&error);
    if (!server) {
        emit joinFailed({ ErrorCode::ConnectionLost, error });
        return;
    }
    m_upload = PendingUpload { *server, image, fileName, host->tenantToken() };
    const QString cacheKey = roomCacheKey(*server, image);
    const QString cached = QSettings().value(cacheKey).toString();
    QString ignored;
    if (const std::optional<RoomLink> old = RoomLink::parse(cached, &ignored)) {
        // Kept with its key by an earlier version: the key moves to the keychain.
        if (m_roomKeys)
            QSettings().setValue(cacheKey, m_roomKeys->keep(*old));
        m_upload.reset();
        join(*old, image);
        return;
    }
    uploadOrRejoin(m_roomKeys && RoomKeys::isKept(cached) ? cached : QString());
}

// The room this program made for the image before, if its key is still
// kept; otherwise a new one.
void RoomSession::uploadOrRejoin(const QString &kept)
{
    if (kept.isEmpty())
        return m_identities->load(m_upload->server);
    auto *answer = new QObject(this);
    connect(m_roomKeys, &RoomKeys::restored, answer,
            [this, kept, answer](const QString &which, const RoomLink &link) {
                if (which != kept || !m_upload)
                    return;
                answer->deleteLater();
                const QByteArray image = m_upload->image;
                m_upload.reset();
                join(link, image);
            });
    connect(m_roomKeys, &RoomKeys::missing, answer, [this, kept, answer](const QString &which) {
        if (which != kept || !m_upload)
            return;
        answer->deleteLater();
        m_identities->load(m_upload->server);
    });
    m_roomKeys->restore(kept);
}

void RoomSession::upload(const Protocol::Identity &identity)
{
    const PendingUpload pending = *m_upload;
    m_upload.reset();
    auto *upload = new ImageUpload(pending.server, pending.image, pending.fileName, this);
    upload->setIdentity(identity);
    upload->setTenantToken(pending.tenantToken);
    upload->setTrustedAuthorities(m_authorities);
    upload->setDisplayName(m_name);
    connect(upload, &ImageTransfer::progress, this, &RoomSession::imageProgress);
    connect(upload, &ImageTransfer::identityIssued, this,
            [this, server = pending.server](const Protocol::Identity &issued) {
                m_identities->save(server, issued);
            });
    connect(upload, &ImageTransfer::failed, this, [this, upload](const OpError &error) {
        upload->deleteLater();
        emit joinFailed(error);
    });
    connect(upload, &ImageUpload::finished, this,
            [this, upload, pending](const RoomLink &link, const Protocol::ImageMeta &) {
                upload->deleteLater();
                // The key goes to the keychain; the settings keep the link without it.
                if (m_roomKeys)
                    QSettings().setValue(roomCacheKey(pending.server, pending.image),
                                         m_roomKeys->keep(link));
                join(link, pending.image);
            });
    upload->start();
}

void RoomSession::onIdentity(const ServerAddress &server, const Protocol::Identity &identity)
{
    if (m_upload && server == m_upload->server) {
        upload(identity);
        return;
    }
    if (!m_waitingForIdentity || !(server == m_link.server))
        return;
    m_waitingForIdentity = false;
    if (!m_imageData.isEmpty()) {
        startSync(identity);
        return;
    }
    // Download first: with no identity yet the download gets one issued, and
    // the sync connection must use the same one.
    auto *download = new ImageDownload(m_link, this);
    m_download = download;
    download->setIdentity(identity);
    download->setTrustedAuthorities(m_authorities);
    download->setDisplayName(m_name);
    connect(download, &ImageTransfer::progress, this, &RoomSession::imageProgress);
    connect(
        download, &ImageTransfer::identityIssued, this,
        [this](const Protocol::Identity &issued) { m_identities->save(m_link.server, issued); });
    connect(download, &ImageTransfer::failed, this, [this, download](const OpError &error) {
        download->deleteLater();
        emit joinFailed(error);
    });
    connect(download, &ImageDownload::finished, this,
            [this, download](const QByteArray &data, const Protocol::ImageMeta &meta) {
                m_imageData = data;
                m_meta = meta;
                m_imageAnnounced = true;
                download->deleteLater();
                emit imageReady(data, meta);
                startSync(download->identity());
            });
    download->start();
}

void RoomSession::startSync(const Protocol::Identity &identity)
{
    m_sync->setIdentity(identity);
    setSelf(identity.user);
    qCDebug(lcSync) << "joining room" << m_link.room;
    m_sync->start();
}

SyncService::Submission RoomSession::submit(const Operation &op)
{
    return m_history.submit(op);
}

SyncService::Submission RoomSession::send(const Operation &op)
{
    if (!m_sync || !m_status->canSend()) {
        SyncService::Submission refused;
        refused.operation = op;
        refused.error = m_status ? m_status->sendError()
                                 : OpError(ErrorCode::Offline, tr("Not connected to a room."));
        return refused;
    }
    return m_sync->submit(op);
}

SyncService::Submission RoomSession::retry(const Operation &failed)
{
    return submit(failed.renewed());
}

} // namespace ImageChat
