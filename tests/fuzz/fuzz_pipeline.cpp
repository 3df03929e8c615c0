// fuzz_pipeline: a deterministic mutation fuzzer for the import pipeline (docs/performance.md,
// "Fuzzing the import pipeline"). Plain executable, no libFuzzer: build it under the `asan`
// preset to turn memory errors and undefined behaviour into crashes.
//
//   fuzz_pipeline [--iterations N] [--seed S] [--seeds DIR]... [--replay DIR]... [--store-every N]
//                 [--input FILE]...
//                 [--max-bytes N] [--slow-seconds T] [--crash-dir DIR] [--only I] [--dump I FILE]
//                 [--watchdog-seconds T] [--time-stages]
//
// Each iteration builds one input from the seed files (fuzz_mutator.h; a pure function of
// seed and iteration, so `--only I` reruns iteration I alone) and runs it in-process through
// parseArticleBytes (decode + clean), extractEntities, DateResolver::find over the body,
// parseDateline, the Korean tokenizer (both modes, both sides, on the body and on the raw
// bytes) and the match folding; every `--store-every` iterations it is also imported into a
// temporary Library, searched for one of its words and for raw bytes, and the database checked
// with PRAGMA integrity_check and FTS5 'integrity-check'. Files under `--replay` run first, each
// through the store too; with `--input` only the given files run (how minimize.py tries a cut).
// Broken invariants (fuzz_checks.h) and inputs slower than `--slow-seconds` are failures: they
// are printed, the input saved under --crash-dir, and the exit code is 1. A crash or a hang past
// --watchdog-seconds (60) saves the input the same way before dying (exit code 3).

#include "common/utf.h"
#include "extract/extractor.h"
#include "fuzz/fuzz_checks.h"
#include "fuzz/fuzz_mutator.h"
#include "ingest/ingest.h"
#include "store/database.h"
#include "store/library.h"
#include "store/statement.h"
#include "text/normalize.h"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#endif

namespace fs = std::filesystem;
using namespace sillok::core;
using sillok::fuzz::Failures;
using sillok::fuzz::FuzzInput;
using sillok::fuzz::FuzzRng;

