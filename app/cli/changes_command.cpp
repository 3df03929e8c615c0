// sillok-cli changes [--json] [--since RUN_ID | --since YYYY-MM-DD]
// What an import brought (default: the last import run): new organizations, people, initiatives
// and meetings, the entities seen again with their article counts, and the new relations, each
// with the sentence it rests on; watched entities first. --json prints the contract's document
// (../shared/spec/cli-contract.md, "changes"); without it, readable lines.
//
// sillok-cli watch [--off] NAME...
// Watches (or stops watching) the entities NAME names (any name or alias; several when several
// entities share it): what concerns them comes first in `changes` and in the GUI.

#include "cli_support.h"
#include "commands.h"

#include "common/json_writer.h"

#include <algorithm>
#include <cstdio>

namespace sillok::cli {

namespace {

constexpr const char *kUsage = "sillok-cli changes [--json] [--since RUN_ID | --since YYYY-MM-DD]";
constexpr const char *kWatchUsage = "sillok-cli watch [--off] NAME...";

const char *pluralKey(core::EntityType type)
{
    switch (type) {
    case core::EntityType::Organization:
        return "organizations";
    case core::EntityType::Person:
        return "people";
    case core::EntityType::Initiative:
        return "initiatives";
    case core::EntityType::Meeting:
        break;
    }
    return "meetings";
}

void writeJson(const core::ImportChanges &c)
{
    using namespace sillok::core;
    JsonWriter w;
    w.beginObject();
    w.key("since").value(c.since);
    w.key("runs").beginArray();
    for (const std::int64_t run : c.runs)
        w.value(run);
    w.endArray();
    w.key("articles").value(c.articles);
    w.key("copies").value(c.copies);
    w.key("new").beginObject();
    for (const EntityType type : {EntityType::Organization, EntityType::Person, EntityType::Initiative, EntityType::Meeting}) {
        w.key(pluralKey(type)).beginArray();
        for (const ChangedEntity &e : c.created)
            if (e.type == type)
                w.value(e.name);
        w.endArray();
    }
    w.endObject();
    const auto evidence = [&](const std::vector<EvidenceRecord> &list) {
        w.key("evidence").beginArray();
        for (const EvidenceRecord &e : list) {
            w.beginObject();
            w.key("article").value(e.articleSource);
            w.key("quote").value(e.quote);
            w.endObject();
        }
        w.endArray();
    };
    w.key("new_entities").beginArray();
    for (const ChangedEntity &e : c.created) {
        w.beginObject();
        w.key("name").value(e.name);
        w.key("type").value(entityTypeName(e.type));
        w.key("uid").value(e.uid);
        w.key("role").stringOrNull(e.role);
        w.key("organization").stringOrNull(e.organization);
        w.key("articles").value(e.articles);
        w.key("watched").value(e.watched);
        evidence(e.evidence);
        w.endObject();
    }
    w.endArray();
    w.key("seen_again").beginArray();
    for (const ChangedEntity &e : c.seenAgain) {
        w.beginObject();
        w.key("name").value(e.name);
        w.key("type").value(entityTypeName(e.type));
        w.key("role").stringOrNull(e.role);
        w.key("organization").stringOrNull(e.organization);
        w.key("articles").value(e.articles);
        w.key("watched").value(e.watched);
        evidence(e.evidence);
        w.endObject();
    }
    w.endArray();
    w.key("new_relations").beginArray();
    for (const ChangedRelation &r : c.relations) {
        w.beginObject();
        w.key("subject").value(r.subject);
        w.key("predicate").value(r.predicate);
        w.key("object").value(r.object);
        w.key("watched").value(r.watched);
        evidence(r.evidence);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    printLine(w.str());
}

void writeText(const core::ImportChanges &c)
{
    using namespace sillok::core;
    std::string runs;
    for (const std::int64_t run : c.runs)
        runs += (runs.empty() ? "" : ", ") + std::to_string(run);
    std::printf("import run%s %s: %d article%s, %d %s folded\n", c.runs.size() == 1 ? "" : "s", runs.c_str(),
                c.articles, c.articles == 1 ? "" : "s", c.copies, c.copies == 1 ? "copy" : "copies");
    const auto entity = [](const ChangedEntity &e) {
        const std::string context = personContext(e.role, e.organization);
        const std::string shown = context.empty() ? e.name : e.name + " (" + context + ")";
        std::printf("  %s%s\t%s\t%d article%s\n", e.watched ? "* " : "", shown.c_str(), entityTypeName(e.type),
                    e.articles, e.articles == 1 ? "" : "s");
    };
    std::printf("new (%zu):\n", c.created.size());
    std::ranges::for_each(c.created, entity);
    std::printf("seen again (%zu):\n", c.seenAgain.size());
    std::ranges::for_each(c.seenAgain, entity);
    std::printf("new relations (%zu):\n", c.relations.size());
    for (const ChangedRelation &r : c.relations)
        std::printf("  %s%s —%s→ %s\n", r.watched ? "* " : "", r.subject.c_str(), r.predicate.c_str(), r.object.c_str());
}

} // namespace

int runChanges(const std::string &dbPath, const std::vector<std::string> &args)
{
    bool json = false;
    std::string since;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--help") {
            std::printf("usage: %s\n", kUsage);
            return 0;
        }
        if (a == "--json") {
            json = true;
        } else if (a == "--since") {
            if (i + 1 >= args.size())
                return usageError("changes", "--since needs a run id or a date", kUsage);
            since = args[++i];
        } else {
            return usageError("changes", "unknown argument " + a, kUsage);
        }
    }
    auto library = openLibrary(dbPath);
    if (!library)
        return 1;
    auto changes = library->changes(since);
    if (!changes) {
        std::fprintf(stderr, "sillok-cli changes: %s\n", changes.error().detail.c_str());
        return changes.error().code == core::ErrorCode::InvalidArgument ? 2 : 1;
    }
    if (json)
        writeJson(*changes);
    else
        writeText(*changes);
    return 0;
}

