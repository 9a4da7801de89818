#pragma once

#include "syncservice.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace ImageChat {

// Who else has the room open, and who is writing a reply where (protocol.md
// 5.9). Ephemeral: learnt from the server while live, forgotten when the
// connection is, never stored. Also says, rate-limited, when this user types.
class Presence : public QObject
{
    Q_OBJECT

public:
    struct Person
    {
        QString user;
        QString name; // as the person's hello gave it; may be empty
        quint32 colour = 0; // 0xRRGGBB, see colourFor()
    };

    // How often a "typing" goes out while the user keeps typing, how long
    // after the last key a "stop" follows, and how long someone else's
    // notice holds without being said again.
    static constexpr int TypingRepeatMs = 2500;
    static constexpr int TypingIdleMs = 4000;
    static constexpr int TypingTimeoutMs = 6000;

    explicit Presence(SyncService *sync, QObject *parent = nullptr);

    // The other people here (not this user), by name.
    QList<Person> people() const;
    int count() const { return int(m_people.size()); }
    // A person's name for display: the name, or a stand-in without one.
    QString displayName(const QString &user) const;
    // Names of the others writing in this marker's conversation, by name.
    QStringList typingIn(const QString &marker) const;

    // One colour per user, the same in every client: drawn from a palette
    // by the user id, so avatars and anything else of theirs agree.
    static quint32 colourFor(const QString &user);
    // Up to two letters for an avatar.
    static QString initials(const QString &name);

    // The user typed in the reply box of this marker: tells the room, at
    // most once per TypingRepeatMs, and a stop after TypingIdleMs of quiet.
    void noteTyping(const QString &marker);
    // The reply was sent, emptied or left: tells the room at once.
    void stopTyping();

signals:
    void peopleChanged();
    void typingChanged(const QString &marker);

private:
    void onMessage(const QJsonObject &message);
    void onState(SyncService::State state);
    void setPerson(const QString &user, const QString &name);
    void removeTyping(const QString &user);
    void expireTyping();
    void sendTyping(const QString &marker, bool stop);

    QPointer<SyncService> m_sync;
    QHash<QString, QString> m_people; // user -> name, without this user
    // marker -> user -> when the notice stops holding (on m_clock)
    QHash<QString, QHash<QString, qint64>> m_typing;
    QElapsedTimer m_clock;
    QTimer m_expiry;
    // This user's own typing.
    QString m_typingMarker;
    QElapsedTimer m_lastSent;
    QTimer m_idle;
};

} // namespace ImageChat
