#pragma once
// Command line and environment: --db PATH (else $SILLOK_DB, else AppDataLocation/sillok.sqlite)
// the hidden --screenshot DIR (grab the main views as PNGs, then quit), and files or folders to
// import once the window is up (what the desktop passes with "Open with Sillok").

#include <QString>
#include <QStringList>

namespace sillok::gui {

struct AppOptions {
    QString databasePath;
    QString screenshotDir;
    QStringList importPaths; // absolute
};

// Parses the application's arguments (QCoreApplication must exist).
AppOptions parseOptions(const QStringList &arguments);
// The database path when neither --db nor SILLOK_DB is given.
QString defaultDatabasePath();

} // namespace sillok::gui
