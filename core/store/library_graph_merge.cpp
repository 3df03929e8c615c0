// GraphWriter: applies a MergePlan (core/graph/merger.h) to the store. One article's extraction
// becomes rows in entity / alias / mention / fact / fact_evidence inside the caller's transaction;
// curation decisions are applied to what the article touched (library_graph_ledger.cpp) and
// garbage is collected among what it dropped. Nothing here scans a whole table.

#include "store/insert_rows.h"
#include "store/library_graph_writer.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

namespace sillok::core {

namespace {

// Relations without a direction (gold-format.md): stored once per pair, the lower entity id first.
bool isSymmetricPredicate(std::string_view predicate)
{
    return predicate == "partnership" || predicate == "merger";
}

} // namespace

// The stored fact a planned one is, by its ends' raw entities (`ids`); none for a fact kept out:
// one without a sentence to show for it, or between an entity and itself. A relation without a
// direction is one fact per pair, whichever article named which side first: the lower id first.
std::optional<GraphWriter::Impl::FactKey> GraphWriter::Impl::factKeyOf(const PlannedFact &f,
                                                                       const std::vector<std::int64_t> &ids)
{
    if (f.evidence.empty())
        return std::nullopt;
    std::int64_t subject = ids[static_cast<std::size_t>(f.subject)];
    std::int64_t object = f.object >= 0 ? ids[static_cast<std::size_t>(f.object)] : 0;
    if (subject == object)
        return std::nullopt;
    if (isSymmetricPredicate(f.predicate) && object != 0 && object < subject)
        std::swap(subject, object);
    return FactKey{subject, f.predicate, object, f.value};
}

// Drops the article's mentions and their evidence, remembering what they pointed at, and takes
// the article out of the tallies of the facts it stated (its articles and sentences; the latest
// stated date is checked again in finish()) and of the entities it named (one article and its
// mentions of each curated entity).
Status GraphWriter::Impl::dropMentions(std::int64_t articleId)
{
    // One read of the article's mentions with their evidence (a mention stating no fact once,
    // with NULLs; one stating several, once a fact).
    std::map<std::int64_t, std::int64_t> named; // curated entity → its mentions here
    std::map<std::int64_t, FactTally> lost;     // fact → what the article said of it
    {
        auto q = db.cached("SELECT m.id, m.entity_id, m.origin_entity_id, m.sentence, m.start, fe.fact_id, fe.date "
                           "FROM mention m LEFT JOIN fact_evidence fe ON fe.mention_id = m.id WHERE m.article_id = ?");
        q->bind(articleId);
        std::set<std::int64_t> seen; // the mentions counted (whatever order the join gives rows in)
        while (q->next()) {
            if (seen.insert(q->int64(0)).second) {
                if (!q->isNull(1))
                    ++named[q->int64(1)];
                if (!q->isNull(2))
                    droppedEntities.insert(q->int64(2));
            }
            if (!q->isNull(5))
                lost[q->int64(5)].add(q->int32(3), q->int32(4), q->text(6), {});
        }
        if (!q->status())
            return q->status();
    }
    for (const auto &[entityId, mentions] : named) {
        EntityDelta &delta = article.entities[entityId];
        delta.articles -= 1;
        delta.mentions -= mentions;
    }
    for (const auto &[factId, tally] : lost) {
        droppedFacts.insert(factId);
        if (!tally.date.empty())
            article.restate.insert(factId);
        FactDelta &delta = article.facts[factId];
        delta.articles -= 1;
        delta.sentences -= static_cast<std::int64_t>(tally.sentences.size());
        delta.dropped.push_back(articleId);
    }
    auto ev = db.cached("DELETE FROM fact_evidence WHERE mention_id IN (SELECT id FROM mention WHERE article_id = ?)");
    ev->bind(articleId);
    if (auto s = ev->run(); !s)
        return s;
    auto m = db.cached("DELETE FROM mention WHERE article_id = ?");
    m->bind(articleId);
    return m->run();
}

// Writes the tallies' deltas `d` holds, one UPDATE per entity and fact, then the latest date the
// remaining evidence gives each fact that lost a dated statement (the one dropped may have been
// it): read from the fact's own evidence rows (fact_evidence's key), no join. The wording kept
// with a date is always its first statement's (the lowest mention id), whichever path set it.
// Clears `d`.
Status GraphWriter::Impl::writeTallies(Deltas &d)
{
    auto entity = db.cached("UPDATE entity SET article_count = article_count + ?2, "
                            "mention_count = mention_count + ?3 WHERE id = ?1");
    for (const auto &[id, delta] : d.entities) {
        if (delta.articles == 0 && delta.mentions == 0)
            continue;
        entity->reset();
        entity->bind(1, id).bind(2, delta.articles).bind(3, delta.mentions);
        if (auto s = entity->run(); !s)
            return s;
    }
    // SET reads the old `stated` in both CASEs. A fact stated again takes the run (?6 = 1) and
    // keeps the best confidence (?8; NULL: not stated again).
    auto fact = db.cached("UPDATE fact SET articles = articles + ?2, sentences = sentences + ?3, "
                          "stated_text = CASE WHEN ?4 > stated THEN ?5 ELSE stated_text END, "
                          "stated = CASE WHEN ?4 > stated THEN ?4 ELSE stated END, "
                          "last_run = CASE WHEN ?6 THEN ?7 ELSE last_run END, "
                          "confidence = MAX(confidence, COALESCE(?8, confidence)) WHERE id = ?1");
    std::vector<std::pair<std::int64_t, std::int64_t>> spanned; // facts whose span may change, their articles
    for (const auto &[id, delta] : d.facts) {
        // A fact below kSpanFrom before and after has no span to keep (most of them).
        const std::int64_t now = delta.base >= 0 ? delta.base + delta.articles : -1;
        if ((!delta.added.empty() || !delta.dropped.empty())
            && !(delta.base >= 0 && delta.base < store::kSpanFrom && now < store::kSpanFrom))
            spanned.emplace_back(id, now);
        if (delta.articles == 0 && delta.sentences == 0 && delta.date.empty() && !delta.touched)
            continue;
        fact->reset();
        fact->bind(1, id).bind(2, delta.articles).bind(3, delta.sentences).bind(4, delta.date).bind(5, delta.dateText);
        fact->bind(6, delta.touched ? 1 : 0);
        if (delta.run > 0)
            fact->bind(7, delta.run);
        else
            fact->bindNull(7);
        if (delta.touched)
            fact->bind(8, delta.confidence);
        else
            fact->bindNull(8);
        if (auto s = fact->run(); !s)
            return s;
    }
    factRows.clear(); // their run and confidence are written
    if (auto s = writeSpans(d, spanned); !s)
        return s;
    auto latest = db.cached("SELECT date, date_text FROM fact_evidence WHERE fact_id = ?1 AND date <> '' "
                            "ORDER BY date DESC, mention_id LIMIT 1");
    auto set = db.cached("UPDATE fact SET stated = ?2, stated_text = ?3 WHERE id = ?1");
    for (std::int64_t factId : d.restate) {
        latest->reset();
        latest->bind(1, factId);
        std::string date, text;
        if (latest->next()) {
            date = latest->text(0);
            text = latest->text(1);
        }
        if (!latest->status())
            return latest->status();
        set->reset();
        set->bind(1, factId).bind(2, date).bind(3, text);
        if (auto s = set->run(); !s)
            return s;
    }
    d.clear();
    return {};
}

// The spans of the facts `spanned` (id, articles now; -1: read here) whose articles changed in `d`: a fact
// stated in store::kSpanFrom articles or more keeps one, widened by the articles that came,
// and read again from its rows when it first reaches kSpanFrom or when an article at either end
// of it is gone and nothing that came takes its place; a fact stated in fewer keeps none.
Status GraphWriter::Impl::writeSpans(const Deltas &d, const std::vector<std::pair<std::int64_t, std::int64_t>> &spanned)
{
    for (auto [id, articles] : spanned) {
        const FactDelta &delta = d.facts.at(id);
        if (articles < 0) { // not read in the batch (it only lost statements)
            auto q = db.cached("SELECT articles FROM fact WHERE id = ?");
            q->bind(id);
            articles = q->next() ? q->int64(0) : 0;
            if (!q->status())
                return q->status();
        }
        auto stored = store::readFactSpan(db, id);
        if (!stored)
            return std::unexpected(stored.error());
        if (articles < store::kSpanFrom) {
            if (*stored)
                if (auto s = store::writeFactSpan(db, id, {}); !s)
                    return s;
            continue;
        }
        bool holds = *stored && !delta.recount;
        for (std::size_t i = 0; holds && i < delta.dropped.size(); ++i)
            holds = (*stored)->holdsWithout(delta.dropped[i], delta.added);
        store::FactSpan span;
        if (holds) {
            span = **stored;
            span.widen(delta.added);
            if (span.first == (*stored)->first && span.last == (*stored)->last)
                continue;
        } else {
            auto read = store::factSpanFromRows(db, id);
            if (!read)
                return std::unexpected(read.error());
            span = *read;
        }
        if (auto s = store::writeFactSpan(db, id, span); !s)
            return s;
    }
    return {};
}

// The article's mentions, each pointing at its raw entity's curated one (its merge root, looked
// up once a raw entity), and the article added to those entities' tallies. Their ids, in plan order.
// The rows go in a few multi-row INSERTs (tens an article: the writer's most run statement), so
// their ids are given rather than read back one by one: the ones after the largest stored, as
// SQLite numbers a rowid table without AUTOINCREMENT, asked once an article (the writer's
// transaction holds the table).
Result<std::vector<std::int64_t>> GraphWriter::Impl::writeMentions(std::int64_t articleId, const MergePlan &plan,
                                                                   const std::vector<std::int64_t> &ids)
{
    std::vector<std::int64_t> mentionIds;
    mentionIds.reserve(plan.mentions.size());
    auto curatedIds = curatedOf(plan, ids);
    if (!curatedIds)
        return std::unexpected(curatedIds.error());
    const std::vector<std::int64_t> &curated = *curatedIds; // parallel to plan.mentions
    std::map<std::int64_t, std::int64_t> mentions;          // curated entity → its mentions in this article
    for (std::int64_t id : curated)
        ++mentions[id];
    std::int64_t firstId = 1;
    {
        auto last = db.cached("SELECT COALESCE(MAX(id), 0) FROM mention");
        if (last->next())
            firstId += last->int64(0);
        if (!last->status())
            return std::unexpected(last->status().error());
    } // reset: no read of the table stays open while rows go in
    static const InsertRows rows("INSERT INTO mention (id, article_id, entity_id, origin_entity_id, start, end, "
                                 "sentence, field, caption, date) VALUES",
                                 "(?,?,?,?,?,?,?,?,?,?)");
    auto inserted = rows.run(db, plan.mentions.size(), [&](Statement &st, std::size_t i) {
        const PlannedMention &pm = plan.mentions[i];
        st.bind(firstId + static_cast<std::int64_t>(i))
            .bind(articleId)
            .bind(curated[i])
            .bind(ids[static_cast<std::size_t>(pm.entity)])
            .bind(pm.mention.start)
            .bind(pm.mention.end)
            .bind(pm.mention.sentence)
            .bind(graphdb::storedField(pm.mention.field))
            .bind(pm.mention.caption ? 1 : 0)
            .bind(mentionDate(plan, pm));
    });
    if (!inserted)
        return std::unexpected(inserted.error());
    for (std::size_t i = 0; i < plan.mentions.size(); ++i) {
        mentionIds.push_back(firstId + static_cast<std::int64_t>(i));
        // Named again here, by a row just written: needed, not garbage (collectGarbage).
        droppedEntities.erase(ids[static_cast<std::size_t>(plan.mentions[i].entity)]);
    }
    for (const auto &[entityId, count] : mentions) {
        EntityDelta &delta = article.entities[entityId];
        delta.articles += 1;
        delta.mentions += count;
    }
    return mentionIds;
}

// What a mention's `date` holds: the date the article gives the meeting it names (the stored
// meeting keeps one date, and the review queue compares these: a date_conflict when articles
// disagree); "" for any other mention. restatedAsStored compares the stored rows with this.
std::string GraphWriter::Impl::mentionDate(const MergePlan &plan, const PlannedMention &pm)
{
    const PlannedEntity &planned = plan.entities[static_cast<std::size_t>(pm.entity)];
    const bool dated = planned.type == EntityType::Meeting && !planned.referenceOnly && planned.date.isValid();
    return dated ? graphdb::datePart(planned.date) : std::string();
}

// The curated entity (merge root) each of the plan's mentions points at, in plan order: its raw
// entity's root, looked up once a raw entity.
Result<std::vector<std::int64_t>> GraphWriter::Impl::curatedOf(const MergePlan &plan,
                                                               const std::vector<std::int64_t> &ids)
{
    std::vector<std::int64_t> curated;
    curated.reserve(plan.mentions.size());
    auto root = db.cached("SELECT COALESCE(merged_into, id) FROM entity WHERE id = ?");
    for (const auto &pm : plan.mentions) {
        const std::int64_t raw = ids[static_cast<std::size_t>(pm.entity)];
        auto [known, fresh] = roots.try_emplace(raw, raw); // known from resolveEntity but for references
        if (fresh) {
            root->reset();
            root->bind(raw);
            if (root->next())
                known->second = root->int64(0);
            if (!root->status())
                return std::unexpected(root->status().error());
        }
        curated.push_back(known->second);
    }
    return curated;
}

// The stored fact `key` names (id 0: none), from the batch's fact rows when it was read or
// written in the batch.
Result<GraphWriter::Impl::StoredFact> GraphWriter::Impl::findFact(const FactKey &key)
{
    if (caching()) {
        if (const auto cached = factRows.find(key); cached != factRows.end())
            return cached->second;
    }
    auto find = db.cached("SELECT id, COALESCE(last_run, 0), confidence, articles FROM fact WHERE subject_id = ? "
                          "AND predicate = ? AND object_id IS ? AND value = ?");
    const auto &[subject, predicate, object, value] = key;
    find->bind(subject).bind(predicate).bindIdOrNull(object).bind(value);
    StoredFact fact;
    if (find->next())
        fact = {find->int64(0), find->int64(1), find->real(2), find->int64(3)};
    if (!find->status())
        return std::unexpected(find->status().error());
    if (fact.id != 0 && caching())
        factRows.emplace(key, fact);
    return fact;
}

// A stored fact the article states: its tally as read kept as the delta's base, and the run's
// stamp and the confidence stated, written with the tallies — unless this run stamped it already
// with at least this confidence.
void GraphWriter::Impl::stampStated(const StoredFact &fact, std::int64_t runId, double confidence)
{
    FactDelta &delta = article.facts[fact.id];
    if (delta.base < 0)
        delta.base = fact.articles;
    if (!(fact.lastRun == runId && fact.confidence >= confidence))
        delta.touch(runId, confidence);
}

// A fact new to the library goes in once the article's statements of it are tallied, with its
// tallies, not as a row of zeros raised by writeTallies at the batch's end: fact_subject and
// fact_object hold `articles`, and that UPDATE moved both index entries of every new fact.
// Until then it has a placeholder id, -1 - its index in `fresh`.
Status GraphWriter::Impl::writeMentionsAndFacts(std::int64_t articleId, const MergePlan &plan,
                                                const std::vector<std::int64_t> &ids, std::int64_t runId)
{
    auto written = writeMentions(articleId, plan, ids);
    if (!written)
        return std::unexpected(written.error());
    const std::vector<std::int64_t> &mentionIds = *written;

    // The evidence rows, inserted together once the facts are known (nothing here reads them).
    struct Evidence {
        std::int64_t factId, mentionId;
        std::string date;
        const std::string *dateText;
    };
    std::vector<Evidence> evidence;
    std::map<std::int64_t, FactTally> stated; // what this article says of each fact
    std::vector<FreshFact> fresh;
    std::map<FactKey, std::int64_t> freshIds; // key → placeholder id
    for (const auto &f : plan.facts) {
        auto planned = factKeyOf(f, ids);
        if (!planned)
            continue;
        FactKey &key = *planned;
        std::int64_t factId = 0;
        if (const auto pending = freshIds.find(key); pending != freshIds.end()) {
            factId = pending->second; // stated twice here: stored with the best confidence
            FreshFact &ff = fresh[static_cast<std::size_t>(-1 - factId)];
            ff.confidence = std::max(ff.confidence, f.confidence);
        } else {
            auto stored = findFact(key);
            if (!stored)
                return std::unexpected(stored.error());
            factId = stored->id;
            if (factId != 0) {
                stampStated(*stored, runId, f.confidence);
            } else {
                factId = -1 - static_cast<std::int64_t>(fresh.size());
                freshIds.emplace(key, factId);
                fresh.push_back({std::move(key), f.confidence});
            }
        }
        FactTally &tally = stated[factId];
        for (int ev : f.evidence) {
            evidence.push_back(
                {factId, mentionIds[static_cast<std::size_t>(ev)], graphdb::datePart(f.date), &f.dateText});
            const Mention &mention = plan.mentions[static_cast<std::size_t>(ev)].mention;
            tally.add(mention.sentence, mention.start, evidence.back().date, f.dateText);
        }
    }
    auto insertedIds = insertFreshFacts(fresh, stated, runId);
    if (!insertedIds)
        return std::unexpected(insertedIds.error());
    for (Evidence &e : evidence) {
        if (e.factId < 0)
            e.factId = (*insertedIds)[static_cast<std::size_t>(-1 - e.factId)];
    }
    static const InsertRows evidenceRows(
        "INSERT OR IGNORE INTO fact_evidence (fact_id, mention_id, date, date_text) VALUES", "(?,?,?,?)");
    auto inserted = evidenceRows.run(db, evidence.size(), [&](Statement &st, std::size_t i) {
        st.bind(evidence[i].factId).bind(evidence[i].mentionId).bind(evidence[i].date).bind(*evidence[i].dateText);
    });
    if (!inserted)
        return inserted;
    for (const auto &[factId, tally] : stated)
        droppedFacts.erase(factId); // stated again here: it has evidence (collectGarbage)
    return addStatements(articleId, stated);
}

// The article joins the tallies and spans of the stored facts it states (dropMentions took its
// earlier statements out); the new ones went in with theirs (one article: no span).
Status GraphWriter::Impl::addStatements(std::int64_t articleId, const std::map<std::int64_t, FactTally> &stated)
{
    store::ArticleKey key{{}, articleId};
    bool keyRead = false; // its date, read once the article states a stored fact
    for (const auto &[factId, t] : stated) {
        if (factId < 0)
            continue;
        FactDelta &delta = article.facts[factId];
        delta.articles += 1;
        delta.sentences += static_cast<std::int64_t>(t.sentences.size());
        delta.raise(t.date, t.dateText);
        if (sameDate && !delta.dropped.empty() && delta.dropped.back() == articleId) {
            delta.dropped.pop_back(); // stated again on the same date: the span stands as it was
            continue;
        }
        if (!keyRead) {
            auto published = db.cached("SELECT published FROM article WHERE id = ?");
            published->bind(articleId);
            if (published->next())
                key.published = published->text(0);
            if (!published->status())
                return published->status();
            keyRead = true;
        }
        delta.added.widen(key);
    }
    return {};
}

// Inserts the facts new to the library an article states, in the order it first states them,
// each stated by one article (this one) in its tallied sentences, with the latest date it gives.
// Their ids, in `fresh`'s order.
Result<std::vector<std::int64_t>> GraphWriter::Impl::insertFreshFacts(std::vector<FreshFact> &fresh,
                                                                      const std::map<std::int64_t, FactTally> &stated,
                                                                      std::int64_t runId)
{
    std::vector<std::int64_t> factIds;
    factIds.reserve(fresh.size());
    auto insert = db.cached("INSERT INTO fact (subject_id, predicate, object_id, value, confidence, first_run, "
                            "last_run, articles, sentences, stated, stated_text) VALUES (?,?,?,?,?,?,?,1,?,?,?)");
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        const FactTally &tally = stated.at(-1 - static_cast<std::int64_t>(i));
        const auto &[subject, predicate, object, value] = fresh[i].key;
        insert->reset();
        insert->bind(subject).bind(predicate).bindIdOrNull(object).bind(value).bind(fresh[i].confidence);
        insert->bindIdOrNull(runId).bindIdOrNull(runId).bind(static_cast<std::int64_t>(tally.sentences.size()));
        insert->bind(tally.date).bind(tally.dateText);
        if (auto s = insert->run(); !s)
            return std::unexpected(s.error());
        factIds.push_back(db.lastInsertId());
        if (predicate.starts_with("former_"))
            formerPosts.erase(subject); // hasFormerPost() reads it again
        if (caching())
            factRows.emplace(std::move(fresh[i].key),
                             StoredFact{factIds.back(), runId > 0 ? runId : 0, fresh[i].confidence, 1});
    }
    return factIds;
}

