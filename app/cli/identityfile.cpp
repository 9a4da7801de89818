#include "identityfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ImageChat {

std::optional<Protocol::Identity> IdentityFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return Protocol::Identity {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            QStringLiteral("cannot read the identity file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    Protocol::Identity identity { json.value(QStringLiteral("user")).toString(),
                                  json.value(QStringLiteral("secret")).toString() };
    if (!identity.isValid()) {
        *error = QStringLiteral("the identity file %1 is damaged").arg(path);
        return std::nullopt;
    }
    return identity;
}

bool IdentityFile::write(const QString &path, const Protocol::Identity &identity, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error =
            QStringLiteral("cannot write the identity file %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QJsonObject json { { QStringLiteral("user"), identity.user },
                             { QStringLiteral("secret"), identity.secret } };
    file.write(QJsonDocument(json).toJson());
    if (!file.commit()) {
        *error =
            QStringLiteral("cannot write the identity file %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ImageChat
