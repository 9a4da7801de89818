#include "imageinput.h"

#include "imagedata.h"
#include "protocol.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QWidget>

namespace ImageChat {

ImageInput::ImageInput(QWidget *window)
    : QObject(window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

void ImageInput::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (mime && mime->hasImage())
        return emit imageReceived(mimeImagePng(mime), tr("Pasted image"));
    if (mime && mime->hasText() && mime->text().trimmed().startsWith(QLatin1String("imagechat://")))
        return emit openRequested(mime->text().trimmed());
    emit failed(tr("The clipboard holds no image."));
}

std::optional<QByteArray> ImageInput::readFile(const QString &path, QString *error)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    if (file.size() > Protocol::MaxImageBytes) {
        *error = tr("%1 is too large to share (%2 MB; the limit is %3 MB).")
                     .arg(name)
                     .arg(file.size() / (1024 * 1024))
                     .arg(Protocol::MaxImageBytes / (1024 * 1024));
        return std::nullopt;
    }
    return file.readAll();
}

bool ImageInput::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        const QMimeData *mime = drag->mimeData();
        if (mime->hasImage() || (mime->hasUrls() && mime->urls().value(0).isLocalFile()))
            drag->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QMimeData *mime = drop->mimeData();
        if (mime->hasUrls() && mime->urls().value(0).isLocalFile()) {
            drop->acceptProposedAction();
            emit openRequested(mime->urls().value(0).toLocalFile());
        } else if (mime->hasImage()) {
            drop->acceptProposedAction();
            emit imageReceived(mimeImagePng(mime), tr("Dropped image"));
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ImageChat
