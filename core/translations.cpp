#include "translations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace ImageChat {

QStringList shippedLanguages()
{
    return { QStringLiteral("bg"), QStringLiteral("el"), QStringLiteral("de"), QStringLiteral("tr"),
             QStringLiteral("pt_BR") };
}

QString chooseLanguage(const QString &requested, const QStringList &systemLanguages)
{
    const QStringList shipped = shippedLanguages();
    auto match = [&](QString code) -> QString {
        code.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (code.isEmpty())
            return {};
        if (code == QLatin1String("en") || code.startsWith(QLatin1String("en_")))
            return QStringLiteral("en");
        for (const QString &language : shipped) {
            if (code.compare(language, Qt::CaseInsensitive) == 0)
                return language;
        }
        // "de_AT" speaks "de"; Portuguese of Portugal reads Brazilian best
        // of what we have.
        const QString base = code.section(QLatin1Char('_'), 0, 0).toLower();
        for (const QString &language : shipped) {
            if (language.section(QLatin1Char('_'), 0, 0) == base)
                return language;
        }
        return {};
    };
    if (const QString chosen = match(requested); !chosen.isEmpty())
        return chosen;
    if (!requested.isEmpty())
        qCWarning(lcProtocol) << "no translation for" << requested << "- using the system language";
    for (const QString &system : systemLanguages) {
        if (const QString chosen = match(system); !chosen.isEmpty())
            return chosen;
    }
    return QStringLiteral("en");
}

QList<QTranslator *> installTranslations(QCoreApplication *app, const QString &language)
{
    if (language == QLatin1String("en"))
        return {};
    auto *ours = new QTranslator(app);
    if (!ours->load(QStringLiteral(":/i18n/imagechat_%1.qm").arg(language))) {
        qCWarning(lcProtocol) << "translation" << language << "is missing";
        delete ours;
        return {};
    }
    app->installTranslator(ours);
    QList<QTranslator *> installed { ours };
    // Qt's own strings (standard buttons, file dialogs), where Qt ships them.
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app->installTranslator(qt);
        installed.append(qt);
    } else {
        delete qt;
    }
    return installed;
}

} // namespace ImageChat
