#pragma once

#include <QString>
#include <QStringList>

namespace ImageChat::Mentions {

// Whether `text` mentions `name` as "@name": the whole name (spaces and all,
// any case), the "@" at the start or after a space or punctuation, and no
// letter or digit right after the name ("@Ana" does not mention "Anabel",
// and "ana@example.com" mentions no one).
bool mentions(const QString &text, const QString &name);

// Which of `names` the text mentions, in the order given.
QStringList mentioned(const QString &text, const QStringList &names);

// A mention being typed: the "@" before the cursor and what follows it up to
// the cursor. `start` is -1 when the cursor is not in one.
struct Partial
{
    int start = -1; // position of the "@"
    QString prefix; // typed after it
};
Partial partialAt(const QString &text, int cursor);

// The text with the partial mention at `partial` replaced by "@name ";
// `cursor` receives the position after it.
QString complete(const QString &text, const Partial &partial, int cursorBefore, const QString &name,
                 int *cursor);

} // namespace ImageChat::Mentions
