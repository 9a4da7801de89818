#pragma once

#include "mentions.h"

#include <QObject>

#include <functional>

class QCompleter;
class QPlainTextEdit;
class QStringListModel;

namespace ImageChat {

// Completes "@na…" in a text editor from the names of the room's
// participants: a popup under the cursor while a mention is typed, and
// Enter or Tab (or a click) puts in "@Name ". Keys other than those go on to
// the editor, so typing never stops.
class MentionCompleter : public QObject
{
    Q_OBJECT

public:
    MentionCompleter(QPlainTextEdit *editor, std::function<QStringList()> names,
                     QObject *parent = nullptr);

    QCompleter *completer() const { return m_completer; }
    bool isPopupVisible() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void insert(const QString &name);

    QPlainTextEdit *m_editor;
    std::function<QStringList()> m_names;
    QCompleter *m_completer;
    QStringListModel *m_model;
    Mentions::Partial m_partial;
    bool m_inserting = false;
};

} // namespace ImageChat
