// Library: the review queue's possible merges — two curated entities that may be one.
//
//  * An organization's English name or alias is another organization's key (found apart in
//    Korean and in English, each article naming it in one script only).
//  * Two roots of one type with the same key, which their uids told apart.
//  * Keys one letter apart among names of 5+ letters without digits (never two gazetteer
//    entries: 삼성SDI and 삼성SDS are two companies).
//  * A Hangul name and a Latin name that sound alike (graph/name_sound.h: 리벨리온 / Rebellions)
//    *and* share a context: one article names both, or both are linked to the same entity or to
//    a person of the same name. Sound alone is a weak signal; the context makes it one worth a
//    person's time. A gazetteer entry that has a name in the other script is never paired (the
//    dictionary knows how Korean writes it). Measured on the sample corpus and the seeds:
//    tests/store/review_sound_test.cpp.
//
// Cost: one pass over the roots' names per type, names blocked by their first letters (or
// first sound) so that comparisons stay few, and indexed look-ups per candidate pair.

#include "common/utf.h"
#include "graph/entity_keys.h"
#include "graph/name_sound.h"
#include "store/library_review_queue.h"

#include <algorithm>
#include <map>
#include <set>

namespace sillok::core::review {

namespace {

// Levenshtein distance over code points, stopping early above `limit`.
int editDistance(const std::u32string &a, const std::u32string &b, int limit)
{
    if (static_cast<int>(a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit)
        return limit + 1;
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        prev[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = static_cast<int>(i);
        int best = cur[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            best = std::min(best, cur[j]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

bool hasDigit(const std::u32string &s)
{
    return std::ranges::any_of(s, [](char32_t c) { return c >= U'0' && c <= U'9'; });
}

} // namespace

// One organization found apart in Korean and in English: an English name or alias of one
// is the key of the other; and near-identical names of one type (the same key but for one
// letter, in names long enough for that to be a spelling and not another name).
Status QueueBuilder::possibleMerges()
{
    for (const char *type : {"organization", "person", "initiative"}) {
        std::vector<Root> others;
        const std::vector<Root> *list = &others;
        if (std::string_view(type) == "organization") {
            auto orgs = organizations();
            if (!orgs)
                return std::unexpected(orgs.error());
            list = *orgs;
        } else {
            // A person whose uid names an organization is compared by neither rule below (the
            // same name at two organizations is two people; Korean names are shorter than 5).
            auto read = std::string_view(type) == "person"
                            ? roots(m_db, type, "(instr(uid, '@') = 0 OR length(name) >= 5)")
                            : roots(m_db, type);
            if (!read)
                return std::unexpected(read.error());
            others = std::move(*read);
        }
        std::map<std::string, std::vector<const Root *>> byKey;
        std::map<std::int64_t, const Root *> byId;
        for (const Root &r : *list) {
            byId[r.id] = &r;
            if (!r.key.empty())
                byKey[r.key].push_back(&r);
        }
        if (std::string_view(type) == "organization") {
            Statement english(m_db, "SELECT a.entity_id, a.norm FROM alias a JOIN entity e ON e.id = a.entity_id "
                                    "WHERE e.type = 'organization' AND e.merged_into IS NULL AND e.rejected = 0 "
                                    "AND a.kind = 'english' AND a.hidden = 0");
            while (english.next()) {
                const auto self = byId.find(english.int64(0));
                const auto other = byKey.find(organizationNameKey(english.text(1)));
                if (self == byId.end() || other == byKey.end())
                    continue;
                for (const Root *r : other->second) {
                    if (r->id == self->second->id)
                        continue;
                    ReviewItem item;
                    item.id = pairId("merge", *self->second, *r);
                    item.kind = "possible_merge";
                    item.reason = "'" + r->name + "' is the English name of '" + self->second->name
                                  + "', found apart as another organization";
                    if (auto s = add(std::move(item), {self->second, r}); !s)
                        return s;
                }
            }
            if (!english.status())
                return english.status();
        }
        // Same key: two roots a uid told apart (a person at two organizations is two people,
        // so persons compare names only when neither names an organization in its uid).
        for (const auto &[key, group] : byKey) {
            for (std::size_t i = 0; i + 1 < group.size(); ++i) {
                const Root &a = *group[i];
                const Root &b = *group[i + 1];
                if (std::string_view(type) == "person"
                    && (a.uid.find('@') != std::string::npos || b.uid.find('@') != std::string::npos))
                    continue;
                ReviewItem item;
                item.id = pairId("merge", a, b);
                item.kind = "possible_merge";
                item.reason = "'" + a.name + "' and '" + b.name + "' are written alike";
                if (auto s = add(std::move(item), {&a, &b}); !s)
                    return s;
            }
        }
        // One letter apart, blocked by the first two letters so the pairs stay few.
        std::map<std::u32string, std::vector<std::pair<std::u32string, const Root *>>> blocks;
        for (const auto &[key, group] : byKey) {
            const std::u32string k = toU32(key);
            if (k.size() >= 5 && !hasDigit(k))
                blocks[k.substr(0, 2)].emplace_back(k, group.front());
        }
        for (const auto &[prefix, block] : blocks) {
            if (block.size() > 200)
                continue; // a crowded prefix: names there share more than a spelling
            for (std::size_t i = 0; i < block.size(); ++i) {
                for (std::size_t j = i + 1; j < block.size(); ++j) {
                    if (editDistance(block[i].first, block[j].first, 1) != 1)
                        continue;
                    const Root &a = *block[i].second;
                    const Root &b = *block[j].second;
                    if (a.uid.find(":gaz:") != std::string::npos && b.uid.find(":gaz:") != std::string::npos)
                        continue; // two gazetteer entries are two organizations (삼성SDI, 삼성SDS)
                    ReviewItem item;
                    item.id = pairId("merge", a, b);
                    item.kind = "possible_merge";
                    item.reason = "'" + a.name + "' and '" + b.name + "' differ by one letter";
                    if (auto s = add(std::move(item), {&a, &b}); !s)
                        return s;
                }
            }
        }
    }
    return {};
}

namespace {

bool hasHangul(std::string_view name)
{
    return std::ranges::any_of(toU32(name), [](char32_t c) { return isHangulSyllable(c); });
}

// What the curated entity is linked to by a relation, by a key that finds the same thing on the
// other side: the merge root for entities, the name for people (a person's uid holds their
// organization, so one person at "리벨리온" and at "Rebellions" is two rows). Key → name.
Result<std::map<std::string, std::string>> neighbours(Database &db, std::int64_t root)
{
    std::vector<std::int64_t> group;
    {
        auto q = db.cached("SELECT id FROM entity WHERE id = ?1 UNION SELECT id FROM entity WHERE merged_into = ?1");
        q->bind(1, root);
        while (q->next())
            group.push_back(q->int64(0));
        if (!q->status())
            return std::unexpected(q->status().error());
    }
    std::set<std::int64_t> linked;
    // Bounded: a hub (a ministry, Samsung) has thousands of relations, and the entity compared
    // with it is almost always a small one whose few links are all read.
    auto bySubject = db.cached("SELECT object_id FROM fact WHERE subject_id = ?1 AND object_id IS NOT NULL LIMIT 300");
    auto byObject = db.cached("SELECT subject_id FROM fact WHERE object_id = ?1 LIMIT 300");
    for (const std::int64_t id : group) {
        for (Statement *q : {&*bySubject, &*byObject}) {
            q->reset();
            q->bind(1, id);
            while (q->next())
                linked.insert(q->int64(0));
            if (!q->status())
                return std::unexpected(q->status().error());
        }
    }
    std::map<std::string, std::string> out;
    auto entity =
        db.cached("SELECT r.id, r.type, r.name FROM entity e JOIN entity r ON r.id = COALESCE(e.merged_into, e.id) "
                  "WHERE e.id = ?1 AND r.rejected = 0");
    for (const std::int64_t id : linked) {
        entity->reset();
        entity->bind(1, id);
        if (entity->next() && entity->int64(0) != root) {
            const std::string type = entity->text(1);
            const std::string key = type == "person" ? "person:" + entityNormKey(entity->text(2))
                                                     : "id:" + std::to_string(entity->int64(0));
            out.emplace(key, entity->text(2));
        }
        if (!entity->status())
            return std::unexpected(entity->status().error());
    }
    return out;
}

// Why two entities may be one beyond their names: "" when nothing links them.
Result<std::string> sharedContext(Database &db, std::int64_t a, std::int64_t b)
{
    // The articles of the entity with fewer mentions, each probed for the other (mention_article).
    auto mentions = db.cached("SELECT mention_count FROM entity WHERE id = ?1");
    std::int64_t counts[2] = {0, 0};
    for (int i = 0; i < 2; ++i) {
        mentions->reset();
        mentions->bind(1, i == 0 ? a : b);
        if (mentions->next())
            counts[i] = mentions->int64(0);
        if (!mentions->status())
            return std::unexpected(mentions->status().error());
    }
    const bool aSmaller = counts[0] <= counts[1];
    auto together = db.cached("SELECT 1 FROM mention m WHERE m.entity_id = ?1 AND EXISTS (SELECT 1 FROM mention o "
                              "WHERE o.article_id = m.article_id AND o.entity_id = ?2) LIMIT 1");
    together->bind(1, aSmaller ? a : b).bind(2, aSmaller ? b : a);
    if (together->next())
        return std::string("one article names both");
    if (!together->status())
        return std::unexpected(together->status().error());
    auto na = neighbours(db, a);
    if (!na)
        return std::unexpected(na.error());
    auto nb = neighbours(db, b);
    if (!nb)
        return std::unexpected(nb.error());
    for (const auto &[key, name] : *na)
        if (nb->contains(key))
            return "both are linked to '" + name + "'";
    return std::string();
}

// True when the gazetteer entry `root` already has a name in the other script (`hangul`: a
// Hangul one): the dictionary knows how Korean writes it, and it is not the spelling compared.
Result<bool> knownInOtherScript(Database &db, const Root &root, bool hangul)
{
    if (root.uid.find(":gaz:") == std::string::npos)
        return false;
    auto q = db.cached("SELECT form FROM alias WHERE entity_id = ?1 AND hidden = 0");
    q->bind(1, root.id);
    while (q->next()) {
        const std::string form = q->text(0);
        if (hangul ? hasHangul(form) : isLatinName(form))
            return true;
    }
    if (!q->status())
        return std::unexpected(q->status().error());
    return false;
}

struct Sounded {
    const Root *root = nullptr;
    std::string sound;
    std::string skeleton;
};

} // namespace

Status QueueBuilder::soundMerges()
{
    auto list = organizations();
    if (!list)
        return std::unexpected(list.error());
    std::vector<Sounded> hangul;
    std::map<char, std::vector<Sounded>> latin; // by the first consonant of the skeleton
    for (const Root &r : **list) {
        const bool isLatin = isLatinName(r.name);
        if (!isLatin && !hasHangul(r.name))
            continue;
        Sounded s{&r, nameSound(r.key), {}};
        s.skeleton = soundSkeleton(s.sound);
        if (s.skeleton.size() < 3)
            continue;
        if (isLatin)
            latin[s.skeleton.front()].push_back(std::move(s));
        else
            hangul.push_back(std::move(s));
    }
    for (const Sounded &h : hangul) {
        const auto block = latin.find(h.skeleton.front());
        if (block == latin.end())
            continue;
        for (const Sounded &l : block->second) {
            const Root &a = *h.root;
            const Root &b = *l.root;
            if (a.uid.find(":gaz:") != std::string::npos && b.uid.find(":gaz:") != std::string::npos)
                continue; // the gazetteer knows both, as two organizations
            if (!soundFormsAlike(h.sound, l.sound))
                continue;
            const std::string id = pairId("merge", a, b);
            if (decided(id))
                continue;
            auto knownA = knownInOtherScript(m_db, a, false);
            auto knownB = knownInOtherScript(m_db, b, true);
            if (!knownA || !knownB)
                return std::unexpected(!knownA ? knownA.error() : knownB.error());
            if (*knownA || *knownB)
                continue; // the gazetteer spells it otherwise in the other script
            auto context = sharedContext(m_db, a.id, b.id);
            if (!context)
                return std::unexpected(context.error());
            if (context->empty())
                continue;
            ReviewItem item;
            item.id = id;
            item.kind = "possible_merge";
            item.reason = "'" + a.name + "' and '" + b.name
                          + "' may be one name in Hangul and in Latin letters: they sound "
                            "alike, and "
                          + *context;
            if (auto s = add(std::move(item), {&a, &b}); !s)
                return s;
        }
    }
    return {};
}

// One name at two organizations is two people (the uid carries the organization), unless the
// two organizations are one: merged by a decision (the people stayed apart), or listed above as
// a possible merge (an unknown company written two ways, each with its own 김도윤). Such two
// people are paired, with their organizations in the reason.
//
// A person named without an organization ("김도윤 박사") joins the one namesake an organization
// holds, but when two or more hold the name the text does not say which it is, and it is kept as
// a person of its own. Until an article gives it a post it is paired with each of them, when
// they are few (kFewNamesakes): the analyst says which one it is.
Status QueueBuilder::namesakeMerges()
{
    auto people = roots(m_db, "person", "instr(uid, '@') > 0");
    if (!people)
        return std::unexpected(people.error());
    auto unplaced = roots(m_db, "person", "instr(uid, '@') = 0");
    if (!unplaced)
        return std::unexpected(unplaced.error());
    auto orgs = organizations();
    if (!orgs)
        return std::unexpected(orgs.error());
    std::map<std::int64_t, const Root *> orgById;
    for (const Root &r : **orgs)
        orgById[r.id] = &r;
    std::map<std::string, std::vector<const Root *>> byKey;
    for (const Root &r : *people)
        byKey[r.key].push_back(&r);
    std::map<std::string, std::vector<const Root *>> unplacedByKey;
    for (const Root &r : *unplaced)
        if (byKey.contains(r.key))
            unplacedByKey[r.key].push_back(&r);
    // The organization root a person's uid names (0: not stored, or rejected), read once each.
    std::map<std::string, std::int64_t, std::less<>> orgRoots;
    auto rootOf = [&](std::string_view personUid) -> Result<std::int64_t> {
        const std::string_view uid = personOrganizationUid(personUid);
        if (const auto it = orgRoots.find(uid); it != orgRoots.end())
            return it->second;
        auto q = m_db.cached("SELECT COALESCE(merged_into, id) FROM entity WHERE uid = ?1");
        q->bind(1, uid);
        const std::int64_t id = q->next() ? q->int64(0) : 0;
        if (!q->status())
            return std::unexpected(q->status().error());
        return orgRoots.emplace(std::string(uid), orgById.contains(id) ? id : 0).first->second;
    };
    for (const auto &[key, group] : byKey) {
        const auto alone = unplacedByKey.find(key);
        if (group.size() < 2 && alone == unplacedByKey.end())
            continue;
        // A crowded name (hundreds of namesakes) is compared no further than its first 200.
        std::vector<std::pair<std::int64_t, const Root *>> placed; // (organization root, person)
        for (std::size_t i = 0; i < group.size() && i < 200; ++i) {
            auto root = rootOf(group[i]->uid);
            if (!root)
                return std::unexpected(root.error());
            if (*root != 0)
                placed.emplace_back(*root, group[i]);
        }
        for (std::size_t i = 0; i < placed.size(); ++i) {
            for (std::size_t j = i + 1; j < placed.size(); ++j) {
                const auto [ra, pa] = placed[i];
                const auto [rb, pb] = placed[j];
                if (ra != rb && !m_organizationPairs.contains(std::minmax(ra, rb)))
                    continue;
                ReviewItem item;
                item.id = pairId("merge", *pa, *pb);
                item.kind = "possible_merge";
                const std::string &orgA = orgById.at(ra)->name;
                const std::string &orgB = orgById.at(rb)->name;
                item.reason =
                    ra == rb ? "'" + pa->name + "' and '" + pb->name + "' are written alike and work at '" + orgA + "'"
                             : "'" + pa->name + "' of '" + orgA + "' and '" + pb->name + "' of '" + orgB
                                   + "' are written alike, at organizations that may be one";
                if (auto s = add(std::move(item), {pa, pb}); !s)
                    return s;
            }
        }
        if (alone == unplacedByKey.end() || placed.empty() || placed.size() > kFewNamesakes)
            continue;
        for (const Root *person : alone->second) {
            // Read once: add() names the same organization (none) beside the person.
            auto organization = m_personOrganizations.of(person->id, person->uid);
            if (!organization)
                return std::unexpected(organization.error());
            if (!organization->empty())
                continue; // an article placed it: it is that organization's (the writer's rule)
            for (const auto &[root, namesake] : placed) {
                ReviewItem item;
                item.id = pairId("merge", *person, *namesake);
                item.kind = "possible_merge";
                item.reason = "'" + namesake->name + "' of '" + orgById.at(root)->name + "' and '" + person->name
                              + "', named without an organization, are written alike"
                              + (placed.size() > 1 ? " (one of " + std::to_string(placed.size()) + " namesakes)" : "");
                // The namesake first: accepting merges the second into the first, which keeps
                // its organization.
                if (auto s = add(std::move(item), {namesake, person}); !s)
                    return s;
            }
        }
    }
    return {};
}

} // namespace sillok::core::review
