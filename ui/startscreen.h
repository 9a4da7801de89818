#pragma once

#include <QWidget>

class QListWidget;

namespace ImageChat {

class AppSettings;

// What an empty window shows: open an image, join a room, or pick up a
// recent one. Dropping an image file anywhere on the window opens it too.
class StartScreen : public QWidget
{
    Q_OBJECT

public:
    StartScreen(AppSettings *settings, QWidget *parent = nullptr);

signals:
    void openRequested();
    void joinRequested();
    void pasteRequested();
    // A file path or a room link.
    void recentActivated(const QString &item);

private:
    void reload();

    AppSettings *m_settings;
    QListWidget *m_recent;
};

} // namespace ImageChat
