#pragma once

#include "messagebar.h"
#include "roomexporter.h"
#include "roomlink.h"
#include "roomsession.h"
#include "roomview.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QProgressBar;
class QStackedWidget;

namespace ImageChat {

class AppSettings;
class CanvasView;
class ConnectionPanel;
class ConversationList;
class IdentityManager;
class OfflineBanner;
class Reachability;
class RoomHost;
class RoomKeys;
class StartScreen;
class ThreadPanel;
class WindowActions;
class WindowDialogs;

// What every window shares, made once in app/ and handed in.
struct Services
{
    AppSettings *settings = nullptr;
    IdentityManager *identities = nullptr;
    Reachability *reachability = nullptr;
    RoomHost *host = nullptr;
    // Keys of the rooms kept in the settings; null: links are not kept.
    RoomKeys *roomKeys = nullptr;
};

// One window: an image and its conversations. It puts together the start
// screen, the room's view (RoomView), the menus (WindowActions) and the
// dialogs (WindowDialogs), and holds no logic of its own beyond that.
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
    CanvasView *canvas() const { return m_room ? m_room->canvas() : nullptr; }
    ConversationList *conversationList() const { return m_room ? m_room->list() : nullptr; }
    ThreadPanel *threadPanel() const { return m_room ? m_room->thread() : nullptr; }
    OfflineBanner *banner() const { return m_room ? m_room->banner() : nullptr; }
    // View ▸ Connection; null until the room's connection exists.
    ConnectionPanel *connectionPanel() const { return m_connectionPanel; }
    // The one-line message bar under the banner (errors, notices).
    QString message() const { return m_messageBar->message(); }

public slots:
    void showMessage(const QString &text, bool isError = false)
    {
        m_messageBar->showMessage(text, isError);
    }
    void share();
    // File ▸ Export…: asks for a file and a format, then writes it in the
    // background; the message bar says where it went or why not.
    void exportRoom()
    {
        if (m_exporter)
            m_exporter->ask();
    }
    // Selects a marker in the canvas, the list and the thread panel.
    void selectConversation(const QString &id) { m_room->selectConversation(id); }
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
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void startSession();
    void updateActions();
    // The title without the unread count in front.
    void setBaseTitle(const QString &title);
    void updateTitle();

    Services m_services;
    QPointer<RoomSession> m_session;
    WindowActions *m_actions = nullptr;
    WindowDialogs *m_dialogs = nullptr;
    QStackedWidget *m_stack = nullptr;
    StartScreen *m_start = nullptr;
    RoomView *m_room = nullptr;
    RoomExporter *m_exporter = nullptr;
    ConnectionPanel *m_connectionPanel = nullptr;
    MessageBar *m_messageBar = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_hostingLabel = nullptr;
    QString m_baseTitle;
    bool m_discardConfirmed = false;
};

} // namespace ImageChat
