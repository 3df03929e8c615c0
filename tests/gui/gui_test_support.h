#pragma once
// Shared fixture helpers for the GUI tests: a fresh database imported from test data, and direct
// core access for expectations.

#include "common/result.h"

#include <QString>
#include <QTemporaryDir>
#include <QWidget>

#include <functional>
#include <memory>

namespace sillok::core {
class Library;
}

namespace sillok::gui::test {

// A database in a temporary folder, imported from the sample corpus (resources/corpus) through
// the GUI's own ImportJob (worker thread). Returns "" on failure (the reason in `error`).
QString importedDatabase(const QTemporaryDir &dir, QString *error);
// A small database in a temporary folder: the three articles of tests/data/store/good, imported
// on the test thread. Returns "" on failure (the reason in `error`).
QString smallDatabase(const QTemporaryDir &dir, QString *error);
// A Library on the test thread, for checking what the GUI did.
std::unique_ptr<core::Library> openLibrary(const QString &path);
// main() of a QTest program: the offscreen platform unless QT_QPA_PLATFORM says otherwise, test
// mode for the standard paths, settings in a temporary folder; `makeTest` builds the test object
// once the application exists.
// Types as a person with a Korean input method does: each syllable composed (pre-edit), then
// committed; Latin text is typed key by key.
void type(QWidget *widget, const QString &text);

int runTest(int argc, char **argv, const QString &applicationName,
            const std::function<std::unique_ptr<QObject>()> &makeTest);

} // namespace sillok::gui::test
