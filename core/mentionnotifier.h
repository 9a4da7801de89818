#pragma once

#include "roommodel.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace ImageChat {

class NotificationSink;

// Decides which new comments are worth a desktop notification: one by
// someone else that mentions the user ("@name"), or a reply in a thread the
// user took part in (created the marker or wrote in it). Only while the
// window is not in front (the user sees the comment arrive otherwise), only
// once per comment, and never for what the room held when it was opened.
class MentionNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Reason { Mention, Reply };
    Q_ENUM(Reason)

    explicit MentionNotifier(RoomModel *model, QObject *parent = nullptr);

    void setSelf(const QString &userId) { m_self = userId; }
    // The names the user goes by ("@" any of them is a mention).
    void setNames(const QStringList &names) { m_names = names; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    // Whether the user is looking already (the window is active).
    void setWatching(std::function<bool()> watching) { m_watching = std::move(watching); }
    // Where notifications go; none: nothing is shown.
    void setSink(NotificationSink *sink);

    // Whether this new comment calls for a notification, and why.
    std::optional<Reason> reasonFor(const Conversation &c, const Comment &comment) const;

signals:
    // A notification was handed to the sink.
    void notified(const QString &markerId, const QString &commentId,
                  ImageChat::MentionNotifier::Reason reason);
    // The user clicked one: bring up this marker.
    void activated(const QString &markerId);

private:
    void onConversation(const QString &id);
    void onReset();

    RoomModel *m_model;
    QPointer<NotificationSink> m_sink;
    QString m_self;
    QStringList m_names;
    bool m_enabled = true;
    std::function<bool()> m_watching;
    QSet<QString> m_known; // comment ids already considered
    bool m_loaded = false;
};

} // namespace ImageChat
