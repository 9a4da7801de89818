#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QDockWidget;
class QMainWindow;

namespace ImageChat {

class CanvasView;
class PresenceBar;
class UndoActions;

// A window's menus, tool bar and actions (File, Edit, View, Tools, Help).
// It decides nothing: an action becomes a signal for the window, or a call
// on the canvas shown. Made once per window, before any room is open.
class WindowActions : public QObject
{
    Q_OBJECT

public:
    explicit WindowActions(QMainWindow *window);

    UndoActions *undo() const { return m_undo; }
    // Who else is here, at the far end of the tool bar.
    PresenceBar *presenceBar() const { return m_presenceBar; }
    // View ▸ Connection's dock, empty until the room's connection exists.
    QDockWidget *connectionDock() const { return m_connectionDock; }

    // The canvas the view and tool actions work on.
    void setCanvas(CanvasView *canvas);
    // What needs a room is enabled once there is one; Export waits for an
    // export that is running.
    void update(bool hasRoom, bool exporting);
    // Back to the Select tool.
    void selectTool();

signals:
    void openRequested();
    void joinRequested();
    void pasteRequested();
    void shareRequested();
    void exportRequested();
    void newWindowRequested();
    void settingsRequested();
    void nextUnreadRequested();

private:
    void createFileMenu();
    void createToolBar();
    void createViewMenu();
    void showAbout();

    QMainWindow *m_window;
    QPointer<CanvasView> m_canvas;
    UndoActions *m_undo = nullptr;
    PresenceBar *m_presenceBar = nullptr;
    QDockWidget *m_connectionDock = nullptr;
    QActionGroup *m_tools = nullptr;
    QAction *m_selectTool = nullptr;
    QAction *m_addTool = nullptr;
    QAction *m_shareAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_newWindowAction = nullptr;
    QList<QAction *> m_roomActions; // enabled only with a room
};

} // namespace ImageChat
