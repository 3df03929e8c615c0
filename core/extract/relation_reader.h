#pragma once
// Private to core/extract (relation_recognizer.cpp): one sentence read for typed relations. The
// names it holds (Arg) get the particle that gives their part in the clause (Role), list items
// share the particle that closes their list, and each trigger word's pattern yields the pairs it
// states (Found). Not thread-safe; one reader per sentence.

#include "extract/article_text.h"
#include "extract/extraction.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sillok::core::extract::relation {

// What the particle after a name says about its part in the clause.
enum class Role { None, Subject, Object, Dative, Source, Comitative, Genitive, Locative };
Role roleOfTail(std::u32string_view tail);

// One organisation or initiative named in the sentence.
struct Arg {
    bool initiative = false;
    std::size_t entity = 0;
    Mention mention;
    std::size_t first = 0; // first token
    std::size_t after = 0; // first token after the name, its gloss in parentheses and its particle
    std::u32string tail;
    Role role = Role::None;
    bool referent = false; // stands for an initiative named in an earlier sentence (referredInitiative)
    bool funded = false;   // such a referent, of a sentence that puts money in (fundedInitiative)
    bool counted = false;  // one of the companies "두 회사는", "양사는" stands for (countedReferents)
};

// A Found's object outside the sentence: the company that raised the round the sentence speaks of
// (named in the sentences before), or the subject the sentence leaves unsaid (the topic of the
// sentences before it).
inline constexpr std::size_t kRaiser = static_cast<std::size_t>(-2);
inline constexpr std::size_t kDropped = static_cast<std::size_t>(-3);
inline constexpr std::size_t kRaiserOnly = static_cast<std::size_t>(-4); // kRaiser, never the article's topic
inline constexpr std::size_t kCompany = static_cast<std::size_t>(-5);    // kRaiser, else the article's company

// (is an initiative, index) of the names in each sentence of the article.
using NamesBySentence = std::vector<std::vector<std::pair<bool, std::size_t>>>;

// "두 회사는 …", "양사는 …", "세 회사 모두 …": a count of companies (`company_pronoun`: 회사,
// 기업, 업체, after 두/세/네; 양사 for two) in sentence `sentence` stands for companies named
// before, never the other party of the sentence ("두 회사는 C와 …"). Two are the two companies
// the sentence before names, else the two named most often (no tie for second), else the last
// pair joined by 와/과 ("A와 B가 합병한다"), else the two companies of the two sentences before,
// all within the fifteen sentences before. Three or more are the last ones named in the three
// sentences before. They stand at the referring word with its particle (Arg::counted); as an
// object ("X는 두 회사를 합치기로") they stand for nothing. Empty when the sentence has no such
// word or too few companies precede it. Looks back a bounded number of sentences: linear in the
// article.
std::vector<Arg> countedReferents(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                                  const NamesBySentence &bySentence, const std::vector<Arg> &args, int sentence);

struct Found {
    std::size_t subject = 0; // indexes into the sentence's args, or kDropped
    std::size_t object = 0;  // or kRaiser, kDropped, kRaiserOnly (not with a kDropped subject)
    std::string predicate;
    double confidence = 0.8;
};

class SentenceReader {
public:
    SentenceReader(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                   const std::vector<ExtractedInitiative> &initiatives, int sentence, std::vector<Arg> args)
        : m_at(at), m_toks(at.tokens()), m_lex(at.lexicon()), m_orgs(orgs), m_initiatives(initiatives), m_sentence(sentence),
          m_args(std::move(args))
    {
        const auto range = at.sentenceTokens(sentence);
        m_first = range.first;
        m_last = range.second;
        readTails();
        shareListRoles();
    }

