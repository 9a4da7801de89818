#include "offlinebanner.h"

#include "connectionstatus.h"
#include "syncservice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ImageChat {

OfflineBanner::OfflineBanner(ConnectionStatus *status, SyncService *sync, QWidget *parent)
    : QWidget(parent)
    , m_status(status)
    , m_sync(sync)
    , m_label(new QLabel(this))
    , m_retryButton(new QPushButton(tr("Retry now"), this))
{
    setObjectName(QStringLiteral("offlineBanner"));
    m_label->setObjectName(QStringLiteral("bannerText"));
    m_retryButton->setObjectName(QStringLiteral("retryNowButton"));
    // Translations run longer than English ("Offline — Sie können Markierungen
    // ansehen, …"); wrapping keeps them whole in a narrow window.
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retryButton, 0, Qt::AlignVCenter);

    // A calm warning colour that reads the same in light and dark themes,
    // because the text colour is set with it.
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xff, 0xf1, 0xc4));
    pal.setColor(QPalette::WindowText, QColor(0x3a, 0x2e, 0x00));
    setPalette(pal);

    connect(m_retryButton, &QPushButton::clicked, this, [this] { m_sync->retryNow(); });
    connect(m_status, &ConnectionStatus::changed, this, &OfflineBanner::update);
    update();
}

QString OfflineBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void OfflineBanner::update()
{
    QString text;
    bool canRetry = false;
    switch (m_status->kind()) {
    case ConnectionStatus::Kind::Hidden:
        break;
    case ConnectionStatus::Kind::Connecting:
        text = tr("Connecting…");
        break;
    case ConnectionStatus::Kind::Offline:
        text = tr("Offline — you can view markers, new ones can't be sent",
                  "marker: a numbered pin on the image with its conversation");
        break;
    case ConnectionStatus::Kind::Reconnecting:
        // With no countdown an attempt is under way: nothing to skip.
        if (m_status->secondsToRetry() > 0) {
            text = tr("Reconnecting in %n s —", "followed by a Retry now button",
                      m_status->secondsToRetry());
            canRetry = true;
        } else {
            text = tr("Reconnecting…");
        }
        break;
    case ConnectionStatus::Kind::Resyncing:
        text = tr("Resynchronising…", "catching up with changes made while disconnected");
        break;
    case ConnectionStatus::Kind::Failed:
        text = tr("Can't join this room: %1", "room: the shared session on one image")
                   .arg(m_status->detail());
        // Refused for good (wrong key, unknown room): trying again is still
        // the user's call, e.g. after the server's owner fixed it.
        canRetry = true;
        break;
    }
    m_label->setText(text);
    m_retryButton->setVisible(canRetry);
    setVisible(!text.isEmpty());
}

} // namespace ImageChat
