#include "mainwindow.h"

#include "appsettings.h"
#include "canvasview.h"
#include "connectionpanel.h"
#include "conversationlist.h"
#include "desktopnotifications.h"
#include "exportdialog.h"
#include "exportjob.h"
#include "imageinfo.h"
#include "imagelayer.h"
#include "joindialog.h"
#include "offlinebanner.h"
#include "presencebar.h"
#include "roomhost.h"
#include "roomkeys.h"
#include "roomsession.h"
#include "sharedialog.h"
#include "startscreen.h"
#include "threadpanel.h"
#include "tiledimage.h"
#include "uilogging.h"
#include "undoactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ImageChat {

namespace {

// Reads an image for display, with the reason when it cannot be read.
QImage decode(const QByteArray &data, QString *error)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        *error = reader.errorString();
    return image;
}

} // namespace

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    setBaseTitle(tr("ImageChat"));
    resize(1280, 800);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_messageBar = new QWidget(central);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    auto *messageLayout = new QHBoxLayout(m_messageBar);
    m_messageText = new QLabel(m_messageBar);
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton(m_messageBar);
    dismiss->setText(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    messageLayout->addWidget(m_messageText, 1);
    messageLayout->addWidget(dismiss);
    m_messageBar->hide();
    connect(dismiss, &QToolButton::clicked, m_messageBar, &QWidget::hide);

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

    connect(m_start, &StartScreen::openRequested, this, &MainWindow::chooseFile);
    connect(m_start, &StartScreen::joinRequested, this, &MainWindow::chooseRoom);
    connect(m_start, &StartScreen::pasteRequested, this, &MainWindow::pasteImage);
    connect(m_start, &StartScreen::recentActivated, this, &MainWindow::open);
    if (services.host) {
        connect(services.host, &RoomHost::publishedChanged, this, [this] { updateActions(); });
    }
    createActions();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openAction = file->addAction(tr("&Open Image…"), this, &MainWindow::chooseFile);
    openAction->setShortcut(QKeySequence::Open);
    QAction *joinAction = file->addAction(tr("&Join Room…", "room: a shared session on one image"),
                                          this, &MainWindow::chooseRoom);
    joinAction->setShortcut(QKeySequence(tr("Ctrl+J")));
    QAction *pasteAction = file->addAction(tr("&Paste Image"), this, &MainWindow::pasteImage);
    pasteAction->setShortcut(QKeySequence::Paste);
    file->addSeparator();
    m_shareAction = file->addAction(tr("&Share…"), this, &MainWindow::share);
    m_shareAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportRoom);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_newWindowAction = file->addAction(
        tr("&New Window on This Room", "room: a shared session on one image"), this, [this] {
            if (m_session)
                emit newWindowRequested(m_session->link().toString());
        });
    m_newWindowAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    file->addSeparator();
    QAction *settingsAction =
        file->addAction(tr("Se&ttings…"), this, &MainWindow::settingsRequested);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    file->addAction(tr("&Close Window"), this, &QWidget::close)->setShortcut(QKeySequence::Close);
    file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows)
        ->setShortcut(QKeySequence::Quit);

    m_undo = new UndoActions(menuBar()->addMenu(tr("&Edit")), this);
    connect(m_undo, &UndoActions::failed, this,
            [this](const QString &message) { showMessage(message, true); });

    QToolBar *toolbar = addToolBar(tr("Tools"));
    toolbar->setObjectName(QStringLiteral("toolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_tools = new QActionGroup(this);
    m_selectTool = new QAction(tr("Select"), m_tools);
    m_selectTool->setCheckable(true);
    m_selectTool->setChecked(true);
    m_selectTool->setShortcut(QKeySequence(tr("V")));
    m_selectTool->setToolTip(tr("Select and move markers, pan the image (V)"));
    m_addTool = new QAction(
        tr("Add Marker", "marker: a pin on the image that holds a conversation"), m_tools);
    m_addTool->setObjectName(QStringLiteral("addMarkerAction"));
    m_addTool->setCheckable(true);
    m_addTool->setShortcut(QKeySequence(tr("M")));
    m_addTool->setToolTip(tr("Click on the image to place a marker and start a conversation (M)"));
    toolbar->addAction(m_selectTool);
    toolbar->addAction(m_addTool);
    toolbar->addSeparator();
    toolbar->addAction(m_shareAction);
    // Who else is here, at the far end of the toolbar.
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_presenceBar = new PresenceBar(toolbar);
    toolbar->addWidget(m_presenceBar);
    connect(m_tools, &QActionGroup::triggered, this, [this](QAction *action) {
        if (m_canvas)
            m_canvas->setTool(action == m_addTool ? CanvasView::Tool::AddMarker
                                                  : CanvasView::Tool::Select);
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto addView = [&](const QString &text, const QKeySequence &key, void (CanvasView::*slot)()) {
        QAction *action = view->addAction(text, this, [this, slot] {
            if (m_canvas)
                (m_canvas->*slot)();
        });
        action->setShortcut(key);
        m_viewActions.append(action);
    };
    addView(tr("Zoom &In"), QKeySequence::ZoomIn, &CanvasView::zoomIn);
    addView(tr("Zoom &Out"), QKeySequence::ZoomOut, &CanvasView::zoomOut);
    addView(tr("&Fit to Window"), QKeySequence(tr("Ctrl+0")), &CanvasView::fitToWindow);
    addView(tr("&Actual Size"), QKeySequence(tr("Ctrl+1")), &CanvasView::actualSize);
    view->addSeparator();
    m_nextUnreadAction = view->addAction(tr("&Next Unread"), this, &MainWindow::nextUnread);
    m_nextUnreadAction->setObjectName(QStringLiteral("nextUnreadAction"));
    m_nextUnreadAction->setShortcut(QKeySequence(tr("N")));
    m_nextUnreadAction->setToolTip(tr("Open the next conversation with unread comments (N)"));
    m_viewActions.append(m_nextUnreadAction);
    view->addSeparator();
    // The dock is there from the start, empty, so that its own toggle action
    // (which keeps menu and dock in step) can sit in the menu.
    m_connectionDock = new QDockWidget(tr("Connection"), this);
    m_connectionDock->setObjectName(QStringLiteral("connectionDock"));
    m_connectionDock->hide();
    addDockWidget(Qt::RightDockWidgetArea, m_connectionDock);
    QAction *connection = m_connectionDock->toggleViewAction();
    connection->setText(tr("&Connection", "the panel with the figures of the connection"));
    connection->setObjectName(QStringLiteral("connectionAction"));
    connection->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    view->addAction(connection);
    m_viewActions.append(connection);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_selectTool);
    tools->addAction(m_addTool);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ImageChat"), this, [this] {
        auto *box =
            new QMessageBox(QMessageBox::Information, tr("About ImageChat"),
                            tr("<p><b>ImageChat %1</b></p><p>Talk about images together: markers "
                               "on an image, a conversation at each, in sync for everyone who "
                               "has it open.</p>")
                                .arg(QApplication::applicationVersion()),
                            QMessageBox::Ok, this);
        box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::updateActions()
{
    const bool hasRoom = m_session;
    m_shareAction->setEnabled(hasRoom);
    m_newWindowAction->setEnabled(hasRoom);
    m_exportAction->setEnabled(hasRoom && !m_exportJob);
    m_selectTool->setEnabled(hasRoom);
    m_addTool->setEnabled(hasRoom);
    for (QAction *action : std::as_const(m_viewActions))
        action->setEnabled(hasRoom);

    const RoomHost *host = m_services.host;
    QString hosting;
    if (host && host->isEmbedded() && host->isPublished())
        hosting = tr("Sharing from this computer: others can join while ImageChat runs.");
    m_hostingLabel->setText(hosting);
}

QString MainWindow::message() const
{
    return m_messageBar->isHidden() ? QString() : m_messageText->text();
}

void MainWindow::showMessage(const QString &text, bool isError)
{
    m_messageText->setText(text);
    m_messageBar->setStyleSheet(isError ? QStringLiteral("#messageBar { background: #fde7e9; }")
                                        : QStringLiteral("#messageBar { background: #e8f0fe; }"));
    m_messageBar->show();
}

void MainWindow::open(const QString &pathOrLink)
{
    if (RoomKeys::isKept(pathOrLink))
        return openKept(pathOrLink);
    if (pathOrLink.startsWith(QLatin1String("imagechat://"), Qt::CaseInsensitive)) {
        QString error;
        const std::optional<RoomLink> link = RoomLink::parse(pathOrLink, &error);
        if (!link)
            return showMessage(error, true);
        joinRoom(*link);
    } else {
        openFile(pathOrLink);
    }
}

void MainWindow::openFile(const QString &path)
{
    if (m_session)
        return emit openInNewWindow(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_services.settings->removeRecent(path);
        return showMessage(
            tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()), true);
    }
    if (file.size() > Protocol::MaxImageBytes)
        return showMessage(tr("%1 is too large to share (%2 MB; the limit is %3 MB).")
                               .arg(QFileInfo(path).fileName())
                               .arg(file.size() / (1024 * 1024))
                               .arg(Protocol::MaxImageBytes / (1024 * 1024)),
                           true);
    const QByteArray data = file.readAll();
    m_services.settings->addRecent(QFileInfo(path).absoluteFilePath());
    openImageData(data, QFileInfo(path).fileName());
}

void MainWindow::openImageData(const QByteArray &data, const QString &name)
{
    if (m_session) {
        showMessage(tr("This window already shows an image; open the new one from a new window."));
        return;
    }
    QString error;
    // Tiles at the zoom in use: a large image is never decoded whole.
    std::unique_ptr<TiledImage> source = TiledImage::open(data, &error);
    if (!source)
        return showMessage(tr("%1 is not an image ImageChat can show (%2).").arg(name, error),
                           true);
    QByteArray bytes = data;
    // Servers take the common formats only; anything else Qt reads goes as PNG.
    if (!readImageInfo(bytes)) {
        const QImage image = decode(data, &error);
        if (image.isNull())
            return showMessage(tr("%1 is not an image ImageChat can show (%2).").arg(name, error),
                               true);
        bytes.clear();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    }
    startSession();
    m_canvas->setImageSource(std::move(source));
    setBaseTitle(tr("%1 — ImageChat").arg(name));
    m_session->openImage(bytes, name, m_services.host);
}

void MainWindow::openKept(const QString &kept)
{
    RoomKeys *keys = m_services.roomKeys;
    if (!keys)
        return showMessage(tr("Open this room from its link."), true);
    // One answer is this window's; the connections go with it.
    auto *answer = new QObject(this);
    connect(keys, &RoomKeys::restored, answer,
            [this, kept, answer](const QString &which, const RoomLink &link) {
                if (which != kept)
                    return;
                answer->deleteLater();
                joinRoom(link);
            });
    connect(keys, &RoomKeys::missing, answer, [this, kept, answer](const QString &which) {
        if (which != kept)
            return;
        answer->deleteLater();
        m_services.settings->removeRecent(kept);
        showMessage(tr("The key of this room is no longer kept on this computer; open the room "
                       "from its link again."),
                    true);
    });
    keys->restore(kept);
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
    m_undo->setHistory(m_session->history());

    m_roomView = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(m_roomView);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_splitter = new QSplitter(Qt::Horizontal, m_roomView);
    m_canvas = new CanvasView(m_session->model(), m_splitter);
    auto *side = new QSplitter(Qt::Vertical, m_splitter);
    m_list = new ConversationList(m_session->conversations(), side);
    m_thread = new ThreadPanel(m_session, side);
    side->setStretchFactor(0, 1);
    side->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 900, 380 });
    layout->addWidget(m_splitter, 1);
    m_stack->addWidget(m_roomView);
    m_stack->setCurrentWidget(m_roomView);

    connect(m_canvas, &CanvasView::markerSelected, this, [this](const QString &id) {
        m_list->selectConversation(id);
        m_thread->showConversation(id);
    });
    connect(m_list, &ConversationList::conversationSelected, this, &MainWindow::selectConversation);
    connect(m_canvas, &CanvasView::markerComposed, this,
            [this](double x, double y, const QString &text) {
                const auto result = m_session->submit(Operation::createMarker(x, y, text));
                if (!result.sent)
                    return m_canvas->showComposerError(result.error.message);
                m_canvas->closeComposer();
                // One marker at a time: back to selecting, with the new one selected.
                m_selectTool->trigger();
                selectConversation(result.operation.marker);
            });
    connect(m_canvas, &CanvasView::moveRequested, this,
            [this](const QString &id, double x, double y) {
                const auto result = m_session->submit(Operation::moveMarker(id, x, y));
                if (!result.sent)
                    showMessage(tr("The marker was not moved: %1").arg(result.error.message), true);
            });
    connect(m_session->conversations(), &ConversationListModel::totalUnreadChanged, this,
            &MainWindow::updateTitle);

    MentionNotifier *mentions = m_session->mentions();
    mentions->setEnabled(m_services.settings->notificationsEnabled());
    connect(m_services.settings, &AppSettings::changed, mentions, [this, mentions] {
        mentions->setEnabled(m_services.settings->notificationsEnabled());
    });
    mentions->setWatching([this] { return isActiveWindow(); });
    mentions->setSink(makeNotificationSink(this));
    connect(mentions, &MentionNotifier::activated, this, &MainWindow::bringUpConversation);

    connect(m_session, &RoomSession::operationFailed, this, &MainWindow::onOperationFailed);
    connect(m_session, &RoomSession::operationConfirmed, this, [this](const Operation &op) {
        // A later change that went through clears the marker's failed look.
        if (m_failedMarkers.remove(op.marker))
            m_canvas->setFailedMarkers(m_failedMarkers);
    });
    connect(m_session, &RoomSession::imageProgress, this, [this](qint64 done, qint64 total) {
        m_progress->setVisible(done < total);
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        m_progress->setFormat(tr("Image %p%"));
    });
    connect(m_session, &RoomSession::imageReady, this,
            [this](const QByteArray &data, const Protocol::ImageMeta &meta) {
                m_progress->hide();
                if (!meta.name.isEmpty())
                    setBaseTitle(tr("%1 — ImageChat").arg(meta.name));
                // Opened from a file in this window and shown already.
                if (ImageLayer *shown = m_canvas->imageLayer();
                    shown && shown->source()->encoded() == data)
                    return;
                QString error;
                std::unique_ptr<TiledImage> source = TiledImage::open(data, &error);
                if (!source)
                    return showMessage(tr("The room's image cannot be shown: %1").arg(error), true);
                m_canvas->setImageSource(std::move(source));
            });
    connect(m_session, &RoomSession::joinFailed, this, [this](const OpError &error) {
        m_progress->hide();
        // Failed before the sync started (the image could not be fetched: a
        // refused certificate, no such room...): nothing is connecting any
        // more, and a banner saying "Connecting…" would be a lie.
        if (m_banner && m_session->sync()
            && m_session->sync()->state() == SyncService::State::Disconnected) {
            delete m_banner;
            m_banner = nullptr;
        }
        showMessage(tr("Could not open the room: %1").arg(error.message), true);
    });
    connect(m_session, &RoomSession::started, this, [this, layout] {
        m_banner = new OfflineBanner(m_session->status(), m_session->sync(), m_roomView);
        layout->insertWidget(0, m_banner);
        m_connectionPanel =
            new ConnectionPanel(m_session->sync(), m_session->model(), m_connectionDock);
        m_connectionDock->setWidget(m_connectionPanel);
        m_presenceBar->setPresence(m_session->presence());
    });
    updateActions();
}

