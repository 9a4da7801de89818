#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace ImageChat {

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBar"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton(this);
    dismiss->setText(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(dismiss);
    hide();
    connect(dismiss, &QToolButton::clicked, this, &QWidget::hide);
}

QString MessageBar::message() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBar::showMessage(const QString &text, bool isError)
{
    m_text->setText(text);
    setStyleSheet(isError ? QStringLiteral("#messageBar { background: #fde7e9; }")
                          : QStringLiteral("#messageBar { background: #e8f0fe; }"));
    show();
}

} // namespace ImageChat
