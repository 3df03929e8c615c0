#include "cli_support.h"

#include "data_paths.h"

#include <charconv>
#include <cstdio>

namespace sillok::cli {

std::unique_ptr<core::Library> openLibrary(const std::string &dbPath)
{
    const auto &data = app::applicationData();
    if (!data) {
        std::fprintf(stderr, "sillok-cli: %s\n", data.error().detail.c_str());
        return nullptr;
    }
    core::LibraryOptions options;
    options.context = &(*data)->context;
    return openLibrary(dbPath, options);
}

std::unique_ptr<core::Library> openLibrary(const std::string &dbPath, const core::LibraryOptions &options)
{
    auto library = core::Library::open(dbPath, options);
    if (!library) {
        std::fprintf(stderr, "sillok-cli: %s: %s\n", dbPath.c_str(), library.error().detail.c_str());
        return nullptr;
    }
    return std::move(*library);
}

int usageError(const char *command, const std::string &what, const char *usage)
{
    std::fprintf(stderr, "sillok-cli %s: %s\nusage: %s\n", command, what.c_str(), usage);
    return 2;
}

std::optional<int> parsePositive(const std::string &text)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value <= 0)
        return std::nullopt;
    return value;
}

void printLine(const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
}

} // namespace sillok::cli
