#pragma once
// Start-up check of the library file: a file that cannot be opened (not a database, written by a
// newer Sillok, unreadable) is explained before the window opens, and the user chooses to set it
// aside and start a new library, to open another file, or to quit. Nothing is ever deleted: a
// file set aside keeps its data under a new name next to the old one. An upgrade the check's
// opening runs is said in a small window while it runs.

#include <QString>

#include <memory>

class QWidget;

namespace sillok::gui {

// Why a library cannot be opened: a translated sentence, and the core's technical reason shown
// behind the message box's "Show Details…".
struct DatabaseProblem {
    QString message; // "" when the library opens
    QString detail;
    bool isEmpty() const { return message.isEmpty(); }
};

// When opening the library at `path` will upgrade it (core Library::upgradePending: seconds at
// 100,000 articles, before the window can show), a small window saying so, already painted; the
// caller keeps it until the library is open. Null when there is nothing to upgrade.
std::unique_ptr<QWidget> showUpgradeNotice(const QString &path);

// Opens the library at `path` once and closes it: empty when it opens, else why not.
DatabaseProblem databaseProblem(const QString &path);

// Renames the library and its -wal/-shm files to "<path>.unreadable-<yyyyMMdd-HHmmss>…"; returns
// the new name of the main file, or "" when it could not be renamed.
QString setDatabaseAside(const QString &path);

struct DatabaseChoice {
    QString path;       // the library to open; "" = quit
    bool fresh = false; // a new library is started there (import the sample corpus)
};

// Asks until a library opens or the user quits (a dialog per attempt, parented to `parent`).
DatabaseChoice chooseUsableDatabase(const QString &path, const DatabaseProblem &problem, QWidget *parent = nullptr);

} // namespace sillok::gui
