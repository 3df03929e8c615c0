// The search against the single statement it replaced, on one library, in one process: each
// query shape of scale_bench (the page of 20 a person sees), each query run by Library::search and
// by search_schema.h's articleSearchSql() (the reference, bound from Library::searchPlan, its page's
// snippets made as before) one after the other, so that both see the same load. Prints p50/p99 of
// the wall time and of the process's CPU time (all threads: the search checks on every core), which
// stays valid on a loaded machine.
//
// Usage: search_bench --db PATH [--rounds R=20] [--shape NAME]
//   --db   an existing library (opened, so migrated: use a copy of a library you keep)

#include "../store/query_shapes.h"
#include "search/search_schema.h"
#include "search/snippet.h"
#include "store/database.h"
#include "store/library.h"
#include "store/statement.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <string>
#include <vector>

using namespace sillok::core;

namespace {

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1000.0 + static_cast<double>(t.tv_nsec) / 1e6;
}

double wallMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double at(std::vector<double> v, double q)
{
    std::ranges::sort(v);
    return v.empty() ? 0.0 : v[std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size())))];
}

// The page of 20 as the statement gave it before (library_search.cpp at 29bd8b9).
std::size_t referencePage(Library &library, const std::string &query)
{
    auto plan = library.searchPlan(query);
    if (!plan || plan->searchesNothing)
        return 0;
    Statement st(library.database(), articleSearchSql());
    st.bind(1, plan->wordExpr).bind(2, plan->bigramExpr).bind(12, plan->bigramCheck);
    st.bind(3, std::string()).bind(4, std::string());
    for (int slot = 5; slot < 5 + kEntityFilterSlots; ++slot)
        st.bindNull(slot);
    if (plan->namedEntities.empty()) {
        st.bindNull(9);
    } else {
        std::string ids = "[";
        for (std::size_t i = 0; i < plan->namedEntities.size(); ++i)
            ids += (i ? "," : "") + std::to_string(plan->namedEntities[i]);
        st.bind(9, ids + "]");
    }
    st.bind(10, 20).bind(11, 0);
    std::size_t rows = 0;
    std::size_t snippetBytes = 0; // kept, so that the snippets are made
    for (; st.next(); ++rows)
        snippetBytes += makeSnippet(st.text(6), plan->highlightTerms, 160).size();
    return snippetBytes == static_cast<std::size_t>(-1) ? 0 : rows;
}

} // namespace

int main(int argc, char **argv)
{
    std::string dbPath, onlyShape;
    int rounds = 20;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--db" && i + 1 < argc)
            dbPath = argv[++i];
        else if (a == "--rounds" && i + 1 < argc)
            rounds = std::max(1, std::atoi(argv[++i]));
        else if (a == "--shape" && i + 1 < argc)
            onlyShape = argv[++i];
        else {
            std::fprintf(stderr, "usage: search_bench --db PATH [--rounds R=20] [--shape NAME]\n");
            return 2;
        }
    }
    if (dbPath.empty()) {
        std::fprintf(stderr, "usage: search_bench --db PATH [--rounds R=20] [--shape NAME]\n");
        return 2;
    }
    auto opened = Library::open(dbPath);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", dbPath.c_str(), opened.error().detail.c_str());
        return 1;
    }
    Library &library = **opened;
    const auto &shapes = sillok::bench::queryShapes();
    SearchOptions options;
    options.limit = 20;
    int failures = 0;
    std::printf("%-14s %9s %9s %9s %9s   %9s %9s %9s %9s   (ms, %d rounds)\n", "query shape", "wall p50", "p99",
                "CPU p50", "p99", "ref wall", "p99", "ref CPU", "p99", rounds);
    for (const auto &[shape, queries] : shapes) {
        if (!onlyShape.empty() && shape != onlyShape)
            continue;
        std::vector<double> wall, cpu, refWall, refCpu;
        for (const std::string &q : queries) { // once untimed: statements prepared, pages cached
            (void)library.search(q, options);
            (void)referencePage(library, q);
        }
        for (int round = 0; round < rounds; ++round) {
            for (const std::string &q : queries) {
                double w = wallMs(), c = cpuMs();
                auto hits = library.search(q, options);
                wall.push_back(wallMs() - w);
                cpu.push_back(cpuMs() - c);
                w = wallMs();
                c = cpuMs();
                const std::size_t rows = referencePage(library, q);
                refWall.push_back(wallMs() - w);
                refCpu.push_back(cpuMs() - c);
                if (!hits || hits->size() != rows)
                    ++failures;
            }
        }
        std::printf("%-14s %9.1f %9.1f %9.1f %9.1f   %9.1f %9.1f %9.1f %9.1f\n", shape.c_str(), at(wall, 0.5),
                    at(wall, 0.99), at(cpu, 0.5), at(cpu, 0.99), at(refWall, 0.5), at(refWall, 0.99), at(refCpu, 0.5),
                    at(refCpu, 0.99));
        // Each query of the shape apart (its rounds), CPU p50 / max, ours then the reference's.
        for (std::size_t k = 0; k < queries.size(); ++k) {
            std::vector<double> mine, ref;
            for (std::size_t i = k; i < cpu.size(); i += queries.size()) {
                mine.push_back(cpu[i]);
                ref.push_back(refCpu[i]);
            }
            std::printf("  %-24s CPU %7.1f / %7.1f   ref CPU %7.1f / %7.1f\n", queries[k].c_str(), at(mine, 0.5),
                        at(mine, 1.0), at(ref, 0.5), at(ref, 1.0));
        }
    }
    if (failures != 0)
        std::printf("%d searches differ from the reference in their page size\n", failures);
    return failures == 0 ? 0 : 1;
}
