// sillok-cli entities [--type TYPE] [--json] [QUERY]
// The curated entities of the knowledge base (TYPE: organization | person | initiative |
// meeting), optionally those whose names or aliases contain QUERY.
// JSON: {"entities": [{"id", "uid", "type", "name", "kind", "country", "english", "date",
// "end_date", "date_text", "place", "role", "organization", "articles", "mentions", "rejected"}]}.
// A person's "role" and "organization" (null for other entities, or when unknown) tell apart
// people of one name at different organizations.

#include "cli_support.h"
#include "commands.h"

#include "common/json_writer.h"

#include <cstdio>

namespace sillok::cli {

namespace {

constexpr const char *kUsage = "sillok-cli entities [--type organization|person|initiative|meeting] [--json] [QUERY]";

} // namespace

int runEntities(const std::string &dbPath, const std::vector<std::string> &args)
{
    using namespace sillok::core;
    bool json = false;
    EntityFilter filter;
    std::vector<std::string> words;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--help") {
            std::printf("usage: %s\n", kUsage);
            return 0;
        } else if (a == "--json") {
            json = true;
        } else if (a == "--type") {
            if (i + 1 >= args.size())
                return usageError("entities", "--type needs a type", kUsage);
            filter.type = entityTypeFromName(args[++i]);
            if (!filter.type)
                return usageError("entities", "unknown type " + args[i], kUsage);
        } else if (a.starts_with("--")) {
            return usageError("entities", "unknown option " + a, kUsage);
        } else {
            words.push_back(a);
        }
    }
    for (const auto &w : words)
        filter.text += (filter.text.empty() ? "" : " ") + w;

    auto library = openLibrary(dbPath);
    if (!library)
        return 1;
    auto list = library->entities(filter);
    if (!list) {
        std::fprintf(stderr, "sillok-cli entities: %s\n", list.error().detail.c_str());
        return 1;
    }
    if (!json) {
        for (const EntitySummary &e : *list) {
            std::string line = std::string(entityTypeName(e.type)) + "\t" + e.name;
            if (e.type == EntityType::Person)
                line += "\t" + personContext(e.kind, e.organization);
            if (e.date.isValid())
                line += "\t" + e.date.toString();
            line += "\t(" + std::to_string(e.articleCount) + (e.articleCount == 1 ? " article)" : " articles)");
            printLine(line);
        }
        return 0;
    }
    JsonWriter w;
    w.beginObject();
    w.key("entities").beginArray();
    for (const EntitySummary &e : *list) {
        w.beginObject();
        w.key("id").value(e.id);
        w.key("uid").value(e.uid);
        w.key("type").value(entityTypeName(e.type));
        w.key("name").value(e.name);
        w.key("kind").stringOrNull(e.kind);
        w.key("country").stringOrNull(e.country);
        w.key("english").stringOrNull(e.english);
        w.key("date").value(e.date);
        w.key("end_date").value(e.endDate);
        w.key("date_text").stringOrNull(e.dateText);
        w.key("place").stringOrNull(e.place);
        w.key("role").stringOrNull(e.type == EntityType::Person ? e.kind : std::string());
        w.key("organization").stringOrNull(e.organization);
        w.key("articles").value(e.articleCount);
        w.key("mentions").value(e.mentionCount);
        w.key("rejected").value(e.rejected);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    printLine(w.str());
    return 0;
}

} // namespace sillok::cli
