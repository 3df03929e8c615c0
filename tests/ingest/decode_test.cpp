// Decoding: every supported encoding yields the same NFC text; bad input gives the right error.
#include "ingest/decode.h"
#include "ingest_test_util.h"

#include <gtest/gtest.h>

using namespace sillok::core;
using sillok::test::ingestData;
using sillok::test::readAll;

namespace {

const std::string kKorean = "인공지능 반도체 회의가 열렸다.\n정부는 2024년 3월 5일 계획을 발표했다.\n";
const std::string kAsciiHeavy = "AI chip 2024: 인공지능 반도체 회의 (Seoul) - 12 companies, 3 days.\n"
                                "KT, SK, LG and 5 start-ups joined.\n";

Result<DecodedText> decodeFixture(const std::string &name)
{
    const std::string path = ingestData(name);
    return decodeText(readAll(path), path);
}

} // namespace

TEST(Decode, EncodingsGiveTheSameText)
{
    const std::pair<const char *, const char *> cases[] = {
        {"utf8.txt", "UTF-8"},          {"utf8_bom.txt", "UTF-8"},       {"utf16le_bom.txt", "UTF-16LE"},
        {"utf16be_bom.txt", "UTF-16BE"}, {"euckr.txt", "EUC-KR"},        {"nfd.txt", "UTF-8"},
        {"crlf.txt", "UTF-8"},
    };
    for (const auto &[file, encoding] : cases) {
        const auto r = decodeFixture(file);
        ASSERT_TRUE(r.has_value()) << file << ": " << r.error().detail;
        EXPECT_EQ(r->text, kKorean) << file;
        EXPECT_EQ(r->encoding, encoding) << file;
    }
}

TEST(Decode, BomlessUtf16IsRecognisedByItsNulPattern)
{
    for (const auto &[file, encoding] : {std::pair{"utf16le_nobom.txt", "UTF-16LE"}, std::pair{"utf16be_nobom.txt", "UTF-16BE"}}) {
        const auto r = decodeFixture(file);
        ASSERT_TRUE(r.has_value()) << file;
        EXPECT_EQ(r->text, kAsciiHeavy);
        EXPECT_EQ(r->encoding, encoding);
    }
}

TEST(Decode, Cp949ExtensionSyllables)
{
    const auto r = decodeFixture("cp949.txt");
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->text, "똠방각하 회의는 뙇 하고 끝났다.\n");
    EXPECT_EQ(r->encoding, "CP949");
}

TEST(Decode, NfdBecomesNfc)
{
    const std::string nfd = "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB"; // 한 as conjoining jamo
    const auto r = decodeText(nfd, "x.txt");
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->text, "한");
}

TEST(Decode, UnicodeLineSeparatorsAndLoneCr)
{
    const auto r = decodeText("a\rb\r\nc\n", "x.txt");
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->text, "a\nb\nc\n");
}

TEST(Decode, TruncatedLastCharacterIsDropped)
{
    const auto r = decodeFixture("cut_end.txt");
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->encoding, "UTF-8 (truncated)");
    EXPECT_EQ(r->text, "인공지능 반도체 회의가 열렸다.\n정부는 2024년 3월 5일 계획을 발표했다");
}

TEST(Decode, Errors)
{
    const std::pair<const char *, ErrorCode> cases[] = {
        {"empty.txt", ErrorCode::Empty},
        {"whitespace.txt", ErrorCode::Empty},
        {"random.txt", ErrorCode::Binary},
        {"broken_utf8.txt", ErrorCode::Decode},
    };
    for (const auto &[file, code] : cases) {
        const auto r = decodeFixture(file);
        ASSERT_FALSE(r.has_value()) << file;
        EXPECT_EQ(r.error().code, code) << file << ": " << r.error().detail;
        EXPECT_EQ(r.error().path, ingestData(file));
        EXPECT_FALSE(r.error().detail.empty());
        EXPECT_EQ(r.error().detail.find('\n'), std::string::npos);
    }
}

TEST(Decode, BomOnlyAndNulInUtf8AreErrors)
{
    EXPECT_EQ(decodeText("\xEF\xBB\xBF", "a.txt").error().code, ErrorCode::Empty);
    EXPECT_EQ(decodeText(std::string("abc\0def 가나다", 13), "a.txt").error().code, ErrorCode::Binary);
    std::string controls(200, 'a');
    for (std::size_t i = 0; i < controls.size(); i += 5)
        controls[i] = '\x01';
    EXPECT_EQ(decodeText(controls, "a.txt").error().code, ErrorCode::Binary);
}

TEST(Decode, DeclaredCharsetIsUsedForLegacyBytes)
{
    const std::string euc = readAll(ingestData("euckr.txt"));
    const auto r = decodeText(euc, "p.html", "euc-kr");
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->text, kKorean);
    // A declaration never overrides valid UTF-8.
    const auto u = decodeText(kKorean, "p.html", "euc-kr");
    ASSERT_TRUE(u.has_value());
    EXPECT_EQ(u->encoding, "UTF-8");
}

TEST(Decode, LargeInputIsLinear)
{
    // ~50 MB of mixed-width text with CRLF endings and decomposed syllables (not timed).
    const std::string para = "가상전자는 오늘 AI 반도체 시제품을 공개했다. The chip runs at 2 GHz.\r\n"
                             "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB 문단\r\n";
    std::string big;
    big.reserve(50u << 20);
    while (big.size() < (50u << 20))
        big += para;
    const auto r = decodeText(big, "big.txt");
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->encoding, "UTF-8");
    EXPECT_EQ(r->text.find('\r'), std::string::npos);
    EXPECT_NE(r->text.find("한 문단\n"), std::string::npos);
}
