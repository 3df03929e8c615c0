#include "app/app_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace sillok::gui {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("sillok.sqlite"));
}

AppOptions parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Sillok: a knowledge base over Korean AI-chip industry news."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("main", "Use the database at <path> (default: $SILLOK_DB, then the app data folder)."),
                                QStringLiteral("path"));
    QCommandLineOption shots(QStringLiteral("screenshot"), QStringLiteral("Save screenshots to <dir> and quit."),
                             QStringLiteral("dir"));
    shots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(db);
    parser.addOption(shots);
    // Files handed over by the desktop (the .desktop file's %F: "Open with Sillok") or typed.
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("main", "Articles (.txt, .html) or folders to import."),
                                 QStringLiteral("[files...]"));
    parser.process(arguments);

    AppOptions options;
    options.screenshotDir = parser.value(shots);
    for (const QString &path : parser.positionalArguments())
        options.importPaths.append(QDir::cleanPath(QDir::current().absoluteFilePath(path)));
    if (parser.isSet(db))
        options.databasePath = parser.value(db);
    else if (const QString env = qEnvironmentVariable("SILLOK_DB"); !env.isEmpty())
        options.databasePath = env;
    else
        options.databasePath = defaultDatabasePath();
    return options;
}

} // namespace sillok::gui
