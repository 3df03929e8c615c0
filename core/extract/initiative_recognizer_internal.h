#pragma once
// Private to initiative_recognizer.cpp and its parts (initiative_candidates.cpp,
// initiative_quoted.cpp, initiative_owners.cpp): the candidate names one Scanner finds in an
// article (its passes are split between initiative_candidates.cpp and initiative_quoted.cpp),
// and the passes that attach owners and dates to the merged initiatives.

#include "extract/article_text.h"
#include "extract/dates_context.h"
#include "extract/extraction.h"
#include "extract/initiative_context.h"
#include "extract/organization_recognizer.h"
#include "extract/phrase.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sillok::core::extract::initiative_internal {

struct Cand {
    int start = 0;
    int end = 0;
    std::u32string name;
    std::string kind;
    std::u32string parent; // part_of
    int stage = 0;         // N of "N단계" for stage children
    std::u32string alias;  // an abbreviation given in parentheses right after it
};

class Scanner {
public:
    Scanner(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
            const std::vector<std::size_t> &topics)
        : m_at(at), m_toks(at.tokens()), m_lex(at.lexicon()), m_spans(organizationSpans(orgs)),
          m_spansByEnd(indexSpansByEnd(m_spans)), m_quotes(findQuotes(at)), m_ctx(at, orgs, m_spans),
          m_quoteAt(m_toks.size(), -1)
    {
        for (std::size_t q = 0; q < m_quotes.size(); ++q)
            m_quoteAt[m_quotes[q].open] = static_cast<int>(q);
        for (const std::size_t k : topics) {
            if (k == topics.front() || orgs[k].kind == m_topicKind)
                m_topicKind = orgs[k].kind;
            else
                m_topicKind.clear();
        }
    }
    std::vector<Cand> run();

private:
    // The passes, in the order run() applies them. Each token-level pass returns true when it
    // took token i (the later passes then skip it).
    void quotedNames();
    bool numberedAct(std::size_t i);
    bool lawWithEnglishTitle(std::size_t i);
    bool compoundLaw(std::size_t i);
    bool ruleWithAcronym(std::size_t i);
    void headPhrase(std::size_t i);
    bool describes(std::size_t i, std::size_t first, int opener) const;
    bool namesQuoteAfter(std::size_t i, const std::string &kind);
    bool businessLine(std::u32string_view head, std::size_t first, int opener, bool quoted) const;
    std::string headKind(std::u32string_view stem, bool quoted) const;
    bool isEventForum(std::size_t tok) const;
    bool quotedClause(const Quote &q) const;
    void stageAfter(std::size_t afterTok, const std::u32string &parent);

    const ArticleText &m_at;
    const std::vector<Token> &m_toks;
    const Lexicon &m_lex;
    std::vector<OrgSpan> m_spans;
    SpansByEnd m_spansByEnd;
    std::vector<Quote> m_quotes;
    InitiativeContext m_ctx;
    std::vector<int> m_quoteAt; // per token: the quote it opens, -1 for none
    std::string m_topicKind;    // the kind shared by the article's topic organisations, or ""
    std::vector<Cand> m_out;
    std::vector<bool> m_used; // tokens already part of a candidate
};

// "(TCIP)" / "(CHIPS Act)" right after token `k - 1`: the Latin words inside, else empty.
std::u32string latinApposition(const ArticleText &at, std::size_t k);
// The sentence has an owner verb (`owner_verb`: 발표, 추진… followed by an ending).
bool hasOwnerVerb(const ArticleText &at, int sentence);
// Owners: organisations that are the subject (은/는/이/가) before the first mention.
void attachOwners(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                  const std::vector<OrgSpan> &spans, ExtractedInitiative &e);
// "중소벤처기업부의 '팁스(TIPS)' 프로그램", "창업진흥원이 운영하는 '초기창업패키지'", "Arm의 스타트업
// 지원 프로그램인 'X'": at any mention, the organisation in 의 right before it (an opening quote
// may stand between), the possessor (의) of an apposition in 인 right before it, or the subject of
// an adnominal owner verb right before it (`owner_adnominal`: 추진하는, 운영하는, 주관하는, 만든,
// 키우는…; the subject up to eight words before the verb, with the partners joined to it: "A가 B,
// C와 함께 추진하는 'X'") owns the initiative.
// Returns whether the first mention has such an owner (then the subjects before it are not its owners).
bool attachPossessorOwners(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                           const std::vector<OrgSpan> &spans, const SpansByEnd &byEnd, ExtractedInitiative &e);
// The date: the last non-target date before the first mention in its sentence, at most eight
// tokens before it, not an event's, with no other initiative in between ("지난 4월 발표한
// AI-반도체 이니셔티브와 K-클라우드 프로젝트": the date is the nearer one's).
void attachDate(const ArticleText &at, const std::vector<ExtractedInitiative> &out,
                const std::vector<DateMention> &dates, ExtractedInitiative &e);
// "K-클라우드 프로젝트는 … 추진방안을 발표하면서 본격적으로 추진했다", "정부가 추진하고 있는
// AI-반도체 이니셔티브": a sentence with an owner verb that names no actor before the
// initiative leaves it to the article's topic organisations; a generic actor (정부) stands for
// the topic's government bodies.
void attachTopicOwners(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                       const std::vector<OrgSpan> &spans, const std::vector<std::size_t> &topics,
                       ExtractedInitiative &e);

} // namespace sillok::core::extract::initiative_internal
