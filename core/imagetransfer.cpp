#include "imagetransfer.h"

#include "errortext.h"
#include "ids.h"
#include "logging.h"
#include "tlstrust.h"

#include <QWebSocket>

#include <algorithm>

namespace ImageChat {

namespace {

// Enough in flight to keep the pipe full, little enough to report progress
// that means something.
constexpr qint64 MaxBytesInFlight = 4 * Protocol::ImageChunkBytes;

} // namespace

ImageTransfer::ImageTransfer(const ServerAddress &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(30000);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        fail({ ErrorCode::ConnectionLost, tr("The server stopped answering.") });
    });
}

ImageTransfer::~ImageTransfer()
{
    if (m_socket)
        m_socket->abort();
}

void ImageTransfer::start()
{
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    socket->setMaxAllowedIncomingMessageSize(Protocol::MaxIncomingMessageBytes * 4);
    socket->setMaxAllowedIncomingFrameSize(Protocol::MaxIncomingMessageBytes * 4);
    secureSocket(socket, m_server, m_authorities, [this](const OpError &error) { fail(error); });
    connect(socket, &QWebSocket::connected, this, [this] {
        if (const OpError refused = checkPinnedCertificate(m_socket, m_server))
            return fail(refused);
        m_idleTimer.start();
        Protocol::Hello h = hello();
        h.identity = m_identity;
        h.name = m_name;
        send(h.toJson());
    });
    connect(socket, &QWebSocket::disconnected, this, [this] {
        const QString reason = m_socket ? m_socket->closeReason() : QString();
        fail({ ErrorCode::ConnectionLost,
               reason.isEmpty()
                   ? tr("Could not reach the server at %1.").arg(m_server.webSocketUrl().toString())
                   : tr("The server closed the connection: %1").arg(reason) });
    });
    connect(socket, &QWebSocket::textMessageReceived, this, &ImageTransfer::onText);
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &chunk) {
        m_idleTimer.start();
        onBinary(chunk);
    });
    connect(socket, &QWebSocket::bytesWritten, this, [this] {
        m_idleTimer.start();
        onBytesWritten();
    });
    m_idleTimer.start();
    socket->open(m_server.webSocketUrl());
}

void ImageTransfer::cancel()
{
    m_done = true;
    if (m_socket)
        m_socket->abort();
}

void ImageTransfer::send(const QJsonObject &message)
{
    if (m_socket)
        m_socket->sendTextMessage(Protocol::encode(message));
}

void ImageTransfer::fail(const OpError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_idleTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    qCInfo(lcTransfer) << "transfer failed:" << error.code << error.message;
    emit failed(error);
}

void ImageTransfer::finish()
{
    m_done = true;
    m_idleTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
    }
}

void ImageTransfer::onText(const QString &frame)
{
    m_idleTimer.start();
    OpError error;
    const std::optional<QJsonObject> message = Protocol::decode(frame, &error);
    if (!message)
        return fail(error);
    const QString type = message->value(QStringLiteral("type")).toString();
    if (type == Protocol::Type::Error || type == Protocol::Type::Rejected) {
        return fail(ErrorText::fromWire(*message));
    }
    if (type == Protocol::Type::Welcome) {
        std::optional<Protocol::Welcome> welcome = Protocol::Welcome::fromJson(*message, &error);
        if (!welcome)
            return fail(error);
        if (!welcome->identity.secret.isEmpty()) {
            m_identity = welcome->identity;
            emit identityIssued(m_identity);
        }
        return onWelcome(*welcome);
    }
    onMessage(type, *message);
}

ImageUpload::ImageUpload(const ServerAddress &server, const QByteArray &image,
                         const QString &fileName, QObject *parent)
    : ImageTransfer(server, parent)
    , m_address(server)
    , m_image(image)
    , m_fileName(fileName)
{ }

Protocol::Hello ImageUpload::hello() const
{
    return Protocol::Hello {};
}

void ImageUpload::onWelcome(const Protocol::Welcome &)
{
    QJsonObject request { { QStringLiteral("type"), Protocol::Type::CreateRoom },
                          { QStringLiteral("size"), qint64(m_image.size()) },
                          { QStringLiteral("sha256"), sha256Hex(m_image) },
                          { QStringLiteral("name"), m_fileName } };
    if (!m_tenantToken.isEmpty())
        request.insert(QStringLiteral("tenantToken"), m_tenantToken);
    send(request);
}

void ImageUpload::onMessage(const QString &type, const QJsonObject &message)
{
    if (type == Protocol::Type::UploadReady) {
        // The server says how large a piece it takes; stay within its limit.
        m_chunk = std::clamp<qint64>(
            message.value(QStringLiteral("chunk")).toInteger(Protocol::ImageChunkBytes), 4096,
            Protocol::ImageChunkBytes);
        m_queued = 0;
        sendMore();
    } else if (type == Protocol::Type::RoomCreated) {
        RoomLink link;
        link.server = m_address;
        link.room = message.value(QStringLiteral("room")).toString();
        link.key = message.value(QStringLiteral("key")).toString();
        const auto meta =
            Protocol::ImageMeta::fromJson(message.value(QStringLiteral("image")).toObject());
        finish();
        emit finished(link, meta);
    }
}

void ImageUpload::onBytesWritten()
{
    if (m_queued < 0 || !socket())
        return;
    // bytesToWrite() counts the frames' headers too, so the difference can
    // dip below what was reported before, or below zero at the start.
    m_reported =
        std::clamp(m_queued - socket()->bytesToWrite(), m_reported, qint64(m_image.size()));
    emit progress(m_reported, m_image.size());
    sendMore();
}

void ImageUpload::sendMore()
{
    while (socket() && m_queued < m_image.size() && socket()->bytesToWrite() < MaxBytesInFlight) {
        const QByteArray chunk = m_image.mid(m_queued, m_chunk);
        socket()->sendBinaryMessage(chunk);
        m_queued += chunk.size();
    }
}

ImageDownload::ImageDownload(const RoomLink &link, QObject *parent)
    : ImageTransfer(link.server, parent)
    , m_link(link)
{ }

Protocol::Hello ImageDownload::hello() const
{
    Protocol::Hello h;
    h.room = m_link.room;
    h.key = m_link.key;
    h.sync = false;
    return h;
}

void ImageDownload::onWelcome(const Protocol::Welcome &welcome)
{
    m_meta = welcome.image;
    send({ { QStringLiteral("type"), Protocol::Type::GetImage } });
}

void ImageDownload::onMessage(const QString &type, const QJsonObject &)
{
    if (type == Protocol::Type::Image) {
        m_receiving = true;
        m_data.reserve(m_meta.size);
        emit progress(0, m_meta.size);
    } else if (type == Protocol::Type::ImageEnd) {
        if (m_data.size() != m_meta.size || sha256Hex(m_data) != m_meta.sha256) {
            return fail({ ErrorCode::HashMismatch,
                          tr("The downloaded image is damaged (its checksum does not match the "
                             "room's). Try joining again.") });
        }
        finish();
        emit finished(m_data, m_meta);
    }
}

void ImageDownload::onBinary(const QByteArray &chunk)
{
    if (!m_receiving || m_data.size() + chunk.size() > m_meta.size) {
        return fail(
            { ErrorCode::BadRequest, tr("The server sent more image data than announced.") });
    }
    m_data.append(chunk);
    emit progress(m_data.size(), m_meta.size);
}

} // namespace ImageChat
