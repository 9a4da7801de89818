#include "markercomposer.h"

#include "mentioncompleter.h"

#include <QBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>

namespace ImageChat {

namespace {
constexpr int ComposerWidth = 280;
constexpr int MinLines = 2;
constexpr int MaxLines = 6;
} // namespace

MarkerComposer::MarkerComposer(QWidget *parent)
    : QFrame(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
{
    setObjectName(QStringLiteral("markerComposer"));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    setAutoFillBackground(true);
    setFixedWidth(ComposerWidth);

    m_editor->setObjectName(QStringLiteral("composerEditor"));
    m_editor->setPlaceholderText(tr("Write a comment…"));
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &MarkerComposer::fitHeight);

    m_hint->setText(tr("Enter to send · Shift+Enter for a new line · Esc to cancel"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_hint->setFont(small);

    m_error->setObjectName(QStringLiteral("composerError"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb9, 0x1c, 0x1c));
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_retry->setObjectName(QStringLiteral("composerRetry"));
    m_retry->setFocusPolicy(Qt::TabFocus);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &MarkerComposer::submit);

    auto *errorRow = new QHBoxLayout;
    errorRow->addWidget(m_error, 1);
    errorRow->addWidget(m_retry, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_editor);
    layout->addWidget(m_hint);
    layout->addLayout(errorRow);

    fitHeight();
}

QString MarkerComposer::text() const
{
    return m_editor->toPlainText();
}

void MarkerComposer::setText(const QString &text)
{
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
}

void MarkerComposer::setError(const QString &reason)
{
    m_error->setText(reason);
    m_error->setVisible(!reason.isEmpty());
    m_retry->setVisible(!reason.isEmpty());
    adjustSize();
}

void MarkerComposer::setMentionNames(std::function<QStringList()> names)
{
    delete m_mentions;
    m_mentions = nullptr;
    if (!names)
        return;
    // Installed after the composer's own filter, so it sees keys first.
    m_mentions = new MentionCompleter(m_editor, std::move(names), this);
}

QString MarkerComposer::error() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool MarkerComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() & Qt::ShiftModifier) {
                // A real paragraph break: QPlainTextEdit would insert U+2028.
                m_editor->textCursor().insertText(QStringLiteral("\n"));
            } else {
                submit();
            }
            return true;
        case Qt::Key_Escape:
            emit cancelled();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void MarkerComposer::submit()
{
    const QString typed = text();
    // Nothing to say is not an error worth a message; the core checks limits.
    if (typed.trimmed().isEmpty())
        return;
    emit submitted(typed);
}

void MarkerComposer::fitHeight()
{
    // Grows with the text up to a few lines, then scrolls.
    const int lines = qBound(MinLines, m_editor->document()->lineCount(), MaxLines);
    const QFontMetrics metrics(m_editor->font());
    const int margins =
        int(m_editor->document()->documentMargin() * 2) + m_editor->frameWidth() * 2;
    m_editor->setFixedHeight(lines * metrics.lineSpacing() + margins);
    adjustSize();
}

} // namespace ImageChat
