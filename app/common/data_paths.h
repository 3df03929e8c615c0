#pragma once
// Where Sillok's data lives at run time, for the CLI and the GUI alike (Qt-free).
//
// The gazetteer, lexicon and event calendar, the common-word list, the UI translations and the
// bundled sample corpus are installed under <prefix>/share/sillok/ (cmake --install, the .deb).
// A program finds them relative to its own executable, so an installed Sillok never reads the
// tree it was built in, and a relocated prefix keeps working:
//   1. $SILLOK_DATA_DIR, when set (a folder laid out like share/sillok/);
//   2. <directory of the executable>/../share/sillok (the install layout);
//   3. only for a program that lives inside the build tree (bin/sillok-cli run from
//      build/<preset>/, the tests): the source tree's resources/ and the build tree's generated
//      files, so a build runs without installing.
// Nothing else is tried: an installed program without its data says where it looked.

#include "common/result.h"
#include "extract/event_calendar.h"
#include "extract/extraction_context.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"

#include <filesystem>
#include <memory>
#include <string>

namespace sillok::app {

struct DataPaths {
    std::filesystem::path gazetteer;    // organizations.tsv, lexicon.tsv, events.tsv
    std::filesystem::path commonWords;  // common_words.txt (common nouns of hunspell-ko)
    std::filesystem::path corpus;       // the bundled sample corpus (.txt, .html)
    std::filesystem::path translations; // sillok_<language>.qm
    bool installed = false;             // false: the source and build trees of a build
};

// The running program's executable (/proc/self/exe), absolute; empty when it cannot be read.
std::filesystem::path executablePath();

// Finds the data folders by the rules above, for the program at `executable` (default: this
// one). Fails with ErrorCode::NotFound naming every place it looked.
core::Result<DataPaths> locateData(const std::filesystem::path &executable = executablePath());

// The extractor's dictionaries read from DataPaths::gazetteer and commonWords, and the context
// over them. $SILLOK_GAZETTEER, when set, names an organizations.tsv that replaces the
// installed one. Immovable: the context points into it.
struct LoadedData {
    DataPaths paths;
    core::Gazetteer gazetteer;
    core::Lexicon lexicon;
    core::EventCalendar calendar;
    core::ExtractionContext context;

    LoadedData() = default;
    LoadedData(const LoadedData &) = delete;
    LoadedData &operator=(const LoadedData &) = delete;
};

core::Result<std::unique_ptr<LoadedData>> loadData(const DataPaths &paths);

// The whole of a data file. ErrorCode::Io naming the path when it cannot be read: missing,
// unreadable, a folder.
core::Result<std::string> readDataFile(const std::filesystem::path &path);

// locateData() and loadData() once per process (thread-safe); the same result on every call.
const core::Result<std::unique_ptr<LoadedData>> &applicationData();

} // namespace sillok::app
