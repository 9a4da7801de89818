#include "mainwindow.h"

#include "appsettings.h"
#include "canvasview.h"
#include "connectionpanel.h"
#include "desktopnotifications.h"
#include "imagedata.h"
#include "imageinfo.h"
#include "imageinput.h"
#include "presencebar.h"
#include "roomexporter.h"
#include "roomhost.h"
#include "roomkeys.h"
#include "roomview.h"
#include "startscreen.h"
#include "threadpanel.h"
#include "tiledimage.h"
#include "undoactions.h"
#include "windowactions.h"
#include "windowdialogs.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ImageChat {

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setBaseTitle(tr("ImageChat"));
    resize(1280, 800);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_messageBar = new MessageBar(central);
    m_stack = new QStackedWidget(central);
    m_start = new StartScreen(services.settings, m_stack);
    m_stack->addWidget(m_start);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    m_hostingLabel = new QLabel(this);
    statusBar()->addWidget(m_hostingLabel, 1);

    m_actions = new WindowActions(this);
    m_dialogs = new WindowDialogs(this);
    connect(m_actions, &WindowActions::openRequested, m_dialogs, &WindowDialogs::chooseFile);
    connect(m_actions, &WindowActions::joinRequested, m_dialogs, &WindowDialogs::chooseRoom);
    auto *input = new ImageInput(this);
    connect(input, &ImageInput::openRequested, this, &MainWindow::open);
    connect(input, &ImageInput::imageReceived, this, &MainWindow::openImageData);
    connect(input, &ImageInput::failed, this,
            [this](const QString &text) { showMessage(text, true); });
    connect(m_actions, &WindowActions::pasteRequested, input, &ImageInput::paste);
    connect(m_actions, &WindowActions::shareRequested, this, &MainWindow::share);
    connect(m_actions, &WindowActions::exportRequested, this, &MainWindow::exportRoom);
    connect(m_actions, &WindowActions::newWindowRequested, this, [this] {
        if (m_session)
            emit newWindowRequested(m_session->link().toString());
    });
    connect(m_actions, &WindowActions::settingsRequested, this, &MainWindow::settingsRequested);
    connect(m_actions, &WindowActions::nextUnreadRequested, this, &MainWindow::nextUnread);
    connect(m_actions->undo(), &UndoActions::failed, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(m_dialogs, &WindowDialogs::fileChosen, this, &MainWindow::openFile);
    connect(m_dialogs, &WindowDialogs::roomChosen, this, &MainWindow::joinRoom);
    connect(m_dialogs, &WindowDialogs::discardConfirmed, this, [this] {
        m_discardConfirmed = true;
        // Queued: the question is still being closed.
        QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
    });
    connect(m_start, &StartScreen::openRequested, m_dialogs, &WindowDialogs::chooseFile);
    connect(m_start, &StartScreen::joinRequested, m_dialogs, &WindowDialogs::chooseRoom);
    connect(m_start, &StartScreen::pasteRequested, input, &ImageInput::paste);
    connect(m_start, &StartScreen::recentActivated, this, &MainWindow::open);
    if (services.host)
        connect(services.host, &RoomHost::publishedChanged, this, [this] { updateActions(); });
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::updateActions()
{
    m_actions->update(m_session, m_exporter && m_exporter->isBusy());
    const RoomHost *host = m_services.host;
    m_hostingLabel->setText(host && host->isEmbedded() && host->isPublished()
                                ? tr("Sharing from this computer: others can join while "
                                     "ImageChat runs.")
                                : QString());
}

void MainWindow::open(const QString &pathOrLink)
{
    if (RoomKeys::isKept(pathOrLink))
        return openKept(pathOrLink);
    if (!pathOrLink.startsWith(QLatin1String("imagechat://"), Qt::CaseInsensitive))
        return openFile(pathOrLink);
    QString error;
    const std::optional<RoomLink> link = RoomLink::parse(pathOrLink, &error);
    if (!link)
        return showMessage(error, true);
    joinRoom(*link);
}

void MainWindow::openFile(const QString &path)
{
    if (m_session)
        return emit openInNewWindow(path);
    QString error;
    const std::optional<QByteArray> data = ImageInput::readFile(path, &error);
    if (!data) {
        m_services.settings->removeRecent(path);
        return showMessage(error, true);
    }
    m_services.settings->addRecent(QFileInfo(path).absoluteFilePath());
    openImageData(*data, QFileInfo(path).fileName());
}

void MainWindow::openImageData(const QByteArray &data, const QString &name)
{
    if (m_session)
        return showMessage(
            tr("This window already shows an image; open the new one from a new window."));
    QString error;
    // Tiles at the zoom in use: a large image is never decoded whole.
    std::unique_ptr<TiledImage> source = TiledImage::open(data, &error);
    if (!source)
        return showMessage(tr("%1 is not an image ImageChat can show (%2).").arg(name, error),
                           true);
    // Servers take the common formats only; anything else Qt reads goes as PNG.
    QByteArray bytes = data;
    if (!readImageInfo(data)) {
        const QImage image = decodeImage(data, &error);
        if (image.isNull())
            return showMessage(tr("%1 is not an image ImageChat can show (%2).").arg(name, error),
                               true);
        bytes = encodePng(image);
    }
    startSession();
    m_room->canvas()->setImageSource(std::move(source));
    setBaseTitle(tr("%1 — ImageChat").arg(name));
    m_session->openImage(bytes, name, m_services.host);
}

void MainWindow::openKept(const QString &kept)
{
    RoomKeys *keys = m_services.roomKeys;
    if (!keys)
        return showMessage(tr("Open this room from its link."), true);
    keys->restore(
        kept, this, [this](const RoomLink &link) { joinRoom(link); },
        [this, kept] {
            m_services.settings->removeRecent(kept);
            showMessage(tr("The key of this room is no longer kept on this computer; open the room "
                           "from its link again."),
                        true);
        });
}

void MainWindow::joinRoom(const RoomLink &link)
{
    if (m_session)
        return emit openInNewWindow(link.toString());
    // The key goes to the keychain; the settings keep the link without it.
    if (m_services.roomKeys)
        m_services.settings->addRecent(m_services.roomKeys->keep(link));
    startSession();
    setBaseTitle(tr("Joining — ImageChat"));
    m_session->join(link);
}

void MainWindow::startSession()
{
    m_session = new RoomSession(m_services.identities, m_services.reachability, this);
    m_session->setRoomKeys(m_services.roomKeys);
    m_session->setDisplayName(m_services.settings->displayName());
    m_session->setTrustedAuthorities(m_services.settings->trustedAuthorities());
    m_actions->undo()->setHistory(m_session->history());
    m_room = new RoomView(m_session, m_stack);
    m_stack->addWidget(m_room);
    m_stack->setCurrentWidget(m_room);
    m_actions->setCanvas(m_room->canvas());
    m_exporter = new RoomExporter(m_session, this, m_progress);
    connect(m_room, &RoomView::message, this, &MainWindow::showMessage);
    connect(m_room, &RoomView::markerCreated, m_actions, &WindowActions::selectTool);
    connect(m_exporter, &RoomExporter::message, this, &MainWindow::showMessage);
    connect(m_exporter, &RoomExporter::busyChanged, this, &MainWindow::updateActions);
    connect(m_session->conversations(), &ConversationListModel::totalUnreadChanged, this,
            &MainWindow::updateTitle);
    // What arrives in the open thread while the window is in the background
    // stays unread until the user is back (changeEvent).
    m_session->conversations()->setWatching(isActiveWindow());

    watchMentions(m_session->mentions(), m_services.settings, this);
    connect(m_session->mentions(), &MentionNotifier::activated, this,
            &MainWindow::bringUpConversation);

    connect(m_session, &RoomSession::imageProgress, this, [this](qint64 done, qint64 total) {
        m_progress->setVisible(done < total);
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        m_progress->setFormat(tr("Image %p%"));
    });
    connect(m_session, &RoomSession::imageReady, this,
            [this](const QByteArray &, const Protocol::ImageMeta &meta) {
                m_progress->hide();
                if (!meta.name.isEmpty())
                    setBaseTitle(tr("%1 — ImageChat").arg(meta.name));
            });
    connect(m_session, &RoomSession::joinFailed, m_progress, &QWidget::hide);
    connect(m_session, &RoomSession::started, this, [this] {
        m_connectionPanel =
            new ConnectionPanel(m_session->sync(), m_session->model(), m_actions->connectionDock());
        m_actions->connectionDock()->setWidget(m_connectionPanel);
        m_actions->presenceBar()->setPresence(m_session->presence());
    });
    updateActions();
}

void MainWindow::setBaseTitle(const QString &title)
{
    m_baseTitle = title;
    updateTitle();
}

void MainWindow::updateTitle()
{
    const int unread = m_session ? m_session->conversations()->totalUnread() : 0;
    setWindowTitle(
        unread > 0
            ? tr("(%1) %2", "unread count, then the window's title").arg(unread).arg(m_baseTitle)
            : m_baseTitle);
}

void MainWindow::nextUnread()
{
    if (m_room && !m_room->nextUnread())
        statusBar()->showMessage(tr("Nothing unread."), 3000);
}

void MainWindow::bringUpConversation(const QString &id)
{
    setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
    if (m_session && m_session->model()->conversation(id))
        selectConversation(id);
}

void MainWindow::share()
{
    QString error;
    if (m_session && !m_dialogs->share(m_session->link(), m_services.host, &error))
        showMessage(error, true);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Text typed and not sent would be lost: ask first. The answer comes
    // later (no nested event loop); Discard closes the window again, for good.
    if (threadPanel() && threadPanel()->hasUnsentText() && !m_discardConfirmed) {
        event->ignore();
        return m_dialogs->askDiscard();
    }
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && m_session)
        m_session->conversations()->setWatching(isActiveWindow());
    QMainWindow::changeEvent(event);
}

} // namespace ImageChat