// Still needed: mentioned, in a fact, named by a decision, or a merge root. A CASE stops at the
// first answer (an OR of EXISTS runs them all): the seeks first, and last the mentions still
// pointing at the entity, read through mention_entity row by row to check their origin (a merge
// root, whose members' mentions point at it too, has answered before that).
Result<bool> GraphWriter::Impl::isNeeded(std::int64_t entityId)
{
    auto q = db.cached("SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM entity WHERE id = ?1) THEN 1 "
                       "WHEN EXISTS (SELECT 1 FROM entity WHERE merged_into = ?1) THEN 1 "
                       "WHEN EXISTS (SELECT 1 FROM fact WHERE subject_id = ?1) THEN 1 "
                       "WHEN EXISTS (SELECT 1 FROM fact WHERE object_id = ?1) THEN 1 "
                       "WHEN EXISTS (SELECT 1 FROM decision WHERE entity_uid = (SELECT uid FROM entity WHERE id = ?1)) "
                       "THEN 1 "
                       "WHEN EXISTS (SELECT 1 FROM decision WHERE other_uid = (SELECT uid FROM entity WHERE id = ?1)) "
                       "THEN 1 "
                       "WHEN EXISTS (SELECT 1 FROM mention WHERE origin_entity_id = ?1 "
                       "AND entity_id IS NOT origin_entity_id) THEN 1 "
                       "WHEN EXISTS (SELECT 1 FROM mention WHERE entity_id = ?1 AND origin_entity_id = ?1) THEN 1 "
                       "ELSE 0 END");
    q->bind(1, entityId);
    const bool needed = q->next() && q->int64(0) != 0;
    if (!q->status())
        return std::unexpected(q->status().error());
    return needed;
}

