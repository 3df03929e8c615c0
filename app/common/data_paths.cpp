#include "data_paths.h"

#include <array>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <system_error>
#include <utility>

// Set by app/common/CMakeLists.txt.
#ifndef SILLOK_DATA_FROM_BIN
#error "SILLOK_DATA_FROM_BIN (the data folder relative to the installed executable) is not set"
#endif

namespace sillok::app {

namespace fs = std::filesystem;
using core::ErrorCode;
using core::fail;
using core::Result;

namespace {

// The install layout under one folder (share/sillok/ or $SILLOK_DATA_DIR).
DataPaths installedLayout(const fs::path &root)
{
    DataPaths p;
    p.gazetteer = root / "gazetteer";
    p.commonWords = root / "gazetteer" / "common_words.txt";
    p.corpus = root / "corpus";
    p.translations = root / "translations";
    p.installed = true;
    return p;
}

bool complete(const DataPaths &p)
{
    std::error_code ec;
    return fs::is_regular_file(p.gazetteer / "organizations.tsv", ec)
           && fs::is_regular_file(p.gazetteer / "lexicon.tsv", ec)
           && fs::is_regular_file(p.gazetteer / "events.tsv", ec) && fs::is_regular_file(p.commonWords, ec)
           && fs::is_directory(p.corpus, ec);
}

// True when `path` is `dir` or inside it (both made absolute and normal, no symlinks resolved).
bool inside(const fs::path &path, const fs::path &dir)
{
    const fs::path a = path.lexically_normal();
    const fs::path b = dir.lexically_normal();
    auto ai = a.begin();
    for (auto bi = b.begin(); bi != b.end(); ++bi, ++ai) {
        if (bi->empty() && std::next(bi) == b.end())
            break; // trailing separator
        if (ai == a.end() || *ai != *bi)
            return false;
    }
    return true;
}

template <class T, class Parse>
core::Status parseInto(T &out, const fs::path &path, Parse parse)
{
    auto text = readDataFile(path);
    if (!text)
        return std::unexpected(text.error());
    auto parsed = parse(*text);
    if (!parsed)
        return fail(parsed.error().code, path.string() + ": " + parsed.error().detail, path.string());
    out = std::move(*parsed);
    return {};
}

} // namespace

fs::path executablePath()
{
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe;
}

Result<DataPaths> locateData(const fs::path &executable)
{
    std::string looked;
    if (const char *env = std::getenv("SILLOK_DATA_DIR"); env && *env) {
        DataPaths p = installedLayout(fs::absolute(env));
        if (complete(p))
            return p;
        return fail(ErrorCode::NotFound,
                    std::string("SILLOK_DATA_DIR=") + env + " does not hold Sillok's data (gazetteer/, corpus/)");
    }
    if (!executable.empty()) {
        const fs::path root = (executable.parent_path() / SILLOK_DATA_FROM_BIN).lexically_normal();
        DataPaths p = installedLayout(root);
        if (complete(p))
            return p;
        looked = root.string();
#ifdef SILLOK_BUILD_TREE
        // A program of the build tree (never an installed one) reads the sources it was built from.
        if (inside(executable, SILLOK_BUILD_TREE)) {
            DataPaths b;
            b.gazetteer = fs::path(SILLOK_SOURCE_RESOURCES) / "gazetteer";
            b.commonWords = fs::path(SILLOK_BUILD_GENERATED) / "common_words.txt";
            b.corpus = fs::path(SILLOK_SOURCE_RESOURCES) / "corpus";
            b.translations = SILLOK_BUILD_TRANSLATIONS;
            b.installed = false;
            if (complete(b))
                return b;
            looked += ", " + b.gazetteer.string();
        }
#endif
    } else {
        looked = "(the program's own path could not be read)";
    }
    return fail(ErrorCode::NotFound, "Sillok's data folder was not found; looked in " + looked
                                         + " (set SILLOK_DATA_DIR to a folder laid out like share/sillok)");
}

Result<std::string> readDataFile(const fs::path &path)
{
    std::error_code ec;
    if (fs::is_directory(path, ec)) // a folder opens as a stream on Linux, then fails every read
        return fail(ErrorCode::Io, "cannot read " + path.string() + ": it is a folder, not a file", path.string());
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail(ErrorCode::Io, "cannot read " + path.string(), path.string());
    std::string text;
    std::array<char, 1 << 16> chunk{};
    // istream::read turns a read error (libstdc++'s filebuf throws it) into badbit.
    while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0) {
        text.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
        if (!in)
            break;
    }
    if (in.bad())
        return fail(ErrorCode::Io, "cannot read " + path.string(), path.string());
    return text;
}

Result<std::unique_ptr<LoadedData>> loadData(const DataPaths &paths)
{
    auto data = std::make_unique<LoadedData>();
    data->paths = paths;
    fs::path organizations = paths.gazetteer / "organizations.tsv";
    if (const char *env = std::getenv("SILLOK_GAZETTEER"); env && *env)
        organizations = env;
    if (auto s =
            parseInto(data->gazetteer, organizations, [](const std::string &t) { return core::Gazetteer::fromTsv(t); });
        !s)
        return std::unexpected(s.error());
    if (auto s = parseInto(data->lexicon, paths.gazetteer / "lexicon.tsv",
                           [](const std::string &t) { return core::Lexicon::fromTsv(t); });
        !s)
        return std::unexpected(s.error());
    auto words = readDataFile(paths.commonWords);
    if (!words)
        return std::unexpected(words.error());
    data->lexicon.addWords("common_noun", *words);
    if (auto s = parseInto(data->calendar, paths.gazetteer / "events.tsv",
                           [](const std::string &t) { return core::EventCalendar::fromTsv(t); });
        !s)
        return std::unexpected(s.error());
    data->context = core::ExtractionContext{&data->gazetteer, &data->lexicon, &data->calendar};
    return data;
}

const Result<std::unique_ptr<LoadedData>> &applicationData()
{
    static const Result<std::unique_ptr<LoadedData>> data = []() -> Result<std::unique_ptr<LoadedData>> {
        auto paths = locateData();
        if (!paths)
            return std::unexpected(paths.error());
        return loadData(*paths);
    }();
    return data;
}

} // namespace sillok::app
