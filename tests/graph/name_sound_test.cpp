// The sound comparison of names written in Hangul and in Latin letters (graph/name_sound.h):
// how newspapers spell foreign company names in Hangul, on invented names and on the two pairs
// issue 11 names, and names that only share letters staying apart.
#include "graph/name_sound.h"

#include <gtest/gtest.h>

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
