// sillok-cli review [--json]
// sillok-cli review accept|reject ID
// The decisions waiting for a person: possible merges, entities the extractor was not sure of,
// meetings given conflicting dates, orphaned annotations — each with its evidence. --json prints
// {"items": [{"id", "kind", "entities", "reason", "evidence": [{"article", "quote"}]}]}
// (../shared/spec/cli-contract.md, "review"). accept/reject records the verdict in the ledger
// (it survives re-import and re-extraction, and the item leaves the queue); exit 1 when no item
// has that id.

#include "cli_support.h"
#include "commands.h"

#include "common/json_writer.h"

#include <cstdio>

namespace sillok::cli {

namespace {

constexpr const char *kUsage = "sillok-cli review [--json] | review accept ID | review reject ID";

} // namespace

int runReview(const std::string &dbPath, const std::vector<std::string> &args)
{
    bool json = false;
    std::string verdict;
    std::string id;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--help") {
            std::printf("usage: %s\n", kUsage);
            return 0;
        }
        if (a == "--json") {
            json = true;
        } else if ((a == "accept" || a == "reject") && verdict.empty() && i == 0) {
            verdict = a;
            if (i + 1 >= args.size())
                return usageError("review", a + " needs an item id", kUsage);
            id = args[++i];
        } else {
            return usageError("review", "unknown argument " + a, kUsage);
        }
    }
    auto library = openLibrary(dbPath);
    if (!library)
        return 1;
    if (!verdict.empty()) {
        if (auto s = library->decideReview(id, verdict == "accept"); !s) {
            std::fprintf(stderr, "sillok-cli review: %s\n", s.error().detail.c_str());
            return 1;
        }
        std::fprintf(stderr, "%s %s\n", verdict == "accept" ? "accepted" : "rejected", id.c_str());
        return 0;
    }
    auto queue = library->reviewQueue();
    if (!queue) {
        std::fprintf(stderr, "sillok-cli review: %s\n", queue.error().detail.c_str());
        return 1;
    }
    if (!json) {
        for (const core::ReviewItem &item : *queue) {
            std::printf("%s\t%s\t%s\n", item.id.c_str(), item.kind.c_str(), item.reason.c_str());
            for (const core::EvidenceRecord &e : item.evidence)
                std::printf("\t%s: %s\n", e.articleSource.c_str(), e.quote.c_str());
        }
        std::fprintf(stderr, "%zu items waiting\n", queue->size());
        return 0;
    }
    core::JsonWriter w;
    w.beginObject();
    w.key("items").beginArray();
    for (const core::ReviewItem &item : *queue) {
        w.beginObject();
        w.key("id").value(item.id);
        w.key("kind").value(item.kind);
        w.key("entities").beginArray();
        for (const std::string &name : item.entities)
            w.value(name);
        w.endArray();
        w.key("reason").value(item.reason);
        w.key("evidence").beginArray();
        for (const core::EvidenceRecord &e : item.evidence) {
            w.beginObject();
            w.key("article").value(e.articleSource);
            w.key("quote").value(e.quote);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    printLine(w.str());
    return 0;
}

} // namespace sillok::cli
