#include "desktopapp.h"

#include "keychainstore.h"
#include "roomhosts.h"
#include "settingsdialog.h"

#include <QApplication>

namespace ImageChat {

DesktopApp::DesktopApp(const Options &options, QObject *parent)
    : QObject(parent)
{
    m_settings.setOverrides({ options.displayName, options.serverUrl, options.language });
    m_keychain = std::make_unique<KeychainCredentialStore>();
    m_identities = std::make_unique<IdentityManager>(m_keychain.get(), &m_sessionSecrets);
    m_reachability = std::make_unique<SystemReachability>();

    const QString serverUrl = m_settings.serverUrl();
    QString error;
    const std::optional<ServerAddress> configured =
        serverUrl.isEmpty() ? std::nullopt : ServerAddress::parse(serverUrl, &error);
    m_tenantToken = std::make_unique<TenantToken>(m_keychain.get());
    connect(m_tenantToken.get(), &TenantToken::saved, this, [](bool ok, const QString &) {
        if (ok)
            return;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<MainWindow *>(widget))
                window->showMessage(tr("The tenant token could not be kept in the keychain; "
                                       "ImageChat uses it until it closes."));
        }
    });
    if (configured) {
        auto host = std::make_unique<FixedRoomHost>(*configured);
        connect(m_tenantToken.get(), &TenantToken::loaded, host.get(),
                &FixedRoomHost::setTenantToken);
        m_host = std::move(host);
        m_tenantToken->load(serverUrl);
    } else
        m_host = std::make_unique<EmbeddedRoomHost>(options.dataDir, options.port);

    m_services.settings = &m_settings;
    m_services.identities = m_identities.get();
    m_services.reachability = m_reachability.get();
    m_services.host = m_host.get();
    m_roomKeys = std::make_unique<RoomKeys>(m_keychain.get());
    m_services.roomKeys = m_roomKeys.get();
    // Earlier versions kept recent rooms with their keys in the settings.
    for (const QString &item : m_settings.recent()) {
        QString ignored;
        if (const std::optional<RoomLink> link = RoomLink::parse(item, &ignored))
            m_settings.replaceRecent(item, m_roomKeys->keep(*link));
    }

    // Said once per run, in every window open at the time.
    connect(m_identities.get(), &IdentityManager::keychainUnavailable, this,
            [this](const QString &text) {
                if (m_keychainNoticeShown)
                    return;
                m_keychainNoticeShown = true;
                for (QWidget *widget : QApplication::topLevelWidgets()) {
                    if (auto *window = qobject_cast<MainWindow *>(widget))
                        window->showMessage(text);
                }
            });
}

DesktopApp::~DesktopApp() = default;

MainWindow *DesktopApp::newWindow()
{
    auto *window = new MainWindow(m_services);
    connect(window, &MainWindow::openInNewWindow, this,
            [this](const QString &item) { newWindow()->open(item); });
    connect(window, &MainWindow::newWindowRequested, this,
            [this](const QString &link) { newWindow()->open(link); });
    connect(window, &MainWindow::settingsRequested, this, [this, window] { showSettings(window); });
    window->show();
    // First use: ask for a name, unless one was given on the command line.
    if (!m_settings.hasDisplayName())
        showSettings(window);
    return window;
}

MainWindow *DesktopApp::open(const QString &pathOrLink)
{
    MainWindow *window = newWindow();
    window->open(pathOrLink);
    return window;
}

void DesktopApp::showSettings(QWidget *parent)
{
    auto *dialog = new SettingsDialog(&m_settings, m_tenantToken->token(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::tenantTokenChanged, this,
            [this](const QString &serverUrl, const QString &token) {
                m_tenantToken->save(serverUrl, token);
                // The server in use takes it at once; another one from its
                // next start, when it is the one in use.
                auto *fixed = qobject_cast<FixedRoomHost *>(m_host.get());
                if (fixed && serverUrl == m_settings.serverUrl())
                    fixed->setTenantToken(token);
            });
    dialog->open(); // window-modal, no nested event loop
}

} // namespace ImageChat
