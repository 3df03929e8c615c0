// sillok-cli [--db PATH] COMMAND [ARGS]: the command-line front end (contract:
// ../shared/spec/cli-contract.md). Global options come before the command.

#include "commands.h"

#include "store/library.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#ifndef SILLOK_VERSION
#define SILLOK_VERSION "0.0.0"
#endif

namespace {

constexpr const char *kUsage =
    "usage: sillok-cli [--db PATH] COMMAND [ARGS]\n"
    "\n"
    "Commands:\n"
    "  import [--published YYYY-MM-DD] [--json] PATH...   add articles (files or folders)\n"
    "  search [--json] [--limit N] QUERY...               ranked full-text search\n"
    "  entities [--type TYPE] [--json] [QUERY]            organizations, people, initiatives, meetings\n"
    "  timeline [--json]                                  dated initiatives and meetings\n"
    "  extract --json [--published YYYY-MM-DD] PATH...    parse and extract without a database\n"
    "  export --format graphml|csv-entities|csv-facts|ics|annotations [--bom] [--output FILE]\n"
    "  import-annotations [--json] FILE...               add W3C Web Annotation (JSON-LD) files\n"
    "  reextract [--json]                                 re-run this build's extractor over the library\n"
    "  changes [--json] [--since RUN_ID|YYYY-MM-DD]       what the last import (or imports since) brought\n"
    "  watch [--off] NAME...                              put what concerns an entity first in changes\n"
    "  review [--json] | review accept|reject ID          decisions waiting for a person\n"
    "\n"
    "Options:\n"
    "  --db PATH     the database (default: $SILLOK_DB, else the per-user data folder)\n"
    "  --help        this text\n"
    "  --version     the program version\n"
    "\n"
    "Exit status: 0 success, 1 bad input or database, 2 usage error.\n";

int usage(const char *problem)
{
    if (problem)
        std::fprintf(stderr, "sillok-cli: %s\n", problem);
    std::fputs(kUsage, stderr);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    std::string dbPath;
    std::size_t i = 0;
    for (; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--help" || a == "-h" || a == "help") {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (a == "--version") {
            std::printf("sillok-cli %s\n", SILLOK_VERSION);
            return 0;
        }
        if (a == "--db") {
            if (i + 1 >= args.size())
                return usage("--db needs a path");
            dbPath = args[++i];
        } else if (a.starts_with("--db=")) {
            dbPath = a.substr(5);
        } else if (a.starts_with("-")) {
            return usage(("unknown option " + a).c_str());
        } else {
            break;
        }
    }
    if (i >= args.size())
        return usage("no command given");
    if (dbPath.empty())
        dbPath = sillok::core::Library::defaultPath();
    const std::string command = args[i];
    const std::vector<std::string> rest(args.begin() + static_cast<std::ptrdiff_t>(i) + 1, args.end());

    using namespace sillok::cli;
    if (command == "import")
        return runImport(dbPath, rest);
    if (command == "search")
        return runSearch(dbPath, rest);
    if (command == "entities")
        return runEntities(dbPath, rest);
    if (command == "timeline")
        return runTimeline(dbPath, rest);
    if (command == "extract")
        return runExtract(rest);
    if (command == "export")
        return runExport(dbPath, rest);
    if (command == "import-annotations")
        return runImportAnnotations(dbPath, rest);
    if (command == "reextract")
        return runReextract(dbPath, rest);
    if (command == "changes")
        return runChanges(dbPath, rest);
    if (command == "watch")
        return runWatch(dbPath, rest);
    if (command == "review")
        return runReview(dbPath, rest);
    return usage(("unknown command " + command).c_str());
}
