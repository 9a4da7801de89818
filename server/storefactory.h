#pragma once

#include "store.h"

#include <QString>

#include <memory>

namespace ImageChat {

// Opens the store a server is configured with. `spec` empty: SQLite in
// dataDir/imagechat.sqlite (durable: synchronous=FULL). A URL
// postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE]: the
// PostgreSQL database that several nodes share. Anything else, or a store
// that cannot be opened: nullptr and a one-line *error.
std::unique_ptr<Store> openStore(const QString &spec, const QString &dataDir, bool durable,
                                 QString *error);

} // namespace ImageChat
