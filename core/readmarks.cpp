#include "readmarks.h"

#include "ids.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ImageChat {

ReadMarks::ReadMarks(QObject *parent)
    : QObject(parent)
{
    // Reading several comments in a row writes the file once.
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(500);
    connect(&m_saveTimer, &QTimer::timeout, this, &ReadMarks::flush);
}

ReadMarks::~ReadMarks()
{
    flush();
}

QString ReadMarks::fileFor(const QString &dataDir, const QString &server, const QString &userId,
                           const QString &roomId)
{
    // Hashed: ids are tokens, but a file name must never depend on what a
    // server sent.
    const QString key = server + QLatin1Char('\n') + userId + QLatin1Char('\n') + roomId;
    return QDir(dataDir).filePath(
        QStringLiteral("read/%1.json").arg(sha256Hex(key.toUtf8()).left(32)));
}

bool ReadMarks::open(const QString &path)
{
    flush();
    m_path = path;
    m_read.clear();
    QFile file(path);
    if (!file.exists())
        return false;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcModel) << "cannot read the read marks" << path << file.errorString();
        return true;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        qCWarning(lcModel) << "ignoring unreadable read marks" << path << error.errorString();
        return true;
    }
    const QJsonObject markers = doc.object().value(QStringLiteral("markers")).toObject();
    for (auto it = markers.constBegin(); it != markers.constEnd(); ++it) {
        QSet<QString> &ids = m_read[it.key()];
        for (const QJsonValue &id : it.value().toArray())
            if (id.isString())
                ids.insert(id.toString());
    }
    return true;
}

bool ReadMarks::isRead(const QString &markerId, const QString &commentId) const
{
    const auto it = m_read.constFind(markerId);
    return it != m_read.cend() && it->contains(commentId);
}

bool ReadMarks::markRead(const QString &markerId, const QStringList &commentIds)
{
    QSet<QString> &ids = m_read[markerId];
    const qsizetype before = ids.size();
    for (const QString &id : commentIds)
        ids.insert(id);
    if (ids.size() == before)
        return false;
    scheduleSave();
    return true;
}

void ReadMarks::touch()
{
    scheduleSave();
}

void ReadMarks::forget(const QString &markerId)
{
    if (m_read.remove(markerId))
        scheduleSave();
}

void ReadMarks::scheduleSave()
{
    m_dirty = true;
    if (isOpen() && !m_saveTimer.isActive())
        m_saveTimer.start();
}

void ReadMarks::flush()
{
    m_saveTimer.stop();
    if (!m_dirty || !isOpen())
        return;
    QJsonObject markers;
    for (auto it = m_read.cbegin(); it != m_read.cend(); ++it) {
        QStringList ids(it->cbegin(), it->cend());
        ids.sort(); // a stable file for the same marks
        markers.insert(it.key(), QJsonArray::fromStringList(ids));
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(QJsonObject { { QStringLiteral("markers"), markers } })
                          .toJson(QJsonDocument::Compact))
            < 0
        || !file.commit()) {
        // Not fatal: the counts are right for this run, only not kept.
        qCWarning(lcModel) << "cannot save the read marks" << m_path << file.errorString();
        return;
    }
    m_dirty = false;
}

} // namespace ImageChat
