#pragma once

#include <QTimer>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace ImageChat {

class RoomModel;
class SyncService;

// View ▸ Connection: where the window's room connection goes, its state and
// what went over it (SyncService's ConnectionStats), kept up to date. For
// people on bad networks and for their bug reports ("Copy"). It only shows
// figures; they are counted in core.
class ConnectionPanel : public QWidget
{
    Q_OBJECT

public:
    // Both must outlive the panel (they belong to the window's RoomSession).
    ConnectionPanel(const SyncService *sync, const RoomModel *model, QWidget *parent = nullptr);

    // Every figure as "Label: value" lines, as Copy puts them on the clipboard.
    QString report() const;

private:
    QLabel *addRow(const QString &label, const QString &objectName);
    void refresh();

    const SyncService *m_sync;
    const RoomModel *m_model;
    QFormLayout *m_form;
    QLabel *m_server;
    QLabel *m_security;
    QLabel *m_fingerprint;
    QLabel *m_state;
    QLabel *m_roundTrip;
    QLabel *m_epoch;
    QLabel *m_seq;
    QLabel *m_messagesReceived;
    QLabel *m_bytesReceived;
    QLabel *m_messagesSent;
    QLabel *m_bytesSent;
    QLabel *m_reconnects;
    QLabel *m_lastError;
    // Many frames in a burst make one repaint, and a countdown gets its tick.
    QTimer m_refresh;
    QTimer m_ticker;
};

} // namespace ImageChat
