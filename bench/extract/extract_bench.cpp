// Extraction throughput: parses the given article files (default: the shared seeds, else the
// bundled sample corpus) once, then runs extractEntities over them repeatedly and prints
// MB/s of body text and articles/s.
// Usage: extract_bench [--rounds N] [--sweep [--max-mb M] | --prepare | --digest] [FILE|DIR...]
// --sweep: instead, joins the article bodies (paragraph breaks between them) repeatedly into one
// body of 0.25, 0.5, 1, 2, 4 and 8 MB (up to M) and extracts each once, printing seconds and MB/s per size;
// MB/s that stays flat across sizes means extraction time is linear in body size.
// --prepare: instead, runs each file through what an import's worker does (pipeline/prepare.h:
// read, decode, clean, identity, search tokens, packing, extraction, merge plan) on this one
// thread, and prints the thread-CPU milliseconds per article of each step and of prepareFile as a
// whole — the workers' share of an import, free of the writer and of the other threads.
// --digest: instead, prepares each file once and prints one line of digests of what the worker
// made (prepare_digest.h), to compare two builds' output.
#include "common/utf.h"
#include "extract/extraction_context.h"
#include "extract/extractor.h"
#include "ingest/ingest.h"
#include "pipeline/prepare.h"
#include "prepare_digest.h"
#include "text/text_pack.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace sillok::core;

