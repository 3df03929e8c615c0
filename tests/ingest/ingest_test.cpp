// End to end on fixtures written for the tests: formats, errors, dates, block bookkeeping.
#include "common/utf.h"
#include "ingest/identity.h"
#include "ingest/ingest.h"
#include "ingest/sha256.h"
#include "ingest_test_util.h"
#include "text/normalize.h"

#include <gtest/gtest.h>

using namespace sillok::core;
using sillok::test::ingestData;

namespace {

// fullText is the blocks joined by "\n\n", spans point at them, body is the Body blocks.
void expectConsistent(const ParsedArticle &a)
{
    std::string full, body;
    for (const TextBlock &b : a.blocks) {
        if (!full.empty())
            full += "\n\n";
        full += b.text;
        EXPECT_EQ(substrCodePoints(a.fullText, static_cast<std::size_t>(b.start), static_cast<std::size_t>(b.end)), b.text);
        EXPECT_EQ(b.reason.empty(), b.kind != BlockKind::Noise) << b.text;
        if (b.kind == BlockKind::Body)
            body += (body.empty() ? "" : "\n\n") + b.text;
    }
    EXPECT_EQ(a.fullText, full);
    EXPECT_EQ(a.body, body);
    EXPECT_EQ(a.contentHash, sha256Hex(a.fullText));
    EXPECT_EQ(a.contentHash.size(), 64u);
}

} // namespace

TEST(Ingest, ScrapedTextSeparatesBodyFromNoise)
{
    const auto a = parseArticleFile(ingestData("scraped.txt"));
    ASSERT_TRUE(a.has_value()) << a.error().detail;
    expectConsistent(*a);
    EXPECT_EQ(a->format, "txt");
    EXPECT_EQ(a->encoding, "UTF-8");
    EXPECT_EQ(a->sourcePath, ingestData("scraped.txt"));
    EXPECT_EQ(a->title, "가상전자, 차세대 AI 가속기 시제품 공개");
    EXPECT_EQ(a->published.toString(), "2023-11-08");
    EXPECT_EQ(a->publishedBasis, "dateline");
    EXPECT_EQ(a->publishedText, "등록 2023.11.08 14:20");
    EXPECT_TRUE(a->body.starts_with("국내 첫 3나노 공정 적용\n\n가상전자가 3나노 공정을 적용한"));
    EXPECT_TRUE(a->body.ends_with("분석했다."));
    for (const char *noise : {"전체기사", "더 작게", "ⓒ가상뉴스", "박예시 기자", "park.example@", "UNRELATED_TEASER",
                              "+1", "댓글", "Please enter", "Copyright", "관련기사", "2022-05-02", "등록 2023",
                              "가상전자, 차세대 AI 가속기 시제품 공개", "정치 경제 사회"})
        EXPECT_EQ(a->body.find(noise), std::string::npos) << noise;
    EXPECT_NE(a->fullText.find("UNRELATED_TEASER"), std::string::npos); // noise is kept, not dropped
    const auto title = std::find_if(a->blocks.begin(), a->blocks.end(), [](const TextBlock &b) { return b.kind == BlockKind::Title; });
    ASSERT_NE(title, a->blocks.end());
    EXPECT_EQ(title->text, a->title);
}

TEST(Ingest, HtmlPage)
{
    const auto a = parseArticleFile(ingestData("page.html"));
    ASSERT_TRUE(a.has_value()) << a.error().detail;
    expectConsistent(*a);
    EXPECT_EQ(a->format, "html");
    EXPECT_EQ(a->title, "한빛반도체, 서버용 NPU 양산 착수");
    EXPECT_EQ(a->published.toString(), "2024-03-05"); // 22:30Z is the next morning in Korea
    EXPECT_EQ(a->publishedBasis, "html-meta");
    EXPECT_NE(a->body.find("한빛반도체가 서버용 신경망처리장치(NPU)의 양산에 들어갔다고"), std::string::npos);
    EXPECT_NE(a->body.find("업계에서는 국산 NPU의 첫 대량 공급"), std::string::npos);
    for (const char *noise : {"MUST_NOT_APPEAR", "스크립트", "RELATED_HEADLINE", "페이스북", "김가상 기자", "댓글",
                              "Copyright", "[사진=", "홈 경제", "입력 2024"})
        EXPECT_EQ(a->body.find(noise), std::string::npos) << noise;
    EXPECT_EQ(a->fullText.find("MUST_NOT_APPEAR"), std::string::npos);
}