// Deletes, among what the article dropped, facts left without evidence, then entities nothing
// needs any more.
Status GraphWriter::Impl::collectGarbage()
{
    auto hasEvidence = db.cached("SELECT EXISTS (SELECT 1 FROM fact_evidence WHERE fact_id = ?)");
    auto ends = db.cached("SELECT subject_id, object_id FROM fact WHERE id = ?");
    auto dropFact = db.cached("DELETE FROM fact WHERE id = ?");
    // The writer runs with foreign keys off: fact_span's ON DELETE CASCADE is done here. A span
    // left behind would be read as the span of the next fact given the id.
    auto dropSpan = db.cached("DELETE FROM fact_span WHERE fact_id = ?");
    for (std::int64_t factId : droppedFacts) {
        hasEvidence->reset();
        hasEvidence->bind(factId);
        const bool kept = hasEvidence->next() && hasEvidence->int64(0) != 0;
        if (!hasEvidence->status())
            return hasEvidence->status();
        if (kept)
            continue;
        ends->reset();
        ends->bind(factId);
        if (ends->next()) {
            droppedEntities.insert(ends->int64(0));
            if (!ends->isNull(1))
                droppedEntities.insert(ends->int64(1));
        }
        if (!ends->status())
            return ends->status();
        for (Statement *st : {&*dropFact, &*dropSpan}) {
            st->reset();
            st->bind(factId);
            if (auto s = st->run(); !s)
                return s;
        }
        article.dropFact(factId);
        factRows.clear();
    }
    auto dropAliases = db.cached("DELETE FROM alias WHERE entity_id = ?");
    auto dropEntity = db.cached("DELETE FROM entity WHERE id = ?");
    for (std::int64_t id : droppedEntities) {
        auto needed = isNeeded(id);
        if (!needed)
            return std::unexpected(needed.error());
        if (*needed)
            continue;
        forgetAliases(id);
        for (Statement *st : {&*dropAliases, &*dropEntity}) {
            st->reset();
            st->bind(id);
            if (auto s = st->run(); !s)
                return s;
        }
        article.dropEntity(id);
        forgetRows(); // its id may be given to the next new entity
    }
    return {};
}

