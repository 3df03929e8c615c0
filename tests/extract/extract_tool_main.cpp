// Test driver: runs the extract command without the rest of sillok-cli, so the gold scorer
// (tests/extract/score_gold.py) does not depend on the command dispatch in app/cli/main.cpp.
#include "commands.h"

#include <string>
#include <vector>

int main(int argc, char **argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && args.front() == "extract")
        args.erase(args.begin());
    return sillok::cli::runExtract(args);
}
