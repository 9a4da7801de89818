#pragma once

#include <QImage>
#include <QList>
#include <QString>

class QIODevice;

namespace ImageChat {

struct Conversation;
struct RoomExport;

// The PDF report (A4): the image with its numbered pins, then every
// conversation in that order with its comments, authors and times. Texts are
// in the program's language (tr()) and times in the user's locale.
bool writePdfReport(QIODevice *device, const RoomExport &room, const QImage &imageWithPins,
                    const QList<const Conversation *> &ordered, QString *error);

} // namespace ImageChat