void MainWindow::selectConversation(const QString &id)
{
    m_canvas->selectMarker(id);
    m_list->selectConversation(id);
    m_thread->showConversation(id);
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
    if (!m_session)
        return;
    const QString next = m_session->conversations()->nextUnread(m_list->selectedConversation());
    if (next.isEmpty())
        return statusBar()->showMessage(tr("Nothing unread."), 3000);
    // A filter must not hide where the user is taken.
    const Conversation *c = m_session->model()->conversation(next);
    if (c && m_list->filter() != ConversationFilterModel::Filter::All
        && c->resolved != (m_list->filter() == ConversationFilterModel::Filter::Resolved))
        m_list->setFilter(ConversationFilterModel::Filter::All);
    selectConversation(next);
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

void MainWindow::onOperationFailed(const Operation &op, const OpError &error)
{
    // A new marker's text comes back in the composer where it was typed;
    // the thread panel keeps its own failures.
    if (op.kind == Operation::Kind::CreateMarker) {
        // The composer may hold something else the user is typing; then the
        // refused text goes to the message bar, selectable, never lost.
        if (!m_canvas->reopenComposer(op.x, op.y, op.text, error.message))
            showMessage(
                tr("A new marker was refused (%1). Its text was: %2").arg(error.message, op.text),
                true);
        return;
    }
    if (m_session->model()->conversation(op.marker)) {
        m_failedMarkers.insert(op.marker);
        m_canvas->setFailedMarkers(m_failedMarkers);
    }
    if (op.kind == Operation::Kind::MoveMarker)
        showMessage(tr("The marker was not moved: %1").arg(error.message), true);
}

void MainWindow::share()
{
    if (!m_session)
        return;
    RoomLink link = m_session->link();
    QString note = tr("The room is kept on %1.").arg(link.server.host);
    RoomHost *host = m_services.host;
    QString error;
    const std::optional<ServerAddress> local = host ? host->address(&error) : std::nullopt;
    if (host && host->isEmbedded() && local && link.server == *local) {
        const std::optional<ServerAddress> published = host->publish(&error);
        if (!published)
            return showMessage(tr("Cannot share on the local network: %1").arg(error), true);
        link.server = *published;
        note = tr("This computer hosts the room: others can join while ImageChat runs here.");
    }
    auto *dialog = new ShareDialog(link.toString(), note, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal, no nested event loop
}

void MainWindow::exportRoom()
{
    if (!m_session || m_exportJob)
        return;
    QString base = QFileInfo(m_session->image().name).completeBaseName();
    if (base.isEmpty())
        base = tr("ImageChat export");
    auto *dialog = new ExportDialog(base, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, dialog](const QString &) { startExport(dialog->format(), dialog->path()); });
    dialog->open();
}

void MainWindow::startExport(ExportFormat format, const QString &path)
{
    if (!m_session || m_exportJob)
        return;
    const RoomExport room = RoomExport::fromModel(m_session->link().room, *m_session->model(),
                                                  m_session->image(), m_session->imageData());
    m_exportJob = new ExportJob(room, format, path, this);
    const QString name = QFileInfo(path).fileName();
    statusBar()->showMessage(tr("Exporting to %1…").arg(name));
    // How long it takes is not known beforehand: a busy bar.
    m_progress->setRange(0, 0);
    m_progress->show();
    auto over = [this] {
        statusBar()->clearMessage();
        m_progress->hide();
        m_exportJob->deleteLater();
        m_exportJob = nullptr;
        updateActions();
    };
    connect(m_exportJob, &ExportJob::finished, this, [this, over, path] {
        over();
        showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_exportJob, &ExportJob::failed, this, [this, over](const QString &error) {
        over();
        showMessage(tr("The export failed: %1").arg(error), true);
    });
    m_exportJob->start();
    updateActions();
}

void MainWindow::chooseFile()
{
    auto *dialog = new QFileDialog(
        this, tr("Open Image"), QString(),
        tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openFile);
    dialog->open();
}

void MainWindow::chooseRoom()
{
    auto *dialog = new JoinDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { joinRoom(dialog->link()); });
    dialog->open();
}

void MainWindow::pasteImage()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (mime && mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return openImageData(bytes, tr("Pasted image"));
    }
    if (mime && mime->hasText() && mime->text().trimmed().startsWith(QLatin1String("imagechat://")))
        return open(mime->text().trimmed());
    showMessage(tr("The clipboard holds no image."), true);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasImage() || (mime->hasUrls() && mime->urls().value(0).isLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() && mime->urls().value(0).isLocalFile()) {
        event->acceptProposedAction();
        open(mime->urls().value(0).toLocalFile());
    } else if (mime->hasImage()) {
        event->acceptProposedAction();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        qvariant_cast<QImage>(mime->imageData()).save(&buffer, "PNG");
        openImageData(bytes, tr("Dropped image"));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Text typed and not sent would be lost: ask first. The answer comes
    // later (no nested event loop); Discard closes the window again, for good.
    if (m_thread && m_thread->hasUnsentText() && !m_discardConfirmed) {
        event->ignore();
        if (m_closeQuestion)
            return m_closeQuestion->raise();
        auto *box =
            new QMessageBox(QMessageBox::Question, tr("Discard Unsent Text?"),
                            tr("You typed a comment that was not sent. Close the window anyway?"),
                            QMessageBox::Discard | QMessageBox::Cancel, this);
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        m_closeQuestion = box;
        connect(box, &QMessageBox::finished, this, [this, box] {
            if (box->clickedButton() != box->button(QMessageBox::Discard))
                return;
            m_discardConfirmed = true;
            // Queued: the box is still being closed.
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        });
        box->open();
        return;
    }
    event->accept();
}

} // namespace ImageChat
