// Bodies longer than one mining window (kMinedWindowBytes) are mined to the end: every
// paragraph's mentions are found at their offsets in the whole body, and each entity is listed
// once however many windows mention it. Sentences written for this test (not from the corpus).
#include "common/utf.h"
#include "extract/extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace sillok::core;

namespace {

const Gazetteer &gaz()
{
    static const Gazetteer g = [] {
        auto r = Gazetteer::fromTsv("id\tname\tkind\tcountry\tenglish\taliases\n"
                                    "kr-msit\t과학기술정보통신부\tgovernment\tKR\tMinistry of Science and ICT\t과기정통부\n"
                                    "kr-motie\t산업통상자원부\tgovernment\tKR\tMOTIE\t산업부\n"
                                    "kr-deepx\t딥엑스\tcompany\tKR\tDEEPX\t\n"
                                    "kr-rebellions\t리벨리온\tcompany\tKR\tRebellions\t\n"
                                    "kr-navercloud\t네이버클라우드\tcompany\tKR\tNAVER Cloud\t\n"
                                    "kr-ktcloud\tKT클라우드\tcompany\tKR\tKT Cloud\t\n"
                                    "us-google\t구글\tcompany\tUS\tGoogle\tGoogle\n");
        return std::move(*r);
    }();
    return g;
}

const ExtractedOrganization *org(const Extraction &x, std::string_view name)
{
    const auto it = std::ranges::find_if(x.organizations, [&](const auto &o) { return o.name == name; });
    return it == x.organizations.end() ? nullptr : &*it;
}

// Paragraph groups repeated past `minBytes`, then one closing paragraph naming KT클라우드 and
// 구글, which appear nowhere else. *groups receives the number of groups.
std::string bigBody(std::size_t minBytes, int *groups)
{
    const std::string group = "과학기술정보통신부는 20일 리벨리온과 함께 국산 AI 반도체 실증 결과를 발표했다.\n\n"
                              "딥엑스는 이날 저전력 추론 칩 시제품을 공개하고 네이버클라우드에 샘플을 공급한다고 밝혔다.\n\n"
                              "산업통상자원부는 반도체 설계 인력 양성 계획을 함께 내놓았다.\n\n";
    std::string body;
    *groups = 0;
    while (body.size() < minBytes) {
        body += group;
        ++*groups;
    }
    return body + "이어 KT클라우드는 구글과 데이터센터 협력 방안을 논의했다.";
}

// Every organisation mention's surface is the body text at its code points, inside its sentence.
void expectWholeBodyOffsets(const Extraction &x, const std::u32string &text)
{
    for (const auto &o : x.organizations) {
        for (const auto &m : o.mentions) {
            ASSERT_GE(m.start, 0);
            ASSERT_LE(static_cast<std::size_t>(m.end), text.size());
            EXPECT_EQ(toUtf8(std::u32string_view(text).substr(static_cast<std::size_t>(m.start), static_cast<std::size_t>(m.end - m.start))),
                      m.surface);
            ASSERT_GE(m.sentence, 0);
            ASSERT_LT(static_cast<std::size_t>(m.sentence), x.sentences.size());
            const auto &s = x.sentences[static_cast<std::size_t>(m.sentence)];
            EXPECT_TRUE(s.start <= m.start && m.end <= s.end) << m.surface << " at " << m.start;
        }
    }
}

TEST(LargeBody, MinedToTheFarEndEachEntityOnce)
{
    int groups = 0;
    ParsedArticle a;
    a.body = bigBody(kMinedWindowBytes + kMinedWindowBytes / 8, &groups);
    a.published = PartialDate::ofDay(2024, 5, 20);
    ASSERT_GT(a.body.size(), kMinedWindowBytes);
    const auto text = toU32(a.body);
    const auto x = extractEntities(a, gaz());

    const auto *kt = org(x, "KT클라우드");
    ASSERT_NE(kt, nullptr) << "the last paragraph was not mined";
    ASSERT_EQ(kt->mentions.size(), 1u);
    EXPECT_GT(kt->mentions.front().start, static_cast<int>(text.size() * 99 / 100));
    ASSERT_NE(org(x, "구글"), nullptr);

    expectWholeBodyOffsets(x, text);
    std::size_t mentions = 0;
    for (const auto &o : x.organizations)
        mentions += o.mentions.size();
    EXPECT_GE(mentions, static_cast<std::size_t>(groups) * 5);
    EXPECT_EQ(x.sentences.size(), static_cast<std::size_t>(groups) * 3 + 1);
    for (std::size_t k = 1; k < x.sentences.size(); ++k)
        EXPECT_LE(x.sentences[k - 1].end, x.sentences[k].start);

    // Each entity once, with the mentions of every window.
    std::set<std::string> names;
    for (const auto &o : x.organizations)
        EXPECT_TRUE(names.insert(o.name).second) << o.name << " listed twice";
    for (const auto name : {"리벨리온", "딥엑스", "네이버클라우드", "과학기술정보통신부", "산업통상자원부"}) {
        const auto *o = org(x, name);
        ASSERT_NE(o, nullptr) << name;
        EXPECT_EQ(o->mentions.size(), static_cast<std::size_t>(groups)) << name;
    }
    const auto [lo, hi] = std::ranges::minmax(org(x, "리벨리온")->mentions, {}, &Mention::start);
    EXPECT_LT(lo.start, 100);
    EXPECT_GT(static_cast<std::size_t>(hi.start), text.size() * 9 / 10);
}

// One line without a break: windows are cut after a space, and the far end is still mined.
TEST(LargeBody, OneLineBodyIsMinedToTheEnd)
{
    int groups = 0;
    ParsedArticle a;
    a.body = bigBody(kMinedWindowBytes + kMinedWindowBytes / 8, &groups);
    std::ranges::replace(a.body, '\n', ' ');
    const auto text = toU32(a.body);
    const auto x = extractEntities(a, gaz());
    const auto *kt = org(x, "KT클라우드");
    ASSERT_NE(kt, nullptr);
    EXPECT_GT(kt->mentions.front().start, static_cast<int>(text.size() * 99 / 100));
    expectWholeBodyOffsets(x, text);
}

// No line break and no space (not text, but it must not break the windows' offsets or crash).
TEST(LargeBody, UnbrokenRunOfSyllables)
{
    ParsedArticle a;
    while (a.body.size() < kMinedWindowBytes * 2 + 7)
        a.body += "가나다라마바사";
    a.body += " 리벨리온은 칩을 공개했다.";
    const auto text = toU32(a.body);
    const auto x = extractEntities(a, gaz());
    const auto *r = org(x, "리벨리온");
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->mentions.front().start, static_cast<int>(text.rfind(U"리벨리온")));
    expectWholeBodyOffsets(x, text);
}

} // namespace
