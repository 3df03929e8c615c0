#pragma once
// Shared fixture helpers for the GUI tests: a fresh database imported from test data, direct
// core access for expectations, and the rule for core methods that are not implemented yet.

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
// A Library on the test thread, for checking what the GUI did.
std::unique_ptr<core::Library> openLibrary(const QString &path);
// True when `error` says the core method is still a placeholder.
bool isUnsupported(const core::Error &error);

} // namespace sillok::gui::test

// Skips the current test when a core call still returns Unsupported; such tests light up
// automatically once the method lands.
#define SILLOK_SKIP_IF_UNSUPPORTED(result, what)                                                            \
    do {                                                                                                   \
        if (!(result) && sillok::gui::test::isUnsupported((result).error()))                              \
            QSKIP("core method " what " is not implemented yet (returns Unsupported)");                   \
    } while (false)
