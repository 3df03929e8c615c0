// The graph side of the Library: hand-built extractions of two articles merged through
// mergeExtraction(), then curation, replay after re-merge, undo, timeline, graph and facts.

#include "common/utf.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "graph/merger.h"
#include "store/database.h"
#include "store/library.h"
#include "store/library_graph.h"
#include "store/statement.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>

using namespace sillok::core;
namespace fs = std::filesystem;

namespace {

// What the import pipeline does for an article: plan the extraction against its stored body
// (with the builtin gazetteer, scoped to the article's uid), then write the plan.
Status mergeExtraction(Library &lib, std::int64_t articleId, const Extraction &x, std::int64_t run)
{
    auto article = lib.article(articleId);
    if (!article)
        return std::unexpected(article.error());
    const MergePlan plan =
        planMerge(x, toU32(article->body), &Gazetteer::builtin(), Lexicon::builtin(), article->summary.uid);
    return mergeExtraction(lib.database(), articleId, plan, run);
}

const char *kArticleA =
    "과학기술정보통신부는 19일 제4차 AI 반도체 최고위 전략대화를 열었다. 엔비디아와 퓨리오사AI가 참석했다. "
    "회의에서는 AI-반도체 이니셔티브가 논의됐다.\n";
const char *kArticleB =
    "과기정통부가 주최한 제4차 AI반도체 최고위전략대화에 NVIDIA와 FuriosaAI(퓨리오사AI)가 참여했다. "
    "이종호 과기정통부 장관이 K-클라우드 프로젝트 1단계 실증사업을 소개했다.\n";

// Mentions are located in the stored body, so the test does not depend on how ingest cleans.
struct Body {
    std::u32string text;
    std::vector<Sentence> sentences;

    explicit Body(const std::string &body) : text(toU32(body))
    {
        int start = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == U'.' || i + 1 == text.size()) {
                sentences.push_back({start, static_cast<int>(i) + 1});
                start = static_cast<int>(i) + 1;
                while (static_cast<std::size_t>(start) < text.size() && text[static_cast<std::size_t>(start)] == U' ')
                    ++start;
            }
        }
    }
    Mention at(const std::string &surface, int nth = 0, std::string field = "name") const
    {
        const std::u32string s = toU32(surface);
        std::size_t pos = text.find(s);
        for (int i = 0; i < nth && pos != std::u32string::npos; ++i)
            pos = text.find(s, pos + 1);
        EXPECT_NE(pos, std::u32string::npos) << surface;
        Mention m{static_cast<int>(pos), static_cast<int>(pos + s.size()), -1, surface, std::move(field)};
        for (std::size_t i = 0; i < sentences.size(); ++i)
            if (sentences[i].start <= m.start && m.end <= sentences[i].end)
                m.sentence = static_cast<int>(i);
        return m;
    }
};

Extraction extractionA(const Body &b)
{
    Extraction x;
    x.sentences = b.sentences;
    x.organizations = {
        {"과학기술정보통신부", {"과학기술정보통신부"}, "Ministry of Science and ICT", "government", "KR", "msit",
         {b.at("과학기술정보통신부")}},
        {"엔비디아", {"엔비디아"}, "NVIDIA", "company", "US", "nvidia", {b.at("엔비디아")}},
        {"퓨리오사AI", {"퓨리오사AI"}, "", "company", "KR", "", {b.at("퓨리오사AI")}},
    };
    ExtractedMeeting m;
    m.name = "제4차 AI 반도체 최고위 전략대화";
    m.kind = "meeting";
    m.date = PartialDate::ofDay(2023, 12, 19);
    m.dateText = "19일";
    m.organizers = {"과학기술정보통신부"};
    m.participants = {"엔비디아", "퓨리오사AI"};
    m.initiatives = {"AI-반도체 이니셔티브"};
    m.mentions = {b.at("제4차 AI 반도체 최고위 전략대화"), b.at("19일", 0, "date")};
    x.meetings = {m};
    ExtractedInitiative i;
    i.name = "AI-반도체 이니셔티브";
    i.kind = "strategy";
    i.date = PartialDate::ofMonth(2023, 12);
    i.owners = {"과학기술정보통신부"};
    i.mentions = {b.at("AI-반도체 이니셔티브")};
    x.initiatives = {i};
    return x;
}

