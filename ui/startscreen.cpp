#include "startscreen.h"

#include "appsettings.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ImageChat {

StartScreen::StartScreen(AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    auto *title = new QLabel(tr("Talk about an image together"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    title->setFont(big);
    auto *text = new QLabel(tr("Open an image to put markers on it and discuss each one, or join "
                               "a room someone shared with you. You can also drop an image here "
                               "or paste one."),
                            this);
    text->setWordWrap(true);
    auto *open = new QPushButton(tr("Open Image…"), this);
    open->setObjectName(QStringLiteral("openButton"));
    auto *join = new QPushButton(tr("Join Room…", "room: a shared session on one image"), this);
    join->setObjectName(QStringLiteral("joinButton"));
    auto *paste = new QPushButton(tr("Paste Image"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(join);
    buttons->addWidget(paste);
    buttons->addStretch();
    auto *recentLabel = new QLabel(tr("Recent"), this);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentList"));
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addLayout(buttons);
    layout->addSpacing(16);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent, 1);

    connect(open, &QPushButton::clicked, this, &StartScreen::openRequested);
    connect(join, &QPushButton::clicked, this, &StartScreen::joinRequested);
    connect(paste, &QPushButton::clicked, this, &StartScreen::pasteRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentActivated(item->data(Qt::UserRole).toString());
    });
    connect(settings, &AppSettings::changed, this, &StartScreen::reload);
    reload();
}

void StartScreen::reload()
{
    m_recent->clear();
    for (const QString &item : m_settings->recent()) {
        const bool isLink = item.startsWith(QLatin1String("imagechat://"));
        auto *row = new QListWidgetItem(
            isLink ? tr("Room %1", "room: a shared session on one image").arg(item)
                   : QFileInfo(item).fileName() + QStringLiteral(" — ")
                    + QFileInfo(item).absolutePath(),
            m_recent);
        row->setData(Qt::UserRole, item);
        row->setToolTip(item);
    }
}

} // namespace ImageChat
