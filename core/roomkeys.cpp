#include "roomkeys.h"

#include "logging.h"

#include <QUrl>
#include <QUrlQuery>

namespace ImageChat {

namespace {

const QString kKey = QStringLiteral("key");
const QString kPrefix = QStringLiteral("imagechat-room:");

} // namespace

RoomKeys::RoomKeys(CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &CredentialStore::readFinished, this,
            [this](const QString &key, const QByteArray &secret, bool found, const QString &error) {
                if (!key.startsWith(kPrefix))
                    return; // an identity's, a token's
                const QString kept = key.mid(kPrefix.size());
                if (!m_restoring.remove(kept))
                    return;
                if (!error.isEmpty())
                    qCWarning(lcSync) << "cannot read a room key:" << error;
                QUrl url(kept, QUrl::StrictMode);
                QUrlQuery query(url);
                query.addQueryItem(kKey, QString::fromUtf8(secret));
                url.setQuery(query);
                QString ignored;
                const std::optional<RoomLink> link =
                    found ? RoomLink::parse(url.toString(), &ignored) : std::nullopt;
                if (link)
                    emit restored(kept, *link);
                else
                    emit missing(kept);
            });
}

QString RoomKeys::keyFor(const QString &kept)
{
    return kPrefix + kept;
}

QString RoomKeys::keep(const RoomLink &link)
{
    QUrl url(link.toString(), QUrl::StrictMode);
    QUrlQuery query(url);
    query.removeAllQueryItems(kKey);
    url.setQuery(query.isEmpty() ? QString() : query.query());
    const QString kept = url.toString();
    m_store->write(keyFor(kept), link.key.toUtf8());
    return kept;
}

bool RoomKeys::isKept(const QString &text)
{
    if (!text.startsWith(QLatin1String("imagechat://"), Qt::CaseInsensitive))
        return false;
    return !QUrlQuery(QUrl(text, QUrl::StrictMode)).hasQueryItem(kKey);
}

void RoomKeys::restore(const QString &kept, QObject *context,
                       std::function<void(const RoomLink &)> found, std::function<void()> missing)
{
    // One answer for this request; its connections go with it.
    auto *answer = new QObject(context);
    connect(this, &RoomKeys::restored, answer,
            [kept, answer, found](const QString &which, const RoomLink &link) {
                if (which != kept)
                    return;
                answer->deleteLater();
                found(link);
            });
    connect(this, &RoomKeys::missing, answer, [kept, answer, missing](const QString &which) {
        if (which != kept)
            return;
        answer->deleteLater();
        missing();
    });
    restore(kept);
}

void RoomKeys::restore(const QString &kept)
{
    m_restoring.insert(kept);
    m_store->read(keyFor(kept));
}

} // namespace ImageChat
