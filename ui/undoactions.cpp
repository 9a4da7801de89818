#include "undoactions.h"

#include "undohistory.h"

#include <QAction>
#include <QMenu>

namespace ImageChat {

UndoActions::UndoActions(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_undo(menu->addAction(QString()))
    , m_redo(menu->addAction(QString()))
{
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    // Ctrl+Shift+Z everywhere, and the platform's own redo key besides.
    QList<QKeySequence> redoKeys { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) };
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    m_redo->setShortcuts(redoKeys);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_history)
            m_history->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_history)
            m_history->redo();
    });
    update();
}

void UndoActions::setHistory(UndoHistory *history)
{
    if (m_history)
        m_history->disconnect(this);
    m_history = history;
    if (history) {
        connect(history, &UndoHistory::changed, this, &UndoActions::update);
        connect(history, &UndoHistory::failed, this, &UndoActions::failed);
    }
    update();
}

void UndoActions::update()
{
    const QString undo = m_history ? m_history->undoText() : QString();
    const QString redo = m_history ? m_history->redoText() : QString();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    m_undo->setEnabled(!undo.isEmpty());
    m_redo->setEnabled(!redo.isEmpty());
}

} // namespace ImageChat
