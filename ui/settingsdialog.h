#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QComboBox;
class QLineEdit;

namespace ImageChat {

class AppSettings;

// Display name (asked on first use) and the server that hosts shared rooms.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `tenantToken`: the one kept for the configured server (shown hidden).
    SettingsDialog(AppSettings *settings, const QString &tenantToken = {},
                   QWidget *parent = nullptr);
    void accept() override;

signals:
    // On OK, when the token field was changed (empty: forget it).
    void tenantTokenChanged(const QString &serverUrl, const QString &token);

private:
    AppSettings *m_settings;
    QLineEdit *m_name;
    QLineEdit *m_server;
    QLineEdit *m_tenantToken;
    QString m_initialToken;
    QLineEdit *m_authorities;
    QComboBox *m_language;
    QCheckBox *m_notifications;
    QLabel *m_error;
};

} // namespace ImageChat
