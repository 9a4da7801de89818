#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ImageChat {

class ConnectionStatus;
class SyncService;

// The strip above the canvas that says why changes can't be sent right now
// (S6, S13): offline, reconnecting (with "Retry now"), resynchronising, or
// refused for good. Hidden while live. It only shows ConnectionStatus; what
// the state is, and whether sending is allowed, is decided there.
class OfflineBanner : public QWidget
{
    Q_OBJECT

public:
    // Both must outlive the banner (they belong to the window's RoomSession).
    OfflineBanner(ConnectionStatus *status, SyncService *sync, QWidget *parent = nullptr);

    // What the banner says now (empty while hidden).
    QString text() const;

private:
    void update();

    ConnectionStatus *m_status;
    SyncService *m_sync;
    QLabel *m_label;
    QPushButton *m_retryButton;
};

} // namespace ImageChat
