#include "joindialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ImageChat {

JoinDialog::JoinDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Join a Room", "room: a shared session on one image"));
    auto *layout = new QVBoxLayout(this);
    auto *prompt = new QLabel(tr("Paste the room link someone shared with you:"), this);
    prompt->setWordWrap(true);
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(QStringLiteral("imagechat://…"));
    m_edit->setMinimumWidth(420);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 4px;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_join = buttons->addButton(tr("Join", "join a room"), QDialogButtonBox::AcceptRole);
    m_join->setEnabled(false);
    layout->addWidget(prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &JoinDialog::validate);

    // A link on the clipboard is almost certainly why the dialog was opened.
    const QString clip = QGuiApplication::clipboard()->text().trimmed();
    if (clip.startsWith(QLatin1String("imagechat://")))
        setText(clip);
}

void JoinDialog::setText(const QString &text)
{
    m_edit->setText(text);
}

void JoinDialog::validate()
{
    QString error;
    const std::optional<RoomLink> link = RoomLink::parse(m_edit->text(), &error);
    m_join->setEnabled(bool(link));
    m_error->setVisible(!link && !m_edit->text().trimmed().isEmpty());
    m_error->setText(error);
    if (link)
        m_link = *link;
}

} // namespace ImageChat
