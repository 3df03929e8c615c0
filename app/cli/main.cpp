// sillok-cli [--db PATH] COMMAND [ARGS]: the command-line front end (contract:
// ../shared/spec/cli-contract.md). Global options come before the command; the commands and
// options are described once, in help_text.cpp (--help and the man page).

#include "commands.h"
#include "help_text.h"

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

int usage(const char *problem)
{
    if (problem)
        std::fprintf(stderr, "sillok-cli: %s\n", problem);
    std::fputs(sillok::cli::usageText().c_str(), stderr);
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
            std::fputs(sillok::cli::usageText().c_str(), stdout);
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
