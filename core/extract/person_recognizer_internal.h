#pragma once
// Private to person_recognizer.cpp and its parts (person_titles.cpp, person_names.cpp): the
// Scanner that finds people by their titles. person_recognizer.cpp holds its patterns and run(),
// person_titles.cpp the titles and what stands between a name and its title (area, department,
// organisation), person_names.cpp the name words themselves.

#include "extract/article_text.h"
#include "extract/extraction.h"
#include "extract/organization_recognizer.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sillok::core::extract::person_internal {

struct Found {
    int start = 0;
    int end = 0;
    std::string name;
    std::string role;
    int org = -1;
    bool former = false; // a past post: "전 …", "前 …", "지난해까지 … 대표"
};

std::vector<Token> restoreDo(const Lexicon &lex, std::vector<Token> toks);

class Scanner {
public:
    Scanner(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs)
        : m_at(at), m_orgs(orgs), m_spans(organizationSpans(orgs)), m_spansByEnd(indexSpansByEnd(m_spans)),
          m_ownToks(restoreDo(at.lexicon(), at.tokens())), m_toks(m_ownToks), m_lex(at.lexicon())
    {}
    std::vector<Found> run() const;

private:
    // Walking back from a title: the token before which the name must end, the role so far,
    // the organisation found (index into the organisations, -1 when none) and the number of
    // Latin words of a parenthesised apposition skipped (0 when none).
    struct Back {
        std::size_t k = 0;
        std::u32string role;
        int org = -1;
        std::size_t parenWords = 0;
    };
    std::optional<Found> personBeforeTitle(std::size_t i) const;
    std::optional<Found> personAfterTitle(std::size_t i) const;
    std::optional<Found> personInHeadGloss(std::size_t i) const;
    std::optional<Found> personAfterOrganizationTitle(std::size_t i) const;
    int organizationBeforeGloss(std::size_t first) const;
    bool isHighTitle(const std::u32string &title) const;
    void skipArea(Back &b) const;
    void skipPlaceOfOffice(Back &b) const;
    void skipDepartment(Back &b) const;
    void skipDivision(Back &b) const;
    void skipEnglishGloss(Back &b) const;
    void takeOrganization(Back &b) const;
    void skipFormer(Back &b) const;
    void skipLatinApposition(Back &b) const;
    std::size_t nameStart(const Back &b, bool high) const;
    bool untilBefore(std::size_t first) const;
    // Length in tokens of a title starting at token i (multi-word titles joined), 0 if none.
    std::size_t titleAt(std::size_t i, std::u32string *title) const;
    int orgEndingAt(int end) const; // an org mention whose stem ends at `end`
    bool isPrefixedTitle(std::u32string_view word) const;
    std::string ordinalTitle(const std::string &role) const;
    int gluedOrganizationTitle(const Token &t) const;
    int orgOfToken(const Token &t) const { return organizationAt(m_spans, t.start, t.stemEnd); }
    bool nameWord(const Token &t) const;
    bool looseNameWord(const Token &t) const;
    // Foreign name words ending at token `last` (inclusive), going back; returns first index or npos.
    std::size_t foreignBack(std::size_t last, bool highTitle, std::size_t parenWords) const;
    std::string joinWords(std::size_t first, std::size_t last) const;

    const ArticleText &m_at;
    const std::vector<ExtractedOrganization> &m_orgs;
    std::vector<OrgSpan> m_spans;
    SpansByEnd m_spansByEnd;
    std::vector<Token> m_ownToks;
    const std::vector<Token> &m_toks;
    const Lexicon &m_lex;
    mutable std::vector<bool> m_startsNoTitle; // titleAt's memo of the tokens that start no title
};

} // namespace sillok::core::extract::person_internal
