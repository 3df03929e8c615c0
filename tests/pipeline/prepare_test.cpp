// What a worker hands the import's writer (pipeline/prepare.h): shedForWriter frees what the
// writer never reads and keeps everything it does.
#include "extract/extraction_context.h"
#include "ingest/sha256.h"
#include "pipeline/prepare.h"
#include "search/korean_tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

using namespace sillok::core;

namespace {

using Token = std::tuple<int, std::string, int, int>;

int collect(void *context, int flags, const char *token, int bytes, int begin, int end)
{
    static_cast<std::vector<Token> *>(context)->emplace_back(flags, std::string(token, static_cast<std::size_t>(bytes)),
                                                             begin, end);
    return 0;
}

std::vector<Token> tokens(const std::string &source, const TokenList &list)
{
    std::vector<Token> out;
    EXPECT_EQ(list.replay(source, &out, collect), 0);
    return out;
}

} // namespace

TEST(PrepareForWriter, ShedsTheEntitiesAndKeepsWhatTheWriterReads)
{
    const std::string file = std::string(SILLOK_TEST_DATA_DIR) + "/holdout7/2023-02-16_memolink-cxl-series-a.txt";
    const PreparedArticle full = prepareFile(file, PrepareOptions{&ExtractionContext::builtin(), {}, true});
    ASSERT_FALSE(full.error) << full.error->detail;
    ASSERT_TRUE(full.extracted);
    ASSERT_FALSE(full.extraction.organizations.empty());
    ASSERT_FALSE(full.extraction.relations.empty());

    PreparedArticle shed = prepareFile(file, PrepareOptions{&ExtractionContext::builtin(), {}, true});
    shedForWriter(shed);
    EXPECT_TRUE(shed.extraction.organizations.empty());
    EXPECT_TRUE(shed.extraction.people.empty());
    EXPECT_TRUE(shed.extraction.initiatives.empty());
    EXPECT_TRUE(shed.extraction.meetings.empty());
    EXPECT_TRUE(shed.extraction.relations.empty());

    // What the writer stores is untouched: sentences, plan, texts, tokens, identity.
    ASSERT_EQ(shed.extraction.sentences.size(), full.extraction.sentences.size());
    for (std::size_t i = 0; i < full.extraction.sentences.size(); ++i) {
        EXPECT_EQ(shed.extraction.sentences[i].start, full.extraction.sentences[i].start);
        EXPECT_EQ(shed.extraction.sentences[i].end, full.extraction.sentences[i].end);
    }
    EXPECT_EQ(shed.plan.entities.size(), full.plan.entities.size());
    EXPECT_EQ(shed.plan.mentions.size(), full.plan.mentions.size());
    EXPECT_EQ(shed.plan.facts.size(), full.plan.facts.size());
    // The mined text once, in the tokens (the writer stores the packed copy); the blocks' kinds,
    // spans and the text of the page furniture (stored as is), not the body's own copies.
    EXPECT_TRUE(shed.mined.empty());
    EXPECT_TRUE(shed.minedInTokens);
    EXPECT_FALSE(full.mined.empty());
    EXPECT_TRUE(shed.article.fullText.empty());
    EXPECT_TRUE(shed.article.body.empty());
    EXPECT_EQ(shed.article.title, full.article.title);
    EXPECT_EQ(shed.article.contentHash, full.article.contentHash);
    ASSERT_EQ(shed.article.blocks.size(), full.article.blocks.size());
    int furniture = 0;
    for (std::size_t i = 0; i < full.article.blocks.size(); ++i) {
        const TextBlock &a = shed.article.blocks[i], &b = full.article.blocks[i];
        EXPECT_EQ(a.kind, b.kind);
        EXPECT_EQ(a.start, b.start);
        EXPECT_EQ(a.end, b.end);
        EXPECT_EQ(a.reason, b.reason);
        const bool content = b.kind == BlockKind::Body || b.kind == BlockKind::Caption;
        EXPECT_EQ(a.text, content ? std::string() : b.text);
        furniture += content ? 0 : 1;
    }
    EXPECT_GT(furniture, 0); // the file has page furniture to keep
    EXPECT_EQ(shed.packedMined, full.packedMined);
    EXPECT_EQ(shed.fingerprint, full.fingerprint);
    EXPECT_EQ(shed.minedTokens.text, full.mined);
    EXPECT_EQ(tokens(shed.minedTokens.text, shed.minedTokens.word),
              tokens(full.minedTokens.text, full.minedTokens.word));
    EXPECT_EQ(tokens(shed.minedTokens.text, shed.minedTokens.bigram),
              tokens(full.minedTokens.text, full.minedTokens.bigram));
    EXPECT_EQ(tokens(shed.titleTokens.text, shed.titleTokens.word),
              tokens(full.titleTokens.text, full.titleTokens.word));
    EXPECT_FALSE(tokens(shed.minedTokens.text, shed.minedTokens.bigram).empty());
}

// The snapshot a worker asks before extracting: a file stored with this text is known, a file
// whose text changed is not (its new text must be extracted), and a new path holding a text the
// library stores under another path is (the writer folds it as a copy or a move).
TEST(KnownTexts, AFileIsKnownByItsPathAndTextOrByItsTextAlone)
{
    const std::string hashA(64, 'a');
    const std::string hashB(64, 'b');
    KnownTexts known;
    EXPECT_FALSE(known.has("/news/a.txt", hashA));
    known.add("/news/a.txt", hexDigestKey(hashA));
    EXPECT_EQ(known.size(), 1u);
    EXPECT_TRUE(known.has("/news/a.txt", hashA));
    EXPECT_FALSE(known.has("/news/a.txt", hashB)) << "the file changed";
    EXPECT_TRUE(known.has("/elsewhere/a-copy.txt", hashA)) << "the same text under another path";
    EXPECT_FALSE(known.has("/elsewhere/b.txt", hashB));
    known.add("/news/a.txt", hexDigestKey(hashB)); // the same path stored again: its latest text
    EXPECT_EQ(known.size(), 1u);
    EXPECT_TRUE(known.has("/news/a.txt", hashB));
    EXPECT_FALSE(known.has("/news/a.txt", hashA));
}
