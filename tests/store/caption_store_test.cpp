// Captions in the library: stored once as the tail of article.body, given back exactly (blocks and
// full text as ingest made them), searchable, mined with "from a caption" provenance, and not
// doubled by re-extraction.
#include "common/utf.h"
#include "ingest/ingest.h"
#include "store/database.h"
#include "store/library.h"
#include "store/packed_spans.h"
#include "store/statement.h"
#include "store_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace sillok::core;

namespace {

const char *kArticle =
    "가상전자, 차세대 칩 공개\n\n"
    "가상전자는 19일 서울에서 차세대 AI 칩을 공개했다고 밝혔다. 회사는 내년부터 양산을 시작한다.\n\n"
    "홍길동 가상전자 대표가 19일 서울 코엑스에서 신제품을 소개하고 있다./가상전자\n\n"
    "가상전자는 이 칩이 데이터센터 시장을 바꿀 것이라고 설명했다. 업계도 주목하고 있다.\n";

} // namespace

TEST(CaptionStore, StoredOnceRestoredExactlySearchableAndMined)
{
    sillok::test::TempDir dir;
    const std::string file = dir.write("in/a.txt", kArticle);
    auto parsed = parseArticleFile(file, {});
    ASSERT_TRUE(parsed);
    ASSERT_EQ(captionTexts(*parsed).size(), 1u);

    auto lib = Library::open(dir.file("kb.sqlite"));
    ASSERT_TRUE(lib);
    ASSERT_EQ((*lib)->importPaths({file}, {}).imported, 1);
    auto list = (*lib)->articles();
    ASSERT_TRUE(list && list->size() == 1u);
    auto record = (*lib)->article(list->front().id);
    ASSERT_TRUE(record);

    // The text is stored once: the body and caption blocks have no text of their own in the
    // article's stored blocks, nor has the title block (it is the article's title)…
    Statement row((*lib)->database(), "SELECT blocks FROM article_blocks WHERE article_id = ?1");
    row.bind(1, list->front().id);
    ASSERT_TRUE(row.next());
    auto stored = store::unpackBlocks(row.blob(0));
    ASSERT_TRUE(stored) << stored.error().detail;
    const auto ofKind = [&](BlockKind kind) {
        return std::ranges::count_if(*stored, [&](const TextBlock &b) { return b.kind == kind; });
    };
    EXPECT_EQ(std::ranges::count_if(*stored,
                                    [](const TextBlock &b) { return b.kind != BlockKind::Noise && !b.text.empty(); }),
              0);
    EXPECT_EQ(ofKind(BlockKind::Caption), 1);
    EXPECT_EQ(ofKind(BlockKind::Title), 1);
    EXPECT_GT(ofKind(BlockKind::Body), 0);
    // …and come back exactly as ingest made them.
    EXPECT_EQ(record->body, minedText(*parsed));
    EXPECT_EQ(record->captionStart, minedCaptionStart(*parsed));
    EXPECT_EQ(record->fullText, parsed->fullText);
    ASSERT_EQ(record->blocks.size(), parsed->blocks.size());
    for (std::size_t i = 0; i < parsed->blocks.size(); ++i) {
        EXPECT_EQ(record->blocks[i].kind, parsed->blocks[i].kind) << i;
        EXPECT_EQ(record->blocks[i].text, parsed->blocks[i].text) << i;
    }

    // Searchable: a word only the caption has.
    auto hits = (*lib)->search("코엑스");
    ASSERT_TRUE(hits);
    EXPECT_EQ(hits->size(), 1u);

    // Mined with provenance: 홍길동 is named only in the caption.
    const auto person = std::ranges::find_if(record->mentions, [](const MentionRecord &m) { return m.surface == "홍길동"; });
    ASSERT_NE(person, record->mentions.end());
    EXPECT_TRUE(person->caption);
    EXPECT_GE(person->start, record->captionStart);
    const auto company = std::ranges::find_if(record->mentions, [&](const MentionRecord &m) { return m.start < record->captionStart; });
    ASSERT_NE(company, record->mentions.end());
    EXPECT_FALSE(company->caption);

    // Re-extraction mines the same text: no caption twice, the same mentions.
    const auto before = record->mentions.size();
    ASSERT_TRUE((*lib)->reextractAll());
    auto again = (*lib)->article(list->front().id);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->body, record->body);
    EXPECT_EQ(again->mentions.size(), before);
}
