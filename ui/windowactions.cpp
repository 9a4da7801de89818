#include "windowactions.h"

#include "canvasview.h"
#include "presencebar.h"
#include "undoactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>

namespace ImageChat {

WindowActions::WindowActions(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    createFileMenu();
    m_undo = new UndoActions(window->menuBar()->addMenu(tr("&Edit")), this);
    createToolBar();
    createViewMenu();

    QMenu *tools = window->menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_selectTool);
    tools->addAction(m_addTool);

    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ImageChat"), this, &WindowActions::showAbout);
}

void WindowActions::createFileMenu()
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Image…"), this, &WindowActions::openRequested)
        ->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Join Room…", "room: a shared session on one image"), this,
                    &WindowActions::joinRequested)
        ->setShortcut(QKeySequence(tr("Ctrl+J")));
    file->addAction(tr("&Paste Image"), this, &WindowActions::pasteRequested)
        ->setShortcut(QKeySequence::Paste);
    file->addSeparator();
    m_shareAction = file->addAction(tr("&Share…"), this, &WindowActions::shareRequested);
    m_shareAction->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_exportAction = file->addAction(tr("&Export…"), this, &WindowActions::exportRequested);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_newWindowAction =
        file->addAction(tr("&New Window on This Room", "room: a shared session on one image"), this,
                        &WindowActions::newWindowRequested);
    m_newWindowAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    file->addSeparator();
    QAction *settingsAction =
        file->addAction(tr("Se&ttings…"), this, &WindowActions::settingsRequested);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    file->addAction(tr("&Close Window"), m_window, &QWidget::close)
        ->setShortcut(QKeySequence::Close);
    file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows)
        ->setShortcut(QKeySequence::Quit);
}

void WindowActions::createToolBar()
{
    QToolBar *toolbar = m_window->addToolBar(tr("Tools"));
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
    m_roomActions << m_selectTool << m_addTool;
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
}

void WindowActions::createViewMenu()
{
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    auto addView = [&](const QString &text, const QKeySequence &key, void (CanvasView::*slot)()) {
        QAction *action = view->addAction(text, this, [this, slot] {
            if (m_canvas)
                (m_canvas->*slot)();
        });
        action->setShortcut(key);
        m_roomActions.append(action);
    };
    addView(tr("Zoom &In"), QKeySequence::ZoomIn, &CanvasView::zoomIn);
    addView(tr("Zoom &Out"), QKeySequence::ZoomOut, &CanvasView::zoomOut);
    addView(tr("&Fit to Window"), QKeySequence(tr("Ctrl+0")), &CanvasView::fitToWindow);
    addView(tr("&Actual Size"), QKeySequence(tr("Ctrl+1")), &CanvasView::actualSize);
    view->addSeparator();
    QAction *nextUnread =
        view->addAction(tr("&Next Unread"), this, &WindowActions::nextUnreadRequested);
    nextUnread->setObjectName(QStringLiteral("nextUnreadAction"));
    nextUnread->setShortcut(QKeySequence(tr("N")));
    nextUnread->setToolTip(tr("Open the next conversation with unread comments (N)"));
    m_roomActions.append(nextUnread);
    view->addSeparator();
    // The dock is there from the start, empty, so that its own toggle action
    // (which keeps menu and dock in step) can sit in the menu.
    m_connectionDock = new QDockWidget(tr("Connection"), m_window);
    m_connectionDock->setObjectName(QStringLiteral("connectionDock"));
    m_connectionDock->hide();
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_connectionDock);
    QAction *connection = m_connectionDock->toggleViewAction();
    connection->setText(tr("&Connection", "the panel with the figures of the connection"));
    connection->setObjectName(QStringLiteral("connectionAction"));
    connection->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    view->addAction(connection);
    m_roomActions.append(connection);
    m_roomActions << m_shareAction << m_newWindowAction;
}

void WindowActions::setCanvas(CanvasView *canvas)
{
    m_canvas = canvas;
}

void WindowActions::update(bool hasRoom, bool exporting)
{
    for (QAction *action : std::as_const(m_roomActions))
        action->setEnabled(hasRoom);
    m_exportAction->setEnabled(hasRoom && !exporting);
}

void WindowActions::selectTool()
{
    m_selectTool->trigger();
}

void WindowActions::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About ImageChat"),
                                tr("<p><b>ImageChat %1</b></p><p>Talk about images together: "
                                   "markers on an image, a conversation at each, in sync for "
                                   "everyone who has it open.</p>")
                                    .arg(QApplication::applicationVersion()),
                                QMessageBox::Ok, m_window);
    box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // no nested event loop
}

} // namespace ImageChat
