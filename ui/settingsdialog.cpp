#include "settingsdialog.h"

#include "appsettings.h"
#include "roomlink.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ImageChat {

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(settings->hasDisplayName() ? settings->displayName() : QString(), this);
    m_name->setPlaceholderText(settings->displayName());
    m_name->setMaxLength(64);
    m_server = new QLineEdit(settings->serverUrl(), this);
    m_server->setPlaceholderText(tr("Empty: ImageChat hosts shared rooms itself"));
    form->addRow(tr("Your name:"), m_name);
    form->addRow(tr("Server:"), m_server);
    auto *hint = new QLabel(tr("Others see your name next to your comments. The server is where "
                               "shared images and conversations are kept, e.g. "
                               "wss://chat.example.org:443."),
                            this);
    hint->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::accept()
{
    const QString server = m_server->text().trimmed();
    QString error;
    if (!server.isEmpty() && !ServerAddress::parse(server, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    if (!m_name->text().trimmed().isEmpty())
        m_settings->setDisplayName(m_name->text());
    m_settings->setServerUrl(server);
    QDialog::accept();
}

} // namespace ImageChat
