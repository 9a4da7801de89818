#include "appsettings.h"

#include "logging.h"
#include "tlstrust.h"

namespace ImageChat {

namespace {
const QString kName = QStringLiteral("identity/displayName");
const QString kServer = QStringLiteral("sharing/serverUrl");
const QString kRecent = QStringLiteral("recent/items");
const QString kLanguage = QStringLiteral("ui/language");
const QString kAuthorities = QStringLiteral("sharing/authorityFile");
const QString kNotifications = QStringLiteral("ui/notifications");
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{ }

void AppSettings::setOverrides(const Overrides &overrides)
{
    m_overrides = { overrides.displayName.trimmed(), overrides.serverUrl.trimmed(),
                    overrides.language.trimmed() };
    emit changed();
}

QString AppSettings::displayName() const
{
    if (!m_overrides.displayName.isEmpty())
        return m_overrides.displayName;
    const QString fallback = qEnvironmentVariable("USER", tr("Guest"));
    return m_settings.value(kName, fallback).toString();
}

bool AppSettings::hasDisplayName() const
{
    return !m_overrides.displayName.isEmpty()
        || !m_settings.value(kName).toString().trimmed().isEmpty();
}

void AppSettings::setDisplayName(const QString &name)
{
    m_settings.setValue(kName, name.trimmed());
    emit changed();
}

QString AppSettings::serverUrl() const
{
    if (!m_overrides.serverUrl.isEmpty())
        return m_overrides.serverUrl;
    return m_settings.value(kServer).toString();
}

void AppSettings::setServerUrl(const QString &url)
{
    m_settings.setValue(kServer, url.trimmed());
    emit changed();
}

QString AppSettings::authorityFile() const
{
    return m_settings.value(kAuthorities).toString();
}

void AppSettings::setAuthorityFile(const QString &path)
{
    m_settings.setValue(kAuthorities, path.trimmed());
    emit changed();
}

QList<QSslCertificate> AppSettings::trustedAuthorities() const
{
    const QString path = authorityFile();
    if (path.isEmpty())
        return {};
    QString error;
    const std::optional<QList<QSslCertificate>> certificates = readCertificates(path, &error);
    if (!certificates)
        qCWarning(lcSync) << "ignoring the certificate authorities in settings:" << error;
    return certificates.value_or(QList<QSslCertificate>());
}

QString AppSettings::language() const
{
    if (!m_overrides.language.isEmpty())
        return m_overrides.language;
    return m_settings.value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    m_settings.setValue(kLanguage, code);
    emit changed();
}

bool AppSettings::notificationsEnabled() const
{
    return m_settings.value(kNotifications, true).toBool();
}

void AppSettings::setNotificationsEnabled(bool enabled)
{
    m_settings.setValue(kNotifications, enabled);
    emit changed();
}

QStringList AppSettings::recent() const
{
    return m_settings.value(kRecent).toStringList();
}

void AppSettings::addRecent(const QString &pathOrLink)
{
    QStringList items = recent();
    items.removeAll(pathOrLink);
    items.prepend(pathOrLink);
    m_settings.setValue(kRecent, items.mid(0, MaxRecent));
    emit changed();
}

void AppSettings::removeRecent(const QString &pathOrLink)
{
    QStringList items = recent();
    if (items.removeAll(pathOrLink) == 0)
        return;
    m_settings.setValue(kRecent, items);
    emit changed();
}

void AppSettings::replaceRecent(const QString &from, const QString &to)
{
    QStringList items = recent();
    const qsizetype at = items.indexOf(from);
    if (at < 0)
        return;
    items.removeAll(to);
    items[items.indexOf(from)] = to;
    m_settings.setValue(kRecent, items);
    emit changed();
}

} // namespace ImageChat
