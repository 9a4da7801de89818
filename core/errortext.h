#pragma once

#include "errors.h"

#include <QJsonObject>

namespace ImageChat::ErrorText {

// What the server said, as this program shows it: the code and its params
// decide the sentence, in the user's language (a server, embedded in someone
// else's program or not, speaks for everyone and cannot know it). The
// server's own sentence is kept for codes this version does not know.
QString describe(const QString &code, const QJsonObject &params, const QString &serverText);

// An "error" or "rejected" message from the wire as an OpError with that
// sentence.
OpError fromWire(const QJsonObject &message);

} // namespace ImageChat::ErrorText
