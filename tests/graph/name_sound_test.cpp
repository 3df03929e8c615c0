// The sound comparison of names written in Hangul and in Latin letters (graph/name_sound.h):
// how newspapers spell foreign company names in Hangul, on invented names and on the two pairs
// issue 11 names, and names that only share letters staying apart.
#include "graph/name_sound.h"

#include "extract/gazetteer.h"
#include "graph/entity_keys.h"

#include <gtest/gtest.h>

#include <iostream>
#include <string>
#include <vector>

using namespace sillok::core;

TEST(NameSoundTest, HangulAndLatinSpellingsOfOneNameSoundAlike)
{
    EXPECT_EQ(nameSound("퓨리오사AI"), nameSound("FuriosaAI"));
    EXPECT_EQ(nameSound("리벨리온"), "lapalan");
    EXPECT_EQ(nameSound("Rebellions"), "lapalans");
    EXPECT_TRUE(soundsAlike("리벨리온", "Rebellions"));
    EXPECT_TRUE(soundsAlike("퓨리오사AI", "FuriosaAI"));
    // Invented names, spelt by the loanword conventions: x = 크스, z = ㅈ, final t = ㅅ, ll = ㄹㄹ.
    EXPECT_TRUE(soundsAlike("젤로닉스", "Zelonix"));
    EXPECT_TRUE(soundsAlike("베리타움", "Veritaum"));
    EXPECT_TRUE(soundsAlike("큐브넷", "Cubenet"));
    EXPECT_TRUE(soundsAlike("팔라딘 시스템즈", "Paladin Systems"));
    EXPECT_TRUE(soundsAlike("래티스칩", "Latticechip"));
}

TEST(NameSoundTest, NamesThatOnlyShareSoundsStayApart)
{
    EXPECT_FALSE(soundsAlike("엔비디아", "Intel"));
    EXPECT_FALSE(soundsAlike("리벨리온", "Rapidus"));
    EXPECT_FALSE(soundsAlike("퓨리오사AI", "Fujitsu"));
    EXPECT_FALSE(soundsAlike("삼성전자", "Samsung Electronics"));
    EXPECT_FALSE(soundsAlike("젤로닉스", "Zenith"));
    // Another first sound, or three consonants of which one differs (measured on gen_corpus's
    // invented companies against the gazetteer's Latin names).
    EXPECT_FALSE(soundsAlike("담자테크", "Aitomatic"));
    EXPECT_FALSE(soundsAlike("타카테크", "Aitomatic"));
    EXPECT_FALSE(soundsAlike("누리칩스", "Nexchip"));
    // Too short to tell: two consonants sound like too many names.
    EXPECT_FALSE(soundsAlike("암", "Arm"));
    EXPECT_FALSE(soundsAlike("엘지", "LG"));
}

TEST(NameSoundTest, OtherCharactersAreSkippedAndEmptyNamesHaveNoSound)
{
    EXPECT_EQ(nameSound(""), "");
    EXPECT_EQ(nameSound("2024"), "");
    EXPECT_EQ(nameSound("(·)"), "");
    EXPECT_EQ(nameSound("Zelonix Inc."), nameSound("Zelonix Inc"));
    EXPECT_EQ(soundSkeleton("lapalans"), "lplns");
    EXPECT_DOUBLE_EQ(soundSimilarity("", "abc"), 0.0);
    EXPECT_DOUBLE_EQ(soundSimilarity("lapalan", "lapalan"), 1.0);
    // Invalid UTF-8 and other scripts never crash.
    EXPECT_EQ(nameSound("\xff\xfe"), "");
    EXPECT_EQ(nameSound("東京"), "");
}

// Measured on the gazetteer's organizations that have a Hangul name and a Latin English name
// (real spellings, not ours): how many of the true pairs sound alike (many are translations, not
// transliterations — 삼성전자 / Samsung Electronics —, so not all), and how many of the false
// pairs (one entry's Hangul name with another's English name) do. Printed, and the false pairs
// must stay a rare exception: the review queue also asks for a shared context before it
// proposes one.
TEST(NameSoundTest, OnTheGazetteerTruePairsSoundAlikeAndFalseOnesAlmostNever)
{
    struct Pair {
        std::string hangul, latin;
    };
    std::vector<Pair> pairs;
    for (const GazetteerEntry &e : Gazetteer::builtin().entries()) {
        const std::string hangul = organizationNameKey(e.name), latin = organizationNameKey(e.english);
        if (e.english.empty() || !isLatinName(e.english) || isLatinName(e.name) || hangul.empty() || latin.empty())
            continue;
        pairs.push_back({hangul, latin});
    }
    ASSERT_GT(pairs.size(), 50u);
    int truePairs = 0;
    for (const Pair &p : pairs)
        truePairs += soundsAlike(p.hangul, p.latin) ? 1 : 0;
    int falsePairs = 0;
    long long compared = 0;
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        for (std::size_t j = 0; j < pairs.size(); ++j) {
            if (i == j || pairs[i].latin == pairs[j].latin)
                continue;
            ++compared;
            if (soundsAlike(pairs[i].hangul, pairs[j].latin)) {
                ++falsePairs;
                std::cout << "[false pair] " << pairs[i].hangul << " / " << pairs[j].latin << "\n";
            }
        }
    }
    std::cout << "[measure] gazetteer: " << truePairs << " of " << pairs.size() << " Hangul/English names sound alike; "
              << falsePairs << " of " << compared << " mismatched pairs do\n";
    EXPECT_GE(truePairs * 5, static_cast<int>(pairs.size())) << "fewer than one in five true pairs found";
    EXPECT_LE(falsePairs * 10000LL, compared) << "more than one mismatched pair in 10,000 sounds alike";
}
