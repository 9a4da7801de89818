#include "busfactory.h"

#include "redisbus.h"

#include <QUrl>

namespace ImageChat {

std::unique_ptr<Bus> openBus(const QString &spec, QString *error)
{
    const QString trimmed = spec.trimmed();
    if (trimmed.isEmpty())
        return std::make_unique<LocalBus>();

    const QUrl url(trimmed, QUrl::StrictMode);
    QString problem;
    if (!url.isValid() || url.scheme() != QLatin1String("redis"))
        problem = QStringLiteral("not a redis:// URL");
    else if (url.host().isEmpty())
        problem = QStringLiteral("no host");
    else if (url.port() < 1) // -1 when absent; 0 is no port to connect to
        problem = QStringLiteral("no port");
    else if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()
             || !(url.path().isEmpty() || url.path() == QLatin1String("/")))
        problem = QStringLiteral("only host and port are supported");
    if (!problem.isEmpty()) {
        if (error)
            *error = QStringLiteral("bad bus \"%1\" (%2): expected redis://HOST:PORT, or "
                                    "nothing for a single node")
                         .arg(trimmed, problem);
        return nullptr;
    }
    return std::make_unique<RedisBus>(url.host(), quint16(url.port()));
}

} // namespace ImageChat