Status GraphWriter::Impl::finish()
{
    if (auto s = collectGarbage(); !s)
        return s;
    const sqlite3_int64 changesBefore = sqlite3_total_changes64(db.handle());
    Status s;
    if (!touchedUids.empty() && !curation.decisions.empty()) {
        std::set<std::string> concerned;
        for (const auto &uid : touchedUids)
            if (curation.concerns(uid))
                concerned.insert(uid);
        // applyCuration counts the entities it re-points again from mention: the deltas not yet
        // written must be in the rows first, or they would be added twice.
        if (!concerned.empty() && (!batch.empty() || !article.empty()))
            s = writeTalliesInArticle();
        if (s)
            s = graphdb::applyCuration(db, curation, concerned);
    }
    if (s && !touchedUids.empty())
        s = graphdb::applyChosenDates(db, &touchedUids); // a meeting date chosen in the review queue
    if (sqlite3_total_changes64(db.handle()) != changesBefore)
        forgetRows(); // curation or a chosen date changed rows (merge roots, dates, facts re-pointed)
    touchedUids.clear();
    droppedEntities.clear();
    droppedFacts.clear();
    if (s && !deferTallies) {
        keepArticle();
        s = writeTallies(batch);
    }
    return s;
}

GraphWriter::GraphWriter(Database &db) : d(std::make_unique<Impl>(db)) {}
GraphWriter::~GraphWriter() = default;

