// The lanes of timeline items (library_timeline_lanes.h): the facts that link each item (or an
// entity merged into it) to an initiative or organization, read in one statement for all items
// (or a look-up per item for a few), their objects once each.

#include "store/library_timeline_lanes.h"

#include "store/statement.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace sillok::core::timelinedb {
namespace {

// What a fact's predicate makes of its object: an organization lane, an initiative lane, or (part_of)
// an initiative lane when the object is an initiative.
enum class Role : char {
    None,
    Organization,
    Discussed,
    PartOf
};

Role roleOf(const std::string &predicate)
{
    if (predicate == "organizer" || predicate == "participant" || predicate == "owner")
        return Role::Organization;
    if (predicate == "discussed")
        return Role::Discussed;
    return predicate == "part_of" ? Role::PartOf : Role::None;
}

struct Link {
    std::size_t item = 0; // position in the items
    std::int64_t fact = 0;
    Role role = Role::None;
    std::int64_t object = 0;
};

struct Object {
    int name = -1; // in LaneNames
    bool initiative = false;
    bool rejected = true; // unknown ids count as rejected
};

void addUnique(std::vector<int> &to, int name)
{
    if (std::ranges::find(to, name) == to.end())
        to.push_back(name);
}

} // namespace

int LaneNames::intern(const std::string &name)
{
    const auto [it, fresh] = index.try_emplace(name, static_cast<int>(names.size()));
    if (fresh)
        names.push_back(name);
    return it->second;
}

Status addLanes(Database &db, std::vector<DatedItem> &items, LaneNames &names, std::size_t scanAbove)
{
    if (items.empty())
        return {};
    // Entities merged into another (a curation decision each): their facts are their root's.
    std::unordered_map<std::int64_t, std::int64_t> rootOf;
    std::unordered_map<std::int64_t, std::vector<std::int64_t>> members;
    {
        auto q = db.cached("SELECT id, merged_into FROM entity WHERE merged_into IS NOT NULL");
        while (q->next()) {
            rootOf.emplace(q->int64(0), q->int64(1));
            members[q->int64(1)].push_back(q->int64(0));
        }
        if (!q->status())
            return q->status();
    }
    const auto root = [&rootOf](std::int64_t id) {
        const auto it = rootOf.find(id);
        return it == rootOf.end() ? id : it->second;
    };
    std::vector<Link> links;
    if (items.size() > scanAbove) {
        std::unordered_map<std::int64_t, std::size_t> position;
        position.reserve(items.size());
        for (std::size_t i = 0; i < items.size(); ++i)
            position.emplace(items[i].id, i);
        auto q = db.cached("SELECT id, subject_id, predicate, object_id FROM fact WHERE object_id IS NOT NULL "
                           "AND predicate IN ('organizer', 'participant', 'owner', 'discussed', 'part_of')");
        while (q->next())
            if (const auto it = position.find(root(q->int64(1))); it != position.end())
                links.push_back({it->second, q->int64(0), roleOf(q->text(2)), q->int64(3)});
        if (!q->status())
            return q->status();
    } else {
        auto q = db.cached("SELECT id, predicate, object_id FROM fact WHERE subject_id = ? AND object_id IS NOT NULL");
        const auto read = [&q, &links](std::size_t item, std::int64_t subject) {
            q->reset();
            q->bind(subject);
            while (q->next())
                if (const Role role = roleOf(q->text(1)); role != Role::None)
                    links.push_back({item, q->int64(0), role, q->int64(2)});
            return q->status();
        };
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (auto s = read(i, items[i].id); !s)
                return s;
            if (const auto it = members.find(items[i].id); it != members.end())
                for (std::int64_t member : it->second)
                    if (auto s = read(i, member); !s)
                        return s;
        }
    }
    std::unordered_map<std::int64_t, Object> objects;
    Status status;
    auto oq = db.cached("SELECT name, type, rejected FROM entity WHERE id = ?");
    const auto object = [&](std::int64_t id) -> const Object & {
        auto [it, fresh] = objects.try_emplace(id);
        if (fresh) {
            oq->reset();
            oq->bind(id);
            if (oq->next())
                it->second = {names.intern(oq->text(0)), oq->text(1) == "initiative", oq->int64(2) != 0};
            else if (!oq->status())
                status = oq->status();
        }
        return it->second;
    };
    for (DatedItem &item : items) {
        item.initiatives.clear();
        item.organizations.clear();
        if (item.type == "initiative")
            item.initiatives.push_back(names.intern(item.name));
    }
    std::ranges::sort(links,
                      [](const Link &a, const Link &b) { return std::tie(a.item, a.fact) < std::tie(b.item, b.fact); });
    for (const Link &link : links) {
        DatedItem &item = items[link.item];
        const std::int64_t id = root(link.object);
        if (id == item.id)
            continue;
        const Object &o = object(id);
        if (o.rejected)
            continue;
        if (link.role == Role::Organization)
            addUnique(item.organizations, o.name);
        else if (link.role == Role::Discussed || (link.role == Role::PartOf && o.initiative))
            addUnique(item.initiatives, o.name);
    }
    return status;
}

} // namespace sillok::core::timelinedb