Extraction extractionB(const Body &b)
{
    Extraction x;
    x.sentences = b.sentences;
    x.organizations = {
        {"과학기술정보통신부", {"과기정통부"}, "", "government", "KR", "msit", {b.at("과기정통부"), b.at("과기정통부", 1)}},
        {"NVIDIA", {"NVIDIA"}, "", "company", "US", "nvidia", {b.at("NVIDIA")}},
        {"FuriosaAI", {"FuriosaAI"}, "", "company", "", "", {b.at("FuriosaAI")}},
    };
    ExtractedMeeting m;
    m.name = "제4차 AI반도체 최고위전략대화";
    m.kind = "meeting";
    m.ordinal = 4;
    m.series = "AI반도체 최고위전략대화";
    m.organizers = {"과학기술정보통신부"};
    m.participants = {"NVIDIA", "FuriosaAI"};
    m.mentions = {b.at("제4차 AI반도체 최고위전략대화")};
    x.meetings = {m};
    ExtractedInitiative i;
    i.name = "K-클라우드 프로젝트 1단계 실증사업";
    i.kind = "project";
    i.owners = {"과학기술정보통신부"};
    i.mentions = {b.at("K-클라우드 프로젝트 1단계 실증사업")};
    x.initiatives = {i};
    x.people = {{"이종호", "장관", "과학기술정보통신부", {b.at("이종호"), b.at("장관", 0, "role")}}};
    return x;
}

class LibraryGraph : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() / ("sillok-graph-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed())
                                             + "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir / "in");
        std::ofstream(m_dir / "in" / "a.txt") << kArticleA;
        std::ofstream(m_dir / "in" / "b.txt") << kArticleB;
        auto lib = Library::open((m_dir / "db.sqlite").string());
        ASSERT_TRUE(lib) << lib.error().detail;
        m_lib = std::move(*lib);
        ImportOptions options;
        options.extract = false;
        const ImportReport report = m_lib->importPaths({(m_dir / "in").string()}, options);
        ASSERT_EQ(report.imported, 2) << (report.failed.empty() ? "" : report.failed[0].error);
        auto articles = m_lib->articles();
        ASSERT_TRUE(articles);
        for (const auto &a : *articles)
            (a.source.ends_with("a.txt") ? m_a : m_b) = a.id;
        mergeBoth();
    }
    void TearDown() override
    {
        m_lib.reset();
        fs::remove_all(m_dir);
    }
    void mergeBoth(std::int64_t run = 0)
    {
        auto a = m_lib->article(m_a);
        auto b = m_lib->article(m_b);
        ASSERT_TRUE(a && b);
        ASSERT_TRUE(mergeExtraction(*m_lib, m_a, extractionA(Body(a->body)), run));
        ASSERT_TRUE(mergeExtraction(*m_lib, m_b, extractionB(Body(b->body)), run));
    }
    EntitySummary byName(const std::string &text, EntityType type)
    {
        auto list = m_lib->entities({type, text, false});
        EXPECT_TRUE(list);
        EXPECT_EQ(list->size(), 1u) << text;
        return list->empty() ? EntitySummary{} : list->front();
    }
    std::size_t count(std::optional<EntityType> type = {})
    {
        auto list = m_lib->entities({type, "", false});
        return list ? list->size() : 0;
    }

    fs::path m_dir;
    std::unique_ptr<Library> m_lib;
    std::int64_t m_a = 0, m_b = 0;
};

bool hasAlias(const EntityDetail &d, const std::string &form)
{
    return std::ranges::any_of(d.aliases, [&](const AliasRecord &a) { return a.form == form; });
}

} // namespace

