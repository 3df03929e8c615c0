#pragma once
// Shared fixture helpers for the GUI tests: a fresh database imported from test data, and direct
// core access for expectations.

#include "common/result.h"

#include <QString>
#include <QTemporaryDir>

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

} // namespace sillok::gui::test