namespace {

bool g_timeStages = false; // --time-stages: print each stage's duration (with --only)

// Prints the time since the previous mark when --time-stages is on.
void mark(const char *stage)
{
    static auto last = std::chrono::steady_clock::now();
    const auto now = std::chrono::steady_clock::now();
    if (g_timeStages)
        std::cerr << "[fuzz]   " << stage << ": " << std::chrono::duration<double>(now - last).count() << " s\n";
    last = now;
}

struct Options {
    std::uint64_t iterations = 1000;
    std::uint64_t seed = 1;
    std::vector<std::string> seedDirs;
    std::vector<std::string> replayDirs;
    std::vector<std::string> inputFiles; // --input: run these files only (no generated inputs)
    std::uint64_t storeEvery = 25;
    std::size_t maxBytes = 256 * 1024;
    double slowSeconds = 5.0;
    unsigned watchdogSeconds = 60;
    std::string crashDir;
    long long only = -1;
    long long dump = -1;
    std::string dumpFile;
};

// The input being processed, for the crash and watchdog handlers (written before each run).
std::string g_current;
std::string g_currentName;
char g_crashPath[4096] = {0};

void saveCurrentInput()
{
    if (g_crashPath[0] == 0)
        return;
    const int fd = ::open(g_crashPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return;
    std::size_t done = 0;
    while (done < g_current.size()) {
        const ssize_t n = ::write(fd, g_current.data() + done, g_current.size() - done);
        if (n <= 0)
            break;
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
    static constexpr char kMsg[] = "[fuzz] input saved for the crash report\n";
    [[maybe_unused]] const ssize_t w = ::write(2, kMsg, sizeof kMsg - 1);
}

extern "C" void onWatchdog(int)
{
    static constexpr char kMsg[] = "[fuzz] HANG: one input ran past the watchdog\n";
    [[maybe_unused]] const ssize_t w = ::write(2, kMsg, sizeof kMsg - 1);
    saveCurrentInput();
    std::_Exit(3);
}

extern "C" void onDeath() { saveCurrentInput(); }

// Without a sanitizer: a fatal signal saves the input, then dies by the same signal.
extern "C" void onFatalSignal(int sig)
{
    static constexpr char kMsg[] = "[fuzz] CRASH: fatal signal\n";
    [[maybe_unused]] const ssize_t w = ::write(2, kMsg, sizeof kMsg - 1);
    saveCurrentInput();
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

std::vector<std::string> filesUnder(const std::string &dir)
{
    std::vector<std::string> out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return out;
    for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec))
            out.push_back(it->path().string());
    }
    std::ranges::sort(out);
    return out;
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

bool writeFile(const std::string &path, const std::string &bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(out);
}

// A word of `text` (split on ASCII whitespace), or "" when it has none.
std::string someWord(FuzzRng &rng, const std::string &text)
{
    if (text.empty())
        return {};
    std::size_t at = rng.below(text.size());
    while (at > 0 && text[at - 1] != ' ' && text[at - 1] != '\n')
        --at;
    std::size_t end = text.find_first_of(" \n\t", at);
    return text.substr(at, std::min<std::size_t>(end == std::string::npos ? text.size() - at : end - at, 64));
}

// The temporary library every `--store-every` iterations imports into; replaced every
// kImportsPerDatabase imports (after a re-extraction of everything it holds).
class StoreStage {
public:
    explicit StoreStage(fs::path dir) : m_dir(std::move(dir)) {}
    ~StoreStage() { close(); }

    void run(const FuzzInput &input, bool parsedWithBody, FuzzRng &rng, Failures &failures);
    void close()
    {
        m_library.reset();
        std::error_code ec;
        fs::remove(m_dir / "fuzz.sqlite", ec);
        fs::remove(m_dir / "fuzz.sqlite-wal", ec);
        fs::remove(m_dir / "fuzz.sqlite-shm", ec);
    }
    int imports() const { return m_totalImports; }

private:
    static constexpr int kImportsPerDatabase = 40;
    void checkIntegrity(Failures &failures);
    fs::path m_dir;
    std::unique_ptr<Library> m_library;
    int m_imports = 0;
    int m_totalImports = 0;
};

void StoreStage::checkIntegrity(Failures &failures)
{
    Database &db = m_library->database();
    {
        Statement st(db, "PRAGMA integrity_check");
        std::string result;
        while (auto row = st.step()) {
            if (!*row)
                break;
            result += st.text(0);
        }
        if (result != "ok")
            failures.push_back("PRAGMA integrity_check: " + result);
    }
    for (const char *sql : {"INSERT INTO doc_wd(doc_wd) VALUES('integrity-check')",
                            "INSERT INTO doc_bg(doc_bg) VALUES('integrity-check')"}) {
        if (auto s = db.exec(sql); !s)
            failures.push_back(std::string("FTS5 ") + sql + ": " + s.error().detail);
    }
}

void StoreStage::run(const FuzzInput &input, bool parsedWithBody, FuzzRng &rng, Failures &failures)
{
    if (!m_library) {
        auto opened = Library::open((m_dir / "fuzz.sqlite").string());
        if (!opened) {
            failures.push_back("Library::open: " + opened.error().detail);
            return;
        }
        m_library = std::move(*opened);
        m_imports = 0;
    }
    // Some inputs replace an earlier file at the same path (the update path of the import).
    const std::string file = (m_dir / (std::to_string(rng.oneIn(4) ? 0 : m_totalImports) + "_" + input.fileName)).string();
    if (!writeFile(file, input.bytes)) {
        failures.push_back("cannot write " + file);
        return;
    }
    const ImportReport report = m_library->importPaths({file}, ImportOptions{});
    std::error_code ec;
    fs::remove(file, ec);
    ++m_imports;
    ++m_totalImports;
    const int outcomes = report.imported + report.updated + report.unchanged + static_cast<int>(report.failed.size());
    if (outcomes != 1)
        failures.push_back("import reported " + std::to_string(outcomes) + " outcomes for one file");
    // The import reads only .txt/.html/.htm (the parser also sniffs other names).
    const bool importable = parsedWithBody && isImportableExtension(input.fileName);
    if (importable && !report.failed.empty())
        failures.push_back("import failed on text the parser accepted: " + report.failed.front().error);
    if (!importable && report.imported + report.updated > 0)
        failures.push_back("import stored a file the parser refused");

    auto articles = m_library->articles();
    if (!articles)
        failures.push_back("articles(): " + articles.error().detail);
    else if (!articles->empty()) {
        auto article = m_library->article(articles->back().id);
        if (!article)
            failures.push_back("article(): " + article.error().detail);
        else {
            const std::string word = someWord(rng, article->body);
            if (auto hits = m_library->search(word); !hits)
                failures.push_back("search('" + word + "'): " + hits.error().detail);
            else
                for (const SearchHit &h : *hits)
                    if (!isValidUtf8(h.snippet))
                        failures.push_back("search('" + word + "') snippet is not valid UTF-8");
        }
    }
    // Raw bytes of the input as a query: any user text is accepted.
    if (!input.bytes.empty()) {
        const std::size_t at = rng.below(input.bytes.size());
        const std::string raw = input.bytes.substr(at, 1 + rng.below(40));
        if (auto hits = m_library->search(raw); !hits)
            failures.push_back("search(raw bytes): " + hits.error().detail);
    }
    if (auto entities = m_library->entities(); !entities)
        failures.push_back("entities(): " + entities.error().detail);
    checkIntegrity(failures);
    if (m_imports >= kImportsPerDatabase) {
        if (auto s = m_library->reextractAll(); !s)
            failures.push_back("reextractAll: " + s.error().detail);
        checkIntegrity(failures);
        close();
    }
}

struct Stats {
    std::uint64_t inputs = 0;
    std::map<std::string, std::uint64_t> outcomes; // "parsed" or the error code name
    std::uint64_t entities = 0;
    std::uint64_t temporals = 0;
    double slowest = 0;
    std::string slowestWhat;
    std::uint64_t failedInputs = 0;
};

// Runs one input through every stage; returns the broken invariants.
Failures runPipeline(const FuzzInput &input, FuzzRng &rng, StoreStage *store, Stats &stats)
{
    Failures failures;
    mark("start");
    ParseOptions parseOptions;
    if (rng.oneIn(3))
        parseOptions.fallbackPublished = PartialDate::ofDay(2000 + static_cast<int>(rng.below(30)), 1 + static_cast<int>(rng.below(12)), 1 + static_cast<int>(rng.below(28)));
    auto parsed = parseArticleBytes(input.bytes, input.fileName, parseOptions);
    mark("parse");
    ++stats.outcomes[parsed ? std::string("parsed") : std::string(errorCodeName(parsed.error().code))];
    bool parsedWithBody = false;
    if (parsed) {
        const ParsedArticle &a = *parsed;
        parsedWithBody = a.body.find_first_not_of(" \t\r\n") != std::string::npos;
        sillok::fuzz::checkArticle(a, failures);
        if (failures.empty()) {
            const Extraction x = extractEntities(a);
            mark("extract");
            stats.entities += x.organizations.size() + x.people.size() + x.initiatives.size() + x.meetings.size();
            sillok::fuzz::checkExtraction(a, x, failures);

            ResolveContext ctx;
            if (a.published.precision == DatePrecision::Day && !rng.oneIn(4))
                ctx.reference = DateTimeValue{a.published.year, a.published.month, a.published.day, 9, 0, 0, TimeGrain::Day};
            else
                ctx.reference = DateTimeValue{1900 + static_cast<int>(rng.below(200)), 1 + static_cast<int>(rng.below(12)),
                                              1 + static_cast<int>(rng.below(28)), static_cast<int>(rng.below(24)), 0, 0,
                                              TimeGrain::Minute};
            if (rng.oneIn(4))
                ctx.style = ResolveContext::Style::Chat;
            if (rng.oneIn(4))
                ctx.utcOffsetMinutes = static_cast<int>(rng.below(28 * 60)) - 14 * 60;
            const DateResolver resolver(ctx);
            const auto found = resolver.find(a.body);
            stats.temporals += found.size();
            sillok::fuzz::checkTemporal(a.body, found, failures);
            mark("dates");
            const std::string firstLine = a.fullText.substr(0, a.fullText.find('\n'));
            if (auto one = resolver.resolve(firstLine))
                sillok::fuzz::checkTemporal(firstLine, {*one}, failures);
            if (auto dateline = parseDateline(firstLine); dateline && !(dateline->month >= 1 && dateline->month <= 12))
                failures.push_back("parseDateline month " + std::to_string(dateline->month));

            for (TokenizerMode mode : {TokenizerMode::Word, TokenizerMode::Bigram})
                for (bool query : {false, true})
                    sillok::fuzz::checkTokens(a.body, tokenizeForSearch(a.body, mode, query), "body", failures);
            mark("tokenize body");
        }
    }
    // The folding and the tokenizer accept any bytes (queries are user text).
    const std::string_view raw = std::string_view(input.bytes).substr(0, 64 * 1024);
    for (TokenizerMode mode : {TokenizerMode::Word, TokenizerMode::Bigram})
        sillok::fuzz::checkTokens(raw, tokenizeForSearch(raw, mode, rng.oneIn(2)), "raw", failures);
    if (const std::string key = normalizeKey(raw); !isValidUtf8(key))
        failures.push_back("normalizeKey output is not valid UTF-8");
    mark("raw bytes");
    if (store) {
        store->run(input, parsedWithBody, rng, failures);
        mark("store");
    }
    return failures;
}

bool parseArgs(int argc, char **argv, Options &o)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "missing value after " << arg << "\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "--iterations")
            o.iterations = std::stoull(value());
        else if (arg == "--seed")
            o.seed = std::stoull(value());
        else if (arg == "--seeds")
            o.seedDirs.push_back(value());
        else if (arg == "--replay")
            o.replayDirs.push_back(value());
        else if (arg == "--input")
            o.inputFiles.push_back(value());
        else if (arg == "--store-every")
            o.storeEvery = std::stoull(value());
        else if (arg == "--max-bytes")
            o.maxBytes = std::stoull(value());
        else if (arg == "--slow-seconds")
            o.slowSeconds = std::stod(value());
        else if (arg == "--watchdog-seconds")
            o.watchdogSeconds = static_cast<unsigned>(std::stoul(value()));
        else if (arg == "--crash-dir")
            o.crashDir = value();
        else if (arg == "--time-stages")
            g_timeStages = true;
        else if (arg == "--only")
            o.only = std::stoll(value());
        else if (arg == "--dump") {
            o.dump = std::stoll(value());
            o.dumpFile = value();
        } else {
            std::cerr << "unknown argument " << arg << "\n";
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    Options o;
    if (!parseArgs(argc, argv, o))
        return 2;

    std::vector<std::string> seeds;
    for (const std::string &dir : o.seedDirs) {
        const auto files = filesUnder(dir);
        if (files.empty())
            std::cerr << "[fuzz] no seed files under " << dir << " (skipped)\n";
        for (const std::string &f : files)
            if (std::string bytes = readFile(f); !bytes.empty())
                seeds.push_back(std::move(bytes));
    }
    const sillok::fuzz::Mutator mutator(seeds, o.maxBytes);
    if (o.dump >= 0) {
        const FuzzInput input = mutator.make(o.seed, static_cast<std::uint64_t>(o.dump));
        std::cout << input.fileName << "\t" << input.recipe << "\n";
        return writeFile(o.dumpFile, input.bytes) ? 0 : 1;
    }

    std::error_code ec;
    const fs::path work = fs::temp_directory_path() / ("sillok-fuzz-" + std::to_string(::getpid()));
    fs::create_directories(work, ec);
    if (!o.crashDir.empty())
        fs::create_directories(o.crashDir, ec);
    std::signal(SIGALRM, onWatchdog);
#if defined(__SANITIZE_ADDRESS__)
    __sanitizer_set_death_callback(onDeath);
#else
    for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT})
        std::signal(sig, onFatalSignal);
#endif
    StoreStage store(work);
    Stats stats;
    int exitCode = 0;