// What the writer keeps from one batch to the next (entity rows, the aliases it stored, meetings'
// heads) is forgotten at the start of a batch once it holds more than kKeptRows entities: at
// 100,000 generated articles the library holds ~74,000 entities, and with them all kept the
// import's peak RSS reached 309-317 MB (292 MB with the bound; 300 asked), most of them rows
// read once. The names that come back are read again in the next batch or two.
Status GraphWriter::beginWrite()
{
    // The rows kept from the writer's earlier batches hold while no other connection committed
    // since (this connection's own commits leave data_version as it was).
    auto version = d->db.scalar("PRAGMA data_version");
    if (!version)
        return std::unexpected(version.error());
    if (*version != d->dataVersion || d->entityRows.size() > Impl::kKeptRows)
        d->forgetRows();
    if (d->storedAliases.size() > Impl::kKeptRows)
        d->storedAliases.clear(); // only spares re-inserting what is there (an upsert that changes nothing)
    if (d->meetingHeads.size() > Impl::kKeptRows)
        d->meetingHeads.clear();
    if (d->absentUids.size() > Impl::kKeptRows || d->aliasMatches.size() > Impl::kKeptRows
        || d->formerPosts.size() > Impl::kKeptRows)
        d->forgetLookups();
    d->dataVersion = *version;
    return graphdb::refreshCuration(d->db, d->curation);
}

