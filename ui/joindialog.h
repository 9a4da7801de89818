#pragma once

#include "roomlink.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ImageChat {

// Asks for a room link, says at once what is wrong with it, and only lets a
// valid one through.
class JoinDialog : public QDialog
{
    Q_OBJECT

public:
    explicit JoinDialog(QWidget *parent = nullptr);
    RoomLink link() const { return m_link; }
    void setText(const QString &text);

private:
    void validate();

    QLineEdit *m_edit;
    QLabel *m_error;
    QPushButton *m_join;
    RoomLink m_link;
};

} // namespace ImageChat
