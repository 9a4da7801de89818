#pragma once

#include "roommodel.h"

#include <QHash>
#include <QObject>

namespace ImageChat {

// Display names of the people in a room, by user id. The protocol carries a
// name only with the comments someone writes, so names are learnt from
// comments, and kept after those comments are gone: "deleted by Ana" must
// still work when Ana deleted the only marker she ever wrote in.
class ParticipantNames : public QObject
{
    Q_OBJECT

public:
    explicit ParticipantNames(RoomModel *model, QObject *parent = nullptr);

    // The name on this user's most recent comment seen in this session;
    // empty when none was seen.
    QString nameOf(const QString &userId) const;
    // Everyone's current name, sorted, except `exceptUser`'s (for "@"
    // completion, where one's own name is of no use).
    QStringList names(const QString &exceptUser = {}) const;

private:
    struct Known
    {
        QString name;
        qint64 at = 0;
    };

    void learn(const QString &conversationId);
    void learnAll();

    RoomModel *m_model;
    QHash<QString, Known> m_names;
};

} // namespace ImageChat