TEST(Ingest, EucKrHtmlWithMetaCharset)
{
    const auto a = parseArticleFile(ingestData("page_euckr.htm"));
    ASSERT_TRUE(a.has_value()) << a.error().detail;
    const auto u = parseArticleFile(ingestData("page.html"));
    EXPECT_EQ(a->encoding, "EUC-KR");
    EXPECT_EQ(a->body, u->body);
    EXPECT_EQ(a->published.toString(), "2024-03-05");
    EXPECT_EQ(a->publishedBasis, "dateline");
    EXPECT_EQ(a->publishedText, "입력 2024.03.05 07:30");
}

TEST(Ingest, FallbackDateOnlyWhenTheArticleStatesNone)
{
    ParseOptions options;
    options.fallbackPublished = PartialDate::ofDay(2020, 2, 3);
    const auto plain = parseArticleFile(ingestData("utf8.txt"), options);
    ASSERT_TRUE(plain.has_value());
    EXPECT_EQ(plain->published, options.fallbackPublished);
    EXPECT_EQ(plain->publishedBasis, "option");
    const auto dated = parseArticleFile(ingestData("scraped.txt"), options);
    ASSERT_TRUE(dated.has_value());
    EXPECT_EQ(dated->published.toString(), "2023-11-08");
    const auto none = parseArticleFile(ingestData("utf8.txt"));
    EXPECT_FALSE(none->published.isValid());
    EXPECT_EQ(none->publishedBasis, "");
}

TEST(Ingest, ErrorsCarryCodeAndPath)
{
    const std::pair<std::string, ErrorCode> cases[] = {
        {ingestData("missing.txt"), ErrorCode::Io},        {ingestData("notes.pdf"), ErrorCode::Unsupported},
        {ingestData("empty.txt"), ErrorCode::Empty},       {ingestData("whitespace.txt"), ErrorCode::Empty},
        {ingestData("random.txt"), ErrorCode::Binary},     {ingestData("broken_utf8.txt"), ErrorCode::Decode},
        {std::string(SILLOK_TEST_DATA_DIR) + "/ingest.txt", ErrorCode::Io},
    };
    for (const auto &[path, code] : cases) {
        const auto r = parseArticleFile(path);
        ASSERT_FALSE(r.has_value()) << path;
        EXPECT_EQ(r.error().code, code) << path << ": " << r.error().detail;
        EXPECT_EQ(r.error().path, path);
    }
    const auto noText = parseArticleBytes("<html><body><script>x()</script></body></html>", "a.html");
    ASSERT_FALSE(noText.has_value());
    EXPECT_EQ(noText.error().code, ErrorCode::Empty);
}

TEST(Ingest, FormatFromExtensionOrSniffing)
{
    EXPECT_TRUE(isImportableExtension("a/b/c.TXT"));
    EXPECT_TRUE(isImportableExtension("x.Html"));
    EXPECT_TRUE(isImportableExtension("x.htm"));
    EXPECT_FALSE(isImportableExtension("x.pdf"));
    EXPECT_FALSE(isImportableExtension("txt"));
    EXPECT_FALSE(isImportableExtension("dir.txt/file"));
    const std::string html = "<html><body><p>정부는 올해 하반기 AI반도체 실증 사업의 규모를 확대할 예정이라고 밝혔다.</p></body></html>";
    EXPECT_EQ(parseArticleBytes(html, "saved")->format, "html");
    EXPECT_EQ(parseArticleBytes(html, "saved.txt")->format, "txt");
}

