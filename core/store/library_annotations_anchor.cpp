// Re-anchoring annotations after an article's text changed (the import hook).

#include "annotate/anchor.h"
#include "store/annotation_store.h"
#include "store/library_private.h"

#include <random>
#include <vector>

namespace sillok::core {

std::string makeUuidV4()
{
    static thread_local std::mt19937_64 engine{[] {
        std::random_device device;
        std::seed_seq seed{device(), device(), device(), device(), device(), device(), device(), device()};
        return std::mt19937_64(seed);
    }()};
    unsigned char bytes[16];
    for (int i = 0; i < 16; i += 8) {
        const std::uint64_t v = engine();
        for (int k = 0; k < 8; ++k)
            bytes[i + k] = static_cast<unsigned char>(v >> (8 * k));
    }
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    static const char *hex = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.push_back('-');
        out.push_back(hex[bytes[i] >> 4]);
        out.push_back(hex[bytes[i] & 0xF]);
    }
    return out;
}

Status reanchorAnnotations(Database &db, std::int64_t articleId, std::string_view newBody, std::string_view newHash)
{
    struct Row {
        std::int64_t id;
        AnnotationRecord record;
    };
    std::vector<Row> rows;
    {
        Statement st(db, "SELECT n.id, n.start, n.end, n.exact, n.prefix, n.suffix, n.text_hash, n.orphaned "
                         "FROM annotation n JOIN article a ON a.uid = n.article_uid WHERE a.id = ?1");
        st.bind(1, articleId);
        for (;;) {
            auto row = st.step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            AnnotationRecord r;
            r.start = st.int32(1);
            r.end = st.int32(2);
            r.exact = st.text(3);
            r.prefix = st.text(4);
            r.suffix = st.text(5);
            r.textHash = st.text(6);
            r.orphaned = st.int64(7) != 0;
            rows.push_back({st.int64(0), std::move(r)});
        }
    }
    Statement placed(db, "UPDATE annotation SET article_id = ?2, start = ?3, end = ?4, prefix = ?5, suffix = ?6, "
                         "text_hash = ?7, orphaned = 0 WHERE id = ?1");
    Statement orphaned(db, "UPDATE annotation SET article_id = ?2, orphaned = 1 WHERE id = ?1");
    for (const Row &row : rows) {
        if (row.record.textHash == newHash && !row.record.orphaned)
            continue;
        const Reanchor r = reanchor(row.record, newBody);
        Statement &st = r.status == Reanchor::Orphaned ? orphaned : placed;
        st.reset();
        st.bind(1, row.id).bind(2, articleId);
        if (r.status != Reanchor::Orphaned) {
            const AnnotationRecord fresh = makeAnchor(newBody, r.start, r.end);
            st.bind(3, fresh.start).bind(4, fresh.end).bind(5, fresh.prefix).bind(6, fresh.suffix).bind(7, newHash);
        }
        if (auto s = st.run(); !s)
            return s;
    }
    return {};
}

namespace store {

Status reanchorAnnotations(Database &db, std::int64_t articleId)
{
    Statement st(db, "SELECT sillok_text(body), content_hash FROM article WHERE id = ?1");
    st.bind(1, articleId);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, "no article with id " + std::to_string(articleId));
    return sillok::core::reanchorAnnotations(db, articleId, st.text(0), st.text(1));
}

} // namespace store

} // namespace sillok::core
