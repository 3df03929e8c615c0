#include "extract/lexicon.h"
#include "graph/entity_keys.h"
#include "graph/merger.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace sillok::core;

namespace {

Mention mention(int start, int end, int sentence, std::string surface, std::string field = "name")
{
    return {start, end, sentence, std::move(surface), std::move(field)};
}

const PlannedEntity *find(const MergePlan &plan, std::string_view uid)
{
    for (const auto &e : plan.entities)
        if (e.uid == uid)
            return &e;
    return nullptr;
}

int indexOf(const MergePlan &plan, std::string_view uid)
{
    for (std::size_t i = 0; i < plan.entities.size(); ++i)
        if (plan.entities[i].uid == uid)
            return static_cast<int>(i);
    return -1;
}

} // namespace

TEST(MergePlan, EntitiesAliasesMentionsAndFacts)
{
    // "퓨리오사AI(FuriosaAI)와 과기정통부가 제1차 AI반도체 분과회의를 열었다. K-클라우드 프로젝트 1단계 실증사업을 논의했다."
    const std::u32string body = U"퓨리오사AI(FuriosaAI)와 과기정통부가 제1차 AI반도체 분과회의를 열었다. K-클라우드 프로젝트 1단계 실증사업을 논의했다.";
    Extraction x;
    x.sentences = {{0, 45}, {46, 75}};
    ExtractedOrganization furiosa{"퓨리오사AI", {"퓨리오사AI"}, "", "company", "KR", "", {mention(0, 6, 0, "퓨리오사AI")}};
    ExtractedOrganization msit{"과학기술정보통신부", {"과기정통부"}, "Ministry of Science and ICT", "government", "KR", "msit",
                               {mention(19, 24, 0, "과기정통부")}};
    x.organizations = {furiosa, msit};
    ExtractedMeeting meeting;
    meeting.name = "제1차 AI반도체 분과회의";
    meeting.kind = "meeting";
    meeting.date = PartialDate::ofDay(2024, 4, 16);
    meeting.organizers = {"과학기술정보통신부"};
    meeting.participants = {"퓨리오사AI", "알수없는기업"};
    meeting.initiatives = {"K-클라우드 프로젝트 1단계 실증사업"};
    meeting.mentions = {mention(26, 40, 0, "제1차 AI반도체 분과회의")};
    x.meetings = {meeting};
    ExtractedInitiative ini;
    ini.name = "K-클라우드 프로젝트 1단계 실증사업";
    ini.owners = {"과기정통부"};
    ini.mentions = {mention(46, 67, 1, "K-클라우드 프로젝트 1단계 실증사업")};
    x.initiatives = {ini};
    ExtractedPerson person{"이종호", "장관", "과학기술정보통신부", {mention(70, 73, 1, "이종호")}};
    x.people = {person};

    const MergePlan plan = planMerge(x, body, nullptr, Lexicon::builtin());
    const PlannedEntity *f = find(plan, "organization:퓨리오사ai");
    ASSERT_NE(f, nullptr);
    EXPECT_TRUE(std::ranges::any_of(f->aliases, [](const PlannedAlias &a) { return a.form == "FuriosaAI" && a.kind == "english"; }));
    const PlannedEntity *m = find(plan, "organization:gaz:msit");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->aliases.front().kind, "official");
    EXPECT_TRUE(std::ranges::any_of(m->aliases, [](const PlannedAlias &a) { return a.form == "과기정통부" && a.kind == "abbreviation"; }));
    ASSERT_NE(find(plan, "meeting:ai반도체분과회의#1"), nullptr);
    ASSERT_NE(find(plan, "meeting:ai반도체분과회의"), nullptr); // its series
    ASSERT_NE(find(plan, "initiative:k클라우드프로젝트"), nullptr); // the phase's parent
    const PlannedEntity *unknown = find(plan, "organization:알수없는기업");
    ASSERT_NE(unknown, nullptr);
    EXPECT_TRUE(unknown->referenceOnly);
    ASSERT_NE(find(plan, "person:이종호@organization:gaz:msit"), nullptr);
    EXPECT_EQ(plan.mentions.size(), 5u);

    auto fact = [&](std::string_view s, std::string_view p, std::string_view o) -> const PlannedFact * {
        for (const auto &pf : plan.facts)
            if (pf.subject == indexOf(plan, s) && pf.predicate == p && pf.object == indexOf(plan, o))
                return &pf;
        return nullptr;
    };
    const PlannedFact *org = fact("meeting:ai반도체분과회의#1", "organizer", "organization:gaz:msit");
    ASSERT_NE(org, nullptr);
    ASSERT_EQ(org->evidence.size(), 2u); // the meeting and the ministry, same sentence
    EXPECT_DOUBLE_EQ(org->confidence, 1.0);
    EXPECT_NE(fact("meeting:ai반도체분과회의#1", "participant", "organization:퓨리오사ai"), nullptr);
    EXPECT_NE(fact("meeting:ai반도체분과회의#1", "participant", "organization:알수없는기업"), nullptr);
    const PlannedFact *discussed = fact("meeting:ai반도체분과회의#1", "discussed", "initiative:k클라우드프로젝트1단계실증사업");
    ASSERT_NE(discussed, nullptr);
    EXPECT_FALSE(discussed->evidence.empty());
    EXPECT_NE(fact("initiative:k클라우드프로젝트1단계실증사업", "owner", "organization:gaz:msit"), nullptr);
    EXPECT_NE(fact("initiative:k클라우드프로젝트1단계실증사업", "part_of", "initiative:k클라우드프로젝트"), nullptr);
    EXPECT_NE(fact("meeting:ai반도체분과회의#1", "part_of", "meeting:ai반도체분과회의"), nullptr);
    const PlannedFact *role = fact("person:이종호@organization:gaz:msit", "role", "organization:gaz:msit");
    ASSERT_NE(role, nullptr);
    EXPECT_EQ(role->value, "장관");
    for (const auto &pf : plan.facts)
        EXPECT_FALSE(pf.evidence.empty()) << pf.predicate;
}

