// sillok-cli timeline [--json]
// Dated initiatives and meetings, in date order.
// JSON: {"items": [{"entity_id", "type", "name", "kind", "start", "end", "date_text",
// "initiatives", "organizations"}]}.

#include "cli_support.h"
#include "commands.h"

#include "common/json_writer.h"

#include <cstdio>

namespace sillok::cli {

namespace {

constexpr const char *kUsage = "sillok-cli timeline [--json]";

} // namespace

int runTimeline(const std::string &dbPath, const std::vector<std::string> &args)
{
    using namespace sillok::core;
    bool json = false;
    for (const std::string &a : args) {
        if (a == "--help") {
            std::printf("usage: %s\n", kUsage);
            return 0;
        }
        if (a != "--json")
            return usageError("timeline", "unexpected argument " + a, kUsage);
        json = true;
    }
    auto library = openLibrary(dbPath);
    if (!library)
        return 1;
    auto items = library->timeline();
    if (!items) {
        std::fprintf(stderr, "sillok-cli timeline: %s\n", items.error().detail.c_str());
        return 1;
    }
    if (!json) {
        for (const TimelineItem &t : *items) {
            std::string when = t.start.toString();
            if (t.end.isValid() && t.end != t.start)
                when += " – " + t.end.toString();
            printLine(when + "\t" + entityTypeName(t.type) + "\t" + t.name);
        }
        return 0;
    }
    JsonWriter w;
    w.beginObject();
    w.key("items").beginArray();
    for (const TimelineItem &t : *items) {
        w.beginObject();
        w.key("entity_id").value(t.entityId);
        w.key("type").value(entityTypeName(t.type));
        w.key("name").value(t.name);
        w.key("kind").stringOrNull(t.kind);
        w.key("start").value(t.start);
        w.key("end").value(t.end);
        w.key("date_text").stringOrNull(t.dateText);
        w.key("initiatives").stringArray(t.initiatives);
        w.key("organizations").stringArray(t.organizations);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    printLine(w.str());
    return 0;
}

} // namespace sillok::cli
