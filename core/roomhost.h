#pragma once

#include "roomlink.h"

#include <QObject>
#include <optional>

namespace ImageChat {

// Where new rooms are created: the server the user configured, or one this
// program hosts itself. The desktop program implements it in app/ (which may
// link the server library); core only needs the addresses.
class RoomHost : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The address this program uses to reach the host, starting it if needed.
    virtual std::optional<ServerAddress> address(QString *error) = 0;
    // Makes the host reachable by others and returns the address for links.
    virtual std::optional<ServerAddress> publish(QString *error) = 0;
    virtual bool isEmbedded() const = 0;
    // Whether publish() has happened (always true for a configured server).
    virtual bool isPublished() const = 0;
    // The tenant token new rooms are created with (the server's operator
    // hands them out); empty: the server's default tenant.
    virtual QString tenantToken() const { return {}; }

signals:
    void publishedChanged(bool published);
};

// Rooms on one known server: the one the user configured (or a test's).
class FixedRoomHost : public RoomHost
{
    Q_OBJECT

public:
    explicit FixedRoomHost(const ServerAddress &server, QObject *parent = nullptr)
        : RoomHost(parent)
        , m_server(server)
    { }
    std::optional<ServerAddress> address(QString *) override { return m_server; }
    std::optional<ServerAddress> publish(QString *) override { return m_server; }
    bool isEmbedded() const override { return false; }
    bool isPublished() const override { return true; }
    QString tenantToken() const override { return m_tenantToken; }
    void setTenantToken(const QString &token) { m_tenantToken = token; }

private:
    ServerAddress m_server;
    QString m_tenantToken;
};

} // namespace ImageChat