Status GraphWriter::merge(std::int64_t articleId, const MergePlan &plan, std::int64_t runId, bool newArticle,
                          bool sameDate)
{
    d->sameDate = sameDate && !newArticle;
    if (d->lexicon != plan.lexicon) { // heads worked out with another lexicon are no longer known
        d->meetingHeads.clear();
        d->lexicon = plan.lexicon;
    }
    d->touchedUids.clear();
    d->droppedEntities.clear();
    d->droppedFacts.clear();
    d->roots.clear();
    d->byUid.reset();
    d->keepArticle(); // the previous article was kept
    if (!d->curation.loaded) {
        if (auto s = beginWrite(); !s)
            return s;
    }
    std::vector<std::int64_t> ids;
    ids.reserve(plan.entities.size());
    for (const auto &e : plan.entities) {
        auto resolved = d->resolveEntity(e, runId);
        if (!resolved)
            return std::unexpected(resolved.error());
        ids.push_back(resolved->id);
        if (resolved->sameDay)
            continue; // attached to a named meeting: "시연회" is not one of its names
        if (auto s = d->insertAliases(resolved->id, e); !s)
            return s;
    }
    if (d->sameDate) { // its date as stored: when it states what its rows hold, they stand
        auto restated = d->restatedAsStored(articleId, plan, ids, runId);
        if (!restated)
            return std::unexpected(restated.error());
        if (*restated)
            return d->finish();
    }
    if (!newArticle) {
        if (auto s = d->dropMentions(articleId); !s)
            return s;
    }
    if (auto s = d->writeMentionsAndFacts(articleId, plan, ids, runId); !s)
        return s;
    return d->finish();
}

