#include "bus.h"

namespace ImageChat {

void LocalBus::publish(const QString &room, const QString &frame)
{
    emit delivered(room, frame);
}

} // namespace ImageChat
