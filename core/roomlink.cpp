#include "roomlink.h"

#include "tlstrust.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace ImageChat {

namespace {

// Gives these texts the translation context "ImageChat::RoomLink" (lupdate reads it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImageChat::RoomLink)
};

QString hostForUrl(const QString &host)
{
    return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}

bool readHostPort(const QUrl &url, ServerAddress *address, QString *error)
{
    if (url.host().isEmpty()) {
        *error = Text::tr("The address has no server name.");
        return false;
    }
    if (url.port() <= 0) {
        *error = Text::tr("The address has no port number (like :47800 after the server name).");
        return false;
    }
    if (!url.userInfo().isEmpty()) {
        *error = Text::tr("The address must not contain a user name or password.");
        return false;
    }
    address->host = url.host();
    address->port = quint16(url.port());
    return true;
}

} // namespace

bool isToken(const QString &text, int minLength, int maxLength)
{
    if (text.size() < minLength || text.size() > maxLength)
        return false;
    for (QChar c : text) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
            || c == QLatin1Char('_');
        if (!ok)
            return false;
    }
    return true;
}

QUrl ServerAddress::webSocketUrl() const
{
    QUrl url;
    url.setScheme(tls ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}

std::optional<ServerAddress> ServerAddress::parse(const QString &text, QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    ServerAddress address;
    if (!url.isValid()
        || (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))) {
        *error =
            Text::tr("\"%1\" is not a server address; expected ws://HOST:PORT or wss://HOST:PORT.")
                .arg(text);
        return std::nullopt;
    }
    address.tls = url.scheme() == QLatin1String("wss");
    if (!readHostPort(url, &address, error))
        return std::nullopt;
    return address;
}

QString RoomLink::toString() const
{
    QString text = QStringLiteral("imagechat://%1:%2/%3?key=%4")
                       .arg(hostForUrl(server.host))
                       .arg(server.port)
                       .arg(room, key);
    if (server.tls)
        text += QStringLiteral("&tls=1");
    if (server.tls && !server.fingerprint.isEmpty())
        text += QStringLiteral("&fp=") + server.fingerprint;
    return text;
}

std::optional<RoomLink> RoomLink::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    if (!text.startsWith(QLatin1String("imagechat://"), Qt::CaseInsensitive)) {
        *error = Text::tr("A room link starts with imagechat:// — this text does not.");
        return std::nullopt;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = Text::tr("The room link is damaged: %1").arg(url.errorString());
        return std::nullopt;
    }
    RoomLink link;
    if (!readHostPort(url, &link.server, error))
        return std::nullopt;
    if (url.hasFragment()) {
        *error = Text::tr("The room link has unexpected text after \"#\".");
        return std::nullopt;
    }

    QString path = url.path();
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (!isToken(path, 8, 64)) {
        *error = Text::tr("The room link does not name a valid room.");
        return std::nullopt;
    }
    link.room = path;

    const QUrlQuery query(url);
    for (const auto &item : query.queryItems()) {
        if (item.first != QLatin1String("key") && item.first != QLatin1String("tls")
            && item.first != QLatin1String("fp")) {
            *error = Text::tr("The room link has an unknown part \"%1\".").arg(item.first);
            return std::nullopt;
        }
    }
    link.key = query.queryItemValue(QStringLiteral("key"));
    if (!isToken(link.key, 16, 128)) {
        *error = Text::tr("The room link has no valid access key; ask for the link again.");
        return std::nullopt;
    }
    const QString tls = query.queryItemValue(QStringLiteral("tls"));
    if (query.hasQueryItem(QStringLiteral("tls")) && tls != QLatin1String("1")
        && tls != QLatin1String("0")) {
        *error = Text::tr("The room link's \"tls\" must be 0 or 1.");
        return std::nullopt;
    }
    link.server.tls = tls == QLatin1String("1");
    if (query.hasQueryItem(QStringLiteral("fp"))) {
        const std::optional<QString> fingerprint =
            normaliseFingerprint(query.queryItemValue(QStringLiteral("fp")));
        if (!fingerprint || !link.server.tls) {
            *error = Text::tr("The room link's \"fp\" must be a SHA-256 fingerprint (64 hex "
                              "digits) and needs tls=1.");
            return std::nullopt;
        }
        link.server.fingerprint = *fingerprint;
    }
    return link;
}

} // namespace ImageChat
