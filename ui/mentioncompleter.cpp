#include "mentioncompleter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringListModel>

namespace ImageChat {

MentionCompleter::MentionCompleter(QPlainTextEdit *editor, std::function<QStringList()> names,
                                   QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_names(std::move(names))
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
{
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(editor);
    // After QCompleter's own filters (made with the popup above), so these
    // run first: the completer would hand Enter to the editor as a new line.
    m_completer->popup()->installEventFilter(this);
    editor->installEventFilter(this);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &MentionCompleter::insert);
    connect(editor, &QPlainTextEdit::textChanged, this, &MentionCompleter::update);
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &MentionCompleter::update);
}

bool MentionCompleter::isPopupVisible() const
{
    return m_completer->popup()->isVisible();
}

void MentionCompleter::update()
{
    if (m_inserting)
        return;
    const QTextCursor cursor = m_editor->textCursor();
    m_partial = cursor.hasSelection()
        ? Mentions::Partial()
        : Mentions::partialAt(m_editor->toPlainText(), cursor.position());
    if (m_partial.start < 0) {
        m_completer->popup()->hide();
        return;
    }
    QStringList names = m_names();
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    if (names != m_model->stringList())
        m_model->setStringList(names);
    m_completer->setCompletionPrefix(m_partial.prefix);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1
            && m_completer->currentCompletion().compare(m_partial.prefix, Qt::CaseInsensitive)
                == 0)) {
        // Nothing to offer, or the name is typed out already.
        m_completer->popup()->hide();
        return;
    }
    QRect rect = m_editor->cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
                  + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    if (!m_completer->popup()->currentIndex().isValid())
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void MentionCompleter::insert(const QString &name)
{
    if (m_partial.start < 0)
        return;
    QTextCursor cursor = m_editor->textCursor();
    const int end = cursor.position();
    if (end < m_partial.start)
        return;
    m_inserting = true;
    cursor.setPosition(m_partial.start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.insertText(QLatin1Char('@') + name + QLatin1Char(' '));
    m_editor->setTextCursor(cursor);
    m_inserting = false;
    m_partial = {};
    m_completer->popup()->hide();
}

bool MentionCompleter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !isPopupVisible())
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab: {
        const QModelIndex current = m_completer->popup()->currentIndex();
        const QString name =
            current.isValid() ? current.data().toString() : m_completer->currentCompletion();
        insert(name);
        return true;
    }
    case Qt::Key_Escape:
        m_completer->popup()->hide();
        return true;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ImageChat
