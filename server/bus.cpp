#include "bus.h"

namespace ImageChat {

void LocalBus::publish(const QString &room, const QByteArray &message)
{
    emit delivered(room, message);
}

} // namespace ImageChat
