#pragma once
// Helpers shared by the sillok-cli commands that use the database.

#include "store/library.h"

#include <memory>
#include <optional>
#include <string>

namespace sillok::cli {

// Opens (creating/migrating) the library with the dictionaries of the installed data folder
// (app/common/data_paths.h); on failure prints "sillok-cli: PATH: reason" to
// stderr and returns null (the command then exits with status 1).
std::unique_ptr<core::Library> openLibrary(const std::string &dbPath);
// The same with the caller's options (e.g. a command that never extracts: see search).
std::unique_ptr<core::Library> openLibrary(const std::string &dbPath, const core::LibraryOptions &options);

// Prints "sillok-cli <command>: <what>" and the usage line to stderr; returns 2.
int usageError(const char *command, const std::string &what, const char *usage);

// A positive integer, or nullopt.
std::optional<int> parsePositive(const std::string &text);

// Writes `text` and a newline to stdout.
void printLine(const std::string &text);

} // namespace sillok::cli
