#pragma once
// First run: when the database does not exist yet, the bundled sample corpus (embedded under
// :/corpus) is copied to a temporary folder and imported, so a new user lands in a populated app.

#include <QString>

class QTemporaryDir;

namespace sillok::gui {

// Number of files in the embedded sample corpus (0 when the build has none).
int sampleCorpusFileCount();
// Copies :/corpus into `dir`; returns the folder to import, or "" when nothing was copied.
QString extractSampleCorpus(const QTemporaryDir &dir);

} // namespace sillok::gui
