#include "text/text_pack.h"

#include <gtest/gtest.h>

#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

using namespace sillok::core;

namespace {

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The project's held-out articles as scraped (UTF-8, CP949 and UTF-16 bytes alike).
std::vector<std::string> articles()
{
    std::vector<std::string> texts;
    for (const char *dir : {"holdout", "holdout2", "holdout3"}) {
        for (const auto &e : std::filesystem::directory_iterator(std::filesystem::path(SILLOK_TEST_DATA_DIR) / dir)) {
            if (e.is_regular_file() && (e.path().extension() == ".txt" || e.path().extension() == ".html"))
                texts.push_back(readFile(e.path()));
        }
    }
    return texts;
}

constexpr std::string_view kDictionary =
#include "text/text_pack_dictionary.inc"
    ;

// What packText stored in format 1 (libraries packed before 2026-12-05 hold it): a raw deflate
// stream (level 3, memLevel 8) given the dictionary, then the text, between the magic and the
// Adler-32.
std::string packedInFormatOne(const std::string &text)
{
    z_stream z{};
    EXPECT_EQ(deflateInit2(&z, 3, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY), Z_OK);
    EXPECT_EQ(deflateSetDictionary(&z, reinterpret_cast<const Bytef *>(kDictionary.data()),
                                   static_cast<uInt>(kDictionary.size())),
              Z_OK);
    std::string out(deflateBound(&z, static_cast<uLong>(text.size())), '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(text.data()));
    z.avail_in = static_cast<uInt>(text.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
    out.resize(z.total_out);
    deflateEnd(&z);
    const auto sum = static_cast<std::uint32_t>(
        adler32(adler32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(text.data()), static_cast<uInt>(text.size())));
    std::string packed = "SK\x01" + out;
    for (int shift = 24; shift >= 0; shift -= 8)
        packed.push_back(static_cast<char>((sum >> shift) & 0xff));
    return packed;
}

// The articles, an empty text and a long run of one letter.
std::vector<std::string> articlesAndEdges()
{
    auto texts = articles();
    texts.push_back(std::string());
    texts.push_back(std::string(200'000, 'x'));
    return texts;
}

} // namespace

// Stored blobs never depend on what the packer did before: every text packs to the same bytes
// one after another on one thread and in the reverse order on a new one (a context that kept
// anything from the text before would give other bytes).
TEST(TextPack, SameBytesOnEveryCallAndThread)
{
    const auto texts = articlesAndEdges();
    std::vector<std::string> first;
    for (const std::string &text : texts)
        first.push_back(*packText(text));
    for (std::size_t i = 0; i < texts.size(); ++i)
        EXPECT_EQ(*packText(texts[i]), first[i]);
    std::thread other([&] {
        for (std::size_t i = texts.size(); i-- > 0;)
            EXPECT_EQ(*packText(texts[i]), first[i]);
    });
    other.join();
}

// A library packed by an earlier build keeps its texts in format 1, and they read as ever.
TEST(TextPack, TextsOfTheFirstFormatStillRead)
{
    const auto texts = articlesAndEdges();
    for (const std::string &text : texts) {
        const std::string old = packedInFormatOne(text);
        ASSERT_TRUE(isPackedText(old));
        auto back = unpackText(old);
        ASSERT_TRUE(back.has_value()) << back.error().detail;
        EXPECT_EQ(*back, text);
        EXPECT_NE(*packText(text), old); // what is packed now is the second format
    }
    std::string flipped = packedInFormatOne(texts.front());
    flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x5a);
    auto damaged = unpackText(flipped);
    EXPECT_TRUE(!damaged.has_value() || *damaged != texts.front());
}

TEST(TextPack, EveryArticleComesBackByteForByte)
{
    const auto texts = articles();
    ASSERT_GT(texts.size(), 50u);
    for (const std::string &text : texts) {
        auto packed = packText(text);
        ASSERT_TRUE(packed.has_value());
        EXPECT_TRUE(isPackedText(*packed));
        auto back = unpackText(*packed);
        ASSERT_TRUE(back.has_value()) << back.error().detail;
        EXPECT_EQ(*back, text);
    }
}

TEST(TextPack, EmptyAndLongTextsComeBack)
{
    for (const std::string &text :
         {std::string(), std::string("가"), std::string(200'000, 'x'), std::string(70'000, '\0')}) {
        auto packed = packText(text);
        ASSERT_TRUE(packed.has_value());
        auto back = unpackText(*packed);
        ASSERT_TRUE(back.has_value()) << back.error().detail;
        EXPECT_EQ(*back, text);
    }
}

// The point of the format: Korean news takes well under half its UTF-8 bytes, and the preset
// dictionary does better than deflate alone (1.9× on these articles).
TEST(TextPack, KoreanNewsTakesLessThanHalfItsBytes)
{
    std::size_t raw = 0;
    std::size_t packed = 0;
    std::size_t plain = 0;
    for (const std::string &text : articles()) {
        raw += text.size();
        packed += packText(text)->size();
        uLongf size = compressBound(static_cast<uLong>(text.size()));
        std::string out(size, '\0');
        ASSERT_EQ(compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(text.data()),
                            static_cast<uLong>(text.size()), 6),
                  Z_OK);
        plain += size;
    }
    EXPECT_LT(packed * 2, raw) << raw << " bytes packed to " << packed;
    EXPECT_LT(packed, plain) << "deflate alone: " << plain << ", with the dictionary: " << packed;
}

TEST(TextPack, DamagedOrForeignBlobsAreRefused)
{
    const std::string text =
        readFile(std::filesystem::path(SILLOK_TEST_DATA_DIR) / "holdout2" / "2024-12-27_ai-basic-act-passed.txt");
    ASSERT_FALSE(text.empty());
    const std::string packed = *packText(text);

    EXPECT_FALSE(isPackedText(text));
    EXPECT_EQ(unpackText(text).error().code, ErrorCode::Database); // plain text is not a stored form

    std::string cut = packed.substr(0, packed.size() / 2);
    EXPECT_EQ(unpackText(cut).error().code, ErrorCode::Database);

    std::string flipped = packed;
    flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x5a);
    auto damaged = unpackText(flipped);
    EXPECT_TRUE(!damaged.has_value() || *damaged != text); // the frame's checksum catches almost every flip
    if (!damaged.has_value()) {
        EXPECT_EQ(damaged.error().code, ErrorCode::Database);
    }

    // A header that claims more text than any article holds is refused before anything is made
    // for it; a blob of an unknown format byte too.
    std::string huge = packed.substr(0, 3) + std::string("\x28\xb5\x2f\xfd\xe0\xff\xff\xff\xff\xff\xff\xff\x7f", 13);
    EXPECT_EQ(unpackText(huge).error().code, ErrorCode::Database);
    std::string unknown = packed;
    unknown[2] = '\x07';
    EXPECT_FALSE(isPackedText(unknown));
    EXPECT_EQ(unpackText(unknown).error().code, ErrorCode::Database);

    // Deflate without the dictionary (another format) is not read as this one.
    uLongf size = compressBound(static_cast<uLong>(text.size()));
    std::string other(size, '\0');
    ASSERT_EQ(compress2(reinterpret_cast<Bytef *>(other.data()), &size, reinterpret_cast<const Bytef *>(text.data()),
                        static_cast<uLong>(text.size()), 6),
              Z_OK);
    other.resize(size);
    EXPECT_FALSE(isPackedText(other));
    EXPECT_EQ(unpackText(other).error().code, ErrorCode::Database);
}
