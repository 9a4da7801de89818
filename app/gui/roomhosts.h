#pragma once

#include "embeddedserver.h"
#include "roomhost.h"

#include <memory>

namespace ImageChat {

// Rooms hosted by this program: an EmbeddedServer with its data in the
// user's data folder, started on first use, shared on the local network on
// request.
class EmbeddedRoomHost : public RoomHost
{
    Q_OBJECT

public:
    EmbeddedRoomHost(const QString &dataDir, quint16 preferredPort, QObject *parent = nullptr);
    std::optional<ServerAddress> address(QString *error) override;
    std::optional<ServerAddress> publish(QString *error) override;
    bool isEmbedded() const override { return true; }
    bool isPublished() const override { return m_server.isShared(); }
    EmbeddedServer *server() { return &m_server; }

private:
    EmbeddedServer m_server;
    quint16 m_preferredPort;
};
} // namespace ImageChat