int runWatch(const std::string &dbPath, const std::vector<std::string> &args)
{
    bool watch = true;
    std::vector<std::string> names;
    for (const std::string &a : args) {
        if (a == "--help") {
            std::printf("usage: %s\n", kWatchUsage);
            return 0;
        }
        if (a == "--off")
            watch = false;
        else if (a.starts_with("--"))
            return usageError("watch", "unknown argument " + a, kWatchUsage);
        else
            names.push_back(a);
    }
    if (names.empty())
        return usageError("watch", "name an entity", kWatchUsage);
    auto library = openLibrary(dbPath);
    if (!library)
        return 1;
    int status = 0;
    for (const std::string &name : names) {
        auto found = library->entities({std::nullopt, name, false});
        if (!found) {
            std::fprintf(stderr, "sillok-cli watch: %s\n", found.error().detail.c_str());
            return 1;
        }
        // Exact names first: the filter matches substrings.
        std::vector<core::EntitySummary> exact;
        for (const core::EntitySummary &e : *found)
            if (e.name == name)
                exact.push_back(e);
        const std::vector<core::EntitySummary> &chosen = exact.empty() ? *found : exact;
        if (chosen.empty()) {
            std::fprintf(stderr, "sillok-cli watch: no entity named %s\n", name.c_str());
            status = 1;
            continue;
        }
        for (const core::EntitySummary &e : chosen) {
            if (auto s = library->setWatched(e.id, watch); !s) {
                std::fprintf(stderr, "sillok-cli watch: %s\n", s.error().detail.c_str());
                return 1;
            }
            std::fprintf(stderr, "%s %s (%s)\n", watch ? "watching" : "no longer watching", e.name.c_str(),
                         core::entityTypeName(e.type));
        }
    }
    return status;
}

} // namespace sillok::cli
