#pragma once
// Preparing one article for the store, away from the database: read and parse the file (decode,
// clean, date), extract its entities and relations, and plan how they merge into the graph. Pure
// and thread-safe given immutable inputs: the import and re-extraction pipelines run it on
// worker threads and hand the results, in order, to the one writer in core/store.

#include "common/partial_date.h"
#include "common/result.h"
#include "extract/extraction.h"
#include "graph/merger.h"
#include "ingest/article.h"
#include "ingest/identity.h"
#include "pipeline/source_key.h"
#include "search/pretokenized.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace sillok::core {

struct ExtractionContext;

struct PrepareOptions {
    const ExtractionContext *context = nullptr; // required when extract is true
    PartialDate fallbackPublished;              // --published: used only when the article states no date
    bool extract = true;
};

// The texts a library already holds, so that workers skip extracting a file that will turn out
// unchanged. A snapshot taken before an import; the writer decides again for certain.
// Kept as 64-bit keys: the source keys' keyOf and the content hashes' hexDigestKey (as the
// library's article_content keeps them); at 100,000 articles the strings themselves held ~30 MB
// of the import's peak RSS. A collision can only make a worker skip extracting a file that the
// writer then finds is not stored as it is, and the writer extracts it (as for any snapshot gone
// stale), or extract one it needed not.
class KnownTexts {
public:
    // The hash a source key is kept by.
    static std::uint64_t keyOf(std::string_view s);
    // A stored article: its source key and its content hash's hexDigestKey (ingest/sha256.h).
    void add(std::string_view sourceKey, std::int64_t contentKey);
    // true when the file at `sourceKey` is stored with this hash, or the same text is stored at all.
    bool has(std::string_view sourceKey, std::string_view contentHash) const;
    std::size_t size() const { return m_byKey.size(); }

private:
    std::unordered_map<std::uint64_t, std::int64_t> m_byKey; // source key → content key
    std::unordered_set<std::int64_t> m_hashes;
};

struct PreparedArticle {
    std::string path;      // as given by the caller
    std::string sourceKey; // the file's identity: its canonical absolute path
    std::string uid;       // the article's stable uid (see articleUid)
    std::optional<Error> error; // set when the file cannot be imported (a bad file, or Internal: a bug)
    ParsedArticle article;
    // What the library stores as the article's text and extraction mines: the running text, then
    // each caption (ingest/article.h minedText). Mention offsets are code points in it. Emptied by
    // shedForWriter once minedTokens hold the same text (minedInTokens).
    std::string mined;
    bool minedInTokens = false; // `mined` let go: minedTokens.text is the mined text
    // The title's and the mined text's search tokens, made here so that the writer's FTS5 insert
    // only replays them (search/pretokenized.h). Empty when the article is known or failed.
    PretokenizedText titleTokens;
    PretokenizedText minedTokens;
    // `mined` in its stored form (text/text_pack.h), packed here so that the writer only stores it.
    // Empty when the article is known or failed; the writer packs it then.
    std::string packedMined;
    // The story's identity (ingest/identity.h), made here so that the writer only looks it up:
    // the canonical URL's key ("" when the page states none), the body's fingerprint and its
    // MinHash signature with band keys (not valid for a very short body).
    std::string urlKey;
    std::string fingerprint;
    BodySignature signature;
    bool known = false;     // KnownTexts has it: nothing was extracted
    bool extracted = false; // extraction and plan are set
    Extraction extraction;
    MergePlan plan;
};

// "art-" + the first 20 hex digits of SHA-256(key). New articles are keyed by their story
// (storyKey); libraries made before migration 6 keyed them by their source path.
std::string articleUid(std::string_view key);
// "url:<canonical URL key>" when the page states its address, else "fp:<body fingerprint>".
std::string storyKey(const PreparedArticle &p);
// Fills urlKey, fingerprint and signature from the parsed article.
void computeIdentity(PreparedArticle &p);

// Parses the file and, unless `known` already holds its text, extracts and plans the merge.
// Never throws: a failure of the parser or extractor (an exception escaping them is a bug) comes
// back as error with ErrorCode::Internal naming the file. `sourceKey`: the file's sourceKeyOf when
// the caller has it (SourceKeys), else it is worked out here.
PreparedArticle prepareFile(const std::string &path, const PrepareOptions &options, const KnownTexts *known = nullptr,
                            std::string sourceKey = {});

// Extracts and plans an article already parsed (a stored one, for re-extraction). Never throws.
PreparedArticle prepareParsed(ParsedArticle article, std::string uid, const PrepareOptions &options);

// Frees, on the worker that made it, what the import's writer never reads: the extraction's
// entities, relations and their mentions (the plan carries what is stored; the sentences stay;
// the search tokens were made at their size, search/pretokenized.h); the full text, the body and
// the text of the body's and captions' blocks (the writer stores those blocks as offsets into the
// mined text); `mined` itself when the tokens hold it and it is packed already; and the spare
// capacity of the plan's vectors. A generated article waiting for the writer then holds 48.5
// instead of 66.8 KB (live heap bytes, 1,000 of them), so more of them can wait within the same
// peak RSS (docs/performance.md, "The pipeline's window and the writer's core", and "The first
// stop of 2026-12-06").
void shedForWriter(PreparedArticle &p);

} // namespace sillok::core
