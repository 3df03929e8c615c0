#pragma once
// Entity facets counted from one row per mention of a matching story (the store reads them story by
// story; articleFacetSql() in search_schema.h, the reference, gives the same rows): one row per
// mention of a matching story, the stories' mentions one after another. Counting here, in one
// pass with a hash map, rather than with SQL's GROUP BY over the mention rows, is what keeps
// facets of a common word fast at 100,000 articles: the GROUP BY sorted a million rows and looked
// up the entity of each. Stories are counted per (type, curated name), so two entities that
// share a name are one facet, as the filter for that name returns both.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sillok::core {

struct FacetEntity {
    std::string type; // "organization", "person", "initiative", "meeting"
    std::string name; // the curated name
};

struct FacetCount {
    std::string type;
    std::string name;
    int count = 0;       // stories that mention an entity of this type and name
    std::int64_t id = 0; // the lowest id among them
};

class FacetTally {
public:
    // nullopt: the entity is not a facet (rejected or gone).
    using Lookup = std::function<std::optional<FacetEntity>(std::int64_t entityId)>;
    explicit FacetTally(Lookup lookup);

    // One mention row: the story it belongs to and its entity. The rows of one story must come
    // together (articleFacetSql orders them so).
    void addMention(std::int64_t articleId, std::int64_t entityId);
    // The facets, in no particular order.
    std::vector<FacetCount> counts() const;

private:
    struct Group {
        FacetCount facet;
        std::int64_t lastArticle = -1;
    };
    Lookup m_lookup;
    std::unordered_map<std::int64_t, int> m_groupOf; // entity id → index in m_groups, -1 = none
    std::unordered_map<std::string, int> m_groupByKey;
    std::vector<Group> m_groups;
};

} // namespace sillok::core