TEST_F(LibraryGraph, TwoArticlesShareOneMeetingAndOrganizations)
{
    const EntitySummary meeting = byName("제4차", EntityType::Meeting);
    EXPECT_EQ(meeting.articleCount, 2);
    EXPECT_EQ(meeting.date, PartialDate::ofDay(2023, 12, 19));
    const EntitySummary nvidia = byName("nvidia", EntityType::Organization); // via gazetteer id
    EXPECT_EQ(nvidia.articleCount, 2);
    const EntitySummary furiosa = byName("FuriosaAI", EntityType::Organization); // via 한글(English)
    EXPECT_EQ(furiosa.articleCount, 2);
    const EntitySummary msit = byName("과기정통부", EntityType::Organization);
    EXPECT_EQ(msit.articleCount, 2);
    EXPECT_EQ(msit.mentionCount, 3);
    auto d = m_lib->entity(msit.id);
    ASSERT_TRUE(d);
    EXPECT_TRUE(hasAlias(*d, "과학기술정보통신부"));
    EXPECT_TRUE(hasAlias(*d, "과기정통부"));
    EXPECT_TRUE(hasAlias(*d, "Ministry of Science and ICT"));
    EXPECT_EQ(d->articles.size(), 2u);
    EXPECT_EQ(d->mentions.size(), 3u);
    const auto group = aliasGroupFromGraph(m_lib->database(), "과기정통부");
    EXPECT_NE(std::ranges::find(group, "과학기술정보통신부"), group.end());
    EXPECT_TRUE(aliasGroupFromGraph(m_lib->database(), "없는이름").empty());
}

TEST_F(LibraryGraph, ReMergeIsIdempotent)
{
    const std::size_t entities = count();
    auto facts = m_lib->facts();
    ASSERT_TRUE(facts);
    mergeBoth();
    mergeBoth();
    EXPECT_EQ(count(), entities);
    auto again = m_lib->facts();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->size(), facts->size());
    EXPECT_EQ(byName("과기정통부", EntityType::Organization).mentionCount, 3);
}

TEST_F(LibraryGraph, FactsCarryEvidenceWithSpans)
{
    auto facts = m_lib->facts();
    ASSERT_TRUE(facts);
    auto a = m_lib->article(m_a);
    ASSERT_TRUE(a);
    bool organizer = false, role = false, partOf = false, owner = false;
    for (const FactRecord &f : *facts) {
        ASSERT_FALSE(f.evidence.empty()) << f.predicate << " " << f.subjectName << " → " << f.objectName;
        for (const EvidenceRecord &e : f.evidence) {
            EXPECT_LE(e.sentenceStart, e.start);
            EXPECT_GE(e.sentenceEnd, e.end);
            auto art = m_lib->article(e.articleId);
            ASSERT_TRUE(art);
            const std::string surface = substrCodePoints(art->body, static_cast<std::size_t>(e.start),
                                                         static_cast<std::size_t>(e.end));
            EXPECT_NE(e.quote.find(surface), std::string::npos);
        }
        if (f.predicate == "organizer" && f.objectName == "과학기술정보통신부") {
            organizer = true;
            EXPECT_EQ(f.evidence.size(), 4u); // meeting + ministry in A, meeting + 과기정통부 in B
        }
        if (f.predicate == "role") {
            role = true;
            EXPECT_EQ(f.value, "장관");
            EXPECT_EQ(f.subjectName, "이종호");
        }
        partOf = partOf || (f.predicate == "part_of" && f.objectName == "K-클라우드 프로젝트");
        owner = owner || (f.predicate == "owner" && f.subjectName == "AI-반도체 이니셔티브");
    }
    EXPECT_TRUE(organizer);
    EXPECT_TRUE(role);
    EXPECT_TRUE(partOf);
    EXPECT_TRUE(owner);
}