    auto runOne = [&](const FuzzInput &input, const std::string &label, bool withStore, FuzzRng &rng) {
        g_current = input.bytes;
        const std::string crashFile = o.crashDir.empty() ? std::string() : (fs::path(o.crashDir) / (label + "_" + input.fileName)).string();
        std::snprintf(g_crashPath, sizeof g_crashPath, "%s", crashFile.c_str());
        ::alarm(o.watchdogSeconds);
        const auto t0 = std::chrono::steady_clock::now();
        Failures failures = runPipeline(input, rng, withStore ? &store : nullptr, stats);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        ::alarm(0);
        ++stats.inputs;
        if (seconds > stats.slowest) {
            stats.slowest = seconds;
            stats.slowestWhat = label + " (" + input.recipe + ")";
        }
        if (seconds > o.slowSeconds)
            failures.push_back("slow: " + std::to_string(seconds) + " s for " + std::to_string(input.bytes.size()) + " bytes");
        if (failures.empty())
            return;
        ++stats.failedInputs;
        exitCode = 1;
        std::cerr << "[fuzz] FAIL " << label << " " << input.fileName << " (" << input.bytes.size() << " bytes; "
                  << input.recipe << ")\n";
        for (const std::string &f : failures)
            std::cerr << "    " << f << "\n";
        if (!crashFile.empty())
            writeFile(crashFile, input.bytes);
    };

