#pragma once
// The one description of sillok-cli's command line: `sillok-cli --help` prints usageText() and
// the man page sillok-cli.1 is manPage() (written at build time by sillok-cli-manpage), so the two
// cannot drift apart. Add or change a command or an option here, nowhere else.

#include <span>
#include <string>

namespace sillok::cli {

struct CommandHelp {
    const char *name;     // "import"
    const char *synopsis; // the arguments after the name, as in --help
    const char *summary;  // one line for --help
    const char *details;  // a paragraph for the man page
};

struct OptionHelp {
    const char *flag;    // "--db PATH"
    const char *summary; // one line for --help
};

std::span<const CommandHelp> commandHelp();
std::span<const OptionHelp> optionHelp();

// The text of `sillok-cli --help`.
std::string usageText();
// The man page (roff, man(7) macros) for `version` ("0.1.0") and `date` ("2026-12-02").
std::string manPage(const std::string &version, const std::string &date);

} // namespace sillok::cli