TEST_F(LibraryGraph, DecisionsSurviveReMerge)
{
    const EntitySummary msit = byName("과기정통부", EntityType::Organization);
    const EntitySummary nvidia = byName("nvidia", EntityType::Organization);
    const EntitySummary furiosa = byName("FuriosaAI", EntityType::Organization);
    ASSERT_TRUE(m_lib->renameEntity(msit.id, "과학기술정보통신부(MSIT)"));
    ASSERT_TRUE(m_lib->addAlias(msit.id, "과기부"));
    ASSERT_TRUE(m_lib->removeAlias(msit.id, "과기정통부"));
    ASSERT_TRUE(m_lib->mergeEntities(nvidia.id, furiosa.id)); // deliberately wrong, then kept
    const EntitySummary ini = byName("이니셔티브", EntityType::Initiative);
    ASSERT_TRUE(m_lib->rejectEntity(ini.id));
    const std::size_t orgs = count(EntityType::Organization);

    mergeBoth();
    auto d = m_lib->entity(msit.id);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->summary.name, "과학기술정보통신부(MSIT)");
    EXPECT_TRUE(hasAlias(*d, "과기부"));
    EXPECT_FALSE(hasAlias(*d, "과기정통부"));
    EXPECT_EQ(count(EntityType::Organization), orgs);
    auto merged = m_lib->entity(nvidia.id);
    ASSERT_TRUE(merged);
    EXPECT_TRUE(hasAlias(*merged, "FuriosaAI"));
    EXPECT_EQ(merged->summary.mentionCount, nvidia.mentionCount + furiosa.mentionCount);
    auto furiosaView = m_lib->entity(furiosa.id); // a merged-away id shows the kept entity
    ASSERT_TRUE(furiosaView);
    EXPECT_EQ(furiosaView->summary.id, nvidia.id);
    auto visible = m_lib->entities({EntityType::Initiative, "이니셔티브", false});
    ASSERT_TRUE(visible);
    EXPECT_TRUE(visible->empty());
    auto all = m_lib->entities({EntityType::Initiative, "이니셔티브", true});
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 1u);
    EXPECT_TRUE(all->front().rejected);
    auto timeline = m_lib->timeline();
    ASSERT_TRUE(timeline);
    EXPECT_TRUE(std::ranges::none_of(*timeline, [&](const TimelineItem &t) { return t.entityId == ini.id; }));
}

TEST_F(LibraryGraph, SplitAndUndo)
{
    const EntitySummary nvidia = byName("nvidia", EntityType::Organization);
    const EntitySummary furiosa = byName("FuriosaAI", EntityType::Organization);
    const std::size_t orgs = count(EntityType::Organization);
    auto merge = m_lib->mergeEntities(nvidia.id, furiosa.id);
    ASSERT_TRUE(merge);
    EXPECT_EQ(count(EntityType::Organization), orgs - 1);
    EXPECT_FALSE(m_lib->mergeEntities(nvidia.id, furiosa.id)); // already one entity
    auto split = m_lib->splitEntity(nvidia.id, *merge);
    ASSERT_TRUE(split);
    EXPECT_EQ(count(EntityType::Organization), orgs);
    EXPECT_EQ(byName("FuriosaAI", EntityType::Organization).mentionCount, furiosa.mentionCount);
    EXPECT_FALSE(m_lib->splitEntity(nvidia.id, *merge)); // nothing left to split
    ASSERT_TRUE(m_lib->undoDecision(*split));               // the merge holds again
    EXPECT_EQ(count(EntityType::Organization), orgs - 1);
    EXPECT_FALSE(m_lib->undoDecision(*split));
    ASSERT_TRUE(m_lib->undoDecision(*merge));
    EXPECT_EQ(count(EntityType::Organization), orgs);

    const EntitySummary msit = byName("과기정통부", EntityType::Organization);
    auto rename = m_lib->renameEntity(msit.id, "MSIT");
    ASSERT_TRUE(rename);
    ASSERT_TRUE(m_lib->undoDecision(*rename));
    auto d = m_lib->entity(msit.id);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->summary.name, "과학기술정보통신부");
    EXPECT_FALSE(m_lib->renameEntity(msit.id, "  "));
    EXPECT_FALSE(m_lib->removeAlias(msit.id, "없는별칭"));
    EXPECT_FALSE(m_lib->mergeEntities(msit.id, byName("제4차", EntityType::Meeting).id)); // types differ
    EXPECT_FALSE(m_lib->undoDecision(999999));
}

