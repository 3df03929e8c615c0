#pragma once
// Command line and environment: --db PATH (else $SILLOK_DB, else AppDataLocation/sillok.sqlite)
// and the hidden --screenshot DIR (grab the main views as PNGs, then quit).

#include <QString>
#include <QStringList>

namespace sillok::gui {

struct AppOptions {
    QString databasePath;
    QString screenshotDir;
};

// Parses the application's arguments (QCoreApplication must exist).
AppOptions parseOptions(const QStringList &arguments);
// The database path when neither --db nor SILLOK_DB is given.
QString defaultDatabasePath();

} // namespace sillok::gui
