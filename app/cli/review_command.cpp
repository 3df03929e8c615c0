// sillok-cli review [--json] [--limit N] [--offset N] [--all]
// sillok-cli review accept|reject ID
// sillok-cli review accept ID --date YYYY[-MM[-DD]]   (a date_conflict: the meeting takes that date)
// The decisions waiting for a person: possible merges, entities the extractor was not sure of,
// meetings given conflicting dates, orphaned annotations — each with its evidence. --json prints
// {"items": [{"id", "kind", "entities", "reason", "evidence": [{"article", "quote"}]}]}
// (../shared/spec/cli-contract.md, "review"), plus "dates" on a date_conflict item and "date" on
// each of its evidence records, and "total" (how many wait in all) and "offset". --json prints
// every item unless --limit asks for a page; the text listing prints the first 200 unless
// --limit/--offset or --all say otherwise (only the page's quotes are read). accept/reject records the verdict in the ledger
// (it survives re-import and re-extraction, and the item leaves the queue); exit 1 when no item
// has that id or the item offers no such date.

#include "cli_support.h"
#include "commands.h"

#include "common/json_writer.h"

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <optional>

namespace sillok::cli {

namespace {

constexpr const char *kUsage = "sillok-cli review [--json] [--limit N] [--offset N] [--all] | "
                               "review accept ID [--date YYYY-MM-DD] | review reject ID";
// Items printed unless --limit or --all says otherwise: each costs an article read per sentence,
// and a long queue (a generated 20,000-article library holds thousands) is read a page at a time.
constexpr std::size_t kDefaultPage = 200;

// What the command line asks for: a verdict on an item (with a date), or a page of the queue.
struct ReviewRequest {
    bool json = false;
    std::string verdict;
    std::string id;
    std::string date;
    std::size_t limit = kDefaultPage;
    bool limitGiven = false;
    std::size_t offset = 0;
};

// Reads the arguments into `r`; the exit code when the command ends here (--help, a usage
// error), else std::nullopt.
std::optional<int> parseReviewArgs(const std::vector<std::string> &args, ReviewRequest &r)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--help") {
            std::printf("usage: %s\n", kUsage);
            return 0;
        }
        if (a == "--json") {
            r.json = true;
        } else if (a == "--all" && r.verdict.empty()) {
            r.limit = std::numeric_limits<std::size_t>::max();
            r.limitGiven = true;
        } else if ((a == "accept" || a == "reject") && r.verdict.empty() && i == 0) {
            r.verdict = a;
            if (i + 1 >= args.size())
                return usageError("review", a + " needs an item id", kUsage);
            r.id = args[++i];
        } else if ((a == "--limit" || a == "--offset") && r.verdict.empty()) {
            std::size_t value = 0;
            const std::string text = i + 1 < args.size() ? args[++i] : std::string();
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
            if (text.empty() || ec != std::errc() || end != text.data() + text.size())
                return usageError("review", a + " needs a number", kUsage);
            (a == "--limit" ? r.limit : r.offset) = value;
            r.limitGiven = r.limitGiven || a == "--limit";
        } else if (a == "--date" && !r.verdict.empty()) {
            if (i + 1 >= args.size())
                return usageError("review", "--date needs a date", kUsage);
            r.date = args[++i];
        } else {
            return usageError("review", "unknown argument " + a, kUsage);
        }
    }
    return std::nullopt;
}

void printReviewJson(const std::vector<core::ReviewItem> &queue, std::size_t total, std::size_t offset)
{
    core::JsonWriter w;
    w.beginObject();
    w.key("total").value(static_cast<std::int64_t>(total));
    w.key("offset").value(static_cast<std::int64_t>(offset));
    w.key("items").beginArray();
    for (const core::ReviewItem &item : queue) {
        w.beginObject();
        w.key("id").value(item.id);
        w.key("kind").value(item.kind);
        w.key("entities").beginArray();
        for (const std::string &name : item.entities)
            w.value(name);
        w.endArray();
        w.key("reason").value(item.reason);
        if (!item.dates.empty()) {
            w.key("dates").beginArray();
            for (const std::string &d : item.dates)
                w.value(d);
            w.endArray();
        }
        w.key("evidence").beginArray();
        for (const core::EvidenceRecord &e : item.evidence) {
            w.beginObject();
            w.key("article").value(e.articleSource);
            w.key("quote").value(e.quote);
            if (!e.date.empty())
                w.key("date").value(e.date);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    printLine(w.str());
}

} // namespace

int runReview(const std::string &dbPath, const std::vector<std::string> &args)
{
    ReviewRequest r;
    if (const auto exit = parseReviewArgs(args, r))
        return *exit;
    auto library = openLibrary(dbPath);
    if (!library)
        return 1;
    if (!r.verdict.empty()) {
        if (auto s = library->decideReview(r.id, r.verdict == "accept", r.date); !s) {
            std::fprintf(stderr, "sillok-cli review: %s\n", s.error().detail.c_str());
            return 1;
        }
        std::fprintf(stderr, "%s %s%s\n", r.verdict == "accept" ? "accepted" : "rejected", r.id.c_str(),
                     r.date.empty() ? "" : (" (date " + r.date + ")").c_str());
        return 0;
    }
    // The JSON document is the contract's "items" list: every item unless a page is asked for
    // (outside tools read it whole); the listing on a terminal shows a page.
    std::size_t limit = r.limit;
    const std::size_t offset = r.offset;
    if (r.json && !r.limitGiven)
        limit = std::numeric_limits<std::size_t>::max();
    auto page = library->reviewPage(offset, limit);
    if (!page) {
        std::fprintf(stderr, "sillok-cli review: %s\n", page.error().detail.c_str());
        return 1;
    }
    const std::vector<core::ReviewItem> *queue = &page->items;
    if (offset + queue->size() < page->total)
        std::fprintf(stderr, "items %zu–%zu of %zu; --offset %zu for the next page, --all for every item\n",
                     queue->empty() ? offset : offset + 1, offset + queue->size(), page->total, offset + queue->size());
    if (!r.json) {
        for (const core::ReviewItem &item : *queue) {
            std::printf("%s\t%s\t%s\n", item.id.c_str(), item.kind.c_str(), item.reason.c_str());
            for (const core::EvidenceRecord &e : item.evidence)
                std::printf("\t%s%s%s: %s\n", e.date.c_str(), e.date.empty() ? "" : "\t", e.articleSource.c_str(),
                            e.quote.c_str());
        }
        std::fprintf(stderr, "%zu %s waiting\n", page->total, page->total == 1 ? "item" : "items");
        return 0;
    }
    printReviewJson(*queue, page->total, offset);
    return 0;
}

} // namespace sillok::cli
