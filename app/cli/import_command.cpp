// sillok-cli import [--published YYYY-MM-DD] [--json] [--no-extract] PATH...
// Files and folders (recursively). On a terminal a live line shows progress (done/total,
// articles/s, time left); Ctrl+C stops cleanly (what was imported stays; the same command
// resumes). Summary line on stderr; each failed file one line "path: reason" on stderr; exit 1
// when any file failed (the others are imported) or the library could not be written (one
// message: how many were imported, that the library is intact, and how to resume); 130 when
// interrupted. --json prints {"imported": N, "updated": N, "unchanged": N, "failed": [{"path": "",
// "error": ""}], "duplicates": [{"path": "", "of": ""}]} on stdout (plus "cancelled" /
// "library_error" / "not_imported" when they apply). A duplicate is a file whose story the
// library already held (same canonical URL, same cleaned text, or a near-identical text within
// days): it is stored as a copy of `of` (counted in "imported"), listed and counted once.

#include "cli_support.h"
#include "commands.h"
#include "progress_line.h"

#include "common/json_writer.h"

#include <cstdio>

namespace sillok::cli {

namespace {

constexpr const char *kUsage = "sillok-cli import [--published YYYY-MM-DD] [--json] [--no-extract] PATH...";

} // namespace

int runImport(const std::string &dbPath, const std::vector<std::string> &args)
{
    using namespace sillok::core;
    bool json = false;
    ImportOptions options;
    std::vector<std::string> paths;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--help") {
            std::printf("usage: %s\n", kUsage);
            return 0;
        } else if (a == "--json") {
            json = true;
        } else if (a == "--no-extract") {
            options.extract = false;
        } else if (a == "--published" || a.starts_with("--published=")) {
            std::string value;
            if (a == "--published") {
                if (i + 1 >= args.size())
                    return usageError("import", "--published needs a date", kUsage);
                value = args[++i];
            } else {
                value = a.substr(12);
            }
            const auto date = PartialDate::parse(value);
            if (!date)
                return usageError("import", "--published: not a date: " + value, kUsage);
            options.fallbackPublished = *date;
        } else if (a == "--") {
            paths.insert(paths.end(), args.begin() + static_cast<std::ptrdiff_t>(i) + 1, args.end());
            break;
        } else if (a.starts_with("--")) {
            return usageError("import", "unknown option " + a, kUsage);
        } else {
            paths.push_back(a);
        }
    }
    if (paths.empty())
        return usageError("import", "no file or folder given", kUsage);

    auto library = openLibrary(dbPath);
    if (!library)
        return 1;
    ImportReport report;
    {
        ProgressLine line("importing", !json);
        report = library->importPaths(
            paths, options, [&](int done, int total, const std::string &, const core::ImportFailure *) { line.update(done, total); },
            ProgressLine::cancelFlag());
    }
    return reportImport(report, json, "import");
}

int reportImport(const core::ImportReport &report, bool json, const char *verb)
{
    using namespace sillok::core;
    for (const ImportFailure &f : report.failed)
        std::fprintf(stderr, "%s: %s\n", f.path.c_str(), f.error.c_str());
    const int stored = report.imported + report.updated + report.unchanged;
    if (report.libraryError) {
        std::fprintf(stderr,
                     "sillok-cli %s: stopped: the library could not be written (%s). %d files were stored before "
                     "that and the library is intact; run the same command again to do the remaining %d.\n",
                     verb, report.libraryError->detail.c_str(), stored, report.notImported);
    } else if (report.cancelled) {
        std::fprintf(stderr,
                     "sillok-cli %s: interrupted after %d files; the library is intact. Run the same command again "
                     "to do the remaining %d.\n",
                     verb, stored, report.notImported);
    }
    for (const ImportDuplicate &d : report.duplicates)
        std::fprintf(stderr, "%s: a copy of %s (listed and counted once)\n", d.path.c_str(), d.of.c_str());
    std::fprintf(stderr, "imported %d, updated %d, unchanged %d, failed %zu\n", report.imported, report.updated,
                 report.unchanged, report.failed.size());
    if (json) {
        JsonWriter w;
        w.beginObject();
        w.key("imported").value(report.imported);
        w.key("updated").value(report.updated);
        w.key("unchanged").value(report.unchanged);
        w.key("failed").beginArray();
        for (const ImportFailure &f : report.failed) {
            w.beginObject();
            w.key("path").value(f.path);
            w.key("error").value(f.error);
            w.endObject();
        }
        w.endArray();
        w.key("duplicates").beginArray();
        for (const ImportDuplicate &d : report.duplicates) {
            w.beginObject();
            w.key("path").value(d.path);
            w.key("of").value(d.of);
            w.endObject();
        }
        w.endArray();
        if (report.cancelled)
            w.key("cancelled").value(true);
        if (report.libraryError)
            w.key("library_error").value(report.libraryError->detail);
        if (report.cancelled || report.libraryError)
            w.key("not_imported").value(report.notImported);
        w.endObject();
        printLine(w.str());
    }
    if (report.cancelled)
        return 130;
    return report.failed.empty() && !report.libraryError ? 0 : 1;
}

} // namespace sillok::cli
