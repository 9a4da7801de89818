// imagechat: the desktop program.
#include "appsettings.h"
#include "desktopapp.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QImageReader>
#include <QLocale>
#include <QStandardPaths>

using namespace ImageChat;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("imagechat"));
    QApplication::setOrganizationName(QStringLiteral("ImageChat"));
    QApplication::setApplicationDisplayName(QStringLiteral("ImageChat"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.imagechat.ImageChat"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/imagechat/icons/imagechat.svg")));
    // Qt refuses images over 256 MB by default; an 8000 x 8000 mock-up is that.
    QImageReader::setAllocationLimit(1024);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Talk about images together: markers on an image, a conversation at each."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        QApplication::translate("main", "Your display name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QApplication::translate("main",
                                "Server for new rooms (ws://HOST:PORT); default: host them here."),
        QStringLiteral("URL"));
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        QApplication::translate("main", "Folder for the rooms this program hosts."),
        QStringLiteral("DIR"),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/rooms"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QApplication::translate("main", "Port for hosted rooms."),
                                        QStringLiteral("PORT"), QStringLiteral("47800"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QApplication::translate("main",
                                "Language of the interface (bg, el, de, tr, pt_BR, en); "
                                "default: the setting, else the system language."),
        QStringLiteral("CODE"));
    parser.addOptions({ nameOption, serverOption, dataOption, portOption, langOption });
    parser.addPositionalArgument(
        QStringLiteral("image-or-link"),
        QApplication::translate("main", "An image file or an imagechat:// room link."),
        QStringLiteral("[IMAGE | LINK]"));
    parser.process(app);

    // --lang beats the setting, which beats the system's languages.
    const QString requested =
        parser.isSet(langOption) ? parser.value(langOption) : AppSettings().language();
    installTranslations(&app, chooseLanguage(requested, QLocale().uiLanguages()));

    DesktopApp::Options options;
    options.dataDir = parser.value(dataOption);
    options.port = quint16(parser.value(portOption).toUInt());
    options.serverUrl = parser.value(serverOption);
    options.displayName = parser.value(nameOption);
    options.language = parser.value(langOption);
    DesktopApp desktop(options);

    const QStringList items = parser.positionalArguments();
    if (items.isEmpty())
        desktop.newWindow();
    for (const QString &item : items)
        desktop.open(item);
    return app.exec();
}