void GraphWriter::rolledBack()
{
    d->forgetRows();
    d->storedAliases.clear();
    d->article.clear();
    d->batch.clear();
    d->batchWritten.reset();
}

void GraphWriter::deferTallies(bool defer)
{
    d->forgetRows();
    d->deferTallies = defer;
}

void GraphWriter::articleKept()
{
    d->keepArticle();
}

void GraphWriter::articleRolledBack()
{
    d->forgetRows();
    d->storedAliases.clear();
    d->article.clear();
    if (d->batchWritten) {
        d->batch = std::move(*d->batchWritten);
        d->batchWritten.reset();
    }
}

Status GraphWriter::flushTallies()
{
    d->keepArticle();
    return d->writeTallies(d->batch); // the facts' rows are read again (their run and confidence)
}

Status GraphWriter::dropArticle(std::int64_t articleId)
{
    d->touchedUids.clear();
    d->droppedEntities.clear();
    d->droppedFacts.clear();
    d->keepArticle();
    if (auto s = d->dropMentions(articleId); !s)
        return s;
    return d->finish();
}

Status mergeExtraction(Database &db, std::int64_t articleId, const MergePlan &plan, std::int64_t runId)
{
    GraphWriter writer(db);
    return writer.merge(articleId, plan, runId);
}

