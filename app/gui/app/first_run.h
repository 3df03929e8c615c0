#pragma once
// First run: when the database does not exist yet, the bundled sample corpus is imported from
// where it lives — share/sillok/corpus when installed, resources/corpus in a build (see
// app/common/data_paths.h) — so a new user lands in a populated app. It is imported in place,
// never from a temporary copy: the articles' source paths stay valid after the first run.

#include <QString>

namespace sillok::gui {

// Number of article files (.txt, .html, .htm; subfolders included) under `folder`; 0 when it
// is missing.
int sampleCorpusFileCount(const QString &folder);

} // namespace sillok::gui
