// The read side of the graph and timeline views on an existing library: what the GUI asks the
// store for when a panel opens or changes. Prints numbers (thread CPU and wall time per call,
// median of --runs), never pass/fail.
//
// Usage: view_reads_bench --db LIBRARY.sqlite [--runs 5] [--entity-pages | --changes]   (those alone)
//   e.g. a library made by `sillok-cli --db lib.sqlite import DIR` from
//   `../shared/tools/gen_corpus.py 3000 DIR`.
// Cases: the best-connected and the busiest entity's ego network at 1 and 2 hops (capped at 300 as the GUI does), its
// co-mentions (15), the whole graph's top 100 and 500 by degree, timeline counts by initiative
// and by organization, the timeline panel's opening read (timelineOverview), one year's window of items, every item (timeline()), first article; the
// changes panel's opening read (Library::changes of the last run, 200 entries a list); the
// entity page (Library::entityPage as the GUI asks for it: 100 facts per predicate, one sentence a
// fact, no mentions or articles, which it pages apart) of the organization named in the most articles, of the median
// one and of the best-connected one, cold (the first read on a freshly opened connection: SQLite's page cache empty, the
// operating system's file cache as it is) and warm (median of --runs), and the same page with
// every fact; then the Sources tab of the page's most stated fact (Library::factSources), its
// first 100 sentences, the 100 after 20 pages, and every page to the end.

#include "measure.h"
#include "store/database.h"
#include "store/library.h"
#include "store/statement.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

using namespace sillok::core;

namespace {

void measure(const char *name, int runs, const std::function<std::size_t()> &fn)
{
    sillok::bench::measure(name, runs, fn, "results", 44);
}

// The graph and timeline panels' reads, about the busiest and the best-connected entity.
bool viewReads(Library &lib, const std::string &db, int runs)
{
    const auto ok = [](const auto &r) {
        if (!r) {
            std::fprintf(stderr, "failed: %s\n", r.error().detail.c_str());
            std::exit(1);
        }
    };
    std::int64_t hub = 0;
    std::string hubName;
    {
        Statement q(lib.database(), "SELECT m.entity_id, e.name, COUNT(*) FROM mention m JOIN entity e ON e.id = m.entity_id "
                                    "GROUP BY m.entity_id ORDER BY 3 DESC LIMIT 1");
        if (q.next()) {
            hub = q.int64(0);
            hubName = q.text(1);
            std::printf("library %s; busiest entity %s (%lld mentions)\n", db.c_str(), hubName.c_str(),
                        static_cast<long long>(q.int64(2)));
        }
    }
    if (!hub) {
        std::fprintf(stderr, "the library has no mentions\n");
        return false;
    }
    // The entity with the most relations: the widest ego network.
    auto top = lib.topGraph(1);
    ok(top);
    const std::int64_t connected = top->nodes.empty() ? hub : top->nodes.front().id;
    std::printf("best-connected entity %s\n", top->nodes.empty() ? "-" : top->nodes.front().name.c_str());
    measure("graph(best-connected, 1 hop, max 300)", runs, [&] { auto g = lib.graph(connected, 1, 300); ok(g); return g->nodes.size(); });
    measure("graph(best-connected, 2 hops, max 300)", runs, [&] { auto g = lib.graph(connected, 2, 300); ok(g); return g->nodes.size(); });
    measure("graph(busiest, 1 hop, max 300)", runs, [&] { auto g = lib.graph(hub, 1, 300); ok(g); return g->nodes.size(); });
    measure("graph(busiest, 2 hops, max 300)", runs, [&] { auto g = lib.graph(hub, 2, 300); ok(g); return g->nodes.size(); });
    measure("coMentions(busiest, 15)", runs, [&] { auto g = lib.coMentions(hub, 15); ok(g); return g->coMentions.size(); });
    measure("topGraph(100)", runs, [&] { auto g = lib.topGraph(100); ok(g); return g->edges.size(); });
    measure("topGraph(500)", runs, [&] { auto g = lib.topGraph(500); ok(g); return g->edges.size(); });
    measure("timelineCounts(by initiative)", runs, [&] { auto c = lib.timelineCounts({}); ok(c); return c->size(); });
    measure("timelineCounts(by organization)", runs, [&] { auto c = lib.timelineCounts({true, {}, {}, {}}); ok(c); return c->size(); });
    measure("timelineOverview (the panel's one read)", runs, [&] {
        auto o = lib.timelineOverview({});
        ok(o);
        return o->counts.size();
    });
    measure("timeline(window of 2024)", runs, [&] {
        auto t = lib.timeline({false, {}, PartialDate::ofYear(2024), PartialDate::ofYear(2024)});
        ok(t);
        return t->size();
    });
    measure("timeline() (every item)", runs, [&] { auto t = lib.timeline(); ok(t); return t->size(); });
    measure("firstArticleOf(busiest)", runs, [&] { auto a = lib.firstArticleOf(hub); ok(a); return std::size_t(1); });
    // The changes panel's opening read: what the last import brought, its first 200 entries a list
    // (gui::ChangesPanel::kFirstPage). A library imported in one run brings everything it holds.
    measure("changes(last run, first 200)", runs, [&] {
        auto c = lib.changes({}, 200);
        ok(c);
        return c->createdTotal + c->seenAgainTotal + c->relationsTotal;
    });

    return true;
}

} // namespace

