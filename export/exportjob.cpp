#include "exportjob.h"

#include "exportlogging.h"

#include <QElapsedTimer>

namespace ImageChat {

ExportJob::ExportJob(const RoomExport &room, ExportFormat format, const QString &path,
                     QObject *parent)
    : QObject(parent)
    , m_room(room)
    , m_format(format)
    , m_path(path)
    , m_outcome(std::make_shared<Outcome>())
{ }

ExportJob::~ExportJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ExportJob::start()
{
    if (m_thread)
        return;
    // The worker gets copies and the shared outcome only, never `this`.
    m_thread =
        QThread::create([room = m_room, format = m_format, path = m_path, outcome = m_outcome] {
            QElapsedTimer timer;
            timer.start();
            QString error;
            const std::optional<QByteArray> data = renderExport(room, format, &error);
            outcome->ok = data && writeExportFile(path, *data, &error);
            outcome->error = error;
            qCInfo(lcExport) << "export" << exportFormatName(format)
                             << (outcome->ok ? "written" : "failed") << "in" << timer.elapsed()
                             << "ms";
        });
    connect(m_thread, &QThread::finished, this, [this] {
        // finished() comes once the worker's function has returned.
        if (m_outcome->ok)
            emit finished(m_path);
        else
            emit failed(m_outcome->error);
    });
    m_thread->start();
}

} // namespace ImageChat
