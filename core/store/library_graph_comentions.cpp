// Library: sentence-level co-mentions — the entities named in the same sentences as one entity,
// read from the covering mention indexes (mention_entity, mention_article) — and an entity's
// first article.

#include "store/library.h"
#include "store/library_graph_internal.h"
#include "store/library_graph_reader.h"
#include "store/read_snapshot.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace sillok::core {

using graphdb::GraphReader;
using graphdb::NodeInfo;

Result<Graph> Library::coMentions(std::int64_t centerId, int limit)
{
    Database &db = database();
    ReadSnapshot snapshot(db);
    auto root = graphdb::rootOf(db, centerId);
    if (!root)
        return std::unexpected(root.error());
    // Every mention of the centre's articles (mention_entity), read from the covering index
    // mention_article (article, start, entity, sentence: migration 14) in article order, so no
    // mention row is visited and each article is read once; the sentences naming the centre are
    // paired with the other entities named in them here, an article at a time.
    auto q = db.cached(
        "SELECT o.article_id, o.entity_id, o.sentence FROM (SELECT DISTINCT article_id FROM mention "
        "WHERE entity_id = ?1) centre_articles CROSS JOIN mention o ON o.article_id = centre_articles.article_id");
    q->bind(1, *root);
    struct Tally {
        int sentences = 0;
        int articles = 0;
        std::int64_t lastArticle = 0;
    };
    std::unordered_map<std::int64_t, Tally> tallies;
    std::vector<std::pair<std::int64_t, int>> rows;  // (entity, sentence) of the current article
    std::vector<int> centre;                         // the sentences naming the centre in it
    std::vector<std::pair<std::int64_t, int>> pairs; // (other entity, shared sentence)
    std::int64_t article = 0;
    const auto flush = [&] {
        pairs.clear();
        for (const auto &[entity, sentence] : rows)
            if (entity != *root && std::ranges::find(centre, sentence) != centre.end())
                pairs.emplace_back(entity, sentence);
        std::ranges::sort(pairs);
        const auto [first, last] = std::ranges::unique(pairs);
        pairs.erase(first, last);
        for (const auto &[entity, sentence] : pairs) {
            Tally &t = tallies[entity];
            ++t.sentences;
            if (t.lastArticle != article) {
                t.lastArticle = article;
                ++t.articles;
            }
        }
        rows.clear();
        centre.clear();
    };
    while (q->next()) {
        if (const std::int64_t a = q->int64(0); a != article) {
            flush();
            article = a;
        }
        const std::int64_t entity = q->int64(1);
        const int sentence = static_cast<int>(q->int64(2));
        if (sentence < 0)
            continue;
        if (entity == *root)
            centre.push_back(sentence);
        else
            rows.emplace_back(entity, sentence);
    }
    flush();
    if (!q->status())
        return std::unexpected(q->status().error());
    // Strongest first: sentences, then articles, then id; rejected (and unknown) entities are
    // passed over before the limit is applied.
    std::vector<std::tuple<int, int, std::int64_t>> ranked;
    ranked.reserve(tallies.size());
    for (const auto &[entity, t] : tallies)
        ranked.emplace_back(-t.sentences, -t.articles, entity);
    std::ranges::sort(ranked);
    Graph g;
    GraphReader reader(db);
    const NodeInfo &center = reader.weighed(*root);
    g.nodes.push_back({*root, center.type, center.name, center.mentions});
    for (const auto &[sentences, articles, entity] : ranked) {
        if (static_cast<int>(g.coMentions.size()) >= std::max(limit, 0))
            break;
        if (reader.node(entity).rejected)
            continue;
        g.coMentions.push_back({*root, entity, -sentences, -articles});
    }
    for (const CoMention &c : g.coMentions) {
        const NodeInfo &info = reader.weighed(c.to);
        g.nodes.push_back({c.to, info.type, info.name, info.mentions});
    }
    if (!reader.status())
        return std::unexpected(reader.status().error());
    g.totalNodes = static_cast<int>(g.nodes.size());
    return g;
}

Result<std::int64_t> Library::firstArticleOf(std::int64_t entityId)
{
    Database &db = database();
    auto root = graphdb::rootOf(db, entityId);
    if (!root)
        return std::unexpected(root.error());
    auto q = db.cached("SELECT MIN(article_id) FROM mention WHERE entity_id = ?");
    q->bind(*root);
    if (q->next())
        return q->isNull(0) ? 0 : q->int64(0);
    if (!q->status())
        return std::unexpected(q->status().error());
    return 0;
}

} // namespace sillok::core
