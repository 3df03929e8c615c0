#pragma once
// Private to core/extract: the passes of recognizeOrganizations() share one candidate list.
// organization_recognizer.cpp holds the gazetteer, shape, title, list and parenthesis passes;
// organization_context.cpp the passes that resolve a name through its neighbours (a bare
// 상무부, "국회 과학기술정보방송통신위원회", "(과방위)");
// organization_apposition.cpp the passes that read a name off its context: 한글(English) pairs
// and classifier nouns (반도체 설계 기업 X는, 팹리스 X, 스타트업 X). Not thread-safe; one
// Builder per article.

#include "extract/article_text.h"
#include "extract/extraction.h"
#include "extract/gazetteer.h"
#include "extract/span_index.h"
#include "extract/text_scan.h"

#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sillok::core::extract {

struct OrgCandidate {
    int start = 0;
    int end = 0;
    int entry = -1;          // gazetteer entry, or -1 for a shape-based organisation
    std::u32string name;     // canonical for shape-based ones
    std::string kind;
    std::u32string english;  // English name given in parentheses, "" when none
    double confidence = 0.9; // ExtractedOrganization::confidence; gazetteer entries count 1.0
};

// "(Latin words)" opening at token `open`: the index of ')' when the inside is one to five
// Latin/digit words that start with a capital letter or digit (a proper-name shape), else 0.
std::size_t latinNameGroup(const ArticleText &at, std::size_t open);
bool isAcronymWord(std::u32string_view w);
bool isAllLatinWord(std::u32string_view w);

// The candidates in the order they were found (result() sorts them unstably by start, so that
// order decides ties), indexed so that the passes' look-ups do not scan the whole list. A
// replaced candidate stays in place as a tombstone and is skipped. Not thread-safe.
class CandidateList {
public:
    void push(OrgCandidate c);
    // Drops every live candidate with exactly c's span, then appends c.
    void replace(OrgCandidate c);
    // Drops every live candidate with exactly the span [start, end).
    void drop(int start, int end);
    // The candidate appended last.
    OrgCandidate &back() { return m_items.back(); }
    bool overlaps(int start, int end) const { return m_spans.overlaps(start, end); }
    // The first live candidate (in the order found) that ends at `end` and satisfies `pred`,
    // or nullptr. The pointer is valid until the next push or replace.
    template <class Pred>
    OrgCandidate *firstEndingAt(int end, Pred pred)
    {
        const auto it = m_byEnd.find(end);
        if (it == m_byEnd.end())
            return nullptr;
        for (const std::size_t k : it->second) {
            if (pred(m_items[k]))
                return &m_items[k];
        }
        return nullptr;
    }
    template <class Pred>
    const OrgCandidate *firstEndingAt(int end, Pred pred) const
    {
        return const_cast<CandidateList *>(this)->firstEndingAt(end, pred);
    }
    // Calls f on every live candidate, in the order found.
    template <class F>
    void forEach(F f) const
    {
        for (std::size_t k = 0; k < m_items.size(); ++k) {
            if (!m_dead[k])
                f(m_items[k]);
        }
    }
    std::vector<OrgCandidate> live() const;

private:
    std::vector<OrgCandidate> m_items;
    std::vector<bool> m_dead;
    std::unordered_map<int, std::vector<std::size_t>> m_byEnd; // live indices, ascending
    SpanSet m_spans;                                           // live spans
};

class OrgBuilder {
public:
    OrgBuilder(const ArticleText &at, const Gazetteer &g) : m_at(at), m_g(g) {}

    void run();
    std::vector<ExtractedOrganization> result() const;

private:
    bool covered(int start, int end) const;
    int known(std::u32string_view word) const { return m_g.indexOf(u8(word)); }
    void add(int start, int end, int entry, std::u32string name, std::string kind);
    // Adds `t` as a shape-based organisation (unless covered) with the given confidence.
    void addShape(const Token &t, std::string kind, double confidence = 0.9);
    // Adds `t` as a shape-based company named by its Korean stem, with the English name in
    // the parentheses [open, close] (when close > 0) as an alias and as its English name.
    void addPair(const Token &t, std::size_t open, std::size_t close, std::string kind);
    bool plausibleName(const Token &t) const;
    bool foreignQualified(int start, const std::string &country) const;
    bool splitsHangulWords(int start, int end, const GazetteerEntry &e) const;
    bool placeOnly(int start, int end, const GazetteerEntry &e) const;
    std::u32string phraseTextOf(std::size_t first, std::size_t last) const
    {
        const auto &toks = m_at.tokens();
        return m_at.text().substr(static_cast<std::size_t>(toks[first].start),
                                  static_cast<std::size_t>(toks[last].stemEnd - toks[first].start));
    }
    void gazetteerPass();
    void shapePass();
    void titlePass();
    void listPass();
    void collectListItems(std::size_t i, std::vector<std::size_t> *items, std::vector<std::size_t> *groups) const;
    bool isOrganizationList(const std::vector<std::size_t> &items, const std::vector<std::size_t> &groups, bool *companyCue) const;
    void addListItems(const std::vector<std::size_t> &items, const std::vector<std::size_t> &groups, bool companyCue);
    void parenPass();
    void countryPass();
    void subsidiaryPass();
    void repeatPass();
    // organization_context.cpp
    void barePass();
    // The ministries the gazetteer names only with their country, by bare name: a function of the
    // gazetteer and the lexicon alone, made once per thread for each pair of them.
    const std::map<std::u32string, std::vector<int>> &bareMinistries() const;
    int onlyOptionOfCountryIn(const std::vector<int> &options, std::size_t first, std::size_t last) const;
    int chooseBareMinistry(const Token &t, const std::vector<int> &options, const std::vector<OrgCandidate> &live) const;
    void glossPass();
    void abbreviationPass();
    void subUnitPass();
    // organization_apposition.cpp
    void pairPass();
    void classifierPass();
    // organization_introduced.cpp
    void introducedPass();
    void headGlossPass();
    void chainPass();
    void roundPass();
    void coordinationPass();
    void corporateVerbPass();
    bool unknownNameShape(const Token &t) const;
    std::u32string particleOf(std::size_t k, std::size_t *next) const;
    double shapeStrength(const Token &t) const;
    void addIntroduced(const Token &t, double confidence);
    bool sentenceHas(int sentence, LexiconCategory category) const;
    bool dealSentence(int sentence) const;
    bool companyShaped(const Token &t) const;
    bool classifierBefore(std::size_t i) const;
    bool coordinatedWithOrg(std::size_t i) const;

    const ArticleText &m_at;
    const Gazetteer &m_g;
    CandidateList m_cands;
    SpanSet m_blocked; // spans read as not naming an organisation
    // Short forms of shape-based names found in context (과방위 for 과학기술정보방송통신위원회,
    // 반도체공동연구소 for 서울대 반도체공동연구소): {short form, canonical name}, for repeatPass().
    std::vector<std::pair<std::u32string, std::u32string>> m_shortForms;
};

} // namespace sillok::core::extract
