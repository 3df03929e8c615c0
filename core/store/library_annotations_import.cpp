// Library: importing annotations made elsewhere (W3C Web Annotation files, another database)
// and listing the annotations linked to an entity as evidence.

#include "common/percent_encoding.h"
#include "common/utf.h"
#include "ingest/identity.h"
#include "search/match_query.h"
#include "store/library_private.h"

#include <algorithm>
#include <map>
#include <optional>

namespace sillok::core {

namespace {

struct Target {
    std::int64_t id = 0;
    std::string uid;
    std::string body;
    std::string hash;
};

Target targetFrom(const Statement &st)
{
    return Target{st.int64(0), st.text(1), st.text(2), st.text(3)};
}

// By the story's identity (store/library_identity.h): the canonical URL, else the fingerprint —
// any library holding the same story has it, from whatever folder it was imported. Its primary
// copy is the target.
Result<std::optional<Target>> findStoryTarget(Database &db, const AnnotationRecord &a)
{
    const std::pair<std::string, const char *> keys[] = {
        {canonicalUrlKey(a.articleUrl),
         "SELECT id, uid, sillok_text(body), content_hash FROM article WHERE url_key = ?1 "
         "AND url_key <> '' ORDER BY copy_of IS NOT NULL, id LIMIT 1"},
        {a.articleFingerprint, "SELECT id, uid, sillok_text(body), content_hash FROM article WHERE fingerprint = ?1 "
                               "ORDER BY copy_of IS NOT NULL, id LIMIT 1"},
    };
    for (const auto &[key, sql] : keys) {
        if (key.empty())
            continue;
        Statement st(db, sql);
        st.bind(1, key);
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        if (*row)
            return std::optional<Target>(targetFrom(st));
    }
    return std::optional<Target>();
}

// The article an imported annotation names by uid, else by its source path as imported (or the
// canonical path), else by a file:// URL of either. nullopt when there is none.
Result<std::optional<Target>> findNamedTarget(Database &db, const std::string &name)
{
    std::vector<std::string> keys{name};
    if (name.starts_with("file://")) {
        std::string path = name.substr(7);
        if (!path.starts_with("/")) // file://host/path
            path = path.substr(std::min(path.find('/'), path.size()));
        keys.push_back(percentDecode(path));
    }
    Statement st(
        db,
        "SELECT id, uid, sillok_text(body), content_hash FROM article WHERE uid = ?1 OR source = ?1 OR source_key = ?1 "
        "ORDER BY uid = ?1 DESC, id LIMIT 1");
    for (const std::string &key : keys) {
        if (key.empty())
            continue;
        st.reset();
        st.bind(1, key);
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        if (*row)
            return std::optional<Target>(targetFrom(st));
    }
    return std::optional<Target>();
}

// By the quote selector: the one primary article whose body holds the quote with the most of its
// context, found through the bigram index. None when no article or more than one does.
Result<std::optional<Target>> findQuotedTarget(Database &db, const AnnotationRecord &a)
{
    auto query = buildMatchQuery("\"" + a.exact + "\"");
    if (!query || query->isEmpty())
        return std::optional<Target>();
    // Every bigram of the quote (the texts are then checked for the quote itself); a quote of
    // Latin words only has no bigram expression and is found as a phrase of the word index.
    const bool bigrams = !query->bigramExpr.empty();
    Statement st(db, bigrams ? "SELECT a.id, a.uid, sillok_text(a.body), a.content_hash FROM doc_bg JOIN article a "
                               "ON a.id = doc_bg.rowid WHERE doc_bg MATCH ?1 AND a.copy_of IS NULL LIMIT 200"
                             : "SELECT a.id, a.uid, sillok_text(a.body), a.content_hash FROM doc_wd JOIN article a "
                               "ON a.id = doc_wd.rowid WHERE doc_wd MATCH ?1 AND a.copy_of IS NULL LIMIT 200");
    st.bind(1, bigrams ? query->bigramExpr : query->wordExpr);
    // The article holding the most of the quote's context wins: prefix + exact + suffix (3), one
    // side of it (2), the quote alone (1, and only for a quote long enough to be a sentence's
    // worth of its own: a name such as "리벨리온" is in many stories). A tie names nothing.
    constexpr std::size_t kDistinctiveQuote = 20; // code points
    const bool context = !a.prefix.empty() || !a.suffix.empty();
    std::optional<Target> best;
    int bestScore = 0;
    bool tie = false;
    for (;;) {
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        Target t = targetFrom(st);
        int score = 0;
        if (context && t.body.find(a.prefix + a.exact + a.suffix) != std::string::npos)
            score = 3;
        else if (context && ((!a.suffix.empty() && t.body.find(a.exact + a.suffix) != std::string::npos)
                             || (!a.prefix.empty() && t.body.find(a.prefix + a.exact) != std::string::npos)))
            score = 2;
        else if (codePointCount(a.exact) >= kDistinctiveQuote && t.body.find(a.exact) != std::string::npos)
            score = 1;
        if (score == 0 || score < bestScore)
            continue;
        tie = score == bestScore;
        if (score > bestScore) {
            bestScore = score;
            best = std::move(t);
        }
    }
    if (!best || tie)
        return std::optional<Target>();
    return best;
}

Result<std::optional<Target>> findTarget(Database &db, const AnnotationRecord &a)
{
    auto story = findStoryTarget(db, a);
    if (!story || *story)
        return story;
    auto named = findNamedTarget(db, a.articleUid);
    if (!named || *named)
        return named;
    return findQuotedTarget(db, a);
}

// What the annotation names its article by, as written in the file.
std::string targetKey(const AnnotationRecord &a)
{
    return a.articleUrl + "\n" + a.articleFingerprint + "\n" + a.articleUid;
}

// Every annotation's article: by its story, its uid or path, or its quote; then an annotation
// found by none of them (its quote edited away) goes where another annotation naming the same
// target went.
Result<std::vector<std::optional<Target>>> findTargets(Database &db, const std::vector<AnnotationRecord> &annotations)
{
    std::vector<std::optional<Target>> out;
    std::map<std::string, std::optional<Target>> byKey;
    for (const AnnotationRecord &a : annotations) {
        if (a.exact.empty()) {
            out.emplace_back();
            continue;
        }
        auto t = findTarget(db, a);
        if (!t)
            return std::unexpected(t.error());
        if (*t) {
            auto [it, inserted] = byKey.try_emplace(targetKey(a), *t);
            if (!inserted && it->second && it->second->id != (*t)->id)
                it->second.reset(); // the same name led to two articles: it settles nothing
        }
        out.push_back(std::move(*t));
    }
    for (std::size_t i = 0; i < annotations.size(); ++i)
        if (!out[i] && !annotations[i].exact.empty())
            if (const auto it = byKey.find(targetKey(annotations[i])); it != byKey.end() && it->second)
                out[i] = it->second;
    return out;
}

// W3C TextQuoteSelector semantics first: when prefix + exact + suffix occur literally, exactly
// once, in the current body, that is the place (other clients keep shorter context than ours,
// which the fuzzy re-anchoring would not trust). The context is then dropped so the store takes
// fresh context from the text. An annotation made on this very text is left to the store.
void placeByQuote(AnnotationRecord &a, const Target &target)
{
    if (a.exact.empty() || (!a.textHash.empty() && a.textHash == target.hash))
        return;
    const std::string needle = a.prefix + a.exact + a.suffix;
    const std::size_t at = target.body.find(needle);
    if (at == std::string::npos || target.body.find(needle, at + 1) != std::string::npos)
        return;
    a.start = static_cast<int>(codePointCount(std::string_view(target.body).substr(0, at + a.prefix.size())));
    a.end = a.start + static_cast<int>(codePointCount(a.exact));
    a.prefix.clear();
    a.suffix.clear();
}

bool sameContent(const AnnotationRecord &x, const AnnotationRecord &y)
{
    return x.note == y.note && x.color == y.color && x.tags == y.tags && x.entityUid == y.entityUid;
}

std::string which(const AnnotationRecord &a, std::size_t index)
{
    return a.uid.empty() ? "annotation " + std::to_string(index) : "annotation " + a.uid;
}

} // namespace

Result<AnnotationImportReport> Library::importAnnotations(const std::vector<AnnotationRecord> &annotations)
{
    Database &db = *d->db;
    AnnotationImportReport report;
    auto live = this->annotations(0);
    if (!live)
        return std::unexpected(live.error());
    auto targets = findTargets(db, annotations);
    if (!targets)
        return std::unexpected(targets.error());
    for (std::size_t i = 0; i < annotations.size(); ++i) {
        AnnotationRecord a = annotations[i];
        if (a.exact.empty()) {
            report.errors.push_back(which(a, i) + ": no quote");
            continue;
        }
        const std::optional<Target> *target = &(*targets)[i];
        if (!*target) {
            report.errors.push_back(which(a, i) + ": no article " + (!a.articleUrl.empty() ? a.articleUrl
                                                                    : !a.articleFingerprint.empty() ? "with fingerprint " + a.articleFingerprint
                                                                                                    : a.articleUid));
            continue;
        }
        a.id = 0;
        a.articleId = (*target)->id;
        a.articleUid = (*target)->uid;
        if (a.color.empty())
            a.color = "yellow";
        placeByQuote(a, **target);

        // Already here: by uid, or (for an annotation without id) the same quote and note.
        const auto existing = std::find_if(live->begin(), live->end(), [&](const AnnotationRecord &x) {
            if (!a.uid.empty())
                return x.uid == a.uid;
            return x.articleUid == a.articleUid && x.exact == a.exact && x.prefix == a.prefix
                && x.suffix == a.suffix && x.note == a.note;
        });
        if (existing != live->end()) {
            if (sameContent(*existing, a)) {
                ++report.unchanged;
                continue;
            }
            AnnotationRecord update = *existing;
            update.note = a.note;
            update.color = a.color;
            update.tags = a.tags;
            update.entityUid = a.entityUid;
            if (auto s = updateAnnotation(update); !s) {
                report.errors.push_back(which(a, i) + ": " + s.error().detail);
                continue;
            }
            *existing = update;
            ++report.updated;
            report.orphaned += existing->orphaned ? 1 : 0;
            continue;
        }
        auto stored = addAnnotation(a);
        if (!stored) {
            report.errors.push_back(which(a, i) + ": " + stored.error().detail);
            continue;
        }
        ++report.added;
        report.orphaned += stored->orphaned ? 1 : 0;
        live->push_back(*stored);
    }
    return report;
}

Result<std::vector<AnnotationRecord>> Library::entityAnnotations(std::int64_t entityId)
{
    Statement uids(*d->db, "SELECT uid FROM entity WHERE id = ?1 OR merged_into = ?1");
    uids.bind(1, entityId);
    std::vector<std::string> keys;
    for (;;) {
        auto row = uids.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        keys.push_back(uids.text(0));
    }
    auto all = annotations(0);
    if (!all)
        return all;
    std::vector<AnnotationRecord> out;
    for (AnnotationRecord &a : *all)
        if (!a.entityUid.empty() && std::find(keys.begin(), keys.end(), a.entityUid) != keys.end())
            out.push_back(std::move(a));
    return out;
}

} // namespace sillok::core
