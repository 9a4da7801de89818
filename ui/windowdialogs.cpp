#include "windowdialogs.h"

#include "joindialog.h"
#include "roomhost.h"
#include "sharedialog.h"

#include <QFileDialog>
#include <QMessageBox>

namespace ImageChat {

WindowDialogs::WindowDialogs(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

void WindowDialogs::chooseFile()
{
    auto *dialog = new QFileDialog(
        m_window, tr("Open Image"), QString(),
        tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &WindowDialogs::fileChosen);
    dialog->open();
}

void WindowDialogs::chooseRoom()
{
    auto *dialog = new JoinDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit roomChosen(dialog->link()); });
    dialog->open();
}

bool WindowDialogs::share(RoomLink link, RoomHost *host, QString *error)
{
    QString note = tr("The room is kept on %1.").arg(link.server.host);
    const std::optional<ServerAddress> local = host ? host->address(error) : std::nullopt;
    if (host && host->isEmbedded() && local && link.server == *local) {
        const std::optional<ServerAddress> published = host->publish(error);
        if (!published) {
            *error = tr("Cannot share on the local network: %1").arg(*error);
            return false;
        }
        link.server = *published;
        note = tr("This computer hosts the room: others can join while ImageChat runs here.");
    }
    auto *dialog = new ShareDialog(link.toString(), note, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal, no nested event loop
    return true;
}

void WindowDialogs::askDiscard()
{
    if (m_discardQuestion)
        return m_discardQuestion->raise();
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Discard Unsent Text?"),
                        tr("You typed a comment that was not sent. Close the window anyway?"),
                        QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_discardQuestion = box;
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Discard))
            emit discardConfirmed();
    });
    box->open();
}

} // namespace ImageChat
