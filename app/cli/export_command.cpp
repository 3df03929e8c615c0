// sillok-cli export --format graphml|csv-entities|csv-facts|ics|annotations [--bom] [--output FILE]
// Writes the knowledge base in an exchange format (core/export/library_export.h, shared with the
// desktop app) to stdout, or to FILE (written to a temporary file next to it and renamed, so a
// failed export never leaves half a file):
//   graphml       the entity graph (GraphML: Gephi, yEd, networkx), edges with their merged fact
//   csv-entities  one row per entity (RFC 4180; --bom adds a UTF-8 BOM for Excel)
//   csv-facts     one row per fact and piece of evidence, with the merged fact's confidence,
//                 article count, first/last seen and date
//   ics           dated meetings as all-day iCalendar events
//   annotations   annotations as W3C Web Annotation JSON-LD
// The database must exist (an export never creates one). Exit status: 0, 1 (database or
// output file), 2 (usage).

#include "cli_support.h"
#include "commands.h"

#include "export/library_export.h"

#include <cstdio>
#include <filesystem>
#include <optional>
#include <system_error>

namespace sillok::cli {

namespace {

using namespace sillok::core;

constexpr const char *kUsage =
    "sillok-cli export --format graphml|csv-entities|csv-facts|ics|annotations [--bom] [--output FILE]";

} // namespace

int runExport(const std::string &dbPath, const std::vector<std::string> &args)
{
    std::string format;
    std::string output;
    bool bom = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--help") {
            std::printf("usage: %s\n", kUsage);
            return 0;
        } else if (a == "--format" || a == "--output" || a == "-o") {
            if (i + 1 >= args.size())
                return usageError("export", a + " needs a value", kUsage);
            (a == "--format" ? format : output) = args[++i];
        } else if (a.starts_with("--format=")) {
            format = a.substr(9);
        } else if (a.starts_with("--output=")) {
            output = a.substr(9);
            if (output.empty())
                return usageError("export", "--output needs a file", kUsage);
        } else if (a == "--bom") {
            bom = true;
        } else {
            return usageError("export", "unexpected argument " + a, kUsage);
        }
    }
    if (format.empty())
        return usageError("export", "--format is required", kUsage);
    const std::optional<ExportFormat> chosen = exportFormatFromName(format);
    if (!chosen)
        return usageError("export", "unknown format " + format, kUsage);

    std::error_code ec;
    if (dbPath != ":memory:" && !dbPath.starts_with("file:") && !std::filesystem::is_regular_file(dbPath, ec)) {
        std::fprintf(stderr, "sillok-cli: %s: no such database\n", dbPath.c_str());
        return 1;
    }
    auto library = openLibrary(dbPath);
    if (!library)
        return 1;
    auto text = renderExport(*library, *chosen, ExportOptions{bom});
    if (!text) {
        std::fprintf(stderr, "sillok-cli export: %s\n", text.error().detail.c_str());
        return 1;
    }
    if (output.empty() || output == "-") {
        std::fwrite(text->data(), 1, text->size(), stdout);
        return std::fflush(stdout) == 0 ? 0 : 1;
    }
    if (auto written = writeFileAtomically(output, *text); !written) {
        std::fprintf(stderr, "sillok-cli export: %s: %s\n", output.c_str(), written.error().detail.c_str());
        return 1;
    }
    return 0;
}

} // namespace sillok::cli
