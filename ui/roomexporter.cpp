#include "roomexporter.h"

#include "exportdialog.h"
#include "exportjob.h"
#include "roomexport.h"
#include "roomsession.h"

#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QProgressBar>
#include <QStatusBar>

namespace ImageChat {

RoomExporter::RoomExporter(RoomSession *session, QMainWindow *window, QProgressBar *progress)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_progress(progress)
{ }

void RoomExporter::ask()
{
    if (m_job)
        return;
    QString base = QFileInfo(m_session->image().name).completeBaseName();
    if (base.isEmpty())
        base = tr("ImageChat export");
    auto *dialog = new ExportDialog(base, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, dialog](const QString &) { start(dialog->format(), dialog->path()); });
    dialog->open();
}

void RoomExporter::start(ExportFormat format, const QString &path)
{
    if (m_job)
        return;
    const RoomExport room = RoomExport::fromModel(m_session->link().room, *m_session->model(),
                                                  m_session->image(), m_session->imageData());
    m_job = new ExportJob(room, format, path, this);
    auto over = [this] {
        m_window->statusBar()->clearMessage();
        m_progress->hide();
        m_job->deleteLater();
        m_job = nullptr;
        emit busyChanged();
    };
    connect(m_job, &ExportJob::finished, this, [this, over, path] {
        over();
        emit message(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), false);
    });
    connect(m_job, &ExportJob::failed, this, [this, over](const QString &error) {
        over();
        emit message(tr("The export failed: %1").arg(error), true);
    });
    m_window->statusBar()->showMessage(tr("Exporting to %1…").arg(QFileInfo(path).fileName()));
    // How long it takes is not known beforehand: a busy bar.
    m_progress->setRange(0, 0);
    m_progress->show();
    m_job->start();
    emit busyChanged();
}

} // namespace ImageChat
