#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace ImageChat {

// The languages the program ships, besides English (the source language).
QStringList shippedLanguages();

// Picks the language to use: `requested` (from --lang or the setting) if it
// names a shipped language, else the first of the system's UI languages we
// ship, else English ("en"). Accepts "de", "de_DE", "pt-BR" and the like.
QString chooseLanguage(const QString &requested, const QStringList &systemLanguages);

// Installs the program's translation (embedded at :/i18n) and Qt's own for
// `language` into the application and returns them (deleting one uninstalls
// it). Empty for English or when the translation is missing: the program
// then shows English.
QList<QTranslator *> installTranslations(QCoreApplication *app, const QString &language);

} // namespace ImageChat
