#pragma once

#include "connectionstatus.h"
#include "conversationlistmodel.h"
#include "identitymanager.h"
#include "imagetransfer.h"
#include "mentionnotifier.h"
#include "presence.h"
#include "roomhost.h"
#include "roomkeys.h"
#include "roommodel.h"
#include "syncservice.h"
#include "undohistory.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace ImageChat {

// One open room, as one window sees it: gets the image, keeps the model in
// sync, and turns what the user does into operations. Everything a window
// needs and nothing that draws, so it is tested without widgets.
class RoomSession : public QObject
{
    Q_OBJECT

public:
    RoomSession(IdentityManager *identities, Reachability *reachability, QObject *parent = nullptr);
    ~RoomSession() override;

    void setDisplayName(const QString &name) { m_name = name; }
    void setTiming(const SyncService::Timing &timing) { m_timing = timing; }
    // Where the rooms made for local images keep their keys (null: such
    // rooms are not remembered, and opening the image again makes a new one).
    void setRoomKeys(RoomKeys *keys) { m_roomKeys = keys; }
    // Authorities trusted beyond the system's for wss:// servers.
    void setTrustedAuthorities(const QList<QSslCertificate> &authorities)
    {
        m_authorities = authorities;
    }

    // Where what the user read is kept; empty: the platform's data folder.
    void setDataDir(const QString &dir) { m_dataDir = dir; }

    // Joins a room: loads the identity for its server, downloads and checks
    // the image (skipped when `knownImage` has the right bytes already, e.g.
    // right after sharing), then keeps the model in sync.
    void join(const RoomLink &link, const QByteArray &knownImage = {});
    // Opens a local image: puts it in a room on `host` (the room it had there
    // before, if this program made one, so its markers come back), then joins.
    void openImage(const QByteArray &image, const QString &fileName, RoomHost *host);

    const RoomLink &link() const { return m_link; }
    RoomModel *model() { return &m_model; }
    ConversationListModel *conversations() { return &m_list; }
    // Notifications about mentions of the user and replies to them.
    MentionNotifier *mentions() { return &m_mentions; }
    // Null until join() was called.
    SyncService *sync() const { return m_sync.get(); }
    ConnectionStatus *status() const { return m_status.get(); }
    // Who else is here and who is typing; null until join() was called.
    Presence *presence() const { return m_presence.get(); }
    QByteArray imageData() const { return m_imageData; }
    Protocol::ImageMeta image() const { return m_meta; }
    QString self() const;
    // May the user delete this marker (its creator or the room's owner)?
    bool canDelete(const QString &markerId) const;

    // User intents. A change that cannot be sent fails at once (S14) and comes
    // back in the Submission with the text typed; a change the server later
    // refuses comes back through operationFailed.
    SyncService::Submission submit(const Operation &op);
    // Sends a failed operation again as a new one.
    SyncService::Submission retry(const Operation &failed);
    // The user's own changes sent through submit() in this session, for
    // undo and redo (Edit menu).
    UndoHistory *history() { return &m_history; }

signals:
    // Upload (openImage) or download (join) of the image.
    void imageProgress(qint64 done, qint64 total);
    void imageReady(const QByteArray &data, const ImageChat::Protocol::ImageMeta &meta);
    void joinFailed(const ImageChat::OpError &error);
    void operationFailed(const ImageChat::Operation &op, const ImageChat::OpError &error);
    void operationConfirmed(const ImageChat::Operation &op);
    // The sync service and status exist (after join()).
    void started();

private:
    void onIdentity(const ServerAddress &server, const Protocol::Identity &identity);
    void startSync(const Protocol::Identity &identity);
    void upload(const Protocol::Identity &identity);
    SyncService::Submission send(const Operation &op);

    void uploadOrRejoin(const QString &kept);
    void setSelf(const QString &userId);

    IdentityManager *m_identities;
    RoomKeys *m_roomKeys = nullptr;
    Reachability *m_reachability;
    QString m_name;
    QString m_dataDir;
    SyncService::Timing m_timing;
    QList<QSslCertificate> m_authorities;
    RoomLink m_link;
    RoomModel m_model;
    ConversationListModel m_list;
    UndoHistory m_history;
    MentionNotifier m_mentions;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<ConnectionStatus> m_status;
    std::unique_ptr<Presence> m_presence;
    QPointer<ImageDownload> m_download;
    QByteArray m_imageData;
    Protocol::ImageMeta m_meta;
    bool m_waitingForIdentity = false;
    bool m_imageAnnounced = false;
    // openImage() waiting for the identity on the host before uploading.
    struct PendingUpload
    {
        ServerAddress server;
        QByteArray image;
        QString fileName;
        QString tenantToken;
    };
    std::optional<PendingUpload> m_upload;
};

} // namespace ImageChat
