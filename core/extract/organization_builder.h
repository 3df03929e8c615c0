#pragma once
// Private to core/extract: the passes of recognizeOrganizations() share one candidate list.
// organization_recognizer.cpp holds the gazetteer, shape, title, list and parenthesis passes;
// organization_apposition.cpp the passes that read a name off its context: 한글(English) pairs
// and classifier nouns (반도체 설계 기업 X는, 팹리스 X, 스타트업 X). Not thread-safe; one
// Builder per article.

#include "extract/article_text.h"
#include "extract/extraction.h"
#include "extract/gazetteer.h"
#include "extract/text_scan.h"

#include <string>
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
};

// "(Latin words)" opening at token `open`: the index of ')' when the inside is one to five
// Latin/digit words that start with a capital letter or digit (a proper-name shape), else 0.
std::size_t latinNameGroup(const ArticleText &at, std::size_t open);
bool isAcronymWord(std::u32string_view w);
bool isAllLatinWord(std::u32string_view w);

class OrgBuilder {
public:
    OrgBuilder(const ArticleText &at, const Gazetteer &g) : m_at(at), m_g(g) {}

    void run();
    std::vector<ExtractedOrganization> result() const;

private:
    bool covered(int start, int end) const;
    int known(std::u32string_view word) const { return m_g.indexOf(u8(word)); }
    void add(int start, int end, int entry, std::u32string name, std::string kind);
    void addShape(const Token &t, std::string kind);
    // Adds `t` as a shape-based company named by its Korean stem, with the English name in
    // the parentheses [open, close] (when close > 0) as an alias and as its English name.
    void addPair(const Token &t, std::size_t open, std::size_t close, std::string kind);
    bool plausibleName(const Token &t) const;
    bool foreignQualified(int start, const std::string &country) const;
    bool splitsHangulWords(int start, int end, const GazetteerEntry &e) const;
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
    void parenPass();
    void countryPass();
    void repeatPass();
    // organization_apposition.cpp
    void pairPass();
    void classifierPass();
    bool companyShaped(const Token &t) const;
    bool classifierBefore(std::size_t i) const;
    bool coordinatedWithOrg(std::size_t i) const;

    const ArticleText &m_at;
    const Gazetteer &m_g;
    std::vector<OrgCandidate> m_cands;
    std::vector<std::pair<int, int>> m_blocked; // spans read as not naming an organisation
};

} // namespace sillok::core::extract
