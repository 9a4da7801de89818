#pragma once

#include "roomexport.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

namespace ImageChat {

// One export written to a file on a worker thread: a PDF of a large image
// takes long enough that the window must not stop answering meanwhile. The
// room is copied in, so the model may change while the file is written.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    ExportJob(const RoomExport &room, ExportFormat format, const QString &path,
              QObject *parent = nullptr);
    // Waits for the worker: a file is never left half written.
    ~ExportJob() override;

    ExportFormat format() const { return m_format; }
    QString path() const { return m_path; }
    void start();

signals:
    // Exactly one of them, on the thread that owns the job.
    void finished(const QString &path);
    void failed(const QString &error);

private:
    struct Outcome
    {
        bool ok = false;
        QString error;
    };

    RoomExport m_room;
    ExportFormat m_format;
    QString m_path;
    std::shared_ptr<Outcome> m_outcome;
    QPointer<QThread> m_thread;
};

} // namespace ImageChat
