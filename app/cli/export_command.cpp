// sillok-cli export --format graphml|csv-entities|csv-facts|ics|annotations [--bom] [--output FILE]
// Writes the knowledge base in an exchange format to stdout, or to FILE (written to a temporary
// file next to it and renamed, so a failed export never leaves half a file):
//   graphml       the entity graph (GraphML: Gephi, yEd, networkx)
//   csv-entities  one row per entity (RFC 4180; --bom adds a UTF-8 BOM for Excel)
//   csv-facts     one row per fact and piece of evidence
//   ics           dated meetings as all-day iCalendar events
//   annotations   annotations as W3C Web Annotation JSON-LD
// The database must exist (an export never creates one). Exit status: 0, 1 (database or
// output file), 2 (usage).

#include "cli_support.h"
#include "commands.h"

#include "export/csv_writer.h"
#include "export/graphml_writer.h"
#include "export/ics_writer.h"
#include "export/web_annotation.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace sillok::cli {

namespace {

using namespace sillok::core;

constexpr const char *kUsage =
    "sillok-cli export --format graphml|csv-entities|csv-facts|ics|annotations [--bom] [--output FILE]";

Result<std::string> render(Library &library, const std::string &format, bool bom)
{
    if (format == "graphml") {
        auto graph = library.graph(0, 1);
        if (!graph)
            return std::unexpected(graph.error());
        return writeGraphMl(*graph);
    }
    if (format == "csv-entities") {
        auto entities = library.entities();
        if (!entities)
            return std::unexpected(entities.error());
        return writeEntitiesCsv(*entities, CsvOptions{bom});
    }
    if (format == "csv-facts") {
        auto facts = library.facts();
        if (!facts)
            return std::unexpected(facts.error());
        return writeFactsCsv(*facts, CsvOptions{bom});
    }
    if (format == "ics") {
        EntityFilter filter;
        filter.type = EntityType::Meeting;
        auto meetings = library.entities(filter);
        if (!meetings)
            return std::unexpected(meetings.error());
        return writeIcs(*meetings);
    }
    auto annotations = library.annotations(0);
    if (!annotations)
        return std::unexpected(annotations.error());
    return writeWebAnnotations(*annotations);
}

// Writes `text` to `path` via a temporary sibling and a rename.
bool writeFile(const std::string &path, const std::string &text)
{
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path temp = target.parent_path() / ("." + target.filename().string() + ".sillok-tmp");
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.close();
        if (!out) {
            std::error_code ignored;
            fs::remove(temp, ignored);
            std::fprintf(stderr, "sillok-cli export: %s: cannot write\n", path.c_str());
            return false;
        }
    }
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        std::fprintf(stderr, "sillok-cli export: %s: %s\n", path.c_str(), ec.message().c_str());
        return false;
    }
    return true;
}

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
    if (format != "graphml" && format != "csv-entities" && format != "csv-facts" && format != "ics"
        && format != "annotations")
        return usageError("export", "unknown format " + format, kUsage);

    std::error_code ec;
    if (dbPath != ":memory:" && !dbPath.starts_with("file:") && !std::filesystem::is_regular_file(dbPath, ec)) {
        std::fprintf(stderr, "sillok-cli: %s: no such database\n", dbPath.c_str());
        return 1;
    }
    auto library = openLibrary(dbPath);
    if (!library)
        return 1;
    auto text = render(*library, format, bom);
    if (!text) {
        std::fprintf(stderr, "sillok-cli export: %s\n", text.error().detail.c_str());
        return 1;
    }
    if (output.empty() || output == "-") {
        std::fwrite(text->data(), 1, text->size(), stdout);
        return std::fflush(stdout) == 0 ? 0 : 1;
    }
    return writeFile(output, *text) ? 0 : 1;
}

} // namespace sillok::cli