int main(int argc, char **argv)
{
    std::string db;
    int runs = 5;
    bool pagesOnly = false;
    bool changesOnly = false;
    std::vector<std::string> pragmas; // --pragma "PRAGMA …" on every connection it opens (experiments)
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--db") && i + 1 < argc)
            db = argv[++i];
        else if (!std::strcmp(argv[i], "--runs") && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--entity-pages"))
            pagesOnly = true;
        else if (!std::strcmp(argv[i], "--changes"))
            changesOnly = true;
        else if (!std::strcmp(argv[i], "--pragma") && i + 1 < argc)
            pragmas.emplace_back(argv[++i]);
    }
    if (db.empty()) {
        std::fprintf(
            stderr,
            "usage: view_reads_bench --db LIBRARY.sqlite [--runs 5] [--entity-pages | --changes] [--pragma SQL]...\n");
        return 2;
    }
    auto opened = Library::open(db);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", db.c_str(), opened.error().detail.c_str());
        return 1;
    }
    Library &lib = **opened;
    const auto withPragmas = [&pragmas](Library &l) {
        for (const std::string &p : pragmas)
            if (auto s = l.database().exec(p); !s)
                std::fprintf(stderr, "%s: %s\n", p.c_str(), s.error().detail.c_str());
    };
    withPragmas(lib);
    const auto ok = [](const auto &r) {
        if (!r) {
            std::fprintf(stderr, "failed: %s\n", r.error().detail.c_str());
            std::exit(1);
        }
    };
    if (changesOnly) { // the changes panel's opening read alone (as viewReads measures it)
        measure("changes(last run, first 200)", runs, [&] {
            auto c = lib.changes({}, 200);
            ok(c);
            return c->createdTotal + c->seenAgainTotal + c->relationsTotal;
        });
        return 0;
    }
    if (!pagesOnly && !viewReads(lib, db, runs))
        return 1;

    // Entity pages: the organization named in the most articles and the median one (by articles).
    std::vector<EntitySummary> orgs;
    {
        EntityFilter filter;
        filter.type = EntityType::Organization;
        auto all = lib.entities(filter);
        ok(all);
        orgs = std::move(*all);
    }
    if (orgs.empty())
        return 0;
    std::ranges::sort(orgs,
                      [](const EntitySummary &a, const EntitySummary &b) { return b.articleCount < a.articleCount; });
    EntityPageOptions asTheGui;
    asTheGui.mentions = asTheGui.articles = 0;
    asTheGui.factsPerPredicate = 100;
    asTheGui.evidencePerFact = 1;
    EntityPageOptions everyFact = asTheGui;
    everyFact.factsPerPredicate = 0;
    // And the organization with the most facts (the best-connected: thousands of people hold a
    // role in it), which the GUI shows 100 facts of each predicate of.
    auto connected = lib.topGraph(1);
    ok(connected);
    const std::int64_t connectedId = connected->nodes.empty() ? 0 : connected->nodes.front().id;
    const auto same = std::ranges::find(orgs, connectedId, &EntitySummary::id);
    struct Case {
        const char *what;
        const EntitySummary *entity;
    };
    std::vector<Case> cases{{"most-named", &orgs.front()}, {"median", &orgs[orgs.size() / 2]}};
    if (same != orgs.end())
        cases.push_back({"best-connected", &*same});
    for (const auto &[what, e] : cases) {
        std::printf("%s organization %s (id %lld): %d articles, %d mentions\n", what, e->name.c_str(),
                    static_cast<long long>(e->id), e->articleCount, e->mentionCount);
        const std::string name = std::string("entityPage(") + what;
        {
            // Cold: a connection of its own, its first read.
            auto fresh = Library::open(db);
            ok(fresh);
            withPragmas(**fresh);
            std::size_t total = 0;
            measure((name + ", cold)").c_str(), 1, [&] {
                auto p = (*fresh)->entityPage(e->id, asTheGui);
                ok(p);
                total = static_cast<std::size_t>(p->factTotal);
                return p->facts.size();
            });
            std::printf("%-44s %zu facts in all\n", "", total);
        }
        measure((name + ", warm)").c_str(), runs, [&] {
            auto p = lib.entityPage(e->id, asTheGui);
            ok(p);
            return p->facts.size();
        });
        measure((name + ", every fact)").c_str(), runs, [&] {
            auto p = lib.entityPage(e->id, everyFact);
            ok(p);
            return p->facts.size();
        });
        // The page's two other panes, their first page of 100 (the GUI asks for them beside the facts).
        measure((std::string("entityArticles(") + what + ", first 100)").c_str(), runs, [&] {
            auto p = lib.entityArticles(e->id, {0, 100});
            ok(p);
            return p->size();
        });
        measure((std::string("entityMentions(") + what + ", first 100)").c_str(), runs, [&] {
            auto p = lib.entityMentions(e->id, {0, 100});
            ok(p);
            return p->size();
        });
        // The Sources tab of the page's most stated fact: its first page, and its last.
        auto page = lib.entityPage(e->id, asTheGui);
        ok(page);
        const auto most = std::ranges::max_element(page->facts, {}, &FactRecord::evidenceCount);
        if (most == page->facts.end())
            continue;
        std::printf("%-44s its most stated fact: %s, %d sentences in %d articles\n", "", most->predicate.c_str(),
                    most->evidenceCount, most->articleCount);
        measure((std::string("factSources(") + what + ", first 100)").c_str(), runs, [&] {
            auto p = lib.factSources(most->foldedIds, {0, 100});
            ok(p);
            return p->size();
        });
        // The page after 20 pages (the cursor where the GUI's scrolling gets to).
        std::int64_t after = 0;
        for (int i = 0; i < 20; ++i) {
            std::int64_t next = 0;
            auto p = lib.factSources(most->foldedIds, {after, 100}, &next);
            ok(p);
            if (next == 0)
                break;
            after = next;
        }
        measure((std::string("factSources(") + what + ", 100 after 20 pages)").c_str(), runs, [&] {
            auto p = lib.factSources(most->foldedIds, {after, 100});
            ok(p);
            return p->size();
        });
        // Scrolled to the end: every page, the last one included (a walk's last page goes on to
        // the oldest article, finding no more).
        measure((std::string("factSources(") + what + ", every page of 100)").c_str(), 1, [&] {
            std::size_t sentences = 0;
            std::int64_t cursor = 0;
            do {
                std::int64_t next = 0;
                auto p = lib.factSources(most->foldedIds, {cursor, 100}, &next);
                ok(p);
                sentences += p->size();
                cursor = next;
            } while (cursor != 0);
            return sentences;
        });
    }
    return 0;
}