TEST_F(LibraryGraph, TimelineKeepsPrecisionAndLanes)
{
    auto timeline = m_lib->timeline();
    ASSERT_TRUE(timeline);
    ASSERT_EQ(timeline->size(), 2u);
    const TimelineItem &first = timeline->at(0); // 2023-12 sorts before 2023-12-19
    EXPECT_EQ(first.type, EntityType::Initiative);
    EXPECT_EQ(first.start.precision, DatePrecision::Month);
    EXPECT_EQ(first.end, first.start);
    EXPECT_NE(std::ranges::find(first.organizations, "과학기술정보통신부"), first.organizations.end());
    const TimelineItem &meeting = timeline->at(1);
    EXPECT_EQ(meeting.type, EntityType::Meeting);
    EXPECT_EQ(meeting.start, PartialDate::ofDay(2023, 12, 19));
    EXPECT_EQ(meeting.dateText, "19일");
    EXPECT_NE(std::ranges::find(meeting.initiatives, "AI-반도체 이니셔티브"), meeting.initiatives.end());
    EXPECT_GE(meeting.organizations.size(), 3u);
}

TEST_F(LibraryGraph, GraphNeighbourhoods)
{
    auto whole = m_lib->graph(0);
    ASSERT_TRUE(whole);
    const EntitySummary person = byName("이종호", EntityType::Person);
    auto one = m_lib->graph(person.id, 1);
    ASSERT_TRUE(one);
    EXPECT_EQ(one->nodes.size(), 2u); // the person and the ministry
    EXPECT_EQ(one->edges.size(), 1u);
    auto two = m_lib->graph(person.id, 2);
    ASSERT_TRUE(two);
    EXPECT_GT(two->nodes.size(), one->nodes.size());
    EXPECT_LT(two->nodes.size(), whole->nodes.size() + 1);
    for (const GraphEdge &e : two->edges) {
        const auto has = [&](std::int64_t id) {
            return std::ranges::any_of(two->nodes, [&](const GraphNode &n) { return n.id == id; });
        };
        EXPECT_TRUE(has(e.from) && has(e.to));
    }
    EXPECT_FALSE(m_lib->graph(999999, 1));
}

TEST_F(LibraryGraph, ChangedArticleReplacesItsMentionsAndCollectsFacts)
{
    auto b = m_lib->article(m_b);
    ASSERT_TRUE(b);
    Extraction x = extractionB(Body(b->body));
    x.people.clear();
    ASSERT_TRUE(mergeExtraction(*m_lib, m_b, x, 0));
    auto facts = m_lib->facts();
    ASSERT_TRUE(facts);
    EXPECT_TRUE(std::ranges::none_of(*facts, [](const FactRecord &f) { return f.predicate == "role"; }));
    auto people = m_lib->entities({EntityType::Person, "", false});
    ASSERT_TRUE(people);
    EXPECT_TRUE(people->empty()); // no decision touched it: collected
    ASSERT_TRUE(deleteArticleGraph(m_lib->database(), m_b));
    EXPECT_EQ(byName("과기정통부", EntityType::Organization).mentionCount, 1);
}

// An annotation linked to an entity as evidence stays on the entity's page through merges, two
// deep (엔비디아 into 퓨리오사AI, then that group into the ministry).
TEST_F(LibraryGraph, EvidenceFollowsItsEntityThroughMerges)
{
    const EntitySummary nvidia = byName("엔비디아", EntityType::Organization);
    const EntitySummary furiosa = byName("퓨리오사AI", EntityType::Organization);
    const EntitySummary ministry = byName("과학기술정보통신부", EntityType::Organization);
    auto a = m_lib->article(m_a);
    ASSERT_TRUE(a);
    const std::string quote = "엔비디아";
    const std::size_t at = a->body.find(quote);
    ASSERT_NE(at, std::string::npos);
    AnnotationRecord n;
    n.articleId = m_a;
    n.start = static_cast<int>(codePointCount(std::string_view(a->body).substr(0, at)));
    n.end = n.start + static_cast<int>(codePointCount(quote));
    n.note = "참석 근거";
    n.color = "yellow";
    n.entityUid = nvidia.uid;
    ASSERT_TRUE(m_lib->addAnnotation(n));

    ASSERT_TRUE(m_lib->mergeEntities(furiosa.id, nvidia.id));
    ASSERT_TRUE(m_lib->mergeEntities(ministry.id, furiosa.id));
    auto onRoot = m_lib->entityAnnotations(ministry.id);
    ASSERT_TRUE(onRoot);
    ASSERT_EQ(onRoot->size(), 1u);
    EXPECT_EQ(onRoot->front().note, "참석 근거");
    EXPECT_TRUE(m_lib->entityAnnotations(furiosa.id)->empty()) << "a merged-away entity has no page of its own";
}

