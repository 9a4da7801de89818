#pragma once

#include "conversationlistmodel.h"

#include <QStyledItemDelegate>
#include <QWidget>

class QButtonGroup;
class QListView;

namespace ImageChat {

// Draws one conversation row: the pin's number, the first line (elided), the
// author, the reply count, resolved and pending states, and an unread badge.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // The words a row shows, apart from the drawing, so they can be checked.
    struct RowText
    {
        QString number;
        QString firstLine;
        QString details; // "Ana · 3 replies · Resolved"
        QString badge; // unread count, empty when nothing is unread
    };

    using QStyledItemDelegate::QStyledItemDelegate;
    static RowText rowText(const QModelIndex &index);
    static QString replyCountText(int replies);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// The list of a room's conversations with an All / Open / Resolved filter.
// Selecting a row opens it in the model (ConversationListModel::setOpenConversation):
// it is seen, and kept seen while it stays selected and the user watches.
class ConversationList : public QWidget
{
    Q_OBJECT

public:
    // `model` belongs to the window's RoomSession and must outlive the list.
    explicit ConversationList(ConversationListModel *model, QWidget *parent = nullptr);

    QString selectedConversation() const { return m_selected; }
    ConversationFilterModel::Filter filter() const;
    QListView *view() const { return m_view; }

public slots:
    // Selects from outside (a pin was clicked); emits nothing, so the two
    // views can follow each other without a loop. Empty clears.
    void selectConversation(const QString &id);
    void setFilter(ImageChat::ConversationFilterModel::Filter filter);

signals:
    // The user picked a conversation in the list (empty: picked none).
    void conversationSelected(const QString &id);

private:
    void onSelectionChanged();
    void showSelection();

    ConversationListModel *m_model;
    ConversationFilterModel *m_filterModel;
    QListView *m_view;
    QButtonGroup *m_filterButtons;
    QString m_selected;
    // Set while the list itself moves the view's selection, so only what the
    // user does becomes conversationSelected.
    bool m_syncing = false;
};

} // namespace ImageChat
