#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace ImageChat {

class UndoHistory;

// The Edit menu's Undo and Redo (Ctrl+Z, Ctrl+Shift+Z), named after the
// step they take ("Undo Move Marker 3"). The history is the window's room
// session's; what an undo does and when it may not is decided there.
class UndoActions : public QObject
{
    Q_OBJECT

public:
    UndoActions(QMenu *menu, QObject *parent = nullptr);

    void setHistory(UndoHistory *history);
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

signals:
    // An undo or redo did not happen; the window shows why.
    void failed(const QString &message);

private:
    void update();

    QPointer<UndoHistory> m_history;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace ImageChat