    const std::vector<Arg> &args() const { return m_args; }
    bool hedged() const;
    // (token, predicate kind) of every trigger word in the sentence, in order.
    std::vector<std::pair<std::size_t, std::string>> triggers() const;
    std::vector<Found> read(std::size_t trigger, const std::string &kind) const;
    std::vector<Found> unitsOfParents() const;
    // "이번 라운드는 A가 주도했고 B가 참여했다": the investors of a funding round (roundInvestors()).
    std::vector<std::pair<Found, std::size_t>> roundInvestors() const;
    // "A가 200억 원을 출자했다", "A 국비 40억 원과 B 시비 20억 원": the organisations that put the
    // sum in fund the initiative the sentence refers to (an Arg marked funded).
    std::vector<std::pair<Found, std::size_t>> funders() const;
    // "주요 주주로는 A(지분율 12.4%)와 B 등이 있다": shareholders given their stakes
    // (relation_shareholders.cpp).
    std::vector<std::pair<Found, std::size_t>> shareholders() const;
    // The sentence says an organisation raised money (유치, 투자받다): that organisation (a topic or
    // subject before the word), else m_args.size().
    std::size_t raiser() const;
    // The organisation that opens the sentence as its topic (은/는), else m_args.size().
    std::size_t topic() const;
    // "딥엑스의 칩은 삼성전자 파운드리의 5나노 공정에서 생산된다": (producer, customer) pairs; the
    // customer is -1 when the sentence does not name it (the caller takes the article's topic).
    std::vector<std::pair<std::size_t, std::ptrdiff_t>> foundry() const;

private:
    void readTails();
    void shareListRoles();
    bool hasMoney() const;
    std::size_t raisedAt() const;
    bool roundWord(std::size_t k) const;
    std::size_t orgBeforeRound(std::size_t k) const;
    bool isOrg(std::size_t a) const { return !m_args[a].initiative; }
    bool isAlliance(std::size_t a) const
    {
        return m_args[a].initiative ? m_initiatives[m_args[a].entity].kind == "alliance" : m_orgs[m_args[a].entity].kind == "alliance";
    }
    std::vector<std::size_t> withRole(Role role, std::size_t beforeTok) const;
    bool subjectUnsaid(std::size_t trigger) const;
    void symmetric(std::size_t trigger, const std::string &predicate, std::vector<Found> &out) const;
    void investment(std::size_t trigger, std::vector<Found> &out) const;
    void raisedFrom(std::size_t trigger, const std::vector<std::size_t> &subjects, std::vector<Found> &out) const;
    bool investedBy(std::size_t trigger, std::vector<Found> &out) const;
    bool investorOf(std::size_t trigger, std::vector<Found> &out) const;
    bool foundedWithCapital(std::size_t trigger, std::vector<Found> &out) const;
    std::size_t orgAfter(std::size_t k, std::size_t span) const;
    std::vector<std::size_t> listFrom(std::size_t i, std::size_t gap) const;
    void together(std::size_t trigger, std::vector<Found> &out) const;
    void mounted(std::size_t trigger, std::vector<Found> &out) const;
    void bought(std::size_t trigger, std::vector<Found> &out) const;
    bool taskAt(std::size_t k) const;
    bool productTopicBefore(std::size_t tok) const;
    bool subjectMaker(std::size_t i) const;
    bool maker(std::size_t i, bool making, bool &given) const;
    std::size_t ownerBefore(std::size_t t) const;
    bool listItem(std::size_t i) const;
    bool supported() const;
    void acquisition(std::size_t trigger, std::vector<Found> &out) const;
    bool mentions(LexiconCategory category) const;
    void supply(std::size_t trigger, const std::string &kind, std::vector<Found> &out) const;
    void subsidiary(std::size_t trigger, const std::string &kind, std::vector<Found> &out) const;
    void participation(std::size_t trigger, std::vector<Found> &out) const;
    // relation_joined.cpp
    std::size_t clauseOwner(std::size_t t) const;
    void joinedUnsaid(std::size_t trigger, std::size_t t, std::vector<Found> &out) const;
    void founders(std::size_t trigger, std::vector<Found> &out) const;
    bool consortiumVerb(std::size_t k) const;
    void funding(std::size_t trigger, std::vector<Found> &out) const;
    void fundedBy(std::size_t trigger, std::vector<Found> &out) const;
    void consortium(std::size_t trigger, std::vector<Found> &out) const;

    const ArticleText &m_at;
    const std::vector<Token> &m_toks;
    const Lexicon &m_lex;
    const std::vector<ExtractedOrganization> &m_orgs;
    const std::vector<ExtractedInitiative> &m_initiatives;
    int m_sentence = -1;
    std::vector<Arg> m_args; // by start
    std::size_t m_first = 0;
    std::size_t m_last = 0;
};

} // namespace sillok::core::extract::relation
