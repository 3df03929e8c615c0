// Applies a MergePlan (core/graph/merger.h) to the store: one article's extraction becomes
// rows in entity / alias / mention / fact / fact_evidence, then the decision ledger is replayed.
// Runs inside the caller's import transaction.

#include "common/utf.h"
#include "extract/gazetteer.h"
#include "graph/entity_keys.h"
#include "graph/merger.h"
#include "store/library_graph_internal.h"
#include "store/library_graph.h"

#include <algorithm>
#include <set>

namespace sillok::core {

using graphdb::Query;

namespace {

// The one meeting of the same day that the planned meeting names differently: a generic "시연회"
// finds the named "… 실증 시연회" and a named one finds a stored generic one (whichever article
// came first). 0 when there is none or more than one.
Result<std::int64_t> sameDayMeeting(Database &db, const PlannedEntity &e)
{
    if (e.type != EntityType::Meeting || e.date.precision != DatePrecision::Day)
        return 0;
    const std::string head = e.genericName ? entityNormKey(genericMeetingHead(e.name)) : std::string();
    const std::string key = entityNormKey(e.name);
    if (key.empty() || (e.genericName && head.empty()))
        return 0;
    Query q(db, "SELECT id, uid, norm_key, name FROM entity WHERE type = 'meeting' AND date = ? AND date_precision = ? "
                "AND merged_into IS NULL AND rejected = 0");
    q.bind(graphdb::datePart(e.date)).bind(static_cast<int>(DatePrecision::Day));
    std::set<std::int64_t> found;
    while (q.next()) {
        const std::string storedKey = q.text(2);
        const bool storedGeneric = isGenericMeetingName(q.text(3));
        if (e.genericName ? (!storedGeneric && storedKey.ends_with(head))
                          : (storedGeneric && key.ends_with(entityNormKey(genericMeetingHead(q.text(3))))))
            found.insert(q.int64(0));
    }
    if (!q.status())
        return std::unexpected(q.status().error());
    return found.size() == 1 ? *found.begin() : 0;
}

struct Resolved {
    std::int64_t id = 0;     // the raw entity id
    bool sameDay = false;    // a bare kind noun found as the named meeting of its day
};

// The stored entity a planned one becomes: by uid, else by a unique alias match of the same
// type, else (meetings) the one same-day meeting it names differently, else a new row.
Result<Resolved> resolveEntity(Database &db, const PlannedEntity &e, std::int64_t runId)
{
    const char *typeName = entityTypeName(e.type);
    std::int64_t id = 0;
    bool borrowed = false; // a bare kind noun attached to the named meeting of its day
    {
        Query q(db, "SELECT id FROM entity WHERE uid = ?");
        q.bind(e.uid);
        if (q.next())
            id = q.int64(0);
        if (!q.status())
            return std::unexpected(q.status().error());
    }
    if (id == 0 && !e.matchForms.empty()) {
        std::set<std::int64_t> candidates;
        Query q(db, "SELECT DISTINCT a.entity_id FROM alias a JOIN entity e ON e.id = a.entity_id "
                    "WHERE a.norm = ? AND e.type = ? AND a.hidden = 0");
        for (const auto &form : e.matchForms) {
            q.reset();
            q.bind(entityNormKey(form)).bind(typeName);
            while (q.next())
                candidates.insert(q.int64(0));
        }
        if (!q.status())
            return std::unexpected(q.status().error());
        if (candidates.size() == 1)
            id = *candidates.begin();
    }
    if (id == 0) {
        auto sameDay = sameDayMeeting(db, e);
        if (!sameDay)
            return std::unexpected(sameDay.error());
        id = *sameDay;
        borrowed = id != 0 && e.genericName;
        if (id != 0 && !e.genericName) {
            // The stored one was only "시연회": it takes the full name this article gives, and its
            // kind noun stops being one of its names.
            Query drop(db, "DELETE FROM alias WHERE entity_id = ?1 AND source <> 'user' "
                           "AND norm = (SELECT norm_key FROM entity WHERE id = ?1)");
            drop.bind(id);
            if (auto s = drop.run(); !s)
                return std::unexpected(s.error());
            Query rename(db, "UPDATE entity SET name = ?, base_name = ?, norm_key = ? WHERE id = ?");
            rename.bind(e.name).bind(e.name).bind(entityNormKey(e.name)).bind(id);
            if (auto s = rename.run(); !s)
                return std::unexpected(s.error());
        }
    }
    if (id == 0) {
        Query q(db, "INSERT INTO entity (uid, type, name, base_name, norm_key, kind, country, english, "
                    "gazetteer_id, date, date_precision, end_date, date_text, place, series, ordinal, "
                    "rejected, first_run, last_run) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?)");
        q.bind(e.uid).bind(typeName).bind(e.name).bind(e.name).bind(entityNormKey(e.name)).bind(e.kind)
            .bind(e.country).bind(e.english).bind(e.gazetteerId).bind(graphdb::datePart(e.date))
            .bind(static_cast<int>(e.date.precision)).bind(graphdb::datePart(e.endDate)).bind(e.dateText)
            .bind(e.place).bind(e.series).bind(e.ordinal).bindIdOrNull(runId).bindIdOrNull(runId);
        if (auto s = q.run(); !s)
            return std::unexpected(s.error());
        auto inserted = graphdb::lastInsertId(db);
        if (!inserted)
            return std::unexpected(inserted.error());
        return Resolved{*inserted};
    }
    if (e.referenceOnly)
        return Resolved{id, borrowed};
    // Known entity: fill what was missing; a finer date of the same period refines the stored one.
    Query get(db, "SELECT kind, country, english, gazetteer_id, place, date, end_date, date_text "
                  "FROM entity WHERE id = ?");
    get.bind(id);
    if (!get.next())
        return std::unexpected(!get.status() ? get.status().error() : Error{ErrorCode::NotFound, "entity vanished", {}});
    auto pick = [&](int column, const std::string &planned) {
        std::string current = get.text(column);
        return current.empty() ? planned : current;
    };
    PartialDate date = graphdb::dateFrom(get.text(5));
    PartialDate endDate = graphdb::dateFrom(get.text(6));
    std::string dateText = get.text(7);
    if (e.date.isValid()
        && (!date.isValid() || (e.date.precision > date.precision && e.date.toString().starts_with(date.toString())))) {
        date = e.date;
        endDate = e.endDate;
        dateText = e.dateText;
    }
    Query q(db, "UPDATE entity SET kind = ?, country = ?, english = ?, gazetteer_id = ?, place = ?, date = ?, "
                "date_precision = ?, end_date = ?, date_text = ?, last_run = ? WHERE id = ?");
    q.bind(pick(0, e.kind)).bind(pick(1, e.country)).bind(pick(2, e.english)).bind(pick(3, e.gazetteerId))
        .bind(pick(4, e.place)).bind(graphdb::datePart(date)).bind(static_cast<int>(date.precision))
        .bind(graphdb::datePart(endDate)).bind(dateText).bindIdOrNull(runId).bind(id);
    if (auto s = q.run(); !s)
        return std::unexpected(s.error());
    return Resolved{id, borrowed};
}

Status insertAliases(Database &db, std::int64_t entityId, const PlannedEntity &e)
{
    Query q(db, "INSERT INTO alias (entity_id, form, norm, kind, source, hidden) VALUES (?,?,?,?,?,0) "
                "ON CONFLICT(entity_id, norm) DO UPDATE SET kind = excluded.kind, source = excluded.source "
                "WHERE alias.source = 'user'");
    for (const auto &a : e.aliases) {
        const std::string norm = entityNormKey(a.form);
        if (norm.empty())
            continue;
        q.reset();
        q.bind(entityId).bind(a.form).bind(norm).bind(a.kind).bind(a.source);
        if (auto s = q.run(); !s)
            return s;
    }
    return {};
}

struct ArticleText {
    std::string uid;
    std::u32string body;
};

Result<ArticleText> articleText(Database &db, std::int64_t articleId)
{
    Query q(db, "SELECT uid, body FROM article WHERE id = ?");
    q.bind(articleId);
    ArticleText a;
    if (q.next()) {
        a.uid = q.text(0);
        a.body = toU32(q.text(1));
    }
    if (!q.status())
        return std::unexpected(q.status().error());
    return a;
}

} // namespace

namespace {

Status dropArticleMentions(Database &db, std::int64_t articleId)
{
    Query ev(db, "DELETE FROM fact_evidence WHERE mention_id IN (SELECT id FROM mention WHERE article_id = ?)");
    ev.bind(articleId);
    if (auto s = ev.run(); !s)
        return s;
    Query m(db, "DELETE FROM mention WHERE article_id = ?");
    m.bind(articleId);
    return m.run();
}

} // namespace

Status deleteArticleGraph(Database &db, std::int64_t articleId)
{
    if (auto s = dropArticleMentions(db, articleId); !s)
        return s;
    if (auto s = graphdb::collectGarbage(db); !s)
        return s;
    return graphdb::rebuildCuration(db);
}

Status mergeExtraction(Database &db, std::int64_t articleId, const Extraction &extraction, std::int64_t runId)
{
    if (auto s = dropArticleMentions(db, articleId); !s)
        return s;
    auto article = articleText(db, articleId);
    if (!article)
        return std::unexpected(article.error());
    const MergePlan plan = planMerge(extraction, article->body, &Gazetteer::builtin(), article->uid);

    std::vector<std::int64_t> ids;
    ids.reserve(plan.entities.size());
    for (const auto &e : plan.entities) {
        auto resolved = resolveEntity(db, e, runId);
        if (!resolved)
            return std::unexpected(resolved.error());
        ids.push_back(resolved->id);
        if (resolved->sameDay)
            continue; // attached to a named meeting: "시연회" is not one of its names
        if (auto s = insertAliases(db, resolved->id, e); !s)
            return s;
    }

    std::vector<std::int64_t> mentionIds;
    mentionIds.reserve(plan.mentions.size());
    Query m(db, "INSERT INTO mention (article_id, entity_id, origin_entity_id, start, end, sentence, surface, field) "
                "VALUES (?, COALESCE((SELECT merged_into FROM entity WHERE id = ?), ?), ?, ?, ?, ?, ?, ?)");
    for (const auto &pm : plan.mentions) {
        const std::int64_t raw = ids[static_cast<std::size_t>(pm.entity)];
        m.reset();
        m.bind(articleId).bind(raw).bind(raw).bind(raw).bind(pm.mention.start).bind(pm.mention.end)
            .bind(pm.mention.sentence).bind(pm.mention.surface).bind(pm.mention.field);
        if (auto s = m.run(); !s)
            return s;
        auto id = graphdb::lastInsertId(db);
        if (!id)
            return std::unexpected(id.error());
        mentionIds.push_back(*id);
    }

    Query find(db, "SELECT id FROM fact WHERE subject_id = ? AND predicate = ? AND object_id IS ? AND value = ?");
    Query touch(db, "UPDATE fact SET last_run = ?, confidence = MAX(confidence, ?) WHERE id = ?");
    Query insert(db, "INSERT INTO fact (subject_id, predicate, object_id, value, confidence, first_run, last_run) "
                     "VALUES (?,?,?,?,?,?,?)");
    Query evidence(db, "INSERT OR IGNORE INTO fact_evidence (fact_id, mention_id) VALUES (?, ?)");
    for (const auto &f : plan.facts) {
        if (f.evidence.empty())
            continue; // a fact is only kept with a sentence to show for it
        const std::int64_t subject = ids[static_cast<std::size_t>(f.subject)];
        const std::int64_t object = f.object >= 0 ? ids[static_cast<std::size_t>(f.object)] : 0;
        if (subject == object)
            continue;
        find.reset();
        find.bind(subject).bind(f.predicate).bindIdOrNull(object).bind(f.value);
        std::int64_t factId = find.next() ? find.int64(0) : 0;
        if (!find.status())
            return find.status();
        if (factId != 0) {
            touch.reset();
            touch.bindIdOrNull(runId).bind(f.confidence).bind(factId);
            if (auto s = touch.run(); !s)
                return s;
        } else {
            insert.reset();
            insert.bind(subject).bind(f.predicate).bindIdOrNull(object).bind(f.value).bind(f.confidence)
                .bindIdOrNull(runId).bindIdOrNull(runId);
            if (auto s = insert.run(); !s)
                return s;
            auto id = graphdb::lastInsertId(db);
            if (!id)
                return std::unexpected(id.error());
            factId = *id;
        }
        for (int ev : f.evidence) {
            evidence.reset();
            evidence.bind(factId).bind(mentionIds[static_cast<std::size_t>(ev)]);
            if (auto s = evidence.run(); !s)
                return s;
        }
    }
    if (auto s = graphdb::collectGarbage(db); !s)
        return s;
    return graphdb::rebuildCuration(db);
}

std::vector<std::string> aliasGroupFromGraph(Database &db, std::string_view term)
{
    std::vector<std::string> forms;
    const std::string norm = entityNormKey(term);
    if (norm.empty())
        return forms;
    // Every visible form of every curated entity (merge group) that has `term` as a name.
    Query q(db, "WITH hit AS (SELECT DISTINCT COALESCE(e.merged_into, e.id) AS root FROM alias a "
                "JOIN entity e ON e.id = a.entity_id WHERE a.norm = ? AND a.hidden = 0 AND e.rejected = 0) "
                "SELECT DISTINCT a.form FROM alias a JOIN entity e ON e.id = a.entity_id "
                "JOIN hit ON hit.root = COALESCE(e.merged_into, e.id) WHERE a.hidden = 0 ORDER BY a.rowid");
    q.bind(norm);
    std::set<std::string> seen;
    while (q.next()) {
        std::string form = q.text(0);
        if (seen.insert(entityNormKey(form)).second)
            forms.push_back(std::move(form));
    }
    return forms;
}

std::vector<std::string> aliasGroupFromGraphPrefix(Database &db, std::string_view term)
{
    const std::string norm = entityNormKey(term);
    if (norm.size() < 5 || !std::ranges::all_of(norm, [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }))
        return {};
    // norm is [a-z0-9]+, so the range [norm, norm + '{') holds exactly the keys it begins.
    Query q(db, "SELECT DISTINCT COALESCE(e.merged_into, e.id), a.form FROM alias a JOIN entity e ON e.id = a.entity_id "
                "WHERE a.norm >= ? AND a.norm < ? AND a.hidden = 0 AND e.rejected = 0");
    q.bind(norm).bind(norm + "{");
    std::set<std::int64_t> roots;
    std::string form;
    while (q.next()) {
        if (isLatinName(q.text(1))) {
            roots.insert(q.int64(0));
            form = q.text(1);
        }
    }
    if (roots.size() != 1)
        return {};
    return aliasGroupFromGraph(db, form);
}

} // namespace sillok::core
