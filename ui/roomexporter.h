#pragma once

#include "exportjob.h"

#include <QObject>
#include <QPointer>

class QMainWindow;
class QProgressBar;

namespace ImageChat {

class RoomSession;
enum class ExportFormat;

// File ▸ Export…: asks for a file and a format (without a nested event
// loop), then writes the room there in the background, one export at a time,
// with a busy bar and a word in the window's status bar while it runs.
class RoomExporter : public QObject
{
    Q_OBJECT

public:
    // `session` must outlive the exporter; dialogs open on `window`.
    RoomExporter(RoomSession *session, QMainWindow *window, QProgressBar *progress);

    bool isBusy() const { return m_job; }
    void ask();
    void start(ExportFormat format, const QString &path);

signals:
    // An export began or ended.
    void busyChanged();
    // Where it went, or why not.
    void message(const QString &text, bool isError);

private:
    RoomSession *m_session;
    QMainWindow *m_window;
    QProgressBar *m_progress;
    QPointer<ExportJob> m_job;
};

} // namespace ImageChat
