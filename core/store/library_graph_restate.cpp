// GraphWriter: re-extraction of an article that states again what its rows hold. Its mentions and
// their evidence stay as they are (no DELETE, no INSERT, no garbage to collect); the facts it
// states take the run's stamp as a merge would give it. Re-extraction by a build that extracts
// as the library's did finds nearly every article so.

#include "store/library_graph_writer.h"

#include <map>
#include <tuple>
#include <vector>

namespace sillok::core {

namespace {

// A mention row as the writer writes it (GraphWriter::Impl::writeMentions), but for its id.
using MentionRow = std::tuple<std::int64_t, std::int64_t, int, int, int, std::string, bool, std::string>;
// (fact, the mention's place in the article's rows) → (date, wording): fact_evidence's rows.
using EvidenceRows = std::map<std::pair<std::int64_t, std::size_t>, std::pair<std::string, std::string>>;

} // namespace

Result<bool> GraphWriter::Impl::restatedAsStored(std::int64_t articleId, const MergePlan &plan,
                                                 const std::vector<std::int64_t> &ids, std::int64_t runId)
{
    auto curated = curatedOf(plan, ids);
    if (!curated)
        return std::unexpected(curated.error());
    // Mention `i` of the plan as writeMentions writes its row, but for its id.
    const auto plannedRow = [&](std::size_t i) {
        const PlannedMention &pm = plan.mentions[i];
        return MentionRow{(*curated)[i],       ids[static_cast<std::size_t>(pm.entity)],
                          pm.mention.start,    pm.mention.end,
                          pm.mention.sentence, pm.mention.field,
                          pm.mention.caption,  mentionDate(plan, pm)};
    };
    std::map<std::int64_t, std::size_t> places; // stored mention id → its place (plan order)
    {
        auto rows = db.cached("SELECT id, COALESCE(entity_id, 0), COALESCE(origin_entity_id, 0), start, end, "
                              "sentence, field, caption, date FROM mention WHERE article_id = ? ORDER BY id");
        rows->bind(articleId);
        while (rows->next()) {
            const std::size_t i = places.size();
            if (i >= plan.mentions.size()
                || MentionRow{rows->int64(1), rows->int64(2), rows->int32(3), rows->int32(4), rows->int32(5),
                              graphdb::fieldFromStored(rows->text(6)), rows->int64(7) != 0, rows->text(8)}
                       != plannedRow(i))
                return false;
            places.emplace(rows->int64(0), i);
        }
        if (!rows->status())
            return std::unexpected(rows->status().error());
    }
    if (places.size() != plan.mentions.size())
        return false;
    EvidenceRows planned;
    std::vector<std::pair<StoredFact, double>> stamps; // the facts stated, each with the confidence stated
    for (const auto &f : plan.facts) {
        const auto key = factKeyOf(f, ids);
        if (!key)
            continue;
        auto stored = findFact(*key);
        if (!stored)
            return std::unexpected(stored.error());
        if (stored->id == 0)
            return false; // new to the library
        stamps.emplace_back(*stored, f.confidence);
        for (int ev : f.evidence) // the first of two alike stands (INSERT OR IGNORE)
            planned.try_emplace({stored->id, static_cast<std::size_t>(ev)}, graphdb::datePart(f.date), f.dateText);
    }
    EvidenceRows stored;
    {
        auto rows = db.cached("SELECT fe.fact_id, fe.mention_id, fe.date, fe.date_text FROM mention m "
                              "JOIN fact_evidence fe ON fe.mention_id = m.id WHERE m.article_id = ?");
        rows->bind(articleId);
        while (rows->next())
            stored.try_emplace({rows->int64(0), places.at(rows->int64(1))}, rows->text(2), rows->text(3));
        if (!rows->status())
            return std::unexpected(rows->status().error());
    }
    if (stored != planned)
        return false;
    for (const auto &[fact, confidence] : stamps) // as writeMentionsAndFacts stamps a stored fact
        stampStated(fact, runId, confidence);
    return true;
}

} // namespace sillok::core
