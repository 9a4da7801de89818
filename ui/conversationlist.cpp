#include "conversationlist.h"

#include "pinpainter.h"

#include <QApplication>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QListView>
#include <QPainter>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace ImageChat {

namespace {

constexpr int kMargin = 6;
constexpr int kSpacing = 8;

const QColor kUnreadColour(0xdc, 0x26, 0x26);

int discSize(const QFontMetrics &fm)
{
    return fm.height() + 8;
}

} // namespace

// ---------------------------------------------------------------- delegate

QString ConversationDelegate::replyCountText(int replies)
{
    if (replies == 0)
        return tr("No replies");
    // English needs its singular without a translation file loaded; every
    // other count goes through the plural forms translators fill in.
    if (replies == 1)
        return tr("1 reply");
    return tr("%n replies", "comments after the first one in a conversation", replies);
}

ConversationDelegate::RowText ConversationDelegate::rowText(const QModelIndex &index)
{
    RowText text;
    text.number = QString::number(index.data(ConversationListModel::NumberRole).toInt());
    text.firstLine = index.data(ConversationListModel::FirstLineRole).toString();
    QStringList details;
    const QString author = index.data(ConversationListModel::AuthorRole).toString();
    details << (author.isEmpty() ? tr("Someone", "author with no display name") : author);
    details << replyCountText(index.data(ConversationListModel::ReplyCountRole).toInt());
    if (index.data(ConversationListModel::ResolvedRole).toBool())
        details << tr("✓ Resolved", "state of a conversation whose point has been dealt with");
    if (index.data(ConversationListModel::PendingRole).toBool())
        details << tr("Sending…", "an own change the server has not confirmed yet");
    text.details = details.join(QStringLiteral(" · "));
    const int unread = index.data(ConversationListModel::UnreadRole).toInt();
    if (unread > 0)
        text.badge = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
    return text;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics &fm = option.fontMetrics;
    const int height = std::max(2 * fm.height() + 2, discSize(fm)) + 2 * kMargin;
    return { 12 * fm.averageCharWidth(), height };
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style draws background, selection and focus; the words are ours.
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const RowText text = rowText(index);
    const bool resolved = index.data(ConversationListModel::ResolvedRole).toBool();
    const bool pending = index.data(ConversationListModel::PendingRole).toBool();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const QColor textColour =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dimColour = textColour;
    dimColour.setAlphaF(0.7f);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect area = opt.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QFontMetrics fm(opt.font);

    // The number, in a disc like the pin's.
    const int disc = discSize(fm);
    const QRect discRect(area.left(), area.top() + (area.height() - disc) / 2, disc, disc);
    // The pin's colours, so a row and its pin are recognisably one marker.
    const PinPainter::Colours colours = PinPainter::colours(
        PinPainter::personColour(index.data(ConversationListModel::CreatorRole).toString()),
        pending        ? PinState::Pending
            : resolved ? PinState::Resolved
                       : PinState::Open);
    QPen outline(colours.outline, 1);
    // Pending differs in shape too, not only in colour, as on the canvas.
    if (pending)
        outline.setStyle(Qt::DashLine);
    painter->setPen(outline);
    painter->setBrush(colours.fill);
    painter->drawEllipse(discRect.adjusted(1, 1, -1, -1));
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(colours.text);
    painter->drawText(discRect, Qt::AlignCenter, text.number);

    int right = area.right();
    const int lineHeight = fm.height();
    const int textTop = area.top() + (area.height() - 2 * lineHeight - 2) / 2;

    // Unread badge, right-aligned on the first line.
    if (!text.badge.isEmpty()) {
        const QFontMetrics boldMetrics(bold);
        const int badgeWidth = std::max(boldMetrics.horizontalAdvance(text.badge) + 10, lineHeight);
        const QRect badge(right - badgeWidth + 1, textTop, badgeWidth, lineHeight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(kUnreadColour);
        painter->drawRoundedRect(badge, lineHeight / 2.0, lineHeight / 2.0);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, text.badge);
        right = badge.left() - kSpacing;
    }

    const int left = discRect.right() + kSpacing;
    const QRect firstLine(left, textTop, std::max(0, right - left + 1), lineHeight);
    const QRect details(left, textTop + lineHeight + 2, std::max(0, area.right() - left + 1),
                        lineHeight);

    // Unread conversations stand out in bold, as in a mail client.
    painter->setFont(text.badge.isEmpty() ? opt.font : bold);
    painter->setPen(resolved ? dimColour : textColour);
    const QFontMetrics firstMetrics(painter->font());
    painter->drawText(firstLine, Qt::AlignLeft | Qt::AlignVCenter,
                      firstMetrics.elidedText(text.firstLine, Qt::ElideRight, firstLine.width()));

    QFont detailFont = opt.font;
    detailFont.setItalic(pending);
    painter->setFont(detailFont);
    painter->setPen(dimColour);
    painter->drawText(
        details, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(detailFont).elidedText(text.details, Qt::ElideRight, details.width()));
    painter->restore();
}