namespace {

std::size_t mentionCount(const Extraction &x)
{
    std::size_t n = 0;
    for (const auto &o : x.organizations)
        n += o.mentions.size();
    for (const auto &p : x.people)
        n += p.mentions.size();
    for (const auto &i : x.initiatives)
        n += i.mentions.size();
    for (const auto &m : x.meetings)
        n += m.mentions.size();
    return n;
}

int runSweep(const std::vector<ParsedArticle> &articles, const Gazetteer &gazetteer, double maxMb)
{
    std::printf("%8s %10s %9s %8s %10s %9s\n", "MB", "bytes", "seconds", "MB/s", "sentences", "mentions");
    for (const double mb : {0.25, 0.5, 1.0, 2.0, 4.0, 8.0}) {
        if (mb > maxMb)
            break;
        const auto target = static_cast<std::size_t>(mb * 1024 * 1024);
        ParsedArticle big = articles.front();
        big.body.clear();
        for (std::size_t k = 0; big.body.size() < target; ++k) {
            if (!big.body.empty())
                big.body += "\n\n";
            big.body += articles[k % articles.size()].body;
        }
        const auto t0 = std::chrono::steady_clock::now();
        const auto x = extractEntities(big, gazetteer);
        const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::printf("%8.2f %10zu %9.3f %8.3f %10zu %9zu\n", mb, big.body.size(), secs,
                    static_cast<double>(big.body.size()) / secs / 1e6, x.sentences.size(), mentionCount(x));
        std::fflush(stdout);
    }
    return 0;
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// The steps of prepareFile, each timed on its own over every file, then prepareFile itself.
int runPrepare(const std::vector<std::string> &files, int rounds)
{
    const ExtractionContext &context = ExtractionContext::builtin();
    const PrepareOptions options{&context, {}, true};
    const char *names[] = {"parse", "identity", "tokens", "pack", "extract", "plan"};
    double step[6] = {};
    std::size_t bytes = 0;
    std::size_t n = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const auto &f : files) {
            double t = threadCpuMs();
            const auto lap = [&](int k) {
                const double now = threadCpuMs();
                step[k] += now - t;
                t = now;
            };
            PreparedArticle p;
            auto parsed = parseArticleFile(f);
            if (!parsed)
                continue;
            p.article = std::move(*parsed);
            p.mined = minedText(p.article);
            lap(0);
            computeIdentity(p);
            p.uid = articleUid(storyKey(p));
            lap(1);
            p.titleTokens = PretokenizedText::make(p.article.title);
            p.minedTokens = PretokenizedText::make(p.mined);
            lap(2);
            (void)packText(p.mined);
            lap(3);
            p.extraction = extractArticle(p.article, context);
            lap(4);
            p.plan = planMerge(p.extraction, toU32(p.mined), context.gazetteer, *context.lexicon, p.uid);
            lap(5);
            bytes += p.article.body.size();
            ++n;
        }
    }
    if (n == 0) {
        std::fputs("extract_bench: no articles (give files or folders)\n", stderr);
        return 1;
    }
    const double c0 = threadCpuMs();
    std::size_t failed = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const auto &f : files)
            failed += prepareFile(f, options).error ? 1 : 0;
    }
    const double whole = threadCpuMs() - c0;
    const double per = static_cast<double>(n);
    std::printf("articles: %zu  rounds: %d  body bytes: %zu  (failed: %zu)\n", n / static_cast<std::size_t>(rounds),
                rounds, bytes / static_cast<std::size_t>(rounds), failed / static_cast<std::size_t>(rounds));
    double sum = 0;
    for (int k = 0; k < 6; ++k) {
        std::printf("%-10s %8.3f ms cpu/article\n", names[k], step[k] / per);
        sum += step[k];
    }
    std::printf("%-10s %8.3f ms cpu/article\n", "steps", sum / per);
    std::printf("prepare    %8.3f ms cpu/article  %.2f MB/s of body per core\n", whole / per,
                static_cast<double>(bytes) / (whole / 1e3) / 1e6);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    int rounds = 20;
    bool sweep = false;
    bool prepare = false;
    bool digest = false;
    double maxMb = 8.0;
    std::vector<std::string> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--rounds" && i + 1 < argc)
            rounds = std::max(1, std::atoi(argv[++i]));
        else if (a == "--max-mb" && i + 1 < argc)
            maxMb = std::atof(argv[++i]);
        else if (a == "--sweep")
            sweep = true;
        else if (a == "--prepare")
            prepare = true;
        else if (a == "--digest")
            digest = true;
        else
            inputs.push_back(a);
    }
    if (inputs.empty()) {
        for (const char *dir : {SILLOK_BENCH_SHARED_DIR "/corpus/seeds", SILLOK_BENCH_SAMPLE_DIR}) {
            if (fs::is_directory(dir)) {
                inputs.push_back(dir);
                break;
            }
        }
    }
    std::vector<std::string> files;
    for (const auto &in : inputs) {
        std::error_code ec;
        if (fs::is_directory(in, ec)) {
            for (const auto &e : fs::recursive_directory_iterator(in, ec)) {
                if (e.is_regular_file() && isImportableExtension(e.path().string()))
                    files.push_back(e.path().string());
            }
        } else {
            files.push_back(in);
        }
    }
    if (prepare)
        return runPrepare(files, rounds);
    if (digest) {
        const ExtractionContext &context = ExtractionContext::builtin();
        for (const auto &f : files)
            sillok::bench::printPreparedDigest(stdout, prepareFile(f, PrepareOptions{&context, {}, true}));
        return 0;
    }
    std::vector<ParsedArticle> articles;
    std::size_t bytes = 0;
    for (const auto &f : files) {
        auto a = parseArticleFile(f);
        if (!a) {
            std::fprintf(stderr, "%s: %s\n", f.c_str(), a.error().detail.c_str());
            continue;
        }
        bytes += a->body.size();
        articles.push_back(std::move(*a));
    }
    if (articles.empty()) {
        std::fputs("extract_bench: no articles (give files or folders)\n", stderr);
        return 1;
    }
    const auto &gazetteer = Gazetteer::builtin(); // loaded outside the timed loop
    if (sweep)
        return runSweep(articles, gazetteer, maxMb);
    std::size_t entities = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (int r = 0; r < rounds; ++r) {
        for (const auto &a : articles) {
            const auto x = extractEntities(a, gazetteer);
            entities += x.organizations.size() + x.people.size() + x.initiatives.size() + x.meetings.size();
        }
    }
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const double n = static_cast<double>(articles.size()) * rounds;
    std::printf("articles: %zu  rounds: %d  body bytes: %zu  gazetteer entries: %zu\n", articles.size(), rounds, bytes,
                gazetteer.entries().size());
    std::printf("extract: %.2f MB/s  %.1f articles/s  %.2f ms/article  (%zu entities)\n",
                static_cast<double>(bytes) * rounds / secs / 1e6, n / secs, secs * 1000.0 / n, entities);
    return 0;
}
