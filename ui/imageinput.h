#pragma once

#include <QObject>

#include <optional>

class QWidget;

namespace ImageChat {

// Where a window's image comes from besides the Open dialog: a file or an
// image dropped on the window, the clipboard (an image, or a room link),
// and a file read with the checks the server makes (size).
class ImageInput : public QObject
{
    Q_OBJECT

public:
    // Takes the drops on `window`.
    explicit ImageInput(QWidget *window);

    // Pastes what the clipboard holds.
    void paste();
    // The bytes of an image file, or the reason it cannot be opened.
    static std::optional<QByteArray> readFile(const QString &path, QString *error);

signals:
    // A file or a room link to open.
    void openRequested(const QString &pathOrLink);
    // An image without a file (PNG bytes), with the name to show.
    void imageReceived(const QByteArray &data, const QString &name);
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace ImageChat