TEST(MergePlan, SameEntityTwiceInOneArticleIsPlannedOnce)
{
    Extraction x;
    x.organizations = {{"엔비디아", {"엔비디아"}, "NVIDIA", "company", "US", "nvidia", {mention(0, 4, 0, "엔비디아")}},
                       {"NVIDIA", {"NVIDIA"}, "", "company", "US", "nvidia", {mention(10, 16, 0, "NVIDIA")}}};
    const MergePlan plan = planMerge(x, {}, nullptr, Lexicon::builtin());
    ASSERT_EQ(plan.entities.size(), 1u);
    EXPECT_EQ(plan.mentions.size(), 2u);
    EXPECT_EQ(plan.entities[0].aliases.size(), 2u);
}

// Typed relations become facts named as in gold-format.md, with the relation's date and
// confidence and the two ends' mentions in the stating sentence as evidence.
TEST(MergePlan, TypedRelationsAreFactsWithEvidenceAndDate)
{
    const std::u32string body = U"누리칩스와 하람반도체는 5일 업무협약을 맺었다.";
    Extraction x;
    x.sentences = {{0, 27}};
    x.organizations = {ExtractedOrganization{"누리칩스", {"누리칩스"}, "", "company", "", "", {mention(0, 4, 0, "누리칩스")}},
                       ExtractedOrganization{"하람반도체", {"하람반도체"}, "", "company", "", "", {mention(6, 11, 0, "하람반도체")}}};
    x.organizations[1].confidence = 0.5;
    ExtractedRelation r;
    r.subject = "누리칩스";
    r.subjectType = "organization";
    r.predicate = "partnership";
    r.object = "하람반도체";
    r.objectType = "organization";
    r.date = PartialDate::ofDay(2024, 3, 5);
    r.dateText = "5일";
    r.sentence = 0;
    r.subjectMention = x.organizations[0].mentions[0];
    r.objectMention = x.organizations[1].mentions[0];
    r.confidence = 0.9;
    x.relations = {r};
    const MergePlan plan = planMerge(x, body, nullptr, Lexicon::builtin());
    const auto fact = std::ranges::find_if(plan.facts, [](const PlannedFact &f) { return f.predicate == "partnership"; });
    ASSERT_NE(fact, plan.facts.end());
    EXPECT_EQ(plan.entities[static_cast<std::size_t>(fact->subject)].name, "누리칩스");
    EXPECT_EQ(plan.entities[static_cast<std::size_t>(fact->object)].name, "하람반도체");
    EXPECT_EQ(fact->date, PartialDate::ofDay(2024, 3, 5));
    EXPECT_DOUBLE_EQ(fact->confidence, 0.9);
    ASSERT_EQ(fact->evidence.size(), 2u);
    EXPECT_EQ(plan.mentions[static_cast<std::size_t>(fact->evidence[0])].mention.start, 0);
    EXPECT_EQ(plan.mentions[static_cast<std::size_t>(fact->evidence[1])].mention.start, 6);
    // The low-confidence organisation keeps its confidence for the review queue.
    const auto haram = std::ranges::find_if(plan.entities, [](const PlannedEntity &e) { return e.name == "하람반도체"; });
    ASSERT_NE(haram, plan.entities.end());
    EXPECT_LT(haram->confidence, kReviewConfidence);
}

// A past post is its own fact (former_role), never the current "role".
TEST(MergePlan, FormerPostIsAFactOfItsOwn)
{
    const std::u32string body = U"에릭 슈미트 전 구글 CEO가 말했다.";
    Extraction x;
    x.sentences = {{0, 20}};
    x.organizations = {ExtractedOrganization{"구글", {"구글"}, "", "company", "US", "", {mention(9, 11, 0, "구글")}}};
    ExtractedPerson p{"에릭 슈미트", "전 CEO", "구글", {mention(0, 6, 0, "에릭 슈미트")}};
    p.former = true;
    x.people = {p};
    const MergePlan plan = planMerge(x, body, nullptr, Lexicon::builtin());
    const auto former = std::ranges::find_if(plan.facts, [](const PlannedFact &f) { return f.predicate == "former_role"; });
    ASSERT_NE(former, plan.facts.end());
    EXPECT_EQ(former->value, "CEO");
    EXPECT_TRUE(std::ranges::none_of(plan.facts, [](const PlannedFact &f) { return f.predicate == "role"; }));
}
