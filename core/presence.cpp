#include "presence.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>

namespace ImageChat {

namespace {

// Distinct on light and dark backgrounds, and none of them the pins' state
// colours, so that a person is never read as "resolved" or "failed".
constexpr quint32 Palette[] = { 0x7c3aed, 0xdb2777, 0x0891b2, 0xc2410c,
                                0x4d7c0f, 0x9333ea, 0x0f766e, 0xb45309 };

} // namespace

Presence::Presence(SyncService *sync, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
{
    m_clock.start();
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &Presence::expireTyping);
    m_idle.setSingleShot(true);
    m_idle.setInterval(TypingIdleMs);
    connect(&m_idle, &QTimer::timeout, this, &Presence::stopTyping);
    connect(sync, &SyncService::messageReceived, this, &Presence::onMessage);
    connect(sync, &SyncService::stateChanged, this, &Presence::onState);
}

quint32 Presence::colourFor(const QString &user)
{
    const QByteArray hash = QCryptographicHash::hash(user.toUtf8(), QCryptographicHash::Sha256);
    return Palette[quint8(hash.at(0)) % std::size(Palette)];
}

QString Presence::initials(const QString &name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString letters;
    for (const QString &word : words) {
        letters += word.at(0).toUpper();
        if (letters.size() == 2)
            break;
    }
    return letters.isEmpty() ? QStringLiteral("?") : letters;
}

QList<Presence::Person> Presence::people() const
{
    QList<Person> list;
    for (auto it = m_people.cbegin(); it != m_people.cend(); ++it)
        list.append({ it.key(), displayName(it.key()), colourFor(it.key()) });
    std::sort(list.begin(), list.end(), [](const Person &a, const Person &b) {
        const int order = a.name.localeAwareCompare(b.name);
        return order != 0 ? order < 0 : a.user < b.user;
    });
    return list;
}

QString Presence::displayName(const QString &user) const
{
    const QString name = m_people.value(user);
    return name.isEmpty() ? tr("Anonymous") : name;
}

QStringList Presence::typingIn(const QString &marker) const
{
    QStringList names;
    const QHash<QString, qint64> typing = m_typing.value(marker);
    for (auto it = typing.cbegin(); it != typing.cend(); ++it)
        names.append(displayName(it.key()));
    names.sort(Qt::CaseInsensitive);
    return names;
}

void Presence::onMessage(const QJsonObject &message)
{
    const QString type = message.value(QStringLiteral("type")).toString();
    const QString self = m_sync ? m_sync->identity().user : QString();
    const QString user = message.value(QStringLiteral("user")).toString();
    if (type == Protocol::Type::Presence) {
        const QStringList before = m_people.keys();
        m_people.clear();
        for (const QJsonValue &value : message.value(QStringLiteral("people")).toArray()) {
            const QJsonObject person = value.toObject();
            const QString id = person.value(QStringLiteral("user")).toString();
            if (!id.isEmpty() && id != self)
                m_people.insert(id, person.value(QStringLiteral("name")).toString());
        }
        for (const QString &gone : before) {
            if (!m_people.contains(gone))
                removeTyping(gone);
        }
        emit peopleChanged();
    } else if (type == Protocol::Type::Joined) {
        if (!user.isEmpty() && user != self)
            setPerson(user, message.value(QStringLiteral("name")).toString());
    } else if (type == Protocol::Type::Left) {
        if (m_people.remove(user)) {
            removeTyping(user);
            emit peopleChanged();
        }
    } else if (type == Protocol::Type::Typing) {
        const QString marker = message.value(QStringLiteral("marker")).toString();
        if (user.isEmpty() || user == self || marker.isEmpty())
            return;
        if (message.value(QStringLiteral("stop")).toBool()) {
            auto it = m_typing.find(marker);
            if (it != m_typing.end() && it->remove(user)) {
                if (it->isEmpty())
                    m_typing.erase(it);
                emit typingChanged(marker);
            }
            return;
        }
        const bool isNew = !m_typing.value(marker).contains(user);
        m_typing[marker].insert(user, m_clock.elapsed() + TypingTimeoutMs);
        if (!m_expiry.isActive())
            m_expiry.start(TypingTimeoutMs);
        if (isNew)
            emit typingChanged(marker);
    }
}

void Presence::setPerson(const QString &user, const QString &name)
{
    const auto it = m_people.constFind(user);
    if (it != m_people.cend() && *it == name)
        return;
    m_people.insert(user, name);
    emit peopleChanged();
    // A new name shows in "… is typing" too.
    for (auto t = m_typing.cbegin(); t != m_typing.cend(); ++t) {
        if (t->contains(user))
            emit typingChanged(t.key());
    }
}

void Presence::removeTyping(const QString &user)
{
    const QStringList markers = m_typing.keys();
    for (const QString &marker : markers) {
        auto it = m_typing.find(marker);
        if (it->remove(user)) {
            if (it->isEmpty())
                m_typing.erase(it);
            emit typingChanged(marker);
        }
    }
}

void Presence::expireTyping()
{
    const qint64 now = m_clock.elapsed();
    qint64 next = -1;
    const QStringList markers = m_typing.keys();
    for (const QString &marker : markers) {
        auto it = m_typing.find(marker);
        bool changed = false;
        for (auto u = it->begin(); u != it->end();) {
            if (*u <= now) {
                u = it->erase(u);
                changed = true;
            } else {
                next = next < 0 ? *u : std::min(next, *u);
                ++u;
            }
        }
        if (it->isEmpty())
            m_typing.erase(it);
        if (changed)
            emit typingChanged(marker);
    }
    if (next >= 0)
        m_expiry.start(int(std::max<qint64>(1, next - now)));
}

void Presence::onState(SyncService::State state)
{
    if (state == SyncService::State::Live)
        return;
    // Not connected: who is here is not known any more; the next welcome
    // brings it again.
    m_typingMarker.clear();
    m_idle.stop();
    if (m_people.isEmpty() && m_typing.isEmpty())
        return;
    m_people.clear();
    const QStringList markers = m_typing.keys();
    m_typing.clear();
    for (const QString &marker : markers)
        emit typingChanged(marker);
    emit peopleChanged();
}

void Presence::noteTyping(const QString &marker)
{
    if (marker.isEmpty() || !m_sync || m_sync->state() != SyncService::State::Live)
        return;
    if (m_typingMarker != marker) {
        if (!m_typingMarker.isEmpty())
            sendTyping(m_typingMarker, true);
        m_typingMarker = marker;
        m_lastSent.invalidate();
    }
    if (!m_lastSent.isValid() || m_lastSent.elapsed() >= TypingRepeatMs) {
        sendTyping(marker, false);
        m_lastSent.start();
    }
    m_idle.start();
}

void Presence::stopTyping()
{
    m_idle.stop();
    if (m_typingMarker.isEmpty())
        return;
    sendTyping(std::exchange(m_typingMarker, QString()), true);
    m_lastSent.invalidate();
}

void Presence::sendTyping(const QString &marker, bool stop)
{
    if (!m_sync)
        return;
    QJsonObject message { { QStringLiteral("type"), Protocol::Type::Typing },
                          { QStringLiteral("marker"), marker } };
    if (stop)
        message.insert(QStringLiteral("stop"), true);
    m_sync->sendTransient(message);
}

} // namespace ImageChat
