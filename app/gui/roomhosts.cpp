#include "roomhosts.h"

namespace ImageChat {

EmbeddedRoomHost::EmbeddedRoomHost(const QString &dataDir, quint16 preferredPort, QObject *parent)
    : RoomHost(parent)
    , m_server(dataDir)
    , m_preferredPort(preferredPort)
{
    connect(&m_server, &EmbeddedServer::sharedChanged, this, &RoomHost::publishedChanged);
}

std::optional<ServerAddress> EmbeddedRoomHost::address(QString *error)
{
    if (!m_server.start(m_preferredPort, error))
        return std::nullopt;
    return m_server.localAddress();
}

std::optional<ServerAddress> EmbeddedRoomHost::publish(QString *error)
{
    if (!m_server.start(m_preferredPort, error) || !m_server.share(error))
        return std::nullopt;
    return m_server.networkAddress();
}

} // namespace ImageChat
