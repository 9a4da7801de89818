#include "imageexchange.h"

#include "connections.h"
#include "framewriter.h"
#include "ids.h"
#include "imageinfo.h"
#include "metrics.h"
#include "protocol.h"
#include "serverlogging.h"
#include "store.h"
#include "tenants.h"

#include <QWebSocket>

namespace ImageChat {

namespace {

bool isHex64(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

} // namespace

Upload::~Upload()
{
    if (!uploads)
        return;
    const auto it = uploads->find(from);
    if (it != uploads->end() && --*it <= 0)
        uploads->erase(it);
}

ImageExchange::ImageExchange(Store *store, Connections *connections, const ServerOptions &options)
    : m_store(store)
    , m_connections(connections)
    , m_options(options)
{ }

void ImageExchange::createRoom(QWebSocket *socket, Session &session, const QJsonObject &message)
{
    if (!session.room.isEmpty() || session.upload)
        return m_connections->refuse(
            socket, { ErrorCode::BadRequest, tr("Create a room on a connection of its own.") });
    auto upload = std::make_shared<Upload>();
    upload->size = message.value(QStringLiteral("size")).toInteger(-1);
    upload->sha256 = message.value(QStringLiteral("sha256")).toString();
    upload->name = message.value(QStringLiteral("name")).toString().left(255);
    if (upload->size <= 0 || !isHex64(upload->sha256))
        return m_connections->refuse(socket,
                                     { ErrorCode::BadRequest,
                                       tr("create-room needs the image's \"size\" and lowercase "
                                          "hex \"sha256\".") });
    if (upload->size > m_options.maxImageBytes)
        return m_connections->refuse(socket,
                                     { ErrorCode::TooLarge,
                                       tr("The image is %1 MB; this server accepts up to %2 MB.")
                                           .arg(double(upload->size) / (1024 * 1024), 0, 'f', 1)
                                           .arg(m_options.maxImageBytes / (1024 * 1024)) });
    // Before a byte is uploaded: a refused token costs the client nothing.
    OpError refused;
    const std::optional<QString> tenant = tenantForNewRoom(
        m_store, message.value(QStringLiteral("tenantToken")).toString(), &refused);
    if (!tenant)
        return m_connections->refuse(socket, refused);
    upload->tenant = *tenant;
    const QHostAddress from = socket->peerAddress();
    if (m_options.maxUploadsPerAddress > 0 && (m_options.limitLoopback || !from.isLoopback())) {
        int &count = (*m_uploads)[from];
        if (count >= m_options.maxUploadsPerAddress) {
            if (count == 0)
                m_uploads->remove(from);
            constexpr qint64 retryAfterMs = 5000;
            return m_connections->refuse(
                socket,
                { ErrorCode::RateLimited,
                  tr("%1 images are being uploaded from your address already; try again when "
                     "one is done.")
                      .arg(m_options.maxUploadsPerAddress),
                  { { QStringLiteral("retryAfterMs"), retryAfterMs } } });
        }
        ++count;
        upload->uploads = m_uploads;
        upload->from = from;
    }
    // Memory is taken as the bytes arrive, not for what was announced: a
    // create-room costs nothing until its data comes.
    session.upload = std::move(upload);
    m_connections->send(socket,
                        { { QStringLiteral("type"), Protocol::Type::UploadReady },
                          { QStringLiteral("chunk"), Protocol::ImageChunkBytes } });
}

void ImageExchange::receive(QWebSocket *socket, Session &session, const QByteArray &data)
{
    if (!session.upload)
        return m_connections->refuse(socket,
                                     { ErrorCode::BadRequest, tr("Unexpected binary message.") });
    Upload &upload = *session.upload;
    if (upload.data.size() + data.size() > upload.size) {
        session.upload.reset();
        return m_connections->refuse(
            socket, { ErrorCode::TooLarge, tr("More image data than announced.") });
    }
    upload.data.append(data);
    if (upload.data.size() == upload.size)
        finishUpload(socket, session);
}

void ImageExchange::finishUpload(QWebSocket *socket, Session &session)
{
    const std::shared_ptr<Upload> upload = std::move(session.upload);
    if (sha256Hex(upload->data) != upload->sha256)
        return m_connections->refuse(
            socket,
            { ErrorCode::HashMismatch, tr("The uploaded image does not match its checksum.") });
    const std::optional<ImageInfo> info = readImageInfo(upload->data);
    if (!info)
        return m_connections->refuse(
            socket,
            { ErrorCode::BadImage,
              tr("This is not an image the server accepts (PNG, JPEG, GIF, BMP or WebP up to "
                 "%1 pixels a side).")
                  .arg(MaxImageSide) });
    RoomRecord room;
    room.id = randomToken(9);
    const QString key = randomToken(18);
    room.keyHash = sha256Hex(key.toUtf8());
    room.owner = session.user;
    room.tenant = upload->tenant;
    room.epoch = randomToken(6);
    room.image = {
        upload->sha256, upload->size, info->width, info->height, info->mime, upload->name
    };
    if (!m_store->putImage(room.image, upload->data))
        return m_connections->refuse(
            socket, { ErrorCode::StorageFailed, tr("The server could not store the image.") });
    if (const OpError error = m_store->createRoom(room))
        return m_connections->refuse(socket, error);
    m_connections->assignTenant(session, room.tenant);
    qCInfo(lcServer) << "room" << room.id << "created for" << info->width << "x" << info->height
                     << info->mime;
    m_connections->send(socket,
                        { { QStringLiteral("type"), Protocol::Type::RoomCreated },
                          { QStringLiteral("room"), room.id },
                          { QStringLiteral("key"), key },
                          { QStringLiteral("epoch"), room.epoch },
                          { QStringLiteral("image"), room.image.toJson() } });
}

void ImageExchange::getImage(QWebSocket *socket, Session &session)
{
    const Lookup<RoomRecord> record =
        session.room.isEmpty() ? Lookup<RoomRecord>::none() : m_store->room(session.room);
    if (record.isUnavailable())
        return m_connections->refuse(socket, storeUnreachable());
    if (!record)
        return m_connections->refuse(socket,
                                     { ErrorCode::NotJoined, tr("Join a room to get its image.") });
    std::shared_ptr<const QByteArray> data = imageData(record->image.sha256);
    if (!data)
        return m_connections->refuse(
            socket, { ErrorCode::StorageFailed, tr("The server has lost this image.") });
    auto download = std::make_shared<Download>();
    download->data = std::move(data);
    session.download = download;
    m_connections->send(socket,
                        { { QStringLiteral("type"), Protocol::Type::Image },
                          { QStringLiteral("size"), qint64(download->data->size()) },
                          { QStringLiteral("sha256"), record->image.sha256 },
                          { QStringLiteral("mime"), record->image.mime } });
    sendMore(socket);
}

std::shared_ptr<const QByteArray> ImageExchange::imageData(const QString &sha256)
{
    if (std::shared_ptr<const QByteArray> shared = m_sending.value(sha256).lock())
        return shared;
    std::optional<QByteArray> stored = m_store->image(sha256);
    if (!stored)
        return nullptr;
    // Forgotten with its last download, so a finished image frees its memory.
    for (auto it = m_sending.begin(); it != m_sending.end();)
        it = it->expired() ? m_sending.erase(it) : std::next(it);
    auto data = std::make_shared<const QByteArray>(std::move(*stored));
    m_sending.insert(sha256, data);
    return data;
}

void ImageExchange::sendMore(QWebSocket *socket)
{
    Session *session = m_connections->find(socket);
    if (!session || !session->download)
        return;
    // Held here: a chunk written below may find the connection broken.
    const std::shared_ptr<Download> download = session->download;
    TenantCounters *counters = session->counters;
    // Paced by what the socket has written, so a 50 MB image never sits in
    // memory twice and a slow joiner does not stall the server.
    const QByteArray &data = *download->data;
    while (download->sent < data.size() && socket->bytesToWrite() < 4 * Protocol::ImageChunkBytes) {
        // A view, not a copy: the frame is made from it.
        const QByteArray chunk = QByteArray::fromRawData(
            data.constData() + download->sent,
            std::min<qsizetype>(Protocol::ImageChunkBytes, data.size() - download->sent));
        ++counters->messages;
        counters->bytes += frameBytes(chunk.size());
        socket->sendBinaryMessage(chunk);
        download->sent += chunk.size();
    }
    session = m_connections->find(socket);
    if (session && download->sent == data.size()) {
        session->download.reset();
        m_connections->send(socket, { { QStringLiteral("type"), Protocol::Type::ImageEnd } });
    }
}

} // namespace ImageChat
