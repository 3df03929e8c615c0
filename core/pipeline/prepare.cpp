#include "pipeline/prepare.h"

#include "common/utf.h"
#include "extract/extraction_context.h"
#include "extract/extractor.h"
#include "ingest/ingest.h"
#include "ingest/sha256.h"
#include "text/text_pack.h"

#include <exception>
#include <functional>
#include <new>

namespace sillok::core {

std::uint64_t KnownTexts::keyOf(std::string_view s)
{
    return std::hash<std::string_view>{}(s);
}

void KnownTexts::add(std::string_view sourceKey, std::int64_t contentKey)
{
    m_hashes.insert(contentKey);
    m_byKey.insert_or_assign(keyOf(sourceKey), contentKey);
}

bool KnownTexts::has(std::string_view sourceKey, std::string_view contentHash) const
{
    const std::int64_t content = hexDigestKey(contentHash);
    const auto it = m_byKey.find(keyOf(sourceKey));
    if (it != m_byKey.end())
        return it->second == content; // the file changed: its new text must be extracted
    return m_hashes.contains(content);
}

std::string articleUid(std::string_view key)
{
    return "art-" + sha256Hex(key).substr(0, 20);
}

std::string storyKey(const PreparedArticle &p)
{
    return p.urlKey.empty() ? "fp:" + p.fingerprint : "url:" + p.urlKey;
}

void computeIdentity(PreparedArticle &p)
{
    p.urlKey = canonicalUrlKey(p.article.canonicalUrl);
    // The key's UTF-8 is hashed as it is (bodyFingerprint), not converted back from its UTF-32.
    const std::string key = fingerprintKey(p.article.body);
    p.fingerprint = sha256Hex(key);
    p.signature = bodySignatureOfKey(toU32(key));
}

namespace {

Error internalError(const std::string &path, std::string_view what)
{
    return Error{ErrorCode::Internal, "internal error while preparing the article: " + std::string(what), path};
}

// Extraction and merge plan; exceptions escape to the caller.
void extractInto(PreparedArticle &p, const PrepareOptions &options)
{
    std::u32string mined; // toU32(p.mined), as the extraction converted it
    p.extraction = extractArticle(p.article, *options.context, mined);
    p.plan = planMerge(p.extraction, mined, options.context->gazetteer, *options.context->lexicon, p.uid);
    p.extracted = true;
}

} // namespace

PreparedArticle prepareFile(const std::string &path, const PrepareOptions &options, const KnownTexts *known,
                            std::string sourceKey)
{
    PreparedArticle p;
    p.path = path;
    try {
        p.sourceKey = sourceKey.empty() ? sourceKeyOf(path) : std::move(sourceKey);
        auto parsed = parseArticleFile(path, ParseOptions{options.fallbackPublished});
        if (!parsed) {
            p.error = parsed.error();
            return p;
        }
        p.article = std::move(*parsed);
        p.mined = minedText(p.article);
        if (p.article.body.find_first_not_of(" \t\r\n") == std::string::npos) {
            p.error = Error{ErrorCode::Empty, "no article text found (only a headline or boilerplate)", path};
            return p;
        }
        computeIdentity(p);
        p.uid = articleUid(storyKey(p));
        if (known && known->has(p.sourceKey, p.article.contentHash)) {
            p.known = true;
            return p;
        }
        p.titleTokens = PretokenizedText::make(p.article.title);
        p.minedTokens = PretokenizedText::make(p.mined);
        if (auto packed = packText(p.mined)) {
            p.packedMined = std::move(*packed);
        } else {
            p.error = packed.error();
            p.error->path = path;
            return p;
        }
        if (options.extract)
            extractInto(p, options);
    } catch (const std::bad_alloc &) {
        p.error = internalError(path, "out of memory");
    } catch (const std::exception &e) {
        p.error = internalError(path, e.what());
    }
    return p;
}

PreparedArticle prepareParsed(ParsedArticle article, std::string uid, const PrepareOptions &options)
{
    PreparedArticle p;
    p.path = article.sourcePath;
    p.sourceKey = article.sourcePath;
    p.uid = std::move(uid);
    p.article = std::move(article);
    try {
        p.mined = minedText(p.article);
        if (options.extract)
            extractInto(p, options);
    } catch (const std::bad_alloc &) {
        p.error = internalError(p.path, "out of memory");
    } catch (const std::exception &e) {
        p.error = internalError(p.path, e.what());
    }
    return p;
}

void shedForWriter(PreparedArticle &p)
{
    Extraction kept;
    kept.sentences = std::move(p.extraction.sentences);
    p.extraction = std::move(kept);
    std::string().swap(p.article.fullText);
    std::string().swap(p.article.body);
    for (TextBlock &b : p.article.blocks)
        if (b.kind == BlockKind::Body || b.kind == BlockKind::Caption)
            std::string().swap(b.text);
    if (!p.minedInTokens && !p.packedMined.empty() && p.minedTokens.text == p.mined) {
        std::string().swap(p.mined);
        p.minedInTokens = true;
    }
    MergePlan &plan = p.plan;
    plan.entities.shrink_to_fit();
    plan.mentions.shrink_to_fit();
    plan.facts.shrink_to_fit();
    for (PlannedEntity &e : plan.entities) {
        e.aliases.shrink_to_fit();
        e.matchForms.shrink_to_fit();
    }
}

} // namespace sillok::core
