#pragma once

#include "serveroptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>

#include <memory>

class QWebSocket;

namespace ImageChat {

class Connections;
class Store;
struct Session;

// Uploads in progress per address; an upload holds its place until it ends
// (however it ends: done, refused, or its connection gone).
using UploadsByAddress = QHash<QHostAddress, int>;

// An image on its way in, for a new room (create-room, then binary chunks).
struct Upload
{
    qint64 size = 0;
    QString sha256;
    QString name;
    QString tenant; // the room goes there
    QByteArray data;
    // Counted against its address (null: not counted).
    std::shared_ptr<UploadsByAddress> uploads;
    QHostAddress from;

    Upload() = default;
    Upload(const Upload &) = delete;
    Upload &operator=(const Upload &) = delete;
    ~Upload();
};

// A room's image on its way out (get-image). The bytes are shared by every
// download of the same image at the time.
struct Download
{
    std::shared_ptr<const QByteArray> data;
    qint64 sent = 0;
};

// Images in and out on connections of their own: a new room is made from
// an uploaded image, and a member fetches the room's image in chunks paced
// by what its socket has sent.
class ImageExchange
{
    Q_DECLARE_TR_FUNCTIONS(ImageChat::ImageExchange)

public:
    // Uses the options' maxImageBytes, maxUploadsPerAddress and limitLoopback.
    ImageExchange(Store *store, Connections *connections, const ServerOptions &options);

    void createRoom(QWebSocket *socket, Session &session, const QJsonObject &message);
    void receive(QWebSocket *socket, Session &session, const QByteArray &data);
    void getImage(QWebSocket *socket, Session &session);
    // Sends what the socket has room for of a download in progress.
    void sendMore(QWebSocket *socket);

private:
    void finishUpload(QWebSocket *socket, Session &session);
    // The image's bytes, read from the store only if no download holds them.
    std::shared_ptr<const QByteArray> imageData(const QString &sha256);

    Store *m_store;
    Connections *m_connections;
    const ServerOptions &m_options;
    // Shared with the uploads, which may outlive this object in a session.
    std::shared_ptr<UploadsByAddress> m_uploads = std::make_shared<UploadsByAddress>();
    // Images being sent now, by SHA-256: ten joiners fetching a 50 MB image
    // hold it once, not ten times.
    QHash<QString, std::weak_ptr<const QByteArray>> m_sending;
};

} // namespace ImageChat
