#include "sharedialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ImageChat {

ShareDialog::ShareDialog(const QString &link, const QString &hostNote, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Share"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Anyone with this link can see this image and its conversations, "
                                "and add their own:"),
                             this);
    intro->setWordWrap(true);
    m_link = new QLineEdit(link, this);
    m_link->setReadOnly(true);
    m_link->setMinimumWidth(460);
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(QStringLiteral("copyButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_link, 1);
    row->addWidget(copy);
    auto *note = new QLabel(hostNote, this);
    note->setWordWrap(true);
    auto *copied = new QLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(copied);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(copy, &QPushButton::clicked, this, [this, copied] {
        QApplication::clipboard()->setText(m_link->text());
        copied->setText(tr("Copied to the clipboard."));
    });
    m_link->selectAll();
}

QString ShareDialog::link() const
{
    return m_link->text();
}

} // namespace ImageChat
