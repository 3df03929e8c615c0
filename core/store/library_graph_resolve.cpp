// GraphWriter's entity resolution: the stored entity a planned one is (by uid, by an alias of
// its type, or the one meeting of its day), created or refined with the article's names.

#include "store/library_graph_writer.h"

#include <algorithm>
#include <set>

namespace sillok::core {

namespace {

// entityNormKey(form) of one of the entity's names: the planner's, else made here.
std::string aliasNorm(const PlannedEntity &e, std::string_view form)
{
    const auto alias = std::ranges::find(e.aliases, form, &PlannedAlias::form);
    return alias != e.aliases.end() && !alias->norm.empty() ? alias->norm : entityNormKey(form);
}

} // namespace

// The one meeting of the same day that the planned meeting names differently: a generic "시연회"
// finds the named "… 실증 시연회" and a named one finds a stored generic one (whichever article
// came first). 0 when there is none or more than one.
Result<std::int64_t> GraphWriter::Impl::sameDayMeeting(const PlannedEntity &e)
{
    if (e.type != EntityType::Meeting || e.date.precision != DatePrecision::Day)
        return 0;
    if (lexicon == nullptr)
        return fail(ErrorCode::Internal, "merge plan without its lexicon (make plans with planMerge)");
    const std::string head = e.genericName ? entityNormKey(genericMeetingHead(e.name, *lexicon)) : std::string();
    const std::string key = aliasNorm(e, e.name);
    if (key.empty() || (e.genericName && head.empty()))
        return 0;
    auto day = dayMeetingsOf(graphdb::datePart(e.date));
    if (!day)
        return std::unexpected(day.error());
    std::set<std::int64_t> found;
    for (const DayMeeting &m : **day) {
        const MeetingHead &stored = meetingHeadOf(m.id, m.name);
        if (e.genericName ? (!stored.generic && m.normKey.ends_with(head))
                          : (stored.generic && key.ends_with(stored.normHead)))
            found.insert(m.id);
    }
    return found.size() == 1 ? *found.begin() : 0;
}

// The meetings dated to `day` (precision day), neither merged nor rejected: kept from an earlier
// ask of the batch when the writer caches rows. The vector stays valid until the next call.
Result<const std::vector<GraphWriter::Impl::DayMeeting> *> GraphWriter::Impl::dayMeetingsOf(const std::string &day)
{
    if (caching()) {
        if (const auto it = dayMeetings.find(day); it != dayMeetings.end())
            return &it->second;
        if (dayMeetingRows > kKeptRows)
            forgetDayMeetings();
    }
    std::vector<DayMeeting> rows;
    // Read from the index entity_meeting_day alone (migration 17): a busy day has thousands.
    auto q = db.cached("SELECT id, norm_key, name FROM entity WHERE type = 'meeting' AND date = ? "
                       "AND date_precision = ? AND merged_into IS NULL AND rejected = 0");
    q->bind(day).bind(static_cast<int>(DatePrecision::Day));
    while (q->next())
        rows.push_back({q->int64(0), q->text(1), q->text(2)});
    if (!q->status())
        return std::unexpected(q->status().error());
    if (!caching()) {
        dayMeetingsRead = std::move(rows);
        return &dayMeetingsRead;
    }
    dayMeetingRows += rows.size();
    return &(dayMeetings[day] = std::move(rows));
}

// The stored entity of `e`'s uid, else the one entity of its type one of its match forms names
// (0: none, or more than one).
Result<std::int64_t> GraphWriter::Impl::storedByUidOrAlias(const PlannedEntity &e)
{
    std::int64_t id = 0;
    byUid.reset();
    if (const StoredEntity *row = caching() ? cachedEntity(e.uid) : nullptr) {
        byUid = *row;
        return row->id;
    }
    if (!caching() || !absentUids.contains(e.uid)) {
        static const std::string byUidSql = std::string("SELECT ") + kStoredColumns + " FROM entity WHERE uid = ?";
        auto q = db.cached(byUidSql); // built once: asked for every planned entity
        q->bind(e.uid);
        if (q->next()) {
            byUid = storedFrom(*q);
            id = byUid->id;
            if (caching()) {
                entityIds[e.uid] = id;
                entityRows[id] = *byUid;
            }
        }
        if (!q->status())
            return std::unexpected(q->status().error());
        if (id == 0 && caching())
            absentUids.insert(e.uid);
    }
    if (id != 0 || e.matchForms.empty())
        return id;
    return storedByAlias(e);
}

// The one entity of `e`'s type that one of its match forms names, by a visible alias (0: none,
// or more than one). One name at two organizations is two people (the uid carries the
// organization to tell them apart, as the review queue's possible merges do), unless one of the
// two left its organization: a stored person at another organization is a candidate only when
// the article gives a former post, or the stored person has one ("류수정 전 사피온 대표", later
// "류수정 리벨리온 부사장"). A stored person whose uid names no organization ("김도윤 박사") is at
// another organization once an article gave it a post there; before that it is a candidate for
// any.
Result<std::int64_t> GraphWriter::Impl::storedByAlias(const PlannedEntity &e)
{
    std::set<std::int64_t> candidates;
    const std::string_view type = entityTypeName(e.type);
    const std::string_view organization = personOrganizationUid(e.uid);
    for (const auto &form : e.matchForms) {
        auto matches = aliasMatchesOf(aliasNorm(e, form));
        if (!matches)
            return std::unexpected(matches.error());
        for (const AliasMatch &m : **matches) {
            if (m.type != type)
                continue;
            if (!organization.empty() && m.organizationUid != organization && !e.formerPost) {
                auto elsewhere = m.organizationUid.empty() ? postedElsewhere(m.entity, organization) : true;
                if (!elsewhere)
                    return std::unexpected(elsewhere.error());
                auto moved = *elsewhere ? hasFormerPost(m.entity) : true;
                if (!moved)
                    return std::unexpected(moved.error());
                if (!*moved)
                    continue;
            }
            candidates.insert(m.entity);
            if (candidates.size() > 1)
                return 0; // not one: no more look-ups
        }
    }
    return candidates.size() == 1 ? *candidates.begin() : 0;
}

// Whether the stored person `id` has a former post (a former_role or former_member_of fact).
Result<bool> GraphWriter::Impl::hasFormerPost(std::int64_t id)
{
    if (caching()) {
        if (const auto it = formerPosts.find(id); it != formerPosts.end())
            return it->second;
    }
    // Two look-ups of fact_subject (subject_id, predicate): an OR or an IN list of the two would
    // make the statement build a list to walk.
    bool found = false;
    for (const char *predicate : {"former_role", "former_member_of"}) {
        auto q = db.cached("SELECT 1 FROM fact WHERE subject_id = ? AND predicate = ? LIMIT 1");
        q->bind(1, id).bind(2, predicate);
        found = q->next();
        if (!q->status())
            return std::unexpected(q->status().error());
        if (found)
            break;
    }
    if (caching())
        formerPosts[id] = found;
    return found;
}

// Whether the stored person `id` holds a post (graphdb::postsOf) at an organization, and none at
// `organizationUid` (nor at an organization merged with it). Asked only of a stored person whose
// uid names no organization, which few are: not kept.
Result<bool> GraphWriter::Impl::postedElsewhere(std::int64_t id, std::string_view organizationUid)
{
    auto posts = graphdb::postsOf(db, id);
    if (!posts)
        return std::unexpected(posts.error());
    return !posts->empty() && std::ranges::none_of(*posts, [&](const graphdb::Post &p) {
        return p.uid == organizationUid || p.curatedUid == organizationUid;
    });
}

// The entities (with their type, and a person's organization) a visible alias norm names: kept from an earlier ask of the batch when
// the writer caches rows. The vector stays valid until the next call.
Result<const GraphWriter::Impl::AliasMatches *> GraphWriter::Impl::aliasMatchesOf(const std::string &norm)
{
    if (caching()) {
        if (const auto it = aliasMatches.find(norm); it != aliasMatches.end())
            return &it->second;
    }
    AliasMatches rows;
    // The type is read, and compared by the caller, not bound: `e.type = ?` would be weighed
    // against the partial index entity_meeting_day (`WHERE type = 'meeting'`), and SQLite prepares
    // such a statement again at every new binding. No DISTINCT: alias is UNIQUE (entity_id, norm),
    // so one norm names an entity once, and DISTINCT built a temporary B-tree at every run (about
    // three runs an article).
    auto q = db.cached("SELECT a.entity_id, e.type, e.uid FROM alias a JOIN entity e ON e.id = a.entity_id "
                       "WHERE a.norm = ? AND a.hidden = 0");
    q->bind(norm);
    while (q->next())
        rows.push_back({q->int64(0), q->text(1), std::string(personOrganizationUid(q->text(2)))});
    if (!q->status())
        return std::unexpected(q->status().error());
    if (!caching()) {
        aliasMatchesRead = std::move(rows);
        return &aliasMatchesRead;
    }
    return &(aliasMatches[norm] = std::move(rows));
}

// The stored meeting `id` was only "시연회": it takes the full name this article gives, and its
// kind noun stops being one of its names.
Status GraphWriter::Impl::takeFullName(std::int64_t id, const PlannedEntity &e)
{
    auto drop = db.cached("DELETE FROM alias WHERE entity_id = ?1 AND source <> 'user' "
                          "AND norm = (SELECT norm_key FROM entity WHERE id = ?1)");
    drop->bind(1, id);
    if (auto s = drop->run(); !s)
        return std::unexpected(s.error());
    forgetAliases(id);
    forgetDayMeetings(); // the meeting's name and norm_key change
    forgetLookups();     // an alias of it is gone
    auto rename = db.cached("UPDATE entity SET name = ?, base_name = ?, norm_key = ? WHERE id = ?");
    rename->bind(e.name).bind(e.name).bind(entityNormKey(e.name)).bind(id);
    if (auto s = rename->run(); !s)
        return std::unexpected(s.error());
    auto uid = graphdb::uidOf(db, id);
    if (!uid)
        return std::unexpected(uid.error());
    touchedUids.insert(*uid); // a rename decision on it must win over the new base name
    return {};
}

// A new entity row (its id is db.lastInsertId()).
Status GraphWriter::Impl::insertEntity(const PlannedEntity &e, std::int64_t runId)
{
    absentUids.erase(e.uid);
    auto q = db.cached("INSERT INTO entity (uid, type, name, base_name, norm_key, kind, country, english, "
                       "gazetteer_id, date, date_precision, end_date, date_text, place, series, ordinal, "
                       "rejected, first_run, last_run, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,?)");
    q->bind(e.uid)
        .bind(entityTypeName(e.type))
        .bind(e.name)
        .bind(e.name)
        .bind(aliasNorm(e, e.name))
        .bind(e.kind)
        .bind(e.country)
        .bind(e.english)
        .bind(e.gazetteerId)
        .bind(graphdb::datePart(e.date))
        .bind(static_cast<int>(e.date.precision))
        .bind(graphdb::datePart(e.endDate))
        .bind(e.dateText)
        .bind(e.place)
        .bind(e.series)
        .bind(e.ordinal)
        .bindIdOrNull(runId)
        .bindIdOrNull(runId)
        .bind(e.confidence);
    if (auto s = q->run(); !s)
        return std::unexpected(s.error());
    touchedUids.insert(e.uid); // a decision may have been waiting for it
    return {};
}

// Known entity: fill what was missing; a finer date of the same period refines the stored one;
// the best confidence any article gave the name stays. Written only when something changed
// (most articles name entities the library knows, with nothing new to say about them).
Status GraphWriter::Impl::refineKnown(std::int64_t id, const PlannedEntity &e, std::int64_t runId)
{
    StoredEntity row;
    if (byUid && byUid->id == id) {
        row = std::move(*byUid);
        byUid.reset();
    } else if (const auto cached = caching() ? entityRows.find(id) : entityRows.end(); cached != entityRows.end()) {
        row = cached->second;
    } else {
        static const std::string byIdSql = std::string("SELECT ") + kStoredColumns + " FROM entity WHERE id = ?";
        auto get = db.cached(byIdSql);
        get->bind(id);
        if (!get->next())
            return std::unexpected(!get->status() ? get->status().error()
                                                  : Error{ErrorCode::NotFound, "entity vanished", {}});
        row = storedFrom(*get);
        if (caching())
            entityRows[id] = row;
    }
    roots[id] = row.root;
    bool changed = false;
    auto pick = [&](std::string &current, const std::string &planned) {
        if (current.empty() && !planned.empty()) {
            changed = true;
            current = planned;
        }
        return current;
    };
    PartialDate date = graphdb::dateFrom(row.date);
    PartialDate endDate = graphdb::dateFrom(row.endDate);
    std::string dateText = row.dateText;
    if (e.date.isValid()
        && (!date.isValid() || (e.date.precision > date.precision && e.date.toString().starts_with(date.toString())))) {
        date = e.date;
        endDate = e.endDate;
        dateText = e.dateText;
        changed = true;
    }
    const std::string kind = pick(row.kind, e.kind), country = pick(row.country, e.country),
                      english = pick(row.english, e.english), gazetteerId = pick(row.gazetteerId, e.gazetteerId),
                      place = pick(row.place, e.place);
    const double confidence = std::max(row.confidence, e.confidence);
    if (!changed) {
        // Only the run or the confidence: a statement that names no indexed column but
        // confidence (entity_unsure), so the date and name indexes are left alone.
        if (confidence <= row.confidence && (runId <= 0 || row.lastRun == runId))
            return {};
        auto light = db.cached("UPDATE entity SET last_run = COALESCE(?, last_run), confidence = ? WHERE id = ?");
        light->bindIdOrNull(runId).bind(confidence).bind(id);
        if (const auto cached = entityRows.find(id); cached != entityRows.end()) {
            cached->second.lastRun = runId > 0 ? runId : row.lastRun;
            cached->second.confidence = confidence;
        }
        return light->run();
    }
    forgetEntity(id); // read again when named again
    if (e.type == EntityType::Meeting)
        forgetDayMeetings(); // its date may have become a day
    auto q =
        db.cached("UPDATE entity SET kind = ?, country = ?, english = ?, gazetteer_id = ?, place = ?, date = ?, "
                  "date_precision = ?, end_date = ?, date_text = ?, last_run = COALESCE(?, last_run), confidence = ? "
                  "WHERE id = ?");
    q->bind(kind)
        .bind(country)
        .bind(english)
        .bind(gazetteerId)
        .bind(place)
        .bind(graphdb::datePart(date))
        .bind(static_cast<int>(date.precision))
        .bind(graphdb::datePart(endDate))
        .bind(dateText)
        .bindIdOrNull(runId)
        .bind(confidence)
        .bind(id);
    return q->run();
}

// The stored entity a planned one becomes: by uid, else by a unique alias match of the same
// type, else (meetings) the one same-day meeting it names differently, else a new row.
Result<GraphWriter::Impl::Resolved> GraphWriter::Impl::resolveEntity(const PlannedEntity &e, std::int64_t runId)
{
    auto stored = storedByUidOrAlias(e);
    if (!stored)
        return std::unexpected(stored.error());
    std::int64_t id = *stored;
    bool borrowed = false; // a bare kind noun attached to the named meeting of its day
    if (id == 0) {
        auto sameDay = sameDayMeeting(e);
        if (!sameDay)
            return std::unexpected(sameDay.error());
        id = *sameDay;
        borrowed = id != 0 && e.genericName;
        if (id != 0 && !e.genericName) {
            if (auto s = takeFullName(id, e); !s)
                return std::unexpected(s.error());
        }
    }
    if (id == 0) {
        if (auto s = insertEntity(e, runId); !s)
            return std::unexpected(s.error());
        if (e.type == EntityType::Meeting && e.date.precision == DatePrecision::Day) {
            if (const auto day = dayMeetings.find(graphdb::datePart(e.date)); day != dayMeetings.end()) {
                day->second.push_back({db.lastInsertId(), aliasNorm(e, e.name), e.name});
                ++dayMeetingRows;
            }
        }
        roots[db.lastInsertId()] = db.lastInsertId(); // merged_into is NULL until finish() applies curation
        return Resolved{db.lastInsertId(), false};
    }
    if (e.referenceOnly)
        return Resolved{id, borrowed};
    if (auto s = refineKnown(id, e, runId); !s)
        return std::unexpected(s.error());
    return Resolved{id, borrowed};
}

Status GraphWriter::Impl::insertAliases(std::int64_t entityId, const PlannedEntity &e)
{
    auto q = db.cached("INSERT INTO alias (entity_id, form, norm, kind, source, hidden) VALUES (?,?,?,?,?,0) "
                       "ON CONFLICT(entity_id, norm) DO UPDATE SET kind = excluded.kind, source = excluded.source "
                       "WHERE alias.source = 'user'");
    for (const auto &a : e.aliases) {
        std::string norm = a.norm.empty() ? entityNormKey(a.form) : a.norm;
        if (norm.empty())
            continue;
        std::vector<std::string> &stored = storedAliases[entityId];
        if (std::ranges::find(stored, norm) != stored.end())
            continue; // this writer stored it already (as an extracted alias)
        q->reset();
        q->bind(entityId).bind(a.form).bind(norm).bind(a.kind).bind(a.source);
        if (auto s = q->run(); !s)
            return s;
        aliasMatches.erase(norm); // it may name one more entity now
        stored.push_back(std::move(norm));
    }
    if (curation.concerns(e.uid))
        touchedUids.insert(e.uid); // a new alias of a group with alias edits may have to be hidden
    return {};
}

void GraphWriter::Impl::forgetAliases(std::int64_t entityId)
{
    storedAliases.erase(entityId);
}

} // namespace sillok::core
