#pragma once

#include "roomlink.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace ImageChat {

class RoomHost;

// The dialogs a window opens, each window-modal with open(), never a nested
// event loop: the answer comes back as a signal.
class WindowDialogs : public QObject
{
    Q_OBJECT

public:
    explicit WindowDialogs(QWidget *window);

    // Open Image…
    void chooseFile();
    // Join Room…
    void chooseRoom();
    // The link to give to others. A room this computer hosts is published
    // on the local network first; false (and `error`) when that fails.
    bool share(RoomLink link, RoomHost *host, QString *error);
    // Text typed and not sent would be lost by closing: asks first. Asked
    // once at a time; a second close raises the open question.
    void askDiscard();

signals:
    void fileChosen(const QString &path);
    void roomChosen(const ImageChat::RoomLink &link);
    void discardConfirmed();

private:
    QWidget *m_window;
    QPointer<QWidget> m_discardQuestion;
};

} // namespace ImageChat
