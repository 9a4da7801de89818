#pragma once

#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace ImageChat {

class Presence;

// Who else has the room open: a round avatar with initials per person, in
// the person's colour, the name as its tooltip, and how many are here.
class PresenceBar : public QWidget
{
    Q_OBJECT

public:
    // More avatars than this fold into "+N".
    static constexpr int MaxAvatars = 6;

    explicit PresenceBar(QWidget *parent = nullptr);

    // Null: nobody shown.
    void setPresence(Presence *presence);

    // An avatar as drawn (for the screenshot and tests).
    static QPixmap avatar(const QString &initials, const QColor &colour, int size, qreal dpr);

private:
    void refresh();

    QPointer<Presence> m_presence;
    QHBoxLayout *m_avatars;
    QLabel *m_count;
};

} // namespace ImageChat
