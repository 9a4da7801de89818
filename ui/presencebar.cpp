#include "presencebar.h"

#include "presence.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace ImageChat {

PresenceBar::PresenceBar(QWidget *parent)
    : QWidget(parent)
    , m_avatars(new QHBoxLayout)
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("presenceBar"));
    m_count->setObjectName(QStringLiteral("presenceCount"));
    m_avatars->setContentsMargins(0, 0, 0, 0);
    m_avatars->setSpacing(2);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addLayout(m_avatars);
    layout->addWidget(m_count);
    refresh();
}

void PresenceBar::setPresence(Presence *presence)
{
    if (m_presence)
        m_presence->disconnect(this);
    m_presence = presence;
    if (presence)
        connect(presence, &Presence::peopleChanged, this, &PresenceBar::refresh);
    refresh();
}

QPixmap PresenceBar::avatar(const QString &initials, const QColor &colour, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(colour);
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(size * 2 / 5);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initials);
    return pixmap;
}

void PresenceBar::refresh()
{
    while (QLayoutItem *item = m_avatars->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<Presence::Person> people =
        m_presence ? m_presence->people() : QList<Presence::Person>();
    const int size = fontMetrics().height() + 8;
    QStringList folded;
    for (int i = 0; i < people.size(); ++i) {
        const Presence::Person &person = people.at(i);
        if (i >= MaxAvatars) {
            folded.append(person.name);
            continue;
        }
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("avatar"));
        label->setPixmap(avatar(Presence::initials(person.name), QColor::fromRgb(person.colour),
                                size, devicePixelRatioF()));
        label->setToolTip(person.name);
        label->setAccessibleName(person.name);
        m_avatars->addWidget(label);
    }
    if (!folded.isEmpty()) {
        auto *more = new QLabel(tr("+%1").arg(folded.size()), this);
        more->setObjectName(QStringLiteral("moreAvatars"));
        more->setToolTip(folded.join(QLatin1Char('\n')));
        m_avatars->addWidget(more);
    }
    // Counted with the user: "3 here" includes whoever reads it.
    m_count->setText(m_presence ? tr("%n here", "people who have the room open, you included",
                                     int(people.size()) + 1)
                                : QString());
    m_count->setToolTip(tr("People who have this room open, you included"));
}

} // namespace ImageChat
