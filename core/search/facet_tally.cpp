#include "search/facet_tally.h"

#include <algorithm>
#include <utility>

namespace sillok::core {

FacetTally::FacetTally(Lookup lookup) : m_lookup(std::move(lookup)) {}

void FacetTally::addMention(std::int64_t articleId, std::int64_t entityId)
{
    auto [it, fresh] = m_groupOf.try_emplace(entityId, -1);
    if (fresh) {
        if (std::optional<FacetEntity> e = m_lookup(entityId)) {
            std::string key = e->type;
            key += '\x1f';
            key += e->name;
            auto [g, added] = m_groupByKey.try_emplace(std::move(key), static_cast<int>(m_groups.size()));
            if (added)
                m_groups.push_back(Group{FacetCount{std::move(e->type), std::move(e->name), 0, entityId}, -1});
            it->second = g->second;
        }
    }
    if (it->second < 0)
        return;
    Group &group = m_groups[static_cast<std::size_t>(it->second)];
    group.facet.id = std::min(group.facet.id, entityId);
    if (group.lastArticle != articleId) {
        group.lastArticle = articleId;
        ++group.facet.count;
    }
}

std::vector<FacetCount> FacetTally::counts() const
{
    std::vector<FacetCount> out;
    out.reserve(m_groups.size());
    for (const Group &g : m_groups)
        out.push_back(g.facet);
    return out;
}

} // namespace sillok::core
