// sillok-cli search [--json] [--limit N] QUERY...
// The words of QUERY are joined with spaces. JSON per the contract:
// {"query": "", "results": [{"source", "title", "published", "score", "snippet", "id"}]}.
// Without --json: a numbered, readable list. A query that cannot be run → exit 1.

#include "cli_support.h"
#include "commands.h"

#include "common/json_writer.h"

#include <cstdio>

namespace sillok::cli {

namespace {

constexpr const char *kUsage = "sillok-cli search [--json] [--limit N] QUERY...";

} // namespace

int runSearch(const std::string &dbPath, const std::vector<std::string> &args)
{
    using namespace sillok::core;
    bool json = false;
    SearchOptions options;
    options.limit = 20;
    std::vector<std::string> words;
    bool optionsDone = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (optionsDone || !a.starts_with("--")) {
            words.push_back(a);
        } else if (a == "--") {
            optionsDone = true;
        } else if (a == "--help") {
            std::printf("usage: %s\n", kUsage);
            return 0;
        } else if (a == "--json") {
            json = true;
        } else if (a == "--limit" || a.starts_with("--limit=")) {
            std::string value;
            if (a == "--limit") {
                if (i + 1 >= args.size())
                    return usageError("search", "--limit needs a number", kUsage);
                value = args[++i];
            } else {
                value = a.substr(8);
            }
            const auto n = parsePositive(value);
            if (!n)
                return usageError("search", "--limit: not a positive number: " + value, kUsage);
            options.limit = *n;
        } else {
            return usageError("search", "unknown option " + a, kUsage);
        }
    }
    if (words.empty())
        return usageError("search", "no query given", kUsage);
    std::string query;
    for (const auto &w : words)
        query += (query.empty() ? "" : " ") + w;

    auto library = openLibrary(dbPath);
    if (!library)
        return 1;
    auto hits = library->search(query, options);
    if (!hits) {
        std::fprintf(stderr, "sillok-cli search: %s\n", hits.error().detail.c_str());
        return 1;
    }
    if (json) {
        JsonWriter w;
        w.beginObject();
        w.key("query").value(query);
        w.key("results").beginArray();
        for (const SearchHit &h : *hits) {
            w.beginObject();
            w.key("source").value(h.source);
            w.key("title").value(h.title);
            w.key("published").value(h.published);
            w.key("score").value(h.score);
            w.key("snippet").value(h.snippet);
            w.key("id").value(h.articleId);
            w.endObject();
        }
        w.endArray();
        w.endObject();
        printLine(w.str());
        return 0;
    }
    if (hits->empty()) {
        std::fprintf(stderr, "no results for \"%s\"\n", query.c_str());
        return 0;
    }
    int n = 0;
    for (const SearchHit &h : *hits) {
        char score[32];
        std::snprintf(score, sizeof score, "%.3f", h.score);
        const std::string date = h.published.isValid() ? h.published.toString() : "no date";
        printLine(std::to_string(++n) + ". " + (h.title.empty() ? "(no title)" : h.title) + "  [" + date + ", score "
                  + score + "]");
        printLine("   " + h.source);
        printLine("   " + h.snippet);
    }
    return 0;
}

} // namespace sillok::cli
