#include "bus.h"

namespace ImageChat {

void LocalBus::publish(const QString &room, qint64 seq, const QByteArray &message)
{
    emit delivered(room, seq, message);
}

} // namespace ImageChat
