// Library: annotations (add/update/delete with soft delete and undo by re-adding the uid,
// listing, search over quote, note and tags). Re-anchoring is in library_annotations_anchor.cpp.

#include "annotate/anchor.h"
#include "common/utf.h"
#include "search/korean_tokenizer.h"
#include "search/match_query.h"
#include "search/search_schema.h"
#include "store/annotation_store.h"
#include "store/library_private.h"
#include "text/normalize.h"
#include "text/particles.h"

#include <algorithm>
#include <optional>

namespace sillok::core {

namespace {

constexpr const char *kColumns =
    "n.id, n.uid, n.article_uid, COALESCE(a.id, n.article_id, 0), n.start, n.end, n.exact, n.prefix, n.suffix, "
    "n.text_hash, n.note, n.color, n.tags, n.entity_uid, n.orphaned, n.created_at, n.modified_at, "
    "COALESCE(a.canonical_url, ''), COALESCE(a.fingerprint, '')";
constexpr const char *kFrom = " FROM annotation n LEFT JOIN article a ON a.uid = n.article_uid ";

std::string joinTags(const std::vector<std::string> &tags)
{
    std::string out;
    std::vector<std::string> seen;
    for (const std::string &raw : tags) {
        std::string tag = raw;
        std::replace(tag.begin(), tag.end(), '\n', ' ');
        std::replace(tag.begin(), tag.end(), '\r', ' ');
        const auto first = tag.find_first_not_of(' ');
        if (first == std::string::npos)
            continue;
        tag = tag.substr(first, tag.find_last_not_of(' ') - first + 1);
        if (std::find(seen.begin(), seen.end(), tag) != seen.end())
            continue;
        seen.push_back(tag);
        out += (out.empty() ? "" : "\n") + tag;
    }
    return out;
}

std::vector<std::string> splitTags(const std::string &stored)
{
    std::vector<std::string> out;
    std::size_t from = 0;
    while (from < stored.size()) {
        const std::size_t nl = std::min(stored.find('\n', from), stored.size());
        if (nl > from)
            out.push_back(stored.substr(from, nl - from));
        from = nl + 1;
    }
    return out;
}

AnnotationRecord recordFrom(const Statement &st)
{
    AnnotationRecord r;
    r.id = st.int64(0);
    r.uid = st.text(1);
    r.articleUid = st.text(2);
    r.articleId = st.int64(3);
    r.start = st.int32(4);
    r.end = st.int32(5);
    r.exact = st.text(6);
    r.prefix = st.text(7);
    r.suffix = st.text(8);
    r.textHash = st.text(9);
    r.note = st.text(10);
    r.color = st.text(11);
    r.tags = splitTags(st.text(12));
    r.entityUid = st.text(13);
    r.orphaned = st.int64(14) != 0;
    r.createdAt = st.text(15);
    r.modifiedAt = st.text(16);
    r.articleUrl = st.text(17);
    r.articleFingerprint = st.text(18);
    return r;
}

Result<std::vector<AnnotationRecord>> collect(Statement &st)
{
    std::vector<AnnotationRecord> out;
    for (;;) {
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return out;
        out.push_back(recordFrom(st));
    }
}

struct ArticleText {
    std::int64_t id = 0;
    std::string uid;
    std::string body;
    std::string hash;
};

// The article by id (when non-zero) or by uid; nullopt when absent.
Result<std::optional<ArticleText>> findArticle(Database &db, std::int64_t id, const std::string &uid)
{
    Statement st(db, id != 0 ? "SELECT id, uid, sillok_text(body), content_hash FROM article WHERE id = ?1"
                             : "SELECT id, uid, sillok_text(body), content_hash FROM article WHERE uid = ?2");
    if (id != 0)
        st.bind(1, id);
    else
        st.bind(2, uid);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<ArticleText>();
    return std::optional<ArticleText>(ArticleText{st.int64(0), st.text(1), st.text(2), st.text(3)});
}

// Completes the selectors against the article's current body: a selection given only by
// position gets its quote and context; a quote made on another text version (or whose
// position no longer holds it) is re-anchored, or marked orphaned.
Status anchorToArticle(AnnotationRecord &a, const ArticleText &article)
{
    a.articleId = article.id;
    a.articleUid = article.uid;
    if (a.exact.empty()) {
        const AnnotationRecord made = makeAnchor(article.body, a.start, a.end);
        if (made.exact.empty())
            return fail(ErrorCode::InvalidArgument, "annotation selects no text");
        a.start = made.start;
        a.end = made.end;
        a.exact = made.exact;
        a.prefix = made.prefix;
        a.suffix = made.suffix;
        a.textHash = article.hash;
        a.orphaned = false;
        return {};
    }
    const bool inPlace = a.start >= 0 && a.end > a.start
        && substrCodePoints(article.body, static_cast<std::size_t>(a.start), static_cast<std::size_t>(a.end)) == a.exact;
    if (a.textHash == article.hash && inPlace) {
        a.orphaned = false;
        return {};
    }
    if (a.prefix.empty() && a.suffix.empty() && inPlace) {
        // A caller-made quote without context: take the context from the text.
        const AnnotationRecord made = makeAnchor(article.body, a.start, a.end);
        a.prefix = made.prefix;
        a.suffix = made.suffix;
        a.textHash = article.hash;
        a.orphaned = false;
        return {};
    }
    const Reanchor r = reanchor(a, article.body);
    if (r.status == Reanchor::Orphaned) {
        a.orphaned = true;
        return {};
    }
    const AnnotationRecord made = makeAnchor(article.body, r.start, r.end);
    a.start = made.start;
    a.end = made.end;
    a.prefix = made.prefix;
    a.suffix = made.suffix;
    a.textHash = article.hash;
    a.orphaned = false;
    return {};
}

Result<AnnotationRecord> annotationByUid(Database &db, const std::string &uid)
{
    Statement st(db, std::string("SELECT ") + kColumns + kFrom + "WHERE n.uid = ?1 AND n.deleted = 0");
    st.bind(1, uid);
    auto rows = collect(st);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return fail(ErrorCode::NotFound, "no annotation " + uid);
    return rows->front();
}

// Binds the record's content columns as ?2..?15 (uid is ?1).
void bindContent(Statement &st, const AnnotationRecord &a)
{
    st.bind(2, a.articleUid);
    if (a.articleId != 0)
        st.bind(3, a.articleId);
    else
        st.bindNull(3);
    st.bind(4, a.start).bind(5, a.end).bind(6, a.exact).bind(7, a.prefix).bind(8, a.suffix).bind(9, a.textHash);
    st.bind(10, a.note).bind(11, a.color).bind(12, joinTags(a.tags)).bind(13, a.entityUid);
    st.bind(14, a.orphaned ? 1 : 0).bind(15, a.modifiedAt);
}

} // namespace

Result<AnnotationRecord> Library::addAnnotation(const AnnotationRecord &annotation)
{
    Database &db = *d->db;
    AnnotationRecord a = annotation;
    if (a.articleId == 0 && a.articleUid.empty())
        return fail(ErrorCode::InvalidArgument, "annotation names no article");
    if (a.start < 0 || a.end < a.start)
        return fail(ErrorCode::InvalidArgument, "invalid annotation range");
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return std::unexpected(s.error());
    auto article = findArticle(db, a.articleId, a.articleUid);
    if (!article)
        return std::unexpected(article.error());
    if (*article) {
        if (auto s = anchorToArticle(a, **article); !s)
            return std::unexpected(s.error());
    } else if (a.articleId != 0) {
        return fail(ErrorCode::NotFound, "no article with id " + std::to_string(a.articleId));
    } else if (a.exact.empty()) {
        return fail(ErrorCode::InvalidArgument, "annotation of an unknown article has no quote");
    }
    if (a.uid.empty())
        a.uid = makeUuidV4();
    const std::string now = d->clock->nowUtc();
    if (a.createdAt.empty())
        a.createdAt = now;
    if (a.modifiedAt.empty())
        a.modifiedAt = a.createdAt;

    Statement existing(db, "SELECT deleted FROM annotation WHERE uid = ?1");
    existing.bind(1, a.uid);
    auto row = existing.step();
    if (!row)
        return std::unexpected(row.error());
    if (*row && existing.int64(0) == 0)
        return fail(ErrorCode::InvalidArgument, "annotation " + a.uid + " already exists");
    // A deleted uid is restored in place (the GUI's undo of a delete re-adds the same uid).
    Statement st(db, *row ? "UPDATE annotation SET article_uid = ?2, article_id = ?3, start = ?4, end = ?5, exact = ?6, "
                            "prefix = ?7, suffix = ?8, text_hash = ?9, note = ?10, color = ?11, tags = ?12, "
                            "entity_uid = ?13, orphaned = ?14, modified_at = ?15, created_at = ?16, deleted = 0 "
                            "WHERE uid = ?1"
                          : "INSERT INTO annotation (uid, article_uid, article_id, start, end, exact, prefix, suffix, "
                            "text_hash, note, color, tags, entity_uid, orphaned, modified_at, created_at) "
                            "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)");
    st.bind(1, a.uid);
    bindContent(st, a);
    st.bind(16, a.createdAt);
    if (auto s = st.run(); !s)
        return std::unexpected(s.error());
    auto stored = annotationByUid(db, a.uid);
    if (!stored)
        return stored;
    if (auto s = tx.commit(); !s)
        return std::unexpected(s.error());
    return stored;
}

Status Library::updateAnnotation(const AnnotationRecord &annotation)
{
    Database &db = *d->db;
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    auto current = annotationByUid(db, annotation.uid);
    if (!current)
        return std::unexpected(current.error());
    AnnotationRecord a = annotation;
    a.articleId = current->articleId;
    a.articleUid = current->articleUid;
    if (a.start < 0 || a.end < a.start)
        return fail(ErrorCode::InvalidArgument, "invalid annotation range");
    const bool moved = a.start != current->start || a.end != current->end || a.exact != current->exact;
    if (moved) {
        auto article = findArticle(db, 0, a.articleUid);
        if (!article)
            return std::unexpected(article.error());
        if (*article) {
            a.exact.clear(); // a new selection on the current text: its quote comes from the text
            a.textHash = (*article)->hash;
            if (auto s = anchorToArticle(a, **article); !s)
                return s;
        }
    } else {
        a.prefix = current->prefix;
        a.suffix = current->suffix;
        a.textHash = current->textHash;
        a.orphaned = current->orphaned;
    }
    a.modifiedAt = d->clock->nowUtc();
    Statement st(db, "UPDATE annotation SET article_uid = ?2, article_id = ?3, start = ?4, end = ?5, exact = ?6, "
                     "prefix = ?7, suffix = ?8, text_hash = ?9, note = ?10, color = ?11, tags = ?12, entity_uid = ?13, "
                     "orphaned = ?14, modified_at = ?15 WHERE uid = ?1 AND deleted = 0");
    st.bind(1, a.uid);
    bindContent(st, a);
    if (auto s = st.run(); !s)
        return s;
    return tx.commit();
}

Status Library::deleteAnnotation(const std::string &uid)
{
    Database &db = *d->db;
    Statement st(db, "UPDATE annotation SET deleted = 1, modified_at = ?2 WHERE uid = ?1 AND deleted = 0");
    st.bind(1, uid).bind(2, d->clock->nowUtc());
    if (auto s = st.run(); !s)
        return s;
    if (db.changes() == 0)
        return fail(ErrorCode::NotFound, "no annotation " + uid);
    return {};
}

Result<std::vector<AnnotationRecord>> Library::annotations(std::int64_t articleId)
{
    Database &db = *d->db;
    Statement st(db, std::string("SELECT ") + kColumns + kFrom
                         + "WHERE n.deleted = 0 AND (?1 = 0 OR a.id = ?1) ORDER BY n.article_uid, n.start, n.end, n.id");
    st.bind(1, articleId);
    return collect(st);
}

Result<std::vector<AnnotationRecord>> Library::searchAnnotations(std::string_view query)
{
    // Through annotation_fts (bigram index over quote, note and tags): every term of the query
    // must occur; Korean words match inside compounds, and a term typed with a particle or an
    // ending (분과회의에, 발표했다) also matches through its stems; a Latin term matches the
    // beginning of a word. Best match first, then the most recently modified.
    std::string expr;
    for (const QueryTerm &term : splitQueryTerms(query)) {
        const std::string folded = normalizeForMatch(term.text);
        std::vector<std::string> forms{folded};
        ParticleOptions particles;
        particles.verbEndings = true;
        if (!term.phrase)
            for (std::string &stem : stemCandidates(folded, particles))
                forms.push_back(std::move(stem));
        std::vector<std::string> parts;
        for (const std::string &form : forms) {
            const auto tokens = tokenizeForSearch(form, TokenizerMode::Bigram, true);
            if (tokens.empty())
                continue;
            const std::u32string cps = toU32(form);
            const bool latin = std::ranges::all_of(cps, [](char32_t c) { return c < 0x80; });
            const bool oneSyllable = cps.size() == 1 && isHangulLetter(cps[0]);
            std::string part = quoteFts5(form);
            if (oneSyllable || (latin && !term.phrase && tokens.size() == 1)) {
                std::string prefix = "(";
                prefix += part;
                prefix += " OR ";
                prefix += part;
                prefix += "*)";
                part = std::move(prefix);
            }
            if (std::ranges::find(parts, part) == parts.end())
                parts.push_back(std::move(part));
        }
        if (parts.empty())
            continue;
        std::string any;
        for (std::size_t i = 0; i < parts.size(); ++i)
            any += (i ? " OR " : "") + parts[i];
        expr += (expr.empty() ? "" : " AND ") + (parts.size() > 1 ? "(" + any + ")" : any);
    }
    std::vector<AnnotationRecord> out;
    if (expr.empty())
        return out;
    Database &db = *d->db;
    Statement ids(db, annotationSearchSql());
    ids.bind(1, expr).bind(2, -1);
    std::vector<std::int64_t> ranked;
    while (ids.next())
        ranked.push_back(ids.int64(0));
    if (!ids.status()) {
        const Error e = ids.status().error();
        return fail(e.sqliteCode == 9 /* SQLITE_INTERRUPT */ ? ErrorCode::Cancelled : ErrorCode::Query,
                    "annotation search failed: " + e.detail);
    }
    auto one = db.cached(std::string("SELECT ") + kColumns + kFrom + "WHERE n.id = ?1 AND n.deleted = 0");
    for (std::int64_t id : ranked) {
        one->reset();
        one->bind(1, id);
        auto found = collect(*one);
        if (!found)
            return found;
        for (AnnotationRecord &a : *found)
            out.push_back(std::move(a));
    }
    return out;
}

} // namespace sillok::core
