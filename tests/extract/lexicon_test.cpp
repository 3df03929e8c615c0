// The word lists the rules read come from the lexicon (resources/gazetteer/lexicon.tsv), not from
// syllable strings in code: the builtin lexicon loads them, and the rules that read them still
// tell a verb form from a bare noun. Words written for these tests.
#include "common/utf.h"
#include "extract/article_text.h"
#include "extract/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

using namespace sillok::core;
using sillok::core::extract::ArticleText;

namespace {

std::vector<std::string> formsOf(const Lexicon &lex, LexiconCategory category)
{
    std::vector<std::string> out;
    for (const auto &f : lex.forms(category))
        out.push_back(toUtf8(f));
    std::ranges::sort(out);
    return out;
}

std::vector<std::string> sorted(std::vector<std::string> v)
{
    std::ranges::sort(v);
    return v;
}

// The token of `text` whose raw text is `word`.
bool bareNounIn(const std::string &text, const std::string &word)
{
    const ArticleText at(toU32(text), Lexicon::builtin());
    for (const auto &t : at.tokens()) {
        if (toUtf8(t.text) == word)
            return at.isBareNoun(t);
    }
    ADD_FAILURE() << word << " is no token of " << text;
    return false;
}

} // namespace

// The per-thread cache of categories keys a name by the address of its bytes: only a literal may be
// a category's name. A pointer, a view or a string (a name built at run time) does not convert, and
// LexiconCategory's constructor is consteval (a non-constant array does not compile either).
static_assert(std::is_convertible_v<const char (&)[6], LexiconCategory>);
static_assert(!std::is_convertible_v<const char *, LexiconCategory>);
static_assert(!std::is_convertible_v<std::string_view, LexiconCategory>);
static_assert(!std::is_convertible_v<std::string, LexiconCategory>);
static_assert(!std::is_constructible_v<LexiconCategory, const char *>);
static_assert(LexiconCategory("title").name() == "title");

TEST(Lexicon, LoadsTheWordShapesOfBareNouns)
{
    const Lexicon &lex = Lexicon::builtin();
    EXPECT_EQ(formsOf(lex, "verbal_ending"),
              sorted({"한", "된", "할", "될", "던", "며", "는", "은", "을", "고", "다", "게", "해", "록"}));
    EXPECT_EQ(formsOf(lex, "open_connective"), sorted({"모아", "보아", "주어", "두어", "이어", "나아가", "아울러"}));
    EXPECT_EQ(formsOf(lex, "contracted_connective_end"), sorted({"워", "춰", "쳐", "켜", "뤄", "겨", "져"}));
}

TEST(Lexicon, LoadsTheAppositionLists)
{
    const Lexicon &lex = Lexicon::builtin();
    EXPECT_EQ(formsOf(lex, "abstract_noun_end"), sorted({"력", "계", "화", "들", "성", "자"}));
    EXPECT_EQ(formsOf(lex, "case_particle"), sorted({"은", "는", "이", "가", "을", "를", "의", "와", "과", "도", "에",
                                                     "에서", "로", "으로", "만", "이다", "이며", "이자"}));
}

TEST(Lexicon, VerbFormsAreNoBareNouns)
{
    // A verbal ending, a connective after an open syllable, a contracted connective.
    EXPECT_FALSE(bareNounIn("새 장비를 도입할 계획이다.", "도입할"));
    EXPECT_FALSE(bareNounIn("힘을 모아 새 장비를 만든다.", "모아"));
    EXPECT_FALSE(bareNounIn("기술을 앞세워 시장에 나선다.", "앞세워"));
    // A noun that ends in none of them stays a bare noun.
    EXPECT_TRUE(bareNounIn("새 장비 도입 계획이다.", "장비"));
}

TEST(Lexicon, LoadsTheKindsOfOrganisationEndings)
{
    const Lexicon &lex = Lexicon::builtin();
    const std::vector<std::pair<std::string, std::string>> kinds = {
        {"대학교", "university"},  {"대", "university"},      {"대학원", "university"}, {"연구원", "research"},
        {"연구소", "research"},    {"과학원", "research"},    {"기술원", "research"},   {"협회", "association"},
        {"협의회", "association"}, {"연합회", "association"}, {"학회", "association"},  {"재단", "association"},
        {"조합", "association"},   {"연맹", "association"},   {"부", "government"},     {"청", "government"},
        {"처", "government"},      {"위원회", "government"},  {"진흥원", "government"}, {"평가원", "government"},
        {"공사", "government"},    {"공단", "government"}};
    EXPECT_EQ(lex.forms("org_kind_suffix").size(), kinds.size());
    for (const auto &[form, kind] : kinds)
        EXPECT_EQ(lex.note("org_kind_suffix", toU32(form)), kind) << form;
    // The longest ending decides, and no ending is the end of another: a name ends in one only.
    EXPECT_EQ(toUtf8(lex.suffixIn("org_kind_suffix", toU32("한빛과학기술원"))), "기술원");
    EXPECT_TRUE(lex.suffixIn("org_kind_suffix", toU32("한빛칩스")).empty());
    // A letter that ends a form, one that only shares its low byte with such a letter, an unknown category.
    EXPECT_TRUE(lex.hasFormEndingWith("org_kind_suffix", U'원'));
    EXPECT_TRUE(lex.hasFormEndingWith("org_kind_suffix", U'회'));
    EXPECT_FALSE(lex.hasFormEndingWith("org_kind_suffix", U'칩'));
    EXPECT_FALSE(lex.hasFormEndingWith("org_kind_suffix", static_cast<char32_t>(U'원' + 256)));
    EXPECT_FALSE(lex.hasFormEndingWith("no_such_category", U'원'));
}
