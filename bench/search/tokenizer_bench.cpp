// Tokenizer throughput: "sillok_ko" (word and bigram modes) next to SQLite's built-in
// unicode61 on the same text, in one run.
//
// Two measurements:
//  1. tokenize only: each tokenizer is reached through fts5_api::xFindTokenizer and its
//     xTokenize is called on every document with a callback that only counts tokens
//     (FTS5_TOKENIZE_DOCUMENT), so this is the tokenizer's own cost;
//  2. index: the same documents INSERTed (one transaction) into an FTS5 table using each
//     tokenizer, which adds FTS5's posting-list cost (bigram mode emits more tokens).
// Text: the cleaned title and body of each article in resources/corpus if any, else
// ../shared/corpus/seeds, repeated to ~20 MB (argv[1] = MB to tokenize, argv[2] = MB to index;
// defaults 20 and 5).

#include "ingest/ingest.h"
#include "search/korean_tokenizer.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// The text the store indexes for each article file of `dir`: decoded, cleaned title and body
// (core/ingest), not the raw bytes (HTML markup, EUC-KR or UTF-16 would skew the comparison).
std::vector<std::string> readDocs(const fs::path &dir)
{
    std::vector<std::string> docs;
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return docs;
    std::vector<fs::path> files;
    for (const auto &e : fs::directory_iterator(dir, ec)) {
        if (e.is_regular_file() && sillok::core::isImportableExtension(e.path().string()))
            files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto &f : files) {
        auto article = sillok::core::parseArticleFile(f.string());
        if (article && !article->body.empty())
            docs.push_back(article->title + "\n\n" + article->body);
    }
    return docs;
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr);
    sqlite3_bind_pointer(st, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(st);
    sqlite3_finalize(st);
    return api;
}

int countToken(void *ctx, int, const char *, int, int, int)
{
    ++*static_cast<long *>(ctx);
    return 0;
}

struct Run {
    double seconds = 0;
    long tokens = 0;
};

Run tokenizeAll(fts5_api *api, const char *name, std::vector<const char *> args, const std::vector<std::string> &docs)
{
    void *userData = nullptr;
    fts5_tokenizer t{};
    Run r;
    if (api->xFindTokenizer(api, name, &userData, &t) != SQLITE_OK)
        return r;
    Fts5Tokenizer *tok = nullptr;
    if (t.xCreate(userData, args.data(), static_cast<int>(args.size()), &tok) != SQLITE_OK)
        return r;
    const auto start = Clock::now();
    for (const std::string &d : docs)
        t.xTokenize(tok, &r.tokens, FTS5_TOKENIZE_DOCUMENT, d.data(), static_cast<int>(d.size()), countToken);
    r.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    t.xDelete(tok);
    return r;
}

double indexAll(sqlite3 *db, const std::string &tokenize, const std::vector<std::string> &docs)
{
    sqlite3_exec(db, "DROP TABLE IF EXISTS bench", nullptr, nullptr, nullptr);
    const std::string create = "CREATE VIRTUAL TABLE bench USING fts5(body, tokenize='" + tokenize + "')";
    if (sqlite3_exec(db, create.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return -1;
    const auto start = Clock::now();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO bench(body) VALUES (?1)", -1, &st, nullptr);
    for (const std::string &d : docs) {
        sqlite3_bind_text(st, 1, d.data(), static_cast<int>(d.size()), SQLITE_STATIC);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::vector<std::string> repeatTo(const std::vector<std::string> &seeds, double mb, double &bytesOut)
{
    std::vector<std::string> docs;
    bytesOut = 0;
    while (bytesOut < mb * 1e6) {
        for (const std::string &s : seeds) {
            docs.push_back(s);
            bytesOut += static_cast<double>(s.size());
        }
    }
    return docs;
}

} // namespace

int main(int argc, char **argv)
{
    const double tokenizeMb = argc > 1 ? std::atof(argv[1]) : 20.0;
    const double indexMb = argc > 2 ? std::atof(argv[2]) : 5.0;
    std::vector<std::string> seeds = readDocs(SILLOK_BENCH_SAMPLE_DIR);
    std::string source = SILLOK_BENCH_SAMPLE_DIR;
    if (seeds.empty()) {
        source = std::string(SILLOK_BENCH_SHARED_DIR) + "/corpus/seeds";
        seeds = readDocs(source);
    }
    if (seeds.empty()) {
        std::fprintf(stderr, "no text found in resources/corpus or %s\n", source.c_str());
        return 1;
    }
    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    if (!sillok::core::registerKoreanTokenizer(fts5Api(db))) {
        std::fprintf(stderr, "cannot register sillok_ko\n");
        return 1;
    }
    fts5_api *api = fts5Api(db);

    double bytes = 0;
    const auto docs = repeatTo(seeds, tokenizeMb, bytes);
    std::printf("text: cleaned title + body of %zu articles from %s, repeated to %.1f MB (%zu documents)\n", seeds.size(), source.c_str(),
                bytes / 1e6, docs.size());
    std::printf("1. tokenize only (fts5_api xFindTokenizer + xTokenize, FTS5_TOKENIZE_DOCUMENT)\n");
    const Run base = tokenizeAll(api, "unicode61", {}, docs);
    const Run word = tokenizeAll(api, "sillok_ko", {"mode", "word"}, docs);
    const Run bigram = tokenizeAll(api, "sillok_ko", {"mode", "bigram"}, docs);
    for (const auto &[name, r] : {std::pair{"unicode61", base}, std::pair{"sillok_ko word", word},
                                  std::pair{"sillok_ko bigram", bigram}}) {
        std::printf("  %-17s %8.1f MB/s  %10ld tokens  %.2fx unicode61 time\n", name, bytes / 1e6 / r.seconds,
                    r.tokens, r.seconds / base.seconds);
    }

    double indexBytes = 0;
    const auto indexDocs = repeatTo(seeds, indexMb, indexBytes);
    std::printf("2. index: INSERT %.1f MB into an FTS5 table, one transaction, in memory\n", indexBytes / 1e6);
    const double t0 = indexAll(db, "unicode61", indexDocs);
    const double t1 = indexAll(db, "sillok_ko mode word", indexDocs);
    const double t2 = indexAll(db, "sillok_ko mode bigram", indexDocs);
    for (const auto &[name, t] : {std::pair{"unicode61", t0}, std::pair{"sillok_ko word", t1},
                                  std::pair{"sillok_ko bigram", t2}}) {
        std::printf("  %-17s %8.1f MB/s  %.2fx unicode61 time\n", name, indexBytes / 1e6 / t, t / t0);
    }
    sqlite3_close(db);
    return 0;
}
