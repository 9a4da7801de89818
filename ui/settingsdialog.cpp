#include "settingsdialog.h"

#include "appsettings.h"
#include "roomlink.h"

#include "tlstrust.h"
#include "translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ImageChat {

SettingsDialog::SettingsDialog(AppSettings *settings, const QString &tenantToken, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_initialToken(tenantToken)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(settings->hasDisplayName() ? settings->displayName() : QString(), this);
    m_name->setPlaceholderText(settings->displayName());
    m_name->setMaxLength(64);
    m_server = new QLineEdit(settings->serverUrl(), this);
    m_server->setPlaceholderText(tr("Empty: ImageChat hosts shared rooms itself"));
    // A secret: typed hidden, kept in the keychain, never in the settings.
    m_tenantToken = new QLineEdit(tenantToken, this);
    m_tenantToken->setObjectName(QStringLiteral("tenantTokenEdit"));
    m_tenantToken->setEchoMode(QLineEdit::Password);
    m_tenantToken->setPlaceholderText(tr("Only if the server's operator gave you one"));
    // A company's own certificate authority, for its wss:// server.
    m_authorities = new QLineEdit(settings->authorityFile(), this);
    m_authorities->setObjectName(QStringLiteral("authorityEdit"));
    m_authorities->setPlaceholderText(tr("Optional: a PEM file"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("chooseAuthorityButton"));
    auto *authorityRow = new QHBoxLayout;
    authorityRow->addWidget(m_authorities, 1);
    authorityRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, tr("Certificate authority"),
                                        QFileInfo(m_authorities->text()).path(),
                                        tr("Certificates (*.pem *.crt);;All files (*)"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setFileMode(QFileDialog::ExistingFile);
        connect(chooser, &QFileDialog::fileSelected, m_authorities, &QLineEdit::setText);
        chooser->open(); // no nested event loop
    });
    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    // Each language in its own words, so anyone can find theirs.
    for (const QString &code : shippedLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (code == QLatin1String("pt_BR"))
            name = QStringLiteral("Português (Brasil)");
        m_language->addItem(name.left(1).toUpper() + name.mid(1), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));
    // What the command line gave is shown but not asked for, and not stored.
    const AppSettings::Overrides &given = settings->overrides();
    const QString givenTip = tr("Given on the command line for this run; not saved.");
    for (auto [widget, value] : { std::pair<QWidget *, QString>(m_name, given.displayName),
                                  std::pair<QWidget *, QString>(m_server, given.serverUrl),
                                  std::pair<QWidget *, QString>(m_language, given.language) }) {
        if (value.isEmpty())
            continue;
        widget->setEnabled(false);
        widget->setToolTip(givenTip);
    }
    form->addRow(tr("Your name:"), m_name);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Tenant token:"), m_tenantToken);
    form->addRow(tr("Trusted authority:"), authorityRow);
    form->addRow(tr("Language:"), m_language);
    auto *restart =
        new QLabel(tr("A new language is used from the next start of ImageChat."), this);
    restart->setWordWrap(true);
    form->addRow(QString(), restart);
    m_notifications = new QCheckBox(
        tr("Tell me about mentions and replies while ImageChat is not in front"), this);
    m_notifications->setObjectName(QStringLiteral("notificationsCheck"));
    m_notifications->setChecked(settings->notificationsEnabled());
    form->addRow(tr("Notifications:"), m_notifications);
    auto *hint = new QLabel(tr("Others see your name next to your comments. The server is where "
                               "shared images and conversations are kept, e.g. "
                               "wss://chat.example.org:443."),
                            this);
    hint->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
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
    const AppSettings::Overrides &given = m_settings->overrides();
    const QString server = m_server->text().trimmed();
    QString error;
    if (given.serverUrl.isEmpty() && !server.isEmpty() && !ServerAddress::parse(server, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    const QString authorities = m_authorities->text().trimmed();
    if (!authorities.isEmpty() && !readCertificates(authorities, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_settings->setAuthorityFile(authorities);
    if (given.displayName.isEmpty() && !m_name->text().trimmed().isEmpty())
        m_settings->setDisplayName(m_name->text());
    if (given.serverUrl.isEmpty())
        m_settings->setServerUrl(server);
    const QString token = m_tenantToken->text().trimmed();
    if (token != m_initialToken)
        emit tenantTokenChanged(given.serverUrl.isEmpty() ? server : given.serverUrl, token);
    if (given.language.isEmpty())
        m_settings->setLanguage(m_language->currentData().toString());
    if (m_notifications->isChecked() != m_settings->notificationsEnabled())
        m_settings->setNotificationsEnabled(m_notifications->isChecked());
    QDialog::accept();
}

} // namespace ImageChat
