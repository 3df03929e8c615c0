// An article's sentences and blocks as blobs (store/packed_spans.h): every sentence the extractor
// finds in the project's held-out articles comes back from the blob as it went in, in under 4
// bytes a sentence, and so does every block ingest makes of them (kind, span, reason, the text
// where it is kept); the library gives each imported article the sentences its file has; a
// damaged blob is refused, not read as offsets.
#include "extract/extraction_context.h"
#include "ingest/ingest.h"
#include "pipeline/prepare.h"
#include "store/database.h"
#include "store/library.h"
#include "store/packed_spans.h"
#include "store/statement.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

using namespace sillok::core;
using sillok::core::store::packSentences;
using sillok::core::store::unpackSentences;

namespace {

const std::string kHoldout = std::string(SILLOK_TEST_DATA_DIR) + "/holdout7";

std::vector<std::pair<int, int>> pairsOf(const std::vector<Sentence> &sentences)
{
    std::vector<std::pair<int, int>> out;
    for (const Sentence &s : sentences)
        out.emplace_back(s.start, s.end);
    return out;
}

// The sentences the extractor finds in each held-out file, by its path.
std::map<std::string, std::vector<Sentence>> holdoutSentences()
{
    std::map<std::string, std::vector<Sentence>> out;
    for (const auto &entry : std::filesystem::directory_iterator(kHoldout)) {
        const auto ext = entry.path().extension();
        if (!entry.is_regular_file() || (ext != ".txt" && ext != ".html"))
            continue;
        const std::string path = entry.path().string();
        const PreparedArticle p = prepareFile(path, PrepareOptions{&ExtractionContext::builtin(), {}, true});
        EXPECT_FALSE(p.error) << path << ": " << p.error->detail;
        if (p.extracted)
            out[path] = p.extraction.sentences;
    }
    return out;
}

} // namespace

TEST(SentenceBounds, EveryHeldOutArticlesSentencesComeBackAsTheyWentIn)
{
    const auto files = holdoutSentences();
    ASSERT_GE(files.size(), 20u);
    std::size_t sentences = 0;
    std::size_t bytes = 0;
    for (const auto &[path, list] : files) {
        ASSERT_FALSE(list.empty()) << path;
        const std::string blob = packSentences(list);
        auto back = unpackSentences(blob);
        ASSERT_TRUE(back) << path << ": " << back.error().detail;
        EXPECT_EQ(pairsOf(*back), pairsOf(list)) << path;
        sentences += list.size();
        bytes += blob.size();
    }
    EXPECT_LT(static_cast<double>(bytes) / static_cast<double>(sentences), 4.0) << bytes << " bytes";
}

TEST(SentenceBounds, TheLibraryGivesEachArticleTheSentencesOfItsFile)
{
    const auto files = holdoutSentences();
    sillok::test::TempDir dir;
    auto lib = Library::open(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib) << lib.error().detail;
    ASSERT_EQ((*lib)->importPaths({kHoldout}, {}).imported, static_cast<int>(files.size()));
    Statement ids((*lib)->database(), "SELECT id FROM article ORDER BY id");
    std::size_t checked = 0;
    while (ids.next()) {
        auto record = (*lib)->article(ids.int64(0));
        ASSERT_TRUE(record) << record.error().detail;
        const auto file = files.find(record->summary.source);
        ASSERT_NE(file, files.end()) << record->summary.source;
        EXPECT_EQ(record->sentences, pairsOf(file->second)) << record->summary.source;
        ++checked;
    }
    EXPECT_EQ(checked, files.size());
}

TEST(SentenceBounds, AnyOffsetsComeBackAndNoneIsEmpty)
{
    EXPECT_EQ(packSentences({}), "");
    ASSERT_TRUE(unpackSentences(""));
    EXPECT_TRUE(unpackSentences("")->empty());
    // Overlapping, backwards, empty and extreme spans: the blob holds differences of either sign.
    const std::vector<Sentence> odd{{5, 3}, {0, 0}, {INT_MAX - 1, INT_MAX}, {INT_MIN, INT_MAX}, {2, 2}, {1, 900000}};
    auto back = unpackSentences(packSentences(odd));
    ASSERT_TRUE(back) << back.error().detail;
    EXPECT_EQ(pairsOf(*back), pairsOf(odd));
}

