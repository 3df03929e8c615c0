#pragma once
// Runs an external Python validator over a file, for tests that check exports with the
// reference parsers (networkx for GraphML, icalendar for .ics). When no Python interpreter has
// the module, tests skip, or fail under CI=true (SILLOK_REQUIRE_TOOL, shared_dir.h).

#include "shared_dir.h"

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace sillok::test {

struct PythonRun {
    int status = -1;
    std::string output;
};

inline PythonRun runCommand(const std::string &command)
{
    PythonRun run;
    FILE *pipe = popen(command.c_str(), "r");
    if (!pipe)
        return run;
    std::array<char, 4096> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe))
        run.output += buffer.data();
    run.status = pclose(pipe);
    return run;
}

// The first interpreter (system python first) that can import `module`, or "".
inline std::string pythonWith(const std::string &module)
{
    for (const char *python : {"/usr/bin/python3", "python3"}) {
        if (runCommand(std::string(python) + " -c 'import " + module + "' 2>/dev/null").status == 0)
            return python;
    }
    return {};
}

inline std::filesystem::path writeTemp(const std::string &name, const std::string &content)
{
    const auto path = std::filesystem::temp_directory_path() / name;
    std::ofstream out(path, std::ios::binary);
    out << content;
    return path;
}

// Runs `script` (Python source) with the file path as argv[1]; stderr is folded into output.
inline PythonRun runPythonScript(const std::string &python, const std::string &script,
                                 const std::filesystem::path &file)
{
    const auto scriptPath = writeTemp("sillok_validator_" + std::to_string(std::hash<std::string>{}(script)) + ".py", script);
    return runCommand(python + " " + scriptPath.string() + " " + file.string() + " 2>&1");
}

} // namespace sillok::test
