#pragma once

#include "errors.h"
#include "protocol.h"
#include "roomlink.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

#include <QWebSocket>

namespace ImageChat {

// One short-lived connection that moves an image: the upload that creates a
// room, or the download a joiner needs. Kept off the sync connection so a
// 50 MB transfer never delays live events.
class ImageTransfer : public QObject
{
    Q_OBJECT

public:
    ~ImageTransfer() override;

    void setIdentity(const Protocol::Identity &identity) { m_identity = identity; }
    Protocol::Identity identity() const { return m_identity; }
    void setDisplayName(const QString &name) { m_name = name; }
    // Gives up when the server says nothing for this long.
    void setIdleTimeout(int ms) { m_idleTimer.setInterval(ms); }
    // Authorities trusted beyond the system's (a private CA), for wss servers.
    void setTrustedAuthorities(const QList<QSslCertificate> &authorities)
    {
        m_authorities = authorities;
    }

    void start();
    void cancel();

signals:
    void progress(qint64 done, qint64 total);
    void identityIssued(const ImageChat::Protocol::Identity &identity);
    void failed(const ImageChat::OpError &error);

protected:
    ImageTransfer(const ServerAddress &server, QObject *parent);
    virtual Protocol::Hello hello() const = 0;
    virtual void onWelcome(const Protocol::Welcome &welcome) = 0;
    virtual void onMessage(const QString &type, const QJsonObject &message) = 0;
    virtual void onBinary(const QByteArray &) { }
    virtual void onBytesWritten() { }

    void send(const QJsonObject &message);
    QWebSocket *socket() const { return m_socket; }
    void fail(const OpError &error);
    void finish(); // closes the connection; the subclass has emitted its result

private:
    void onText(const QString &frame);

    ServerAddress m_server;
    Protocol::Identity m_identity;
    QString m_name;
    QList<QSslCertificate> m_authorities;
    QPointer<QWebSocket> m_socket;
    QTimer m_idleTimer;
    bool m_done = false;
};

// Uploads an image and creates a room for it; finished() carries the link.
class ImageUpload : public ImageTransfer
{
    Q_OBJECT

public:
    ImageUpload(const ServerAddress &server, const QByteArray &image, const QString &fileName,
                QObject *parent = nullptr);
    // Creates the room in the tenant this token is for (the server's
    // operator hands them out); none: the server's default tenant.
    void setTenantToken(const QString &token) { m_tenantToken = token; }

signals:
    void finished(const ImageChat::RoomLink &link, const ImageChat::Protocol::ImageMeta &image);

protected:
    Protocol::Hello hello() const override;
    void onWelcome(const Protocol::Welcome &welcome) override;
    void onMessage(const QString &type, const QJsonObject &message) override;
    void onBytesWritten() override;

private:
    void sendMore();

    ServerAddress m_address;
    QByteArray m_image;
    QString m_fileName;
    QString m_tenantToken;
    qint64 m_queued = -1; // bytes handed to the socket; -1 until the server is ready
    qint64 m_reported = 0;
    qint64 m_chunk = Protocol::ImageChunkBytes; // progress last reported; never goes down
};

// Downloads a room's image and checks its SHA-256 against the room's record.
class ImageDownload : public ImageTransfer
{
    Q_OBJECT

public:
    explicit ImageDownload(const RoomLink &link, QObject *parent = nullptr);

signals:
    void finished(const QByteArray &image, const ImageChat::Protocol::ImageMeta &meta);

protected:
    Protocol::Hello hello() const override;
    void onWelcome(const Protocol::Welcome &welcome) override;
    void onMessage(const QString &type, const QJsonObject &message) override;
    void onBinary(const QByteArray &chunk) override;

private:
    RoomLink m_link;
    Protocol::ImageMeta m_meta;
    QByteArray m_data;
    bool m_receiving = false;
};

} // namespace ImageChat
