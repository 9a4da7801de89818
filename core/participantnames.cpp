#include "participantnames.h"

namespace ImageChat {

ParticipantNames::ParticipantNames(RoomModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(model, &RoomModel::conversationAdded, this, &ParticipantNames::learn);
    connect(model, &RoomModel::conversationChanged, this, &ParticipantNames::learn);
    connect(model, &RoomModel::modelReset, this, &ParticipantNames::learnAll);
    learnAll();
}

QString ParticipantNames::nameOf(const QString &userId) const
{
    return m_names.value(userId).name;
}

QStringList ParticipantNames::names(const QString &exceptUser) const
{
    QStringList names;
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        if (it.key() != exceptUser && !it->name.trimmed().isEmpty())
            names.append(it->name);
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    return names;
}

void ParticipantNames::learn(const QString &conversationId)
{
    const Conversation *c = m_model->conversation(conversationId);
    if (!c)
        return;
    for (const Comment &comment : c->comments) {
        if (comment.authorName.isEmpty())
            continue;
        // People may rename themselves; the newest comment has the name they
        // use now.
        Known &known = m_names[comment.author];
        if (known.name.isEmpty() || comment.createdAt >= known.at)
            known = { comment.authorName, comment.createdAt };
    }
}

void ParticipantNames::learnAll()
{
    for (auto it = m_model->conversations().cbegin(); it != m_model->conversations().cend(); ++it)
        learn(it.key());
}

} // namespace ImageChat
