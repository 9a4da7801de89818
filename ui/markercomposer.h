#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ImageChat {

class MentionCompleter;

// The small editor that opens at a new pin for its first comment. Enter
// sends, Shift+Enter starts a new line, Esc cancels. A failure shows its
// reason and a Retry button and keeps the text: what the user typed is never
// thrown away by the program.
class MarkerComposer : public QFrame
{
    Q_OBJECT

public:
    explicit MarkerComposer(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    // Shows why sending failed, with Retry; an empty reason hides both.
    void setError(const QString &reason);
    QString error() const;
    QPlainTextEdit *editor() const { return m_editor; }
    // "@na…" completes from these names, as in the reply box; while the
    // list is open, Enter picks a name and sends nothing.
    void setMentionNames(std::function<QStringList()> names);
    MentionCompleter *mentions() const { return m_mentions; }

signals:
    // Enter or Retry with text that may be sent.
    void submitted(const QString &text);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void fitHeight();

    QPlainTextEdit *m_editor;
    QLabel *m_hint;
    QLabel *m_error;
    QPushButton *m_retry;
    MentionCompleter *m_mentions = nullptr;
};

} // namespace ImageChat
