// Library: entity lists and entity details (the knowledge-graph read side).

#include "common/utf.h"
#include "graph/entity_keys.h"
#include "store/library.h"
#include "store/library_graph_internal.h"
#include "store/packed_spans.h"

#include <algorithm>
#include <set>

namespace sillok::core {


namespace graphdb {

const char *const kSummaryColumns =
    "e.id, e.uid, e.type, e.name, e.kind, e.country, e.english, e.date, e.end_date, e.date_text, e.place, "
    "e.rejected, e.article_count, e.mention_count";

EntitySummary entitySummaryFrom(const Statement &q, int c)
{
    EntitySummary s;
    s.id = q.int64(c);
    s.uid = q.text(c + 1);
    s.type = entityTypeFromName(q.text(c + 2)).value_or(EntityType::Organization);
    s.name = q.text(c + 3);
    s.kind = q.text(c + 4);
    s.country = q.text(c + 5);
    s.english = q.text(c + 6);
    s.date = dateFrom(q.text(c + 7));
    s.endDate = dateFrom(q.text(c + 8));
    s.dateText = q.text(c + 9);
    s.place = q.text(c + 10);
    s.rejected = q.int64(c + 11) != 0;
    s.articleCount = static_cast<int>(q.int64(c + 12));
    s.mentionCount = static_cast<int>(q.int64(c + 13));
    return s;
}

Result<std::vector<Post>> postsOf(Database &db, std::int64_t person)
{
    std::vector<Post> out;
    for (const char *predicate : {"role", "member_of"}) {
        auto q = db.cached("SELECT o.uid, COALESCE(r.uid, o.uid), COALESCE(r.name, o.name), COALESCE(f.last_run, 0), "
                           "f.id FROM fact f JOIN entity o ON o.id = f.object_id "
                           "LEFT JOIN entity r ON r.id = o.merged_into WHERE f.subject_id = ?1 AND f.predicate = ?2");
        q->bind(1, person).bind(2, predicate);
        while (q->next())
            out.push_back({q->text(0), q->text(1), q->text(2), q->int64(3), q->int64(4)});
        if (!q->status())
            return std::unexpected(q->status().error());
    }
    return out;
}

namespace {

// The curated name of the organization of person `id`'s latest post ("" when it has none).
Result<std::string> latestPost(Database &db, std::int64_t id)
{
    auto posts = postsOf(db, id);
    if (!posts)
        return std::unexpected(posts.error());
    const auto latest = std::ranges::max_element(*posts, {}, [](const Post &p) {
        return std::pair{p.lastRun, p.factId};
    });
    return latest == posts->end() ? std::string() : latest->curatedName;
}

} // namespace

Result<std::string> PersonOrganizations::of(std::int64_t id, std::string_view uid)
{
    const std::string_view organization = personOrganizationUid(uid);
    if (organization.empty()) {
        if (!uid.starts_with("person:"))
            return std::string();
        if (const auto it = m_unplaced.find(id); it != m_unplaced.end())
            return it->second;
        auto latest = latestPost(m_db, id);
        if (!latest)
            return latest;
        return m_unplaced.emplace(id, std::move(*latest)).first->second;
    }
    if (const auto it = m_names.find(organization); it != m_names.end())
        return it->second;
    // The organization as curated: a merged-away one shows the entity it was merged into.
    auto q = m_db.cached("SELECT COALESCE(r.name, o.name) FROM entity o LEFT JOIN entity r ON r.id = o.merged_into "
                         "WHERE o.uid = ?");
    q->bind(organization);
    std::string name = q->next() ? q->text(0) : std::string();
    if (!q->status())
        return std::unexpected(q->status().error());
    return m_names.emplace(std::string(organization), std::move(name)).first->second;
}

Status PersonOrganizations::fill(std::vector<EntitySummary> &rows)
{
    for (EntitySummary &e : rows) {
        if (e.type != EntityType::Person)
            continue;
        auto name = of(e.id, e.uid);
        if (!name)
            return std::unexpected(name.error());
        e.organization = std::move(*name);
    }
    return {};
}

struct EvidenceBuilder::ArticleText {
    std::string title;
    std::string source;
    PartialDate published;
    std::u32string body;
    std::vector<std::pair<int, int>> sentences;
};

EvidenceBuilder::EvidenceBuilder(Database &db) : m_db(db) { }
EvidenceBuilder::~EvidenceBuilder() = default;

const EvidenceBuilder::ArticleText &EvidenceBuilder::article(std::int64_t id)
{
    auto &slot = m_articles[id];
    if (slot)
        return *slot;
    slot = std::make_unique<ArticleText>();
    // Prepared once per connection: a review page or an entity page asks for hundreds of articles.
    auto a = m_db.cached("SELECT title, source, sillok_text(body), published FROM article WHERE id = ?");
    a->bind(id);
    if (a->next()) {
        slot->title = a->text(0);
        slot->source = a->text(1);
        slot->body = toU32(a->text(2));
        slot->published = dateFrom(a->text(3));
    }
    auto s = m_db.cached("SELECT bounds FROM article_sentences WHERE article_id = ?");
    s->bind(id);
    if (s->next())
        if (auto sentences = store::unpackSentences(s->blob(0)))
            for (const Sentence &one : *sentences)
                slot->sentences.emplace_back(one.start, one.end);
    return *slot;
}

EvidenceRecord EvidenceBuilder::make(std::int64_t articleId, int start, int end, int sentence)
{
    const ArticleText &a = article(articleId);
    EvidenceRecord r;
    r.articleId = articleId;
    r.articleTitle = a.title;
    r.articleSource = a.source;
    r.published = a.published;
    r.start = start;
    r.end = end;
    std::pair<int, int> span{-1, -1};
    if (sentence >= 0 && static_cast<std::size_t>(sentence) < a.sentences.size()
        && a.sentences[static_cast<std::size_t>(sentence)].first <= start
        && a.sentences[static_cast<std::size_t>(sentence)].second >= end)
        span = a.sentences[static_cast<std::size_t>(sentence)];
    for (std::size_t i = 0; span.first < 0 && i < a.sentences.size(); ++i)
        if (a.sentences[i].first <= start && a.sentences[i].second >= end)
            span = a.sentences[i];
    const int size = static_cast<int>(a.body.size());
    if (span.first < 0) // no sentence data: a window around the mention
        span = {std::max(0, start - 40), std::min(size, end + 40)};
    span.first = std::clamp(span.first, 0, size);
    span.second = std::clamp(span.second, span.first, size);
    r.sentenceStart = span.first;
    r.sentenceEnd = span.second;
    r.quote = toUtf8(std::u32string_view(a.body).substr(static_cast<std::size_t>(span.first),
                                                        static_cast<std::size_t>(span.second - span.first)));
    return r;
}

} // namespace graphdb

Result<std::vector<EntitySummary>> Library::entities(const EntityFilter &filter)
{
    Database &db = database();
    const std::string needle = entityNormKey(filter.text);
    std::set<std::int64_t> aliasHits;
    if (!needle.empty()) {
        Statement a(db, "SELECT DISTINCT COALESCE(e.merged_into, e.id) FROM alias a JOIN entity e ON e.id = a.entity_id "
                    "WHERE a.hidden = 0 AND instr(a.norm, ?) > 0");
        a.bind(needle);
        while (a.next())
            aliasHits.insert(a.int64(0));
        if (!a.status())
            return std::unexpected(a.status().error());
    }
    // The counts are the entities' kept tallies: the list reads one row per entity, no mention.
    // A name's key is the stored norm_key (made from base_name) unless the entity was renamed.
    Statement q(db, std::string("SELECT ") + graphdb::kSummaryColumns
                        + ", e.norm_key, e.name IS e.base_name FROM entity e WHERE e.merged_into IS NULL "
                          "AND (? OR e.rejected = 0) AND (? = '' OR e.type = ?)");
    const std::string type = filter.type ? entityTypeName(*filter.type) : "";
    q.bind(filter.includeRejected ? 1 : 0).bind(type).bind(type);
    std::vector<EntitySummary> out;
    while (q.next()) {
        if (!needle.empty() && !aliasHits.contains(q.int64(0))) {
            const std::string key = q.int64(15) != 0 ? q.text(14) : entityNormKey(q.text(3));
            if (key.find(needle) == std::string::npos)
                continue;
        }
        out.push_back(graphdb::entitySummaryFrom(q));
    }
    if (!q.status())
        return std::unexpected(q.status().error());
    std::ranges::stable_sort(out, [](const EntitySummary &a, const EntitySummary &b) {
        if (a.mentionCount != b.mentionCount)
            return a.mentionCount > b.mentionCount;
        return a.name < b.name;
    });
    if (auto st = graphdb::PersonOrganizations(db).fill(out); !st)
        return std::unexpected(st.error());
    return out;
}

namespace {

// The SQL sort key of an order, and the same comparison in C++ (<0, 0, >0), for the two ways
// entityWindow() reads a window. Text compares bytewise in both (SQLite's BINARY collation).
const char *orderColumn(EntityOrder order)
{
    switch (order) {
    case EntityOrder::Articles:
        return "e.article_count";
    case EntityOrder::Mentions:
        return "e.mention_count";
    case EntityOrder::Name:
        return "e.name";
    case EntityOrder::Type:
        return "e.type";
    case EntityOrder::Kind:
        return "e.kind";
    case EntityOrder::Date:
        return "e.date";
    }
    return "e.article_count";
}

int compareBy(EntityOrder order, const EntitySummary &a, const EntitySummary &b)
{
    const auto sign = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (order) {
    case EntityOrder::Articles:
        return sign(a.articleCount, b.articleCount);
    case EntityOrder::Mentions:
        return sign(a.mentionCount, b.mentionCount);
    case EntityOrder::Name:
        return sign(a.name, b.name);
    case EntityOrder::Type:
        return sign(std::string_view(entityTypeName(a.type)), std::string_view(entityTypeName(b.type)));
    case EntityOrder::Kind:
        return sign(a.kind, b.kind);
    case EntityOrder::Date:
        return sign(graphdb::datePart(a.date), graphdb::datePart(b.date));
    }
    return 0;
}

} // namespace

Result<std::vector<EntitySummary>> Library::entityWindow(const EntityWindow &window)
{
    const std::size_t offset = static_cast<std::size_t>(std::max(0, window.offset));
    const std::size_t limit = static_cast<std::size_t>(std::max(0, window.limit));
    if (!window.filter.text.empty() && !entityNormKey(window.filter.text).empty()) {
        auto all = entities(window.filter);
        if (!all)
            return all;
        std::ranges::stable_sort(*all, [&](const EntitySummary &a, const EntitySummary &b) {
            if (const int c = compareBy(window.order, a, b); c != 0)
                return window.descending ? c > 0 : c < 0;
            if (const int c = compareBy(EntityOrder::Name, a, b); c != 0)
                return c < 0;
            return a.id < b.id;
        });
        std::vector<EntitySummary> out;
        for (std::size_t i = offset; i < all->size() && out.size() < limit; ++i)
            out.push_back(std::move((*all)[i]));
        return out; // entities() gave the people their organizations
    }
    // The key is one of six fixed column names: the statement text varies with the order only.
    const std::string key = orderColumn(window.order);
    const std::string direction = window.descending ? " DESC" : "";
    // One pass over the entity rows keeping the best offset + limit (SQLite's top-N sort).
    Statement q(database(), std::string("SELECT ") + graphdb::kSummaryColumns
                                + " FROM entity e WHERE e.merged_into IS NULL AND (?1 OR e.rejected = 0) "
                                  "AND (?2 = '' OR e.type = ?2) ORDER BY "
                                + key + direction + (window.order == EntityOrder::Name ? "" : ", e.name")
                                + ", e.id LIMIT ?3 OFFSET ?4");
    const std::string type = window.filter.type ? entityTypeName(*window.filter.type) : "";
    q.bind(1, window.filter.includeRejected ? 1 : 0)
        .bind(2, type)
        .bind(3, static_cast<std::int64_t>(limit))
        .bind(4, static_cast<std::int64_t>(offset));
    std::vector<EntitySummary> out;
    while (q.next())
        out.push_back(graphdb::entitySummaryFrom(q));
    if (!q.status())
        return std::unexpected(q.status().error());
    if (auto st = graphdb::PersonOrganizations(database()).fill(out); !st)
        return std::unexpected(st.error());
    return out;
}

Result<EntityDetail> Library::entity(std::int64_t id)
{
    Database &db = database();
    auto root = graphdb::rootOf(db, id); // a merged-away entity shows its curated entity
    if (!root)
        return std::unexpected(root.error());
    EntityDetail detail;
    {
        Statement q(db, std::string("SELECT ") + graphdb::kSummaryColumns + " FROM entity e WHERE e.id = ?");
        q.bind(*root);
        if (!q.next())
            return q.status() ? fail(ErrorCode::NotFound, "no entity " + std::to_string(id)) : std::unexpected(q.status().error());
        detail.summary = graphdb::entitySummaryFrom(q);
        auto organization = graphdb::PersonOrganizations(db).of(detail.summary.id, detail.summary.uid);
        if (!organization)
            return std::unexpected(organization.error());
        detail.summary.organization = std::move(*organization);
    }
    {
        // The curated entity's own aliases first, then those of entities merged into it.
        Statement q(db, "SELECT a.form, a.kind, a.source, a.norm FROM alias a JOIN entity e ON e.id = a.entity_id "
                    "WHERE (e.id = ?1 OR e.merged_into = ?1) AND a.hidden = 0 "
                    "ORDER BY (e.id != ?1), (a.kind != 'official'), a.rowid");
        q.bind(1, *root);
        std::set<std::string> seen;
        while (q.next())
            if (seen.insert(q.text(3)).second)
                detail.aliases.push_back({q.text(0), q.text(1), q.text(2)});
        if (!q.status())
            return std::unexpected(q.status().error());
    }
    auto facts = graphdb::curatedFacts(db, true, *root);
    if (!facts)
        return std::unexpected(facts.error());
    detail.facts = std::move(*facts);

    std::set<std::int64_t> articleIds;
    {
        graphdb::EvidenceBuilder evidence(db);
        Statement q(db, "SELECT article_id, start, end, sentence FROM mention WHERE entity_id = ? ORDER BY article_id, start");
        q.bind(*root);
        while (q.next()) {
            articleIds.insert(q.int64(0));
            detail.mentions.push_back(evidence.make(q.int64(0), static_cast<int>(q.int64(1)),
                                                    static_cast<int>(q.int64(2)), static_cast<int>(q.int64(3))));
        }
        if (!q.status())
            return std::unexpected(q.status().error());
    }
    if (!articleIds.empty()) {
        auto all = articles();
        if (!all)
            return std::unexpected(all.error());
        for (auto &a : *all)
            if (articleIds.contains(a.id))
                detail.articles.push_back(std::move(a));
    }
    return detail;
}

} // namespace sillok::core