TEST(Ingest, Sha256KnownVectors)
{
    EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    EXPECT_EQ(sha256Hex(std::string(1000000, 'a')), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

// The SHA-NI path (when the processor has it) and the portable one agree on every length around
// the block and padding boundaries and on Korean text; the known vectors above hold for both.
TEST(Ingest, Sha256HardwareMatchesPortable)
{
    EXPECT_EQ(sha256HexPortable("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256HexPortable(std::string(1000000, 'a')),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    std::string text;
    for (int i = 0; text.size() < 700; ++i)
        text += "정부는 AI반도체 " + std::to_string(i * 7919) + "\n";
    for (std::size_t n = 0; n <= text.size(); ++n)
        ASSERT_EQ(sha256Hex(std::string_view(text).substr(0, n)),
                  sha256HexPortable(std::string_view(text).substr(0, n)))
            << n;
    if (!sha256HasHardware())
        GTEST_LOG_(INFO) << "no SHA extensions here: only the portable path was compared";
}

// The AVX2 minima (when the processor has it) equal the portable loop's on bodies of many sizes,
// including the fewest shingles a signature takes; the signature of a text known to be one.
TEST(Ingest, MinHashAvx2MatchesPortable)
{
    std::u32string key;
    for (int i = 0; key.size() < 3000; ++i)
        key += toU32("정부는올해AI반도체실증사업" + std::to_string(i * 104729 % 9973));
    int valid = 0;
    for (std::size_t n = 0; n <= key.size(); n += (n < 80 ? 1 : 97)) {
        const std::u32string part = key.substr(0, n);
        const BodySignature fast = bodySignatureOfKey(part);
        const BodySignature portable = bodySignatureOfKeyPortable(part);
        ASSERT_EQ(fast.valid, portable.valid) << n;
        ASSERT_EQ(fast.minhash, portable.minhash) << n;
        ASSERT_EQ(fast.bands, portable.bands) << n;
        valid += fast.valid ? 1 : 0;
    }
    EXPECT_GT(valid, 20);
    if (!minhashHasAvx2())
        GTEST_LOG_(INFO) << "no AVX2 here: only the portable path was compared";
}

// A signature needs kMinShingles distinct shingles, however often they repeat; repeating them
// changes no minimum. A key cycling through d letters has d distinct shingles.
TEST(Ingest, MinHashCountsDistinctShingles)
{
    const auto cyclic = [](int distinct, std::size_t size) {
        std::u32string key;
        for (std::size_t i = 0; i < size; ++i)
            key += static_cast<char32_t>(U'가' + static_cast<char32_t>(i % static_cast<std::size_t>(distinct)));
        return key;
    };
    EXPECT_FALSE(bodySignatureOfKey(cyclic(kMinShingles - 1, 2000)).valid);
    EXPECT_FALSE(bodySignatureOfKeyPortable(cyclic(kMinShingles - 1, 2000)).valid);
    EXPECT_TRUE(bodySignatureOfKey(cyclic(kMinShingles, 2000)).valid);
    const BodySignature shorter = bodySignatureOfKey(cyclic(50, 500));
    const BodySignature longer = bodySignatureOfKey(cyclic(50, 3000));
    ASSERT_TRUE(shorter.valid);
    EXPECT_EQ(shorter.minhash, longer.minhash);
    EXPECT_EQ(shorter.bands, longer.bands);
}

TEST(Ingest, LargeScrapedPage)
{
    // An 8 MB page of repeated article text with noise (not timed; must stay linear).
    const std::string unit = "속보\n\n정부는 올해 하반기 AI반도체 실증 사업의 규모를 확대하고 참여 기업을 추가로 모집할 예정이다.\n"
                             "장관이 발언하고 있다. ⓒ가상통신\n+1\n0\n";
    std::string big;
    while (big.size() < (8u << 20))
        big += unit;
    const auto a = parseArticleBytes(big, "big.txt");
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(a->body.find("ⓒ가상통신"), std::string::npos);
    EXPECT_GT(a->body.size(), big.size() / 2);
}

TEST(Ingest, HtmlTitleFallsBackFromOgTitleToH1)
{
    const std::string html =
        "<html><head><title>사이트 이름</title><meta property='og:title' content='공유용 다른 제목'></head><body>"
        "<div class='top'>홈 > 경제 > 산업일반</div><h1>가상전자, 새 AI 칩 공개</h1><p>부제목 한 줄 요약</p>"
        "<p>가상전자가 새 AI 칩을 공개했다고 밝혔다. 회사는 내년부터 양산한다는 계획을 세웠다.</p></body></html>";
    const auto a = parseArticleBytes(html, "t.html");
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(a->title, "가상전자, 새 AI 칩 공개");
    EXPECT_EQ(a->body, "부제목 한 줄 요약\n\n가상전자가 새 AI 칩을 공개했다고 밝혔다. 회사는 내년부터 양산한다는 계획을 세웠다.");
    ASSERT_FALSE(a->blocks.empty());
    EXPECT_EQ(a->blocks.front().kind, BlockKind::Noise); // the breadcrumb
}

TEST(Ingest, ReactionWidgetsAreNoiseButSentencesWithCountsStay)
{
    const auto a = parseArticleFile(ingestData("reactions.txt"));
    ASSERT_TRUE(a.has_value()) << a.error().detail;
    expectConsistent(*a);
    EXPECT_NE(a->body.find("좋아요 3만 개를 넘었고"), std::string::npos) << a->body;
    EXPECT_TRUE(a->body.ends_with("샘플을 공급할 계획이다.")) << a->body;
    for (const char *noise : {"+1 0", "[ 0 ]", "싫어요", "추천 3 비추천 0", "공감 12", "추천합니다", "공유합니다"})
        EXPECT_EQ(a->body.find(noise), std::string::npos) << noise;
    const bool counterBlock = std::any_of(a->blocks.begin(), a->blocks.end(), [](const TextBlock &b) {
        return b.kind == BlockKind::Noise && b.reason == "counter" && b.text.find("[ 0 ] 좋아요") != std::string::npos;
    });
    EXPECT_TRUE(counterBlock) << "reaction counters are kept as noise";
}

TEST(Ingest, UnmarkedRelatedHeadlineRunsAreNoise)
{
    const auto a = parseArticleFile(ingestData("related_unmarked.txt"));
    ASSERT_TRUE(a.has_value()) << a.error().detail;
    expectConsistent(*a);
    // Between paragraphs and at the end: dated, sourced, quoted headlines of other stories.
    for (const char *noise : {"2분기 영업이익 10조", "AI 거품 우려", "[단독]", "새 AI칩 시험 공급", "새 사옥 준공식",
                              "석 달째 증가", "2차 공모 시작"})
        EXPECT_EQ(a->body.find(noise), std::string::npos) << noise;
    const bool related = std::any_of(a->blocks.begin(), a->blocks.end(), [](const TextBlock &b) {
        return b.kind == BlockKind::Noise && b.reason == "related" && b.text.find("[단독]") != std::string::npos;
    });
    EXPECT_TRUE(related);
    // The article's own subtitles, "▲" list and fact box stay in the body.
    for (const char *body : {"국내 팹리스 첫 4나노 추론칩", "연내 샘플 공급 목표", "▲ 고대역폭메모리 HBM3 탑재",
                             "▲ 전력 150W 수준의 저전력 구조", "일시: 2024년 6월 20일 오후 2시", "장소: 서울 코엑스",
                             "올해 안에 샘플 공급을 시작하고", "관건이라는 분석이 나온다."})
        EXPECT_NE(a->body.find(body), std::string::npos) << body;
    EXPECT_EQ(a->published.toString(), "2024-06-11");
}

// Found by tests/fuzz: decomposed Hangul (conjoining jamo, valid NFC while a control byte or a
// tag sits between them) became adjacent once libxml2 dropped the control byte or the tags were
// joined, and the body was no longer NFC (offsets of mentions and annotations count NFC code
// points). Minimized input: tests/data/fuzz/html_jamo_joined_by_dropped_control.html.
TEST(Ingest, HtmlTextJoinedAcrossTagsAndDroppedControlsIsNfc)
{
    const std::string html = "<html><head><title>\xE1\x84\x8B<i>\xE1\x85\xA7</i>\xE1\x86\xAF\xEB\xA6\xB0 회의</title></head><body>"
                             "<p>정부는 반도체 회의를 \xE1\x84\x8B<b>\xE1\x85\xA7</b>\xE1\x86\xAF었다. 오늘 회의는 길었다.</p>"
                             "<p>업계는 회의를 \xE1\x84\x8B\xE1\x85\xA7\x10\xE1\x86\xAF고 논의를 이어갔다.</p></body></html>";
    const auto a = parseArticleBytes(html, "page.html");
    ASSERT_TRUE(a.has_value()) << a.error().detail;
    expectConsistent(*a);
    EXPECT_EQ(a->body, normalizeNfc(a->body));
    EXPECT_EQ(a->fullText, normalizeNfc(a->fullText));
    EXPECT_EQ(a->title, normalizeNfc(a->title));
    EXPECT_NE(a->body.find("열었다"), std::string::npos) << a->body;
    EXPECT_NE(a->body.find("열고"), std::string::npos) << a->body;
}
