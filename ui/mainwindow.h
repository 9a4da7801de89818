#pragma once

#include "roomexport.h"
#include "roomlink.h"
#include "roomsession.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace ImageChat {

class AppSettings;
class CanvasView;
class ExportJob;
class ConnectionPanel;
class PresenceBar;
class ConversationList;
class IdentityManager;
class OfflineBanner;
class Reachability;
class RoomHost;
class StartScreen;
class ThreadPanel;
class UndoActions;
struct Operation;
struct OpError;

// What every window shares, made once in app/ and handed in.
class RoomKeys;

struct Services
{
    AppSettings *settings = nullptr;
    IdentityManager *identities = nullptr;
    Reachability *reachability = nullptr;
    RoomHost *host = nullptr;
    // Keys of the rooms kept in the settings; null: links are not kept.
    RoomKeys *roomKeys = nullptr;
};

// One window: an image and its conversations. It wires widgets to a
// RoomSession and holds no logic of its own beyond that.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a local image file or a room link ("imagechat://…"). A window
    // that shows a room already asks for a new window instead.
    void open(const QString &pathOrLink);
    void openFile(const QString &path);
    void openImageData(const QByteArray &data, const QString &name);
    void joinRoom(const RoomLink &link);
    // A recent room, kept without its key: joined once the key is found.
    void openKept(const QString &kept);

    RoomSession *session() const { return m_session; }
    CanvasView *canvas() const { return m_canvas; }
    ConversationList *conversationList() const { return m_list; }
    ThreadPanel *threadPanel() const { return m_thread; }
    OfflineBanner *banner() const { return m_banner; }
    // View ▸ Connection; null until the room's connection exists.
    PresenceBar *m_presenceBar = nullptr;
    ConnectionPanel *connectionPanel() const { return m_connectionPanel; }
    // The one-line message bar under the banner (errors, notices).
    QString message() const;

public slots:
    void showMessage(const QString &text, bool isError = false);
    void share();
    // File ▸ Export…: asks for a file and a format, then writes it in the
    // background; the message bar says where it went or why not.
    void exportRoom();
    // Selects a marker in the canvas, the list and the thread panel.
    void selectConversation(const QString &id);
    // Selects the next conversation with something unread (View ▸ Next Unread).
    void nextUnread();
    // A notification was clicked: this window to the front, at that marker.
    void bringUpConversation(const QString &id);

signals:
    // Open this file or link in another window.
    void openInNewWindow(const QString &pathOrLink);
    // Another window on the same room.
    void newWindowRequested(const QString &link);
    void settingsRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void startSession();
    void updateActions();
    // The title without the unread count in front.
    void setBaseTitle(const QString &title);
    void updateTitle();
    void onOperationFailed(const Operation &op, const OpError &error);
    void pasteImage();
    void chooseFile();
    void chooseRoom();
    void startExport(ExportFormat format, const QString &path);

    Services m_services;
    QPointer<RoomSession> m_session;
    QStackedWidget *m_stack = nullptr;
    StartScreen *m_start = nullptr;
    QWidget *m_roomView = nullptr;
    CanvasView *m_canvas = nullptr;
    ConversationList *m_list = nullptr;
    ThreadPanel *m_thread = nullptr;
    OfflineBanner *m_banner = nullptr;
    QDockWidget *m_connectionDock = nullptr;
    ConnectionPanel *m_connectionPanel = nullptr;
    QWidget *m_messageBar = nullptr;
    QLabel *m_messageText = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_hostingLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QActionGroup *m_tools = nullptr;
    QAction *m_selectTool = nullptr;
    QAction *m_addTool = nullptr;
    QAction *m_shareAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_newWindowAction = nullptr;
    UndoActions *m_undo = nullptr;
    QAction *m_nextUnreadAction = nullptr;
    QString m_baseTitle;
    QList<QAction *> m_viewActions;
    QSet<QString> m_failedMarkers;
    QPointer<QWidget> m_closeQuestion;
    QPointer<ExportJob> m_exportJob;
    bool m_discardConfirmed = false;
};

} // namespace ImageChat
