#pragma once

#include "protocol.h"

#include <QString>

namespace ImageChat {

// A scripting identity kept in a file the user names (--identity), readable
// by the user alone. The desktop program keeps its secret in the keychain.
struct IdentityFile
{
    static std::optional<Protocol::Identity> read(const QString &path, QString *error);
    static bool write(const QString &path, const Protocol::Identity &identity, QString *error);
};

} // namespace ImageChat