TEST(SentenceBounds, ADamagedBlobIsRefused)
{
    const std::string blob = packSentences({{0, 300}, {302, 1000}});
    ASSERT_GT(blob.size(), 4u);
    // Cut inside the last varint (300 and 698 take two bytes each).
    auto cut = unpackSentences(blob.substr(0, blob.size() - 1));
    ASSERT_FALSE(cut);
    EXPECT_EQ(cut.error().code, ErrorCode::Database);
    EXPECT_NE(cut.error().detail.find("sentence bounds"), std::string::npos);
    // A number longer than any offset.
    EXPECT_FALSE(unpackSentences(std::string(12, '\xff')));
    // A gap no two offsets can have: 2^40 as a zigzag varint, then a length.
    std::string far;
    for (int i = 0; i < 5; ++i)
        far.push_back('\x80');
    far += '\x40';
    far += '\x00';
    EXPECT_FALSE(unpackSentences(far));
}

TEST(PackedBlocks, EveryHeldOutArticlesBlocksComeBackAsTheyWentIn)
{
    std::size_t files = 0;
    std::size_t noise = 0;
    for (const auto &entry : std::filesystem::directory_iterator(kHoldout)) {
        const auto ext = entry.path().extension();
        if (!entry.is_regular_file() || (ext != ".txt" && ext != ".html"))
            continue;
        auto parsed = parseArticleFile(entry.path().string(), {});
        ASSERT_TRUE(parsed) << entry.path() << ": " << parsed.error().detail;
        ASSERT_FALSE(parsed->blocks.empty()) << entry.path();
        // Every text kept, then none: the spans, kinds and reasons come back either way.
        for (const bool keep : {true, false}) {
            const std::vector<bool> keepText(parsed->blocks.size(), keep);
            auto back = store::unpackBlocks(store::packBlocks(parsed->blocks, keepText));
            ASSERT_TRUE(back) << entry.path() << ": " << back.error().detail;
            ASSERT_EQ(back->size(), parsed->blocks.size()) << entry.path();
            for (std::size_t i = 0; i < back->size(); ++i) {
                const TextBlock &in = parsed->blocks[i];
                const TextBlock &out = (*back)[i];
                EXPECT_EQ(out.kind, in.kind) << entry.path() << " block " << i;
                EXPECT_EQ(out.reason, in.reason) << entry.path() << " block " << i;
                EXPECT_EQ(out.start, in.start) << entry.path() << " block " << i;
                EXPECT_EQ(out.end, in.end) << entry.path() << " block " << i;
                EXPECT_EQ(out.text, keep ? in.text : std::string()) << entry.path() << " block " << i;
            }
        }
        noise += std::ranges::count_if(parsed->blocks, [](const TextBlock &b) { return b.kind == BlockKind::Noise; });
        ++files;
    }
    EXPECT_GE(files, 20u);
    EXPECT_GT(noise, 0u);
}

TEST(PackedBlocks, ADamagedBlobIsRefused)
{
    const std::vector<TextBlock> blocks{{BlockKind::Title, "제목", "", 0, 2},
                                        {BlockKind::Noise, "관련기사 보기", "related", 4, 11},
                                        {BlockKind::Body, "", "", 13, 400}};
    const std::string blob = store::packBlocks(blocks, {});
    ASSERT_TRUE(store::unpackBlocks(blob));
    // Cut anywhere: inside a varint or inside a string.
    for (std::size_t size = 1; size < blob.size(); ++size) {
        auto cut = store::unpackBlocks(blob.substr(0, size));
        // A cut between two whole blocks is a shorter list, not damage.
        if (cut) {
            EXPECT_LT(cut->size(), blocks.size()) << size;
            continue;
        }
        EXPECT_EQ(cut.error().code, ErrorCode::Database) << size;
    }
    // A kind other than the four (zigzag 4 is 8).
    std::string unknown = blob;
    unknown[0] = '\x08';
    auto refused = store::unpackBlocks(unknown);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().detail.find("unknown kind"), std::string::npos);
    // A string longer than what is left.
    std::string longer = blob.substr(0, 3);
    longer += '\x7e';
    EXPECT_FALSE(store::unpackBlocks(longer));
    EXPECT_EQ(store::blockKindNamed("caption"), BlockKind::Caption);
    EXPECT_EQ(store::blockKindNamed("noise"), BlockKind::Noise);
    EXPECT_EQ(store::blockKindNamed("title"), BlockKind::Title);
    EXPECT_EQ(store::blockKindNamed("body"), BlockKind::Body);
}
