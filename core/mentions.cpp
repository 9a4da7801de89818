#include "mentions.h"

namespace ImageChat::Mentions {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// A mention longer than any name would be is not one being typed.
constexpr int MaxPrefix = 64;

} // namespace

bool mentions(const QString &text, const QString &name)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return false;
    for (qsizetype at = text.indexOf(QLatin1Char('@')); at >= 0;
         at = text.indexOf(QLatin1Char('@'), at + 1)) {
        if (at > 0 && isWordChar(text.at(at - 1)))
            continue;
        const qsizetype end = at + 1 + wanted.size();
        if (end > text.size())
            break;
        if (QStringView(text).mid(at + 1, wanted.size()).compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        if (end == text.size() || !isWordChar(text.at(end)))
            return true;
    }
    return false;
}

QStringList mentioned(const QString &text, const QStringList &names)
{
    QStringList found;
    for (const QString &name : names)
        if (mentions(text, name))
            found.append(name);
    return found;
}

Partial partialAt(const QString &text, int cursor)
{
    cursor = std::clamp(cursor, 0, int(text.size()));
    const int from = std::max(0, cursor - MaxPrefix - 1);
    for (int at = cursor - 1; at >= from; --at) {
        const QChar c = text.at(at);
        if (c == QLatin1Char('\n'))
            return {};
        if (c != QLatin1Char('@'))
            continue;
        if (at > 0 && isWordChar(text.at(at - 1)))
            return {}; // an e-mail address
        return { at, text.mid(at + 1, cursor - at - 1) };
    }
    return {};
}

QString complete(const QString &text, const Partial &partial, int cursorBefore, const QString &name,
                 int *cursor)
{
    if (partial.start < 0 || partial.start >= text.size())
        return text;
    const QString inserted = QLatin1Char('@') + name + QLatin1Char(' ');
    QString result = text;
    result.replace(partial.start, cursorBefore - partial.start, inserted);
    if (cursor)
        *cursor = partial.start + int(inserted.size());
    return result;
}

} // namespace ImageChat::Mentions
