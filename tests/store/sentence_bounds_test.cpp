// An article's sentences as one blob (store/sentence_bounds.h): every sentence the extractor finds
// in the project's held-out articles comes back from the blob as it went in, in under 4 bytes a
// sentence, and the library gives each imported article the sentences its file has; a damaged
// blob is refused, not read as offsets.
#include "extract/extraction_context.h"
#include "pipeline/prepare.h"
#include "store/database.h"
#include "store/library.h"
#include "store/sentence_bounds.h"
#include "store/statement.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

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
