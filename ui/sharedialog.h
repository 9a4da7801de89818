#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ImageChat {

// Shows the room link to give to others, with a Copy button, and where the
// room is served from.
class ShareDialog : public QDialog
{
    Q_OBJECT

public:
    ShareDialog(const QString &link, const QString &hostNote, QWidget *parent = nullptr);
    QString link() const;

private:
    QLineEdit *m_link;
};

} // namespace ImageChat
