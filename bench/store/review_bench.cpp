// The review queue on an existing library: what `sillok-cli review` and the GUI's review dock
// ask the store for. Prints numbers (thread CPU and wall time per call, median of --runs) and
// the library's size, never pass/fail.
//
// Usage: review_bench --db LIBRARY.sqlite [--runs 5]
//   e.g. a library made by `sillok-cli --db lib.sqlite import DIR` from
//   `../shared/tools/gen_corpus.py 20000 DIR` (docs/performance.md, "The review queue").
// Cases: the GUI dock's first page (reviewPage(0, 200)), a page deep in the queue, and the
// whole queue with every item's evidence (reviewQueue(): `review --json` without --limit).

#include "measure.h"
#include "store/library.h"
#include "store/statement.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <functional>
#include <map>
#include <string>
#include <vector>

using namespace sillok::core;

namespace {

void measure(const char *name, int runs, const std::function<std::size_t()> &fn)
{
    sillok::bench::measure(name, runs, fn, "items", 40);
}

long long count(Library &lib, const char *sql)
{
    Statement q(lib.database(), sql);
    return q.next() ? static_cast<long long>(q.int64(0)) : -1;
}

} // namespace

int main(int argc, char **argv)
{
    std::string db;
    int runs = 5;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--db") && i + 1 < argc)
            db = argv[++i];
        else if (!std::strcmp(argv[i], "--runs") && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
    }
    if (db.empty()) {
        std::fprintf(stderr, "usage: review_bench --db LIBRARY.sqlite [--runs 5]\n");
        return 2;
    }
    auto opened = Library::open(db);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", db.c_str(), opened.error().detail.c_str());
        return 1;
    }
    Library &lib = **opened;
    std::printf("library %s: %lld articles, %lld entities (%lld organizations), %lld mentions\n", db.c_str(),
                count(lib, "SELECT COUNT(*) FROM article"), count(lib, "SELECT COUNT(*) FROM entity"),
                count(lib, "SELECT COUNT(*) FROM entity WHERE type = 'organization'"),
                count(lib, "SELECT COUNT(*) FROM mention"));
    const auto ok = [](const auto &r) {
        if (!r) {
            std::fprintf(stderr, "failed: %s\n", r.error().detail.c_str());
            std::exit(1);
        }
    };
    auto all = lib.reviewPage(0, 0);
    ok(all);
    std::printf("queue: %zu items\n", all->total);
    {
        auto queue = lib.reviewQueue();
        ok(queue);
        std::map<std::string, int> kinds;
        for (const ReviewItem &item : *queue)
            ++kinds[item.kind];
        for (const auto &[kind, n] : kinds)
            std::printf("  %-22s %d\n", kind.c_str(), n);
    }
    measure("reviewPage(0, 0) (items, no evidence)", runs, [&] {
        auto p = lib.reviewPage(0, 0);
        ok(p);
        return p->total;
    });
    measure("reviewPage(0, 200) (the GUI dock)", runs, [&] {
        auto p = lib.reviewPage(0, 200);
        ok(p);
        return p->items.size();
    });
    measure("reviewPage(total/2, 200)", runs, [&] {
        auto p = lib.reviewPage(all->total / 2, 200);
        ok(p);
        return p->items.size();
    });
    measure("reviewQueue() (every item's evidence)", runs, [&] {
        auto q = lib.reviewQueue();
        ok(q);
        return q->size();
    });
    return 0;
}
