// sillok-cli import-annotations [--json] FILE...
// Imports W3C Web Annotation JSON-LD files (as written by `export --format annotations` or
// another W3C client) into the articles of the database (core/export/library_export.h, shared
// with the desktop app). Idempotent: importing a file again adds nothing. Each annotation that
// could not be imported is one line "FILE: reason" on stderr; the summary line goes to stderr;
// --json prints {"added": N, "updated": N, "unchanged": N, "orphaned": N,
// "failed": [{"file": "", "error": ""}]} on stdout. The database must exist. Exit status: 0 when
// every annotation came in, 1 when a file or an annotation could not be imported (the others
// are), 2 on usage errors.

#include "cli_support.h"
#include "commands.h"

#include "common/json_writer.h"
#include "export/library_export.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>
#include <utility>

namespace sillok::cli {

namespace {

using namespace sillok::core;

constexpr const char *kUsage = "sillok-cli import-annotations [--json] FILE...";

} // namespace

int runImportAnnotations(const std::string &dbPath, const std::vector<std::string> &args)
{
    bool json = false;
    std::vector<std::string> files;
    for (const std::string &a : args) {
        if (a == "--help") {
            std::printf("usage: %s\n", kUsage);
            return 0;
        } else if (a == "--json") {
            json = true;
        } else if (a.starts_with("--")) {
            return usageError("import-annotations", "unknown option " + a, kUsage);
        } else {
            files.push_back(a);
        }
    }
    if (files.empty())
        return usageError("import-annotations", "no file given", kUsage);
    std::error_code ec;
    if (dbPath != ":memory:" && !dbPath.starts_with("file:") && !std::filesystem::is_regular_file(dbPath, ec)) {
        std::fprintf(stderr, "sillok-cli: %s: no such database\n", dbPath.c_str());
        return 1;
    }
    auto library = openLibrary(dbPath);
    if (!library)
        return 1;

    AnnotationImportReport total;
    std::vector<std::pair<std::string, std::string>> failed; // (file, reason)
    for (const std::string &file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in || std::filesystem::is_directory(file, ec)) {
            failed.emplace_back(file, "cannot read");
            continue;
        }
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (in.bad()) {
            failed.emplace_back(file, "cannot read");
            continue;
        }
        auto report = importWebAnnotations(*library, text);
        if (!report) {
            failed.emplace_back(file, report.error().detail);
            continue;
        }
        total.added += report->added;
        total.updated += report->updated;
        total.unchanged += report->unchanged;
        total.orphaned += report->orphaned;
        for (std::string &e : report->errors)
            failed.emplace_back(file, std::move(e));
    }
    for (const auto &[file, reason] : failed)
        std::fprintf(stderr, "%s: %s\n", file.c_str(), reason.c_str());
    std::fprintf(stderr, "added %d, updated %d, unchanged %d, orphaned %d, failed %zu\n", total.added, total.updated,
                 total.unchanged, total.orphaned, failed.size());
    if (json) {
        JsonWriter w;
        w.beginObject();
        w.key("added").value(total.added);
        w.key("updated").value(total.updated);
        w.key("unchanged").value(total.unchanged);
        w.key("orphaned").value(total.orphaned);
        w.key("failed").beginArray();
        for (const auto &[file, reason] : failed) {
            w.beginObject();
            w.key("file").value(file);
            w.key("error").value(reason);
            w.endObject();
        }
        w.endArray();
        w.endObject();
        printLine(w.str());
    }
    return failed.empty() ? 0 : 1;
}

} // namespace sillok::cli
