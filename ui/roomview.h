#pragma once

#include <QSet>
#include <QWidget>

class QVBoxLayout;

namespace ImageChat {

class CanvasView;
class ConversationList;
class OfflineBanner;
class RoomSession;
class ThreadPanel;
struct OpError;
struct Operation;

// A room in a window: the image with its markers, the list of conversations
// and the open thread, with the offline banner above once connecting. It
// wires them to the RoomSession: a selection in one is followed by the
// others, a composed or moved marker becomes an operation, and a refused one
// comes back where it was made (the composer's text, the pin's failed look).
class RoomView : public QWidget
{
    Q_OBJECT

public:
    // `session` must outlive the view.
    explicit RoomView(RoomSession *session, QWidget *parent = nullptr);

    CanvasView *canvas() const { return m_canvas; }
    ConversationList *list() const { return m_list; }
    ThreadPanel *thread() const { return m_thread; }
    OfflineBanner *banner() const { return m_banner; }

    // Selects a marker in the canvas, the list and the thread panel.
    void selectConversation(const QString &id);
    // Selects the next conversation with something unread; false when
    // there is none.
    bool nextUnread();

signals:
    // For the window's message bar.
    void message(const QString &text, bool isError);
    // A new marker went out; the window goes back to the Select tool.
    void markerCreated();

private:
    void onOperationFailed(const Operation &op, const OpError &error);

    RoomSession *m_session;
    QVBoxLayout *m_layout;
    CanvasView *m_canvas;
    ConversationList *m_list;
    ThreadPanel *m_thread;
    OfflineBanner *m_banner = nullptr;
    QSet<QString> m_failedMarkers;
};

} // namespace ImageChat
