#pragma once

#include <QWidget>

class QLabel;

namespace ImageChat {

// The one-line bar above the room for errors and notices: selectable text
// (a refused marker's words can be copied from it) and Dismiss.
class MessageBar : public QWidget
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    // The message shown; empty when the bar is hidden.
    QString message() const;
    void showMessage(const QString &text, bool isError);

private:
    QLabel *m_text;
};

} // namespace ImageChat
