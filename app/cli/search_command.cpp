// sillok-cli search [--json] [--limit N] [--offset N] [--facets] [--org NAME]... [--person NAME]...
//                   [--initiative NAME]... [--meeting NAME]... [--from DATE] [--to DATE] [QUERY...]
// The words of QUERY are joined with spaces. JSON per the contract (cli-contract.md, search and
// its Additions): {"query", "total", "results": [{"source", "title", "published", "score",
// "snippet", "id", "uid", "duplicates"}], "facets": {…} with --facets}.
// Without --json: a numbered, readable list, then the facets. Filters alone (no QUERY) list what
// they select. A query that cannot be run → exit 1.

#include "cli_support.h"
#include "commands.h"
#include "data_paths.h"

#include "common/json_writer.h"
#include "extract/event_calendar.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "store/library.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>

namespace sillok::cli {

namespace {

constexpr const char *kUsage =
    "sillok-cli search [--json] [--limit N] [--offset N] [--facets] [--org NAME]... [--person NAME]...\n"
    "                  [--initiative NAME]... [--meeting NAME]... [--from DATE] [--to DATE] [QUERY...]";

struct NamedFilter {
    core::EntityType type;
    std::string name;
};

void writeFacet(core::JsonWriter &w, const char *key, const std::vector<core::FacetValue> &values, const char *field)
{
    w.key(key).beginArray();
    for (const core::FacetValue &v : values) {
        w.beginObject();
        w.key(field).value(v.value);
        w.key("count").value(v.count);
        w.endObject();
    }
    w.endArray();
}

void printFacet(const char *title, const std::vector<core::FacetValue> &values)
{
    if (values.empty())
        return;
    std::string line = std::string("   ") + title + ":";
    for (std::size_t i = 0; i < values.size() && i < 8; ++i)
        line += (i ? ", " : " ") + values[i].value + " (" + std::to_string(values[i].count) + ")";
    printLine(line);
}

// What the command line asks for: the query (its words joined), the options and the entity
// filters by name.
struct SearchRequest {
    bool json = false;
    core::SearchOptions options;
    std::vector<NamedFilter> filters;
    std::string query;
};

// Reads the arguments into `r`; the exit code when the command ends here (--help, a usage
// error), else std::nullopt.
std::optional<int> parseSearchArgs(const std::vector<std::string> &args, SearchRequest &r)
{
    using namespace sillok::core;
    SearchOptions &options = r.options;
    options.limit = 20;
    std::vector<std::string> words;
    std::vector<NamedFilter> &filters = r.filters;
    bool optionsDone = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (optionsDone || !a.starts_with("--")) {
            words.push_back(a);
            continue;
        }
        if (a == "--") {
            optionsDone = true;
            continue;
        }
        if (a == "--help") {
            std::printf("usage: %s\n", kUsage);
            return 0;
        }
        if (a == "--json") {
            r.json = true;
            continue;
        }
        if (a == "--facets") {
            options.facets = true;
            continue;
        }
        // Options with a value: --name VALUE or --name=VALUE.
        const std::size_t eq = a.find('=');
        const std::string name = a.substr(0, eq);
        std::string value;
        if (name != "--limit" && name != "--offset" && name != "--org" && name != "--person" && name != "--initiative"
            && name != "--meeting" && name != "--from" && name != "--to")
            return usageError("search", "unknown option " + a, kUsage);
        if (eq != std::string::npos) {
            value = a.substr(eq + 1);
        } else {
            if (i + 1 >= args.size())
                return usageError("search", name + " needs a value", kUsage);
            value = args[++i];
        }
        if (name == "--limit" || name == "--offset") {
            const auto n = name == "--offset" && value == "0" ? std::optional<int>(0) : parsePositive(value);
            if (!n)
                return usageError("search", name + ": not a positive number: " + value, kUsage);
            (name == "--limit" ? options.limit : options.offset) = *n;
        } else if (name == "--from" || name == "--to") {
            const auto date = PartialDate::parse(value);
            if (!date || !date->isValid())
                return usageError("search", name + ": not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + value, kUsage);
            (name == "--from" ? options.from : options.to) = *date;
        } else {
            const EntityType type = name == "--org"      ? EntityType::Organization
                                    : name == "--person" ? EntityType::Person
                                    : name == "--meeting" ? EntityType::Meeting
                                                          : EntityType::Initiative;
            filters.push_back({type, value});
        }
    }
    for (const auto &w : words)
        r.query += (r.query.empty() ? "" : " ") + w;
    if (r.query.empty() && filters.empty() && !options.from.isValid() && !options.to.isValid())
        return usageError("search", "no query given", kUsage);
    return std::nullopt;
}

// The gazetteer the other commands read (installed, build tree, $SILLOK_DATA_DIR; replaced by
// $SILLOK_GAZETTEER), alone; std::nullopt (said on stderr) when it cannot be read.
std::optional<core::Gazetteer> loadSearchGazetteer()
{
    using namespace sillok::core;
    auto paths = app::locateData();
    if (!paths) {
        std::fprintf(stderr, "sillok-cli: %s\n", paths.error().detail.c_str());
        return std::nullopt;
    }
    std::filesystem::path organizations = paths->gazetteer / "organizations.tsv";
    if (const char *env = std::getenv("SILLOK_GAZETTEER"); env && *env)
        organizations = env;
    const auto tsv = app::readDataFile(organizations);
    if (!tsv) {
        std::fprintf(stderr, "sillok-cli: %s\n", tsv.error().detail.c_str());
        return std::nullopt;
    }
    auto gazetteer = Gazetteer::fromTsv(*tsv);
    if (!gazetteer) {
        std::fprintf(stderr, "sillok-cli: %s: %s\n", organizations.string().c_str(), gazetteer.error().detail.c_str());
        return std::nullopt;
    }
    return std::move(*gazetteer);
}

void printSearchJson(const std::string &query, const core::SearchPage &page, bool facets)
{
    using namespace sillok::core;
    JsonWriter w;
    w.beginObject();
    w.key("query").value(query);
    w.key("total").value(page.total);
    w.key("results").beginArray();
    for (const SearchHit &h : page.hits) {
        w.beginObject();
        w.key("source").value(h.source);
        w.key("title").value(h.title);
        w.key("published").value(h.published);
        w.key("score").value(h.score);
        w.key("snippet").value(h.snippet);
        w.key("id").value(h.articleId);
        w.key("uid").value(h.uid);
        w.key("duplicates").value(h.duplicates);
        w.endObject();
    }
    w.endArray();
    if (facets) {
        const SearchFacets &f = page.facets;
        w.key("facets").beginObject();
        writeFacet(w, "organization", f.organization, "name");
        writeFacet(w, "person", f.person, "name");
        writeFacet(w, "initiative", f.initiative, "name");
        writeFacet(w, "meeting", f.meeting, "name");
        writeFacet(w, "year", f.year, "value");
        writeFacet(w, "source", f.source, "value");
        w.endObject();
    }
    w.endObject();
    printLine(w.str());
}

void printSearchText(const std::string &query, const core::SearchPage &page, const core::SearchOptions &options)
{
    using namespace sillok::core;
    if (page.hits.empty() && !options.facets) {
        std::fprintf(stderr, "no results for \"%s\"\n", query.c_str());
        return;
    }
    int n = options.offset;
    for (const SearchHit &h : page.hits) {
        char score[32];
        std::snprintf(score, sizeof score, "%.3f", h.score);
        const std::string date = h.published.isValid() ? h.published.toString() : "no date";
        printLine(std::to_string(++n) + ". " + (h.title.empty() ? "(no title)" : h.title) + "  [" + date + ", score "
                  + score + "]");
        printLine("   " + h.source);
        printLine("   " + h.snippet);
    }
    if (page.total > n)
        printLine("(" + std::to_string(n) + " of " + std::to_string(page.total) + "; --offset " + std::to_string(n)
                  + " for more)");
    if (options.facets) {
        const SearchFacets &f = page.facets;
        printLine(std::to_string(page.total) + " matching articles");
        printFacet("organizations", f.organization);
        printFacet("people", f.person);
        printFacet("initiatives", f.initiative);
        printFacet("meetings", f.meeting);
        printFacet("years", f.year);
        printFacet("sources", f.source);
    }
}

} // namespace

int runSearch(const std::string &dbPath, const std::vector<std::string> &args)
{
    using namespace sillok::core;
    SearchRequest r;
    if (const auto exit = parseSearchArgs(args, r))
        return *exit;
    SearchOptions &options = r.options;

    // A search reads the gazetteer (names and aliases) and never extracts: the lexicon (with
    // hunspell's common nouns) and the event calendar would take most of a short command's time
    // to load, so they are left empty here.
    static const Lexicon noLexicon = Lexicon::fromTsv("").value();
    static const EventCalendar noCalendar = EventCalendar::fromTsv("").value();
    const auto gazetteer = loadSearchGazetteer();
    if (!gazetteer)
        return 1;
    const ExtractionContext searchContext{&*gazetteer, &noLexicon, &noCalendar};
    // (Designated: the default member initializer would load the builtin context.)
    auto library = openLibrary(dbPath, LibraryOptions{.context = &searchContext});
    if (!library)
        return 1;
    for (const NamedFilter &f : r.filters) {
        auto ids = library->resolveEntityFilter(f.name, f.type);
        if (!ids) {
            std::fprintf(stderr, "sillok-cli search: %s\n", ids.error().detail.c_str());
            return 1;
        }
        if (ids->empty())
            std::fprintf(stderr, "sillok-cli search: no %s named \"%s\" (the filter selects nothing)\n",
                         entityTypeName(f.type), f.name.c_str());
        options.entityFilters.push_back(std::move(*ids));
    }
    auto page = library->searchPage(r.query, options);
    if (!page) {
        std::fprintf(stderr, "sillok-cli search: %s\n", page.error().detail.c_str());
        return 1;
    }
    if (r.json)
        printSearchJson(r.query, *page, options.facets);
    else
        printSearchText(r.query, *page, options);
    return 0;
}

} // namespace sillok::cli
