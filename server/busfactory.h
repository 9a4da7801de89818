#pragma once

#include "bus.h"

#include <QString>

#include <memory>

namespace ImageChat {

// The bus a server node runs on, from its configuration: empty for one
// process (LocalBus), "redis://HOST:PORT" for nodes sharing rooms through
// Redis (RedisBus). A Redis that is down does not fail this: the bus starts
// unconnected and connects when Redis comes. On a bad spec it returns null
// and sets *error to one line saying what is expected.
std::unique_ptr<Bus> openBus(const QString &spec, QString *error = nullptr);

} // namespace ImageChat
