#pragma once

#include <QObject>
#include <QSettings>
#include <QSslCertificate>
#include <QStringList>

namespace ImageChat {

// The user's preferences and recent items, in the platform's settings store.
// Secrets never go here (they live in the keychain).
class AppSettings : public QObject
{
    Q_OBJECT

public:
    explicit AppSettings(QObject *parent = nullptr);

    // Values given on the command line: used for this run in place of the
    // stored ones, and never stored, so that `--name` for a demo does not
    // rename the user for good. An empty value was not given.
    struct Overrides
    {
        QString displayName;
        QString serverUrl;
        QString language;
    };
    void setOverrides(const Overrides &overrides);
    const Overrides &overrides() const { return m_overrides; }

    QString displayName() const;
    void setDisplayName(const QString &name);
    // Given on the command line or stored: no need to ask on first use.
    bool hasDisplayName() const;

    // ws:// or wss:// URL of the server that hosts new rooms; empty: this
    // program hosts them itself.
    QString serverUrl() const;
    void setServerUrl(const QString &url);

    // A PEM file of certificate authorities trusted for wss:// servers
    // beyond the system's (a company's private CA); empty: none.
    QString authorityFile() const;
    void setAuthorityFile(const QString &path);
    // Its certificates; none if unset or unreadable (logged).
    QList<QSslCertificate> trustedAuthorities() const;

    // Language code ("de", "pt_BR"…); empty: follow the system. Takes
    // effect at the next start.
    QString language() const;
    void setLanguage(const QString &code);

    // Desktop notifications for mentions and replies (on unless turned off).
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);

    // Recently opened files and room links, newest first.
    QStringList recent() const;
    void addRecent(const QString &pathOrLink);
    void removeRecent(const QString &pathOrLink);
    // In place, keeping the order.
    void replaceRecent(const QString &from, const QString &to);

    static constexpr int MaxRecent = 10;

signals:
    void changed();

private:
    mutable QSettings m_settings;
    Overrides m_overrides;
};

} // namespace ImageChat
