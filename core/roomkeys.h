#pragma once

#include "credentialstore.h"
#include "roomlink.h"

#include <QObject>
#include <QSet>

#include <functional>

namespace ImageChat {

// Room keys at rest. A room link is as good as the key it carries, so the
// lists the program keeps of rooms (recent rooms, the rooms it made for
// local images) hold links without their keys, and the keys go to the
// keychain, the way identities do. Without a keychain the keys last as long
// as the program runs; a kept link whose key is gone needs the link again.
class RoomKeys : public QObject
{
    Q_OBJECT

public:
    explicit RoomKeys(CredentialStore *store, QObject *parent = nullptr);

    // The link as it may be written to the settings: without its key, which
    // is handed to the keychain.
    QString keep(const RoomLink &link);
    // Whether the text is such a kept link (a room link without a key).
    static bool isKept(const QString &text);
    // Looks up the key of a kept link: restored() with the whole link, or
    // missing() when there is no key for it (or no keychain any more).
    void restore(const QString &kept);
    // The same, answered once to these functions while `context` lives.
    void restore(const QString &kept, QObject *context, std::function<void(const RoomLink &)> found,
                 std::function<void()> missing);

signals:
    void restored(const QString &kept, const ImageChat::RoomLink &link);
    void missing(const QString &kept);

private:
    static QString keyFor(const QString &kept);

    CredentialStore *m_store;
    QSet<QString> m_restoring;
};

} // namespace ImageChat