Status deleteArticleGraph(Database &db, std::int64_t articleId)
{
    GraphWriter writer(db);
    return writer.dropArticle(articleId);
}

std::vector<std::string> aliasGroupFromGraph(Database &db, std::string_view term)
{
    std::vector<std::string> forms;
    const std::string norm = entityNormKey(term);
    if (norm.empty())
        return forms;
    // The curated entities (merge roots) that have `term` as a visible name…
    std::set<std::int64_t> roots;
    {
        Statement q(db, "SELECT DISTINCT COALESCE(e.merged_into, e.id) FROM alias a JOIN entity e ON e.id = a.entity_id "
                        "WHERE a.norm = ? AND a.hidden = 0 AND e.rejected = 0");
        q.bind(norm);
        while (q.next())
            roots.insert(q.int64(0));
    }
    // …and every visible form of every member of their groups.
    Statement q(db, "SELECT a.form FROM entity e JOIN alias a ON a.entity_id = e.id "
                    "WHERE (e.id = ?1 OR e.merged_into = ?1) AND a.hidden = 0 ORDER BY a.rowid");
    std::set<std::string> seen;
    for (std::int64_t root : roots) {
        q.reset();
        q.bind(1, root);
        while (q.next()) {
            std::string form = q.text(0);
            if (seen.insert(entityNormKey(form)).second)
                forms.push_back(std::move(form));
        }
    }
    return forms;
}

std::vector<std::string> aliasGroupFromGraphPrefix(Database &db, std::string_view term)
{
    const std::string norm = entityNormKey(term);
    if (norm.size() < 5 || !std::ranges::all_of(norm, [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }))
        return {};
    // norm is [a-z0-9]+, so the range [norm, norm + '{') holds exactly the keys it begins.
    Statement q(db, "SELECT DISTINCT COALESCE(e.merged_into, e.id), a.form FROM alias a JOIN entity e ON e.id = a.entity_id "
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