namespace {

// A fresh library in its own temporary folder holding `files` (name → text), imported without
// extraction: a test merges the extractions it builds by hand, article by article.
class ScratchLibrary {
public:
    ScratchLibrary(const std::string &tag, const std::vector<std::pair<std::string, std::string>> &files)
        : m_dir(fs::temp_directory_path()
                / ("sillok-" + tag + "-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed())))
    {
        fs::remove_all(m_dir);
        fs::create_directories(m_dir / "in");
        for (const auto &[name, text] : files)
            std::ofstream(m_dir / "in" / name) << text;
        auto opened = Library::open((m_dir / "db.sqlite").string());
        if (!opened) {
            ADD_FAILURE() << opened.error().detail;
            return;
        }
        ImportOptions options;
        options.extract = false;
        const ImportReport report = (*opened)->importPaths({(m_dir / "in").string()}, options);
        EXPECT_EQ(report.imported, static_cast<int>(files.size()));
        if (report.imported == static_cast<int>(files.size()))
            m_lib = std::move(*opened);
    }
    ~ScratchLibrary()
    {
        m_lib.reset();
        fs::remove_all(m_dir);
    }
    bool ok() const { return m_lib != nullptr; }
    Library &lib() { return *m_lib; }

    // Merges what `build` makes of each article (its source path and located body); articles
    // whose source ends with `first` are merged before the others. `batched`: as an import's
    // writer does, by one GraphWriter keeping rows between articles (its tallies deferred), in one
    // transaction.
    void mergeEach(std::string_view first, const std::function<Extraction(const std::string &, const Body &)> &build,
                   bool batched = false)
    {
        auto articles = m_lib->articles();
        ASSERT_TRUE(articles);
        std::vector<ArticleSummary> order(articles->begin(), articles->end());
        std::ranges::stable_partition(order, [&](const ArticleSummary &a) { return a.source.ends_with(first); });
        std::optional<GraphWriter> writer;
        std::optional<Transaction> tx;
        if (batched) {
            writer.emplace(m_lib->database());
            writer->deferTallies(true);
            tx.emplace(m_lib->database());
            ASSERT_TRUE(tx->begin());
        }
        for (const auto &a : order) {
            auto article = m_lib->article(a.id);
            ASSERT_TRUE(article);
            const Body b(article->body);
            Extraction x = build(a.source, b);
            x.sentences = b.sentences;
            if (!batched) {
                ASSERT_TRUE(mergeExtraction(*m_lib, a.id, x, 0));
                continue;
            }
            const MergePlan plan =
                planMerge(x, toU32(article->body), &Gazetteer::builtin(), Lexicon::builtin(), article->summary.uid);
            ASSERT_TRUE(writer->merge(a.id, plan, 0));
            writer->articleKept();
        }
        if (batched) {
            ASSERT_TRUE(writer->flushTallies());
            ASSERT_TRUE(tx->commit());
        }
    }

private:
    fs::path m_dir;
    std::unique_ptr<Library> m_lib;
};

} // namespace

// Two articles each speak of "기자회견" and call their own conference "컨퍼런스" for short. A kind
// noun names no event outside its article: the press conferences stay two entities, and the
// short form neither becomes an alias nor merges the two conferences (it once merged a 2023
// conference into AISC 2025).
TEST(LibraryGraphGenericMeetings, KindNounsDoNotMergeAcrossArticles)
{
    ScratchLibrary scratch("generic", {{"c.txt", "리벨리온은 기자회견을 열었다. 리벨리온은 AI반도체 미래기술 컨퍼런스에 참가한다. "
                                                 "컨퍼런스는 서울에서 열린다.\n"},
                                       {"d.txt", "퓨리오사AI는 기자회견을 열었다. 퓨리오사AI는 핫칩스 2024 컨퍼런스에서 발표했다. "
                                                 "컨퍼런스에는 엔비디아도 참가했다.\n"}});
    ASSERT_TRUE(scratch.ok());
    Library &lib = scratch.lib();
    scratch.mergeEach({}, [](const std::string &source, const Body &b) {
        const bool c = source.ends_with("c.txt");
        Extraction x;
        const std::string org = c ? "리벨리온" : "퓨리오사AI";
        x.organizations = {{org, {org}, "", "company", "KR", "", {b.at(org)}}};
        ExtractedMeeting press;
        press.name = "기자회견";
        press.kind = "press_conference";
        press.organizers = {org};
        press.mentions = {b.at("기자회견")};
        ExtractedMeeting conference;
        conference.name = c ? "AI반도체 미래기술 컨퍼런스" : "핫칩스 2024";
        conference.aliases = {"컨퍼런스"};
        conference.kind = "conference";
        conference.mentions = {b.at(conference.name), b.at("컨퍼런스", 1)};
        x.meetings = {press, conference};
        return x;
    });
    auto meetings = lib.entities({EntityType::Meeting, "", false});
    ASSERT_TRUE(meetings);
    int pressConferences = 0;
    for (const EntitySummary &m : *meetings) {
        EXPECT_EQ(m.articleCount, 1) << m.name;
        pressConferences += m.name == "기자회견";
        auto detail = lib.entity(m.id);
        ASSERT_TRUE(detail);
        EXPECT_FALSE(hasAlias(*detail, "컨퍼런스")) << m.name;
    }
    EXPECT_EQ(pressConferences, 2);
    EXPECT_EQ(meetings->size(), 4u);
}

// "시연회" in one article and "K-클라우드 1단계 AI서비스 실증 시연회" on the same day in another are
// one event, whichever article is merged first; the kind noun is not kept as its alias. A
// "시연회" of another day stays apart, and a third article's "시연회" of the day joins the named
// one too. The same when an import's writer merges them in one batch, where it keeps the meetings
// of a day it has read: an article finds the meeting an earlier one added, and the name another
// one gave it.
TEST(LibraryGraphGenericMeetings, KindNounJoinsTheNamedMeetingOfItsDay)
{
    for (const int run : {0, 1, 2, 3}) {
        const bool namedFirst = run % 2 == 0;
        const bool batched = run >= 2;
        ScratchLibrary scratch("sameday-" + std::to_string(run),
                               {{"named.txt", "과기정통부는 K-클라우드 1단계 AI서비스 실증 시연회를 열었다.\n"},
                                {"short.txt", "회의에 이어 같은 장소에서 시연회가 열렸다.\n"},
                                {"other.txt", "다른 날에도 시연회가 열렸다.\n"},
                                {"short2.txt", "같은 날 열린 시연회에는 기업 대표들이 참석했다.\n"}});
        ASSERT_TRUE(scratch.ok());
        Library &lib = scratch.lib();
        scratch.mergeEach(
            namedFirst ? "named.txt" : "short.txt",
            [](const std::string &source, const Body &b) {
                Extraction x;
                ExtractedMeeting m;
                m.kind = "demo";
                if (source.ends_with("named.txt")) {
                    m.name = "K-클라우드 1단계 AI서비스 실증 시연회";
                    m.date = PartialDate::ofDay(2023, 12, 19);
                } else {
                    m.name = "시연회";
                    m.date = source.ends_with("other.txt") ? PartialDate::ofDay(2024, 1, 5)
                                                           : PartialDate::ofDay(2023, 12, 19);
                }
                m.mentions = {b.at(m.name)};
                x.meetings = {m};
                return x;
            },
            batched);
        auto meetings = lib.entities({EntityType::Meeting, "", false});
        ASSERT_TRUE(meetings);
        ASSERT_EQ(meetings->size(), 2u) << "named first: " << namedFirst << ", batched: " << batched;
        for (const EntitySummary &m : *meetings) {
            if (m.date == PartialDate::ofDay(2023, 12, 19)) {
                EXPECT_EQ(m.name, "K-클라우드 1단계 AI서비스 실증 시연회");
                EXPECT_EQ(m.articleCount, 3);
                auto detail = lib.entity(m.id);
                ASSERT_TRUE(detail);
                EXPECT_FALSE(hasAlias(*detail, "시연회"));
            } else {
                EXPECT_EQ(m.name, "시연회");
                EXPECT_EQ(m.articleCount, 1);
            }
        }
        // The meetings of a day are read from their partial index (migration 17), which holds every
        // column the look-up reads and stands for the rest of its condition: SQLite's deferred seek
        // to the entity row never happens (no row read per meeting, whose count grows with the library).
        const std::vector<std::string> sql = lib.database().cachedSql();
        const auto lookup = std::ranges::find_if(
            sql, [](const std::string &s) { return s.find("type = 'meeting' AND date = ?") != std::string::npos; });
        ASSERT_NE(lookup, sql.end());
        Statement plan(lib.database(), "EXPLAIN QUERY PLAN " + *lookup);
        std::string details;
        while (plan.next())
            details += plan.text(3) + "\n";
        EXPECT_NE(details.find("USING INDEX entity_meeting_day"), std::string::npos) << *lookup << "\n" << details;
    }
}

// A company that one article names in Korean and English and a later one only in English is
// one entity: the second article's name is found as an alias the first one stored. The same when
// an import's writer merges both in one batch, where it keeps what each alias norm named (the
// first article looked "hanbit chips" up before it stored it).
TEST(LibraryGraphAliases, ANameStoredByAnEarlierArticleOfTheBatchFindsItsEntity)
{
    for (const bool batched : {false, true}) {
        ScratchLibrary scratch("alias-batch-" + std::to_string(batched),
                               {{"a-first.txt", "한빛칩스(Hanbit Chips)가 새 NPU를 공개했다.\n"},
                                {"b-second.txt", "Hanbit Chips는 내년 양산을 시작한다.\n"}});
        ASSERT_TRUE(scratch.ok());
        scratch.mergeEach(
            "a-first.txt",
            [](const std::string &source, const Body &b) {
                Extraction x;
                ExtractedOrganization o;
                o.kind = "company";
                o.country = "KR";
                if (source.ends_with("a-first.txt")) {
                    o.name = "한빛칩스";
                    o.aliases = {"한빛칩스", "Hanbit Chips"};
                    o.english = "Hanbit Chips";
                    o.mentions = {b.at("한빛칩스"), b.at("Hanbit Chips")};
                } else {
                    o.name = "Hanbit Chips";
                    o.aliases = {"Hanbit Chips"};
                    o.mentions = {b.at("Hanbit Chips")};
                }
                x.organizations = {o};
                return x;
            },
            batched);
        auto orgs = scratch.lib().entities({EntityType::Organization, "", false});
        ASSERT_TRUE(orgs);
        ASSERT_EQ(orgs->size(), 1u) << "batched: " << batched;
        EXPECT_EQ(orgs->front().name, "한빛칩스");
        EXPECT_EQ(orgs->front().articleCount, 2) << "batched: " << batched;
    }
}

// An initiative named with its leading clause in one article and without it in another is one
// initiative, in either merge order.
TEST(LibraryGraphInitiatives, CoreNameJoinsTheLongName)
{
    for (const bool longFirst : {true, false}) {
        ScratchLibrary scratch("core-name-" + std::to_string(longFirst),
                               {{"long.txt", "정부는 국산 AI반도체를 활용한 K-클라우드 추진방안을 발표했다.\n"},
                                {"short.txt", "K-클라우드 추진방안에 따라 실증이 시작됐다.\n"}});
        ASSERT_TRUE(scratch.ok());
        scratch.mergeEach(longFirst ? "long.txt" : "short.txt", [](const std::string &source, const Body &b) {
            Extraction x;
            ExtractedInitiative i;
            i.name = source.ends_with("long.txt") ? "국산 AI반도체를 활용한 K-클라우드 추진방안" : "K-클라우드 추진방안";
            i.kind = "plan";
            i.mentions = {b.at(i.name)};
            x.initiatives = {i};
            return x;
        });
        auto initiatives = scratch.lib().entities({EntityType::Initiative, "", false});
        ASSERT_TRUE(initiatives);
        ASSERT_EQ(initiatives->size(), 1u) << "long first: " << longFirst;
        EXPECT_EQ(initiatives->front().articleCount, 2);
    }
}
