#pragma once

#include "appsettings.h"
#include "credentialstore.h"
#include "identitymanager.h"
#include "mainwindow.h"
#include "reachability.h"
#include "roomhost.h"
#include "roomkeys.h"
#include "tenanttoken.h"

#include <QObject>

#include <memory>

namespace ImageChat {

// Makes the objects every window shares and the windows themselves; the only
// place that knows which implementations are used (keychain, reachability,
// embedded or configured server).
class DesktopApp : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir; // embedded server's data
        quint16 port = 47800;
        // Given on the command line: for this run, over the settings (and
        // so never asked for by the first-run dialog), not stored.
        QString serverUrl;
        QString displayName;
        QString language;
    };

    explicit DesktopApp(const Options &options, QObject *parent = nullptr);
    ~DesktopApp() override;

    MainWindow *newWindow();
    // Opens a file or link in an empty window (or a new one).
    MainWindow *open(const QString &pathOrLink);
    const Services &services() const { return m_services; }

private:
    void showSettings(QWidget *parent);

    AppSettings m_settings;
    std::unique_ptr<CredentialStore> m_keychain;
    SessionCredentialStore m_sessionSecrets;
    std::unique_ptr<IdentityManager> m_identities;
    std::unique_ptr<Reachability> m_reachability;
    std::unique_ptr<RoomHost> m_host;
    std::unique_ptr<TenantToken> m_tenantToken;
    std::unique_ptr<RoomKeys> m_roomKeys;
    Services m_services;
    bool m_keychainNoticeShown = false;
};

} // namespace ImageChat
