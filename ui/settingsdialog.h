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
    SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);
    void accept() override;

private:
    AppSettings *m_settings;
    QLineEdit *m_name;
    QLineEdit *m_server;
    QLineEdit *m_authorities;
    QComboBox *m_language;
    QCheckBox *m_notifications;
    QLabel *m_error;
};

} // namespace ImageChat