// ---------------------------------------------------------------- list

ConversationList::ConversationList(ConversationListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filterModel(new ConversationFilterModel(this))
    , m_view(new QListView(this))
    , m_filterButtons(new QButtonGroup(this))
{
    m_filterModel->setSourceModel(model);

    auto *filterBar = new QHBoxLayout;
    filterBar->setSpacing(2);
    const struct
    {
        ConversationFilterModel::Filter filter;
        QString label;
        QString name;
    } filters[] = {
        { ConversationFilterModel::Filter::All, tr("All", "filter: every conversation"),
          QStringLiteral("filterAll") },
        { ConversationFilterModel::Filter::Open,
          tr("Open", "filter: conversations not resolved yet"), QStringLiteral("filterOpen") },
        { ConversationFilterModel::Filter::Resolved,
          tr("Resolved", "filter: conversations marked as dealt with"),
          QStringLiteral("filterResolved") },
    };
    for (const auto &f : filters) {
        auto *button = new QToolButton(this);
        button->setText(f.label);
        button->setObjectName(f.name);
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_filterButtons->addButton(button, int(f.filter));
        filterBar->addWidget(button);
    }
    filterBar->addStretch(1);
    m_filterButtons->button(int(ConversationFilterModel::Filter::All))->setChecked(true);
    connect(m_filterButtons, &QButtonGroup::idClicked, this,
            [this](int id) { setFilter(ConversationFilterModel::Filter(id)); });

    // Row removals (a marker deleted, or filtered out) make the view select a
    // neighbour on its own; that is not the user's choice. These connections
    // are made before the view's own, so the guard is up when it happens.
    connect(m_filterModel, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this] { m_syncing = true; });
    connect(m_filterModel, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_syncing = true; });
    connect(m_filterModel, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [this] { m_syncing = true; });
    m_view->setModel(m_filterModel);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this,
            &ConversationList::showSelection);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &ConversationList::showSelection);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this,
            &ConversationList::showSelection);
    // A row that comes back (a refused delete, the filter switched back, the
    // server's time moved an own new marker) is selected again.
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this,
            &ConversationList::showSelection);

    m_view->setObjectName(QStringLiteral("conversationView"));
    m_view->setItemDelegate(new ConversationDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAccessibleName(tr("Conversations"));
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConversationList::onSelectionChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(filterBar);
    layout->addWidget(m_view, 1);
}

ConversationFilterModel::Filter ConversationList::filter() const
{
    return m_filterModel->filter();
}

void ConversationList::setFilter(ConversationFilterModel::Filter filter)
{
    m_filterButtons->button(int(filter))->setChecked(true);
    m_filterModel->setFilter(filter);
    showSelection();
}

void ConversationList::selectConversation(const QString &id)
{
    m_selected = id;
    m_model->setOpenConversation(id);
    showSelection();
}

void ConversationList::onSelectionChanged()
{
    if (m_syncing)
        return;
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    const QString id = selected.isEmpty()
        ? QString()
        : selected.first().data(ConversationListModel::IdRole).toString();
    if (id == m_selected)
        return;
    m_selected = id;
    m_model->setOpenConversation(id);
    emit conversationSelected(id);
}

void ConversationList::showSelection()
{
    m_syncing = true;
    QItemSelectionModel *selection = m_view->selectionModel();
    const int sourceRow = m_selected.isEmpty() ? -1 : m_model->rowOf(m_selected);
    const QModelIndex index =
        sourceRow < 0 ? QModelIndex() : m_filterModel->mapFromSource(m_model->index(sourceRow));
    if (index.isValid()) {
        // Only when the selection moves: a row added elsewhere must not
        // scroll the list away from where the user is reading.
        if (selection->currentIndex() != index || !selection->isSelected(index)) {
            selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            m_view->scrollTo(index);
        }
    } else if (selection->hasSelection() || selection->currentIndex().isValid()) {
        // The selected conversation is filtered out or gone: show no row as
        // selected, but remember it, so it is selected again if it returns.
        selection->clear();
    }
    m_syncing = false;
}

} // namespace ImageChat
