// Import throughput of the Library (parse + clean + extract + graph merge + FTS indexing, one
// transaction per file) into a fresh temporary database, repeated to average out noise.
// Usage: import_bench [REPEATS=3] [--index-only] [FOLDER...]   (default folders:
// resources/corpus and ../shared/corpus/seeds when present). Prints articles/s and MB/s per
// folder and mode; --index-only skips the extraction mode (extraction time grows faster than
// linearly with the size of one article, see docs/performance.md).

#include "store/library.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;
using namespace sillok::core;

namespace {

struct Numbers {
    int articles = 0;
    double seconds = 0;
};

Numbers importOnce(const std::string &folder, bool extract)
{
    const fs::path db = fs::temp_directory_path() / ("sillok-import-bench-" + std::to_string(::getpid()) + ".sqlite");
    for (const char *suffix : {"", "-wal", "-shm"})
        fs::remove(db.string() + suffix);
    Numbers n;
    {
        auto lib = Library::open(db.string());
        if (!lib) {
            std::fprintf(stderr, "cannot open %s: %s\n", db.c_str(), lib.error().detail.c_str());
            std::exit(1);
        }
        ImportOptions options;
        options.extract = extract;
        const auto start = std::chrono::steady_clock::now();
        const ImportReport r = (*lib)->importPaths({folder}, options);
        n.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        n.articles = r.imported;
        for (const auto &f : r.failed)
            std::fprintf(stderr, "  failed: %s: %s\n", f.path.c_str(), f.error.c_str());
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        fs::remove(db.string() + suffix);
    return n;
}

double folderMegabytes(const std::string &folder)
{
    std::uintmax_t bytes = 0;
    for (const std::string &f : Library::collectFiles({folder}))
        bytes += fs::file_size(f);
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    int repeats = 3;
    bool indexOnly = false;
    std::vector<std::string> folders;
    for (int i = 1; i < argc; ++i) {
        if (i == 1 && std::atoi(argv[i]) > 0)
            repeats = std::atoi(argv[i]);
        else if (std::string_view(argv[i]) == "--index-only")
            indexOnly = true;
        else
            folders.emplace_back(argv[i]);
    }
    if (folders.empty()) {
        for (const std::string &dir : {std::string(SILLOK_BENCH_SAMPLE_DIR), std::string(SILLOK_BENCH_SHARED_DIR) + "/corpus/seeds"})
            if (fs::is_directory(dir) && !Library::collectFiles({dir}).empty())
                folders.push_back(dir);
    }
    if (folders.empty()) {
        std::fputs("import_bench: no corpus folder found (pass one)\n", stderr);
        return 1;
    }
    std::printf("%-50s %-10s %8s %10s %10s %10s\n", "folder", "mode", "files", "MB", "articles/s", "MB/s");
    for (const std::string &folder : folders) {
        const double mb = folderMegabytes(folder);
        for (const bool extract : {false, true}) {
            if (extract && indexOnly)
                continue;
            Numbers total;
            for (int i = 0; i < repeats; ++i) {
                const Numbers n = importOnce(folder, extract);
                total.articles += n.articles;
                total.seconds += n.seconds;
            }
            const double perRun = total.seconds / repeats;
            std::printf("%-50s %-10s %8d %10.2f %10.1f %10.2f\n", fs::path(folder).filename().c_str(),
                        extract ? "extract" : "index-only", total.articles / repeats, mb,
                        perRun > 0 ? (total.articles / repeats) / perRun : 0.0, perRun > 0 ? mb / perRun : 0.0);
        }
    }
    return 0;
}