    std::vector<std::string> replay = o.inputFiles;
    for (const std::string &dir : o.replayDirs)
        std::ranges::copy(filesUnder(dir), std::back_inserter(replay));
    for (const std::string &file : replay) {
        FuzzInput input{readFile(file), fs::path(file).filename().string(), "replay"};
        FuzzRng rng(o.seed);
        runOne(input, "replay-" + fs::path(file).stem().string(), true, rng);
    }
    const std::uint64_t first = o.only >= 0 ? static_cast<std::uint64_t>(o.only) : 0;
    const std::uint64_t last = o.only >= 0 ? first + 1 : (o.inputFiles.empty() ? o.iterations : 0);
    for (std::uint64_t i = first; i < last; ++i) {
        const FuzzInput input = mutator.make(o.seed, i);
        FuzzRng rng(o.seed ^ (i * 0xD1B54A32D192ED03ull));
        const bool withStore = o.storeEvery > 0 && (o.only >= 0 || i % o.storeEvery == 0);
        runOne(input, "seed" + std::to_string(o.seed) + "-iter" + std::to_string(i), withStore, rng);
        if ((i + 1) % 1000 == 0)
            std::cerr << "[fuzz] seed " << o.seed << ": " << i + 1 << " of " << o.iterations << " iterations, "
                      << stats.failedInputs << " failing\n";
    }
    store.close();
    fs::remove_all(work, ec);

    std::cout << "[fuzz] seed " << o.seed << ": " << stats.inputs << " inputs (" << seeds.size() << " seed files), "
              << store.imports() << " store imports, " << stats.entities << " entities, " << stats.temporals
              << " temporal expressions; outcomes:";
    for (const auto &[name, count] : stats.outcomes)
        std::cout << " " << name << "=" << count;
    std::cout << "; slowest " << stats.slowest << " s (" << stats.slowestWhat << "); failing inputs " << stats.failedInputs
              << "\n";
    return exitCode;
}
