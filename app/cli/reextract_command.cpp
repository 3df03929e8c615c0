// sillok-cli reextract [--json]
// Re-runs this build's extractor over every stored article (after an upgrade), keeping every
// curation decision and annotation. Same progress line, Ctrl+C handling, summary and --json
// document as import (articles are counted as "updated"). Prints "up to date" on stderr first
// when the library was already extracted by this version (it re-extracts anyway: asked for).

#include "cli_support.h"
#include "commands.h"
#include "progress_line.h"

#include <cstdio>

namespace sillok::cli {

namespace {

constexpr const char *kUsage = "sillok-cli reextract [--json]";

} // namespace

int runReextract(const std::string &dbPath, const std::vector<std::string> &args)
{
    bool json = false;
    for (const std::string &a : args) {
        if (a == "--help") {
            std::printf("usage: %s\n", kUsage);
            return 0;
        }
        if (a == "--json")
            json = true;
        else
            return usageError("reextract", "unknown argument " + a, kUsage);
    }
    auto library = openLibrary(dbPath);
    if (!library)
        return 1;
    auto stored = library->storedExtractorVersion();
    if (stored && !stored->empty())
        std::fprintf(stderr, "extractor %s (library extracted by %s)\n", library->extractorVersion().c_str(),
                     stored->c_str());
    core::Result<core::ImportReport> report = core::fail(core::ErrorCode::Internal, "not run");
    {
        ProgressLine line("re-extracting", !json);
        report = library->reextractAll(
            [&](int done, int total, const std::string &, const core::ImportFailure *) { line.update(done, total); },
            ProgressLine::cancelFlag());
    }
    if (!report) {
        core::ImportReport stopped;
        stopped.libraryError = report.error();
        return reportImport(stopped, json, "reextract");
    }
    return reportImport(*report, json, "reextract");
}

} // namespace sillok::cli
