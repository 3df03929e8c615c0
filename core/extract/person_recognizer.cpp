#include "extract/person_recognizer.h"

#include "extract/text_scan.h"

#include <algorithm>
#include <optional>
#include <span>
#include <unordered_map>

namespace sillok::core::extract {

namespace {

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
        : m_at(at), m_orgs(orgs), m_spans(organizationSpans(orgs)), m_spansByEnd(indexSpansByEnd(m_spans)), m_ownToks(restoreDo(at.lexicon(), at.tokens())), m_toks(m_ownToks),
          m_lex(at.lexicon())
    {
    }
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
};

std::size_t Scanner::titleAt(std::size_t i, std::u32string *title) const
{
    thread_local std::u32string joined; // reused: titleAt runs at most words of an article
    joined.clear();
    std::size_t best = 0;
    for (std::size_t k = i; k < m_toks.size() && k < i + 3; ++k) {
        if (m_toks[k].punct)
            break;
        joined += m_toks[k].stem;
        if (m_lex.has("title", joined) || (k == i && orgOfToken(m_toks[k]) < 0 && isPrefixedTitle(joined))) {
            best = k - i + 1;
            *title = joined;
        }
        if (!m_toks[k].tail.empty())
            break; // past here the token's text is its stem, already joined
    }
    return best;
}

// 상무장관, 재무장관, 경제부총리: a government title glued to its portfolio (`glued_title_head`:
// two to four Hangul syllables before the head); 경제부장, 외교부장: a Chinese or Taiwanese
// minister (부장). DS부문장, 메모리사업부장, AI연구소장, 정보통신산업정책관: the head of a named
// division or office (`division_head_title`: two to eight characters before it).
bool Scanner::isPrefixedTitle(std::u32string_view word) const
{
    if (word.size() < 3)
        return false; // every head has a letter and two before it
    // A head ends with the word's last letter: compared first, before the whole head.
    const char32_t last = word.back();
    const bool hangul = m_lex.hasFormEndingWith("glued_title_head", last)
                        && std::ranges::all_of(word, [](char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; });
    for (const auto &head : hangul ? m_lex.forms("glued_title_head") : std::span<const std::u32string>()) {
        if (!head.empty() && head.back() == last && word.size() >= head.size() + 2 && word.size() <= head.size() + 4
            && word.ends_with(head))
            return true;
    }
    if (!m_lex.hasFormEndingWith("division_head_title", last))
        return false; // no head ends with the word's last letter
    for (const auto &head : m_lex.forms("division_head_title")) {
        if (!head.empty() && head.back() == last && word.size() >= head.size() + 2 && word.size() <= head.size() + 10
            && word.ends_with(head))
            return true;
    }
    return false;
}

// "김남균 한국전기연구원장", "유정복 인천광역시장", "김영록 전라남도지사": an organisation of the
// article glued to the title of its head (`glued_head_title`: 장, 지사). The organisation, or -1.
int Scanner::gluedOrganizationTitle(const Token &t) const
{
    if (t.punct || orgOfToken(t) >= 0)
        return -1;
    for (const auto &head : m_lex.forms("glued_head_title")) {
        if (t.stem.size() < head.size() + 2 || !t.stem.ends_with(head))
            continue;
        const auto prefix = u8(std::u32string_view(t.stem).substr(0, t.stem.size() - head.size()));
        for (std::size_t o = 0; o < m_orgs.size(); ++o) {
            if (m_orgs[o].name == prefix || std::ranges::find(m_orgs[o].aliases, prefix) != m_orgs[o].aliases.end())
                return static_cast<int>(o);
        }
    }
    return -1;
}

// An "organisation" named like the head of an office ("연구개발본부장", "기술연구소장": a
// `division_head_title`) is that title, not the person's organisation.
int Scanner::orgEndingAt(int end) const
{
    const auto it = m_spansByEnd.find(end);
    if (it == m_spansByEnd.end())
        return -1;
    const int org = m_spans[it->second.front()].org;
    return isPrefixedTitle(u32(m_orgs[static_cast<std::size_t>(org)].name)) ? -1 : org;
}

// "대표해 참석한", "대표하는": a title or common noun with a verb ending of 하다 is a verb, not a
// name word nor a title.
bool verbOfNoun(const Lexicon &lex, std::u32string_view w)
{
    static constexpr std::u32string_view kEndings[] = {U"하여", U"하는", U"하고", U"하며", U"해서",
                                                       U"했다", U"해",   U"한",   U"할"};
    for (const auto e : kEndings) {
        if (w.size() < e.size() + 2 || !w.ends_with(e))
            continue;
        const auto noun = w.substr(0, w.size() - e.size());
        if (lex.has("title", noun) || lex.has("common_noun", noun) || lex.has("verbal_noun", noun))
            return true;
    }
    return false;
}

bool Scanner::nameWord(const Token &t) const
{
    if (t.punct || t.stem.empty() || t.stem.size() > 5 || orgOfToken(t) >= 0 || m_at.isTimeWord(t)
        || verbOfNoun(m_lex, t.text))
        return false;
    // "설계를 맡았던 오세린 대표", "개발을 이끌었던": a verb's past adnominal form is no name word.
    for (const std::u32string_view e : {U"았던", U"었던", U"였던", U"했던"}) {
        if (t.text.size() > e.size() && t.text.ends_with(e))
            return false;
    }
    if (!std::ranges::all_of(t.stem, [](char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }))
        return false;
    return !(m_lex.has("person_stop", t.stem) || m_lex.has("generic", t.stem) || m_lex.has("title", t.stem)
             || m_lex.has("np_stop", t.stem) || m_lex.has("place_word", t.stem) || m_lex.has("meeting_head", t.stem)
             || m_lex.has("initiative_head", t.stem) || !m_lex.suffixIn("org_classifier", t.stem).empty());
}

// A one-syllable bound noun (수, 중, 간) may end a foreign name (리사 수, 응우옌 찌 중) when the
// name starts with a known given name or Vietnamese surname.
bool Scanner::looseNameWord(const Token &t) const
{
    // 쩐 주이 동: a syllable that is also a common word (동 "the same") ends a Vietnamese name too;
    // the caller requires a known surname or given name first. Conjunctions and "former" never do.
    if (t.punct || t.stem.size() != 1 || t.stem[0] < 0xAC00 || t.stem[0] > 0xD7A3 || orgOfToken(t) >= 0 || m_at.isTimeWord(t))
        return false;
    if (m_lex.has("name_breaker", t.stem) || m_lex.has("title", t.stem))
        return false;
    return m_lex.has("np_stop", t.stem) || m_lex.has("generic", t.stem) || m_lex.has("person_stop", t.stem) || m_lex.has("surname", t.stem);
}

std::size_t Scanner::foreignBack(std::size_t last, bool highTitle, std::size_t parenWords) const
{
    std::size_t first = last;
    std::size_t count = 0;
    const std::size_t maxWords = parenWords ? parenWords : 4;
    bool loose = false;
    for (std::size_t k = last + 1; k-- > 0 && count < maxWords;) {
        const auto &t = m_toks[k];
        const bool word = nameWord(t) || (looseNameWord(t) && count + 1 < maxWords);
        // 산제이 메흐로트라: a first name ending in 이 reads as stem + subject particle, which
        // cannot stand inside "name name title".
        const bool gluedI = t.tail == U"이" && t.text.size() <= 5;
        if (!word || (k != last && !t.tail.empty() && !gluedI) || t.stem.size() > 5) // 에스테베스
            break;
        loose = loose || !nameWord(t);
        first = k;
        ++count;
        if (!t.spaceBefore)
            break;
    }
    if (count == 0)
        return std::string::npos;
    // The word before the name must not continue it (a noun glued to the name).
    const auto &head = m_toks[first];
    const bool known = m_lex.has("vn_surname", head.stem) || m_lex.has("foreign_given", head.stem);
    if (loose && (!known || count < 2))
        return std::string::npos;
    if (parenWords && count == parenWords)
        return first;
    if (count >= 2 && known)
        return first;
    // "통합 법인 대표", "로봇 하드웨어 팀장", "합병 뒤 X 대표": two common nouns, or a word of
    // sequence, are no foreign name; nor is a company's last word ("벨로라 코리아 대표", "X
    // 시스템즈 최고경영자").
    if (count >= 2) {
        const auto &lastStem = m_toks[last].stem;
        const auto &prevStem = m_toks[last - 1].stem;
        const bool commonPair = lastStem.size() >= 2 && prevStem.size() >= 2 && m_lex.has("common_noun", lastStem)
                                && m_lex.has("common_noun", prevStem);
        if (commonPair || m_lex.has("sequence_word", lastStem) || m_lex.has("company_suffix", lastStem)
            || m_lex.has("subsidiary_region", lastStem))
            return std::string::npos;
    }
    // "합병 뒤 변 대표가", "다만 황 CEO는": a bare surname before the title refers back to a
    // person named earlier; the word before it is no given name, unless the article gives the two
    // words together again ("영 류(Young Liu) 회장" … "영 류 회장").
    const auto &lastWord = m_toks[last].stem;
    if (count >= 2
        && ((lastWord.size() == 1 && m_lex.has("surname", lastWord))
            || (lastWord.size() == 2 && m_lex.has("surname2", lastWord)))) {
        const auto &text = m_at.text();
        const std::size_t from = count >= 3 ? last - 1 : first; // the words the name would keep
        const auto pair = text.substr(static_cast<std::size_t>(m_toks[from].start),
                                      static_cast<std::size_t>(m_toks[last].stemEnd - m_toks[from].start));
        const auto at = text.find(pair);
        if (at == std::u32string::npos || text.find(pair, at + 1) == std::u32string::npos)
            return std::string::npos;
    }
    // Three or more words without a known surname: the first is more likely an organisation
    // (라피더스 고이케 아쓰요시 사장): keep the last two.
    if (count >= 3)
        return last - 1;
    // The name opens its phrase: the text starts there, or punctuation or a particle precedes.
    const bool opens = first == 0 || m_toks[first - 1].punct || !m_toks[first - 1].tail.empty();
    if (count == 2 && opens)
        return first;
    // "…을 담은 총리 결정": a verb's adnominal form (담은, 맡는, 열린) before a title is not a name.
    const char32_t end = head.stem.back();
    const bool adnominal = end == U'은' || end == U'는' || end == U'던' || m_lex.has("event_trigger", head.stem);
    if (count == 1 && highTitle && !adnominal && head.stem.size() >= 2 && head.stem.size() <= 4 && !looksLikeKoreanName(m_at, head.stem)
        && (head.stem.size() == 4 || !m_lex.has("surname", head.stem.substr(0, 1))) && opens)
        return first;
    return std::string::npos;
}

std::string Scanner::joinWords(std::size_t first, std::size_t last) const
{
    std::u32string out;
    for (std::size_t k = first; k <= last; ++k) {
        if (!out.empty())
            out += U' ';
        out += k < last && m_toks[k].tail == U"이" ? m_toks[k].text : m_toks[k].stem;
    }
    return u8(out);
}

// Inside "name [org] title" a particle cannot end the name word, so a stripped "도" or "라"
// belongs to it (지나 러몬도 상무부 장관, 산제이 메흐로트라 CEO); so does a stripped "은" or "도" of a
// three-syllable Korean name right before "[org] title" (류은은 X 부사장, 서경도 X 전무).
std::vector<Token> restoreDo(const Lexicon &lex, std::vector<Token> toks)
{
    // 상무장관도, 경제부장도: a portfolio glued to a title keeps its particle.
    const auto prefixedTitle = [&](std::u32string_view w) { return w.size() >= 4 && !lex.suffixIn("particle_title_head", w).empty(); };
    const auto restore = [](Token &t) {
        t.stem = t.text;
        t.tail = {};
        t.stemEnd = t.end;
    };
    for (std::size_t k = 0; k < toks.size(); ++k) {
        auto &t = toks[k];
        // 메흐로트라, 사라: a final 라 is no particle before a title either.
        const bool ra = t.tail == U"라" && t.text.size() >= 2;
        if ((t.tail == U"도" || ra) && !lex.has("title", t.stem) && !prefixedTitle(t.stem) && lex.suffixIn("meeting_head", t.stem).empty()) {
            restore(t);
            continue;
        }
        if ((t.tail == U"은" || t.tail == U"도") && koreanNameBeforeTitle(lex, toks, k))
            restore(t);
    }
    return toks;
}

// A title that may stand after a one-word foreign name ("라이칭더 총통"): noted "high" in the
// lexicon, or a minister's title glued to a portfolio that the lexicon does not list.
bool Scanner::isHighTitle(const std::u32string &title) const
{
    if (m_lex.note("title", title) == "high" || m_lex.has("high_title_extra", title))
        return true;
    return !m_lex.has("title", title) && !m_lex.suffixIn("glued_high_title", title).empty();
}

// 앨런 에스테베스 상무부 산업안보 담당 차관: the area an official is in charge of joins the role.
void Scanner::skipArea(Back &b) const
{
    const std::size_t k = b.k;
    if (k > 2 && m_toks[k - 1].stem == U"담당" && m_toks[k - 1].tail.empty() && !m_toks[k - 2].punct && m_toks[k - 2].tail.empty()
        && orgOfToken(m_toks[k - 2]) < 0) {
        b.role = std::u32string(m_toks[k - 2].stem) + U" 담당 " + b.role;
        b.k -= 2;
    }
}

// 라이칭더 대만 총통, 판 반 마이 호찌민시 인민위원장: the country or city of the office between
// name and title; 척 슈머 상원 원내대표: the chamber of a legislator.
void Scanner::skipPlaceOfOffice(Back &b) const
{
    const std::size_t k = b.k;
    // "맹준서 대구시 경제부시장", "도하진 경기도 …정책관": a place with 시 or 도 is one too.
    const auto placed = [&](std::u32string_view w) {
        return w.size() >= 3 && (w.ends_with(U"시") || w.ends_with(U"도"))
               && m_lex.has("place_word", w.substr(0, w.size() - 1));
    };
    if (k > 1 && m_toks[k - 1].tail.empty() && !m_toks[k - 1].punct
        && (m_lex.has("country", m_toks[k - 1].stem) || m_lex.has("place_word", m_toks[k - 1].stem)
            || m_lex.has("legislative_chamber", m_toks[k - 1].stem) || placed(m_toks[k - 1].stem))
        && orgOfToken(m_toks[k - 1]) < 0)
        --b.k;
}

// 김정호 KAIST 전기및전자공학부 교수: a department between the university and the title.
void Scanner::skipDepartment(Back &b) const
{
    const std::size_t k = b.k;
    if (k > 1 && m_toks[k - 1].tail.empty() && !m_toks[k - 1].punct && orgOfToken(m_toks[k - 1]) < 0
        && !m_lex.suffixIn("department_suffix", m_toks[k - 1].stem).empty())
        --b.k;
}

// 김주선 SK하이닉스 AI 인프라 사장: a division of one or two bare words between the
// organisation and the title joins the role.
void Scanner::skipDivision(Back &b) const
{
    // "산업부 장윤서 반도체과장", "삼성전자 영상디스플레이사업부 용석우 사장": a Korean name right
    // before the title is the person, not a division (see personBeforeTitle for the division
    // before it).
    if (b.k > 1 && m_toks[b.k - 1].tail.empty() && m_toks[b.k - 1].stem.size() == 3
        && looksLikeKoreanName(m_at, m_toks[b.k - 1].stem) && m_toks[b.k - 2].tail.empty() && !m_toks[b.k - 2].punct
        && (orgEndingAt(m_toks[b.k - 2].stemEnd) >= 0
            || !m_lex.suffixIn("company_division", m_toks[b.k - 2].stem).empty()))
        return;
    for (std::size_t span = 1; span <= 2 && b.k > span + 1; ++span) {
        const std::size_t k = b.k;
        bool bare = true;
        for (std::size_t j = k - span; j < k; ++j)
            bare = bare && !m_toks[j].punct && m_toks[j].tail.empty() && orgOfToken(m_toks[j]) < 0 && !m_lex.has("title", m_toks[j].stem);
        const auto &p = m_toks[k - span - 1];
        if (!bare || !p.tail.empty() || p.punct || orgEndingAt(p.stemEnd) < 0)
            continue;
        std::u32string division;
        for (std::size_t j = k - span; j < k; ++j)
            division += std::u32string(m_toks[j].stem) + U" ";
        b.role = division + b.role;
        b.k -= span;
        break;
    }
}

// 엔비디아(Nvidia) 최고경영자: the organisation's English name sits between it and the title.
void Scanner::skipEnglishGloss(Back &b) const
{
    const std::size_t k = b.k;
    if (k > 2 && m_toks[k - 1].ch() == U')') {
        std::size_t open = k - 1;
        while (open > 0 && open + 6 > k && m_toks[open].ch() != U'(')
            --open;
        if (m_toks[open].ch() == U'(' && open > 0 && orgEndingAt(m_toks[open - 1].stemEnd) >= 0 && m_toks[open - 1].tail.empty())
            b.k = open;
    }
}

// An organisation right before the title (its mention ends at the previous token): it is the
// person's organisation, and the name is looked for before all of its tokens.
void Scanner::takeOrganization(Back &b) const
{
    if (b.k == 0)
        return;
    const auto &p = m_toks[b.k - 1];
    const int o = orgEndingAt(p.stemEnd);
    if (o < 0 || !p.tail.empty())
        return;
    b.org = o;
    std::size_t j = b.k - 1;
    while (j > 0 && m_toks[j].start > 0 && organizationAt(m_spans, m_toks[j - 1].start, m_toks[j - 1].stemEnd) == o)
        --j;
    for (const std::size_t si : m_spansByEnd.at(p.stemEnd)) {
        if (m_spans[si].org == o)
            j = m_at.tokenAt(m_spans[si].start);
    }
    b.k = j;
    // 미셸 도널런 영국 과학혁신기술부 장관: the country of the organisation before it.
    if (b.k > 1 && m_toks[b.k - 1].tail.empty() && !m_toks[b.k - 1].punct && m_lex.has("country", m_toks[b.k - 1].stem)
        && orgOfToken(m_toks[b.k - 1]) < 0)
        --b.k;
}

// 팻 겔싱어 전 인텔 CEO: "former" before the organisation.
void Scanner::skipFormer(Back &b) const
{
    if (b.org >= 0 && b.k > 1 && m_lex.has("former_marker", m_toks[b.k - 1].stem) && m_toks[b.k - 1].tail.empty()) {
        --b.k;
        b.role = U"전 " + b.role;
    }
}

// An apposition in parentheses right before: 휘(Vu Quoc Huy) 이사 → skip it, count its words.
void Scanner::skipLatinApposition(Back &b) const
{
    const std::size_t k = b.k;
    if (k == 0 || m_toks[k - 1].ch() != U')')
        return;
    std::size_t j = k - 1;
    std::size_t words = 0;
    while (j > 0 && m_toks[j - 1].ch() != U'(' && words < 6) {
        --j;
        ++words;
    }
    if (j == 0 || m_toks[j - 1].ch() != U'(')
        return;
    bool latin = true;
    for (std::size_t w = j; w < k - 1; ++w)
        latin = latin && std::ranges::all_of(m_toks[w].stem, [](char32_t c) { return isLatin(c); });
    if (latin) {
        b.parenWords = words;
        b.k = j - 1;
        return;
    }
    // 린자하오(林家豪) X 회장, 와타나베 겐지(渡辺健二) X 법인장: the name written in Chinese
    // characters. Its words do not match the Hangul ones: the name is the one or two name words
    // right before the parenthesis. 손정의(마사요시 손) 회장: so is a Hangul reading of one to three
    // words after a one-word name.
    const auto han = [](char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); };
    const bool hanGloss = words == 1 && std::ranges::all_of(m_toks[j].stem, han);
    bool hangulGloss = words >= 1 && words <= 3 && j >= 2 && m_toks[j - 2].tail.empty() && nameWord(m_toks[j - 2]);
    for (std::size_t w = j; hangulGloss && w < k - 1; ++w)
        hangulGloss = !m_toks[w].punct && m_toks[w].tail.empty() && nameWord(m_toks[w]);
    if (hangulGloss && j >= 2 && !m_toks[j - 1].spaceBefore) {
        b.parenWords = 1;
        b.k = j - 1;
        return;
    }
    if (!hanGloss || j < 2 || m_toks[j - 1].spaceBefore)
        return;
    std::size_t count = 0;
    for (std::size_t w = j - 1; w > 0 && count < 2 && nameWord(m_toks[w - 1]) && m_toks[w - 1].tail.empty(); --w) {
        ++count;
        if (!m_toks[w - 1].spaceBefore)
            break;
    }
    if (count > 0) {
        b.parenWords = count;
        b.k = j - 1;
    }
}

// The first token of the name that ends at token k - 1, or npos.
// 이시바 시게루 총리: a known foreign given name or surname before a word that looks Korean
// makes it a foreign name. So does an unknown given name of three or more syllables that does
// not look Korean and opens the phrase: "가브리엘 노르뎅 차관".
std::size_t Scanner::nameStart(const Back &b, bool high) const
{
    const std::size_t k = b.k;
    const auto &nameTok = m_toks[k - 1];
    const auto opensPhrase = [&](std::size_t j) { return j == 0 || m_toks[j - 1].punct || !m_toks[j - 1].tail.empty(); };
    const bool foreignBefore = k >= 2 && m_toks[k - 2].tail.empty() && nameWord(m_toks[k - 2]) && m_toks[k - 1].spaceBefore
                               && (m_lex.has("foreign_given", m_toks[k - 2].stem) || m_lex.has("vn_surname", m_toks[k - 2].stem)
                                   || (m_toks[k - 2].stem.size() >= 3 && !looksLikeKoreanName(m_at, m_toks[k - 2].stem)
                                       && opensPhrase(k - 2)));
    // 가와이 도시키 사장, 호리타 유이치 X 사장: two words that each look like a Korean name cannot
    // both be one, as a Korean name is one word: together they are a Japanese name.
    // Japanese syllables close with no consonant but ㄴ (라틱스, a company, does).
    const auto japaneseSyllables = [](std::u32string_view w) {
        return std::ranges::all_of(w, [](char32_t c) {
            return c >= 0xAC00 && c <= 0xD7A3 && ((c - 0xAC00) % 28 == 0 || (c - 0xAC00) % 28 == 4);
        });
    };
    const bool twoNameWords = k >= 2 && m_toks[k - 2].tail.empty() && m_toks[k - 1].spaceBefore
                              && nameWord(m_toks[k - 2]) && opensPhrase(k - 2) && m_toks[k - 2].stem.size() == 3
                              && nameTok.stem.size() == 3 && looksLikeKoreanName(m_at, m_toks[k - 2].stem)
                              && orgOfToken(m_toks[k - 2]) < 0 && japaneseSyllables(m_toks[k - 2].stem)
                              && japaneseSyllables(nameTok.stem);
    if (!b.parenWords && !foreignBefore && twoNameWords && looksLikeKoreanName(m_at, nameTok.stem)
        && orgOfToken(nameTok) < 0)
        return k - 2;
    if (!b.parenWords && !foreignBefore && looksLikeKoreanName(m_at, nameTok.stem) && orgOfToken(nameTok) < 0)
        return k - 1;
    return foreignBack(k - 1, high, b.parenWords);
}

// "지난해까지 X 대표를 지낸", "2023년까지 X 사장": a time word ending in 까지 within the three
// tokens before the name (in its sentence) makes the post a past one.
bool Scanner::untilBefore(std::size_t first) const
{
    for (std::size_t k = first, n = 0; k > 0 && n < 3; --k, ++n) {
        const auto &t = m_toks[k - 1];
        if (t.punct || t.sentence != m_toks[first].sentence)
            return false;
        if (t.tail == U"까지" && m_at.isTimeWord(t))
            return true;
    }
    return false;
}

// "name [org] title" and "[org] name title", read backwards from the title at token i.
std::optional<Found> Scanner::personBeforeTitle(std::size_t i) const
{
    std::u32string title;
    const std::size_t len = titleAt(i, &title);
    const int gluedOrg = len == 0 ? gluedOrganizationTitle(m_toks[i]) : -1;
    if (len == 0 && gluedOrg < 0)
        return std::nullopt;
    if (gluedOrg >= 0)
        title = m_toks[i].stem;
    const bool high = isHighTitle(title);
    Back b{i, title, gluedOrg, 0};
    skipArea(b);
    skipPlaceOfOffice(b);
    skipDepartment(b);
    skipDivision(b);
    skipEnglishGloss(b);
    takeOrganization(b);
    skipFormer(b);
    skipLatinApposition(b);
    if (b.k == 0)
        return std::nullopt;
    const auto &nameTok = m_toks[b.k - 1];
    if (!nameTok.tail.empty() || nameTok.punct)
        return std::nullopt;
    const std::size_t first = nameStart(b, high);
    if (first == std::string::npos)
        return std::nullopt;
    // 아모레퍼시픽 김승환 대표: an organisation right before the name; "삼성전자
    // 영상디스플레이사업부 용석우 사장": or before the division before the name.
    if (b.org < 0 && first > 0) {
        const auto &o = m_toks[first - 1];
        if (o.tail.empty() || o.tail == U"의")
            b.org = orgEndingAt(o.stemEnd);
        if (b.org < 0)
            b.org = organizationBeforeGloss(first);
        // "LIG넥스원 연구개발본부장 탁윤성 전무": or before the office its head is named by;
        // "KAIST 전기및전자공학부의 모현석 교수", "네이버클라우드 하이퍼스케일AI 담당 염채원 이사":
        // or before a department, or a division of two words ending in a division word.
        const bool division = !o.punct && (o.tail.empty() || o.tail == U"의")
                              && (!m_lex.suffixIn("company_division", o.stem).empty()
                                  || !m_lex.suffixIn("department_suffix", o.stem).empty() || isPrefixedTitle(o.stem));
        for (std::size_t words = 1; b.org < 0 && division && words <= 2 && first > words; ++words) {
            const auto &p = m_toks[first - words - 1];
            const auto &mid = m_toks[first - words];
            if (!p.tail.empty() || p.punct || (words == 2 && (!mid.tail.empty() || mid.punct)))
                break;
            b.org = orgEndingAt(p.stemEnd);
            if (b.org >= 0) {
                for (std::size_t j = first - 1; j + words >= first; --j)
                    b.role = std::u32string(m_toks[j].stem) + U" " + b.role;
            }
        }
    }
    // "로직 공정 파트너": a title that is also a common word (`title_needs_org`) names a person
    // only with the organisation.
    if (b.org < 0 && m_lex.has("title_needs_org", title))
        return std::nullopt;
    if (first > 0 && m_lex.has("former_marker", m_toks[first - 1].stem))
        b.role = U"전 " + b.role;
    const bool former = b.role.starts_with(U"전 ") || untilBefore(first);
    return Found{m_toks[first].start, m_toks[b.k - 1].stemEnd, joinWords(first, b.k - 1), u8(b.role), b.org, former};
}

// Apposition: [org의] [전] TITLE인 NAME (구글의 전 CEO인 에릭 슈미트가), the title at token i.
std::optional<Found> Scanner::personAfterTitle(std::size_t i) const
{
    const auto &t = m_toks[i];
    if (t.punct || t.tail != U"인" || !m_lex.has("title", t.stem))
        return std::nullopt;
    std::size_t last = i + 1;
    std::size_t n = 0;
    while (last < m_toks.size() && n < 4 && nameWord(m_toks[last]) && m_toks[last].tail.empty()) {
        ++last;
        ++n;
    }
    // The last name word may carry the particle (슈미트가).
    if (last < m_toks.size() && nameWord(m_toks[last]) && !m_toks[last].tail.empty() && n < 4)
        ++n, ++last;
    if (n == 0)
        return std::nullopt;
    const std::size_t first = i + 1;
    const std::size_t lastName = first + n - 1;
    const auto stem = m_toks[first].stem;
    if (n == 1 && !looksLikeKoreanName(m_at, stem))
        return std::nullopt;
    if (n > 1 && !(m_lex.has("foreign_given", stem) || m_lex.has("vn_surname", stem)))
        return std::nullopt;
    std::u32string role(t.stem);
    int org = -1;
    std::size_t j = i;
    if (j > 0 && m_lex.has("former_marker", m_toks[j - 1].stem)) {
        role = U"전 " + role;
        --j;
    }
    if (j > 0)
        org = orgEndingAt(m_toks[j - 1].stemEnd);
    return Found{m_toks[first].start, m_toks[lastName].stemEnd, joinWords(first, lastName), u8(role), org, role.starts_with(U"전 ")};
}

// "사누실리콘(대표 서재민)", "사누실리콘(Sanu Silicon·대표 서재민)": the head of the organisation the
// parenthesis glosses, the title at token i, the name after it and nothing else up to ")".
std::optional<Found> Scanner::personInHeadGloss(std::size_t i) const
{
    if (i < 2 || i + 2 >= m_toks.size() || m_toks[i + 2].ch() != U')' || !m_lex.has("title", m_toks[i].stem)
        || !m_toks[i].tail.empty())
        return std::nullopt;
    const auto &name = m_toks[i + 1];
    if (!name.tail.empty() || name.punct || !looksLikeKoreanName(m_at, name.stem) || orgOfToken(name) >= 0)
        return std::nullopt;
    std::size_t open = i - 1;
    if (m_toks[open].ch() != U'(') {
        const char32_t sep = m_toks[open].ch();
        if (sep != U'·' && sep != U'・' && sep != U',')
            return std::nullopt;
        // Over the organisation's other name (Latin or Han words) to the parenthesis.
        while (open > 0 && open + 6 > i && m_toks[open - 1].ch() != U'(' && !m_toks[open - 1].punct)
            --open;
        if (open < 2 || m_toks[open - 1].ch() != U'(')
            return std::nullopt;
        --open;
    }
    if (open == 0 || m_toks[open].spaceBefore)
        return std::nullopt;
    const int org = orgEndingAt(m_toks[open - 1].stemEnd);
    if (org < 0 || !m_toks[open - 1].tail.empty())
        return std::nullopt;
    return Found{name.start, name.stemEnd, u8(name.stem), u8(m_toks[i].stem), org, false};
}

// "행정안전부 디지털정부혁신실장 문태겸,", "경북대 전자공학부 교수 남예린.", "KT클라우드
// 인프라본부장 정태민 상무": a caption's "organisation title name" order, the title at token i —
// the organisation right before it (or before a department), a Korean name right after it that
// ends the item (punctuation, a subject particle or a second title follows).
std::optional<Found> Scanner::personAfterOrganizationTitle(std::size_t i) const
{
    std::u32string title;
    const std::size_t len = titleAt(i, &title);
    if (len == 0 || !m_toks[i + len - 1].tail.empty() || i + len >= m_toks.size())
        return std::nullopt;
    std::size_t n = i + len;
    // "X 공동창업자 겸 대표 서지안": titles chained by 겸; "최고기술책임자(CTO) 김하늘": the title's
    // acronym in parentheses.
    while (n + 2 < m_toks.size() && m_toks[n].text == U"겸") {
        std::u32string more;
        const std::size_t moreLen = titleAt(n + 1, &more);
        if (moreLen == 0 || !m_toks[n + moreLen].tail.empty())
            break;
        title += U" 겸 " + more;
        n += 1 + moreLen;
    }
    if (n + 3 < m_toks.size() && m_toks[n].ch() == U'(' && !m_toks[n].spaceBefore && m_toks[n + 2].ch() == U')'
        && m_toks[n + 1].stem.size() >= 2 && m_toks[n + 1].stem.size() <= 5
        && std::ranges::all_of(m_toks[n + 1].stem, [](char32_t c) { return c >= U'A' && c <= U'Z'; }))
        n += 3;
    if (n >= m_toks.size())
        return std::nullopt;
    const auto &name = m_toks[n];
    // "뉴로레인 대표 앤드루 한은": a known foreign given name and one more name word.
    const bool foreign = name.tail.empty() && !name.punct && m_lex.has("foreign_given", name.stem)
                         && n + 1 < m_toks.size() && m_toks[n + 1].spaceBefore
                         && (nameWord(m_toks[n + 1]) || looseNameWord(m_toks[n + 1])) && orgOfToken(m_toks[n + 1]) < 0;
    if (!foreign
        && (name.punct || !name.spaceBefore || name.sentence != m_toks[i].sentence || name.stem.size() != 3
            || orgOfToken(name) >= 0 || !looksLikeKoreanName(m_at, name.stem) || !nameWord(name)))
        return std::nullopt;
    if (foreign && (!name.spaceBefore || name.sentence != m_toks[i].sentence))
        return std::nullopt;
    const std::size_t lastName = foreign ? n + 1 : n;
    auto end = m_toks[lastName];
    // "앤드루 윤은": the tokenizer keeps a one-syllable word with its particle whole.
    if (foreign && end.tail.empty() && end.stem.size() == 2 && m_lex.has("surname", end.stem.substr(0, 1))
        && m_lex.has("subject_particle", end.stem.substr(1))) {
        end.tail = end.stem.substr(1);
        end.stem = end.stem.substr(0, 1);
        end.stemEnd = end.start + 1;
    }
    std::u32string next;
    // "반도체과장 노시우와 기획재정부 …": joined to the next item; "▲A 부사장 곽도윤 ▲B …": a list mark.
    const bool endsItem = end.tail.empty()
                              ? (lastName + 1 >= m_toks.size() || m_toks[lastName + 1].punct
                                 || titleAt(lastName + 1, &next) > 0 || m_toks[lastName + 1].text.starts_with(U'▲'))
                              : (end.tail == U"은" || end.tail == U"는" || end.tail == U"이" || end.tail == U"가"
                                 || end.tail == U"와" || end.tail == U"과");
    if (!endsItem)
        return std::nullopt;
    Back b{i, title, -1, 0};
    skipDepartment(b);
    skipEnglishGloss(b); // "한국산업기술기획평가원(KEIT) 원장 천경호"
    takeOrganization(b);
    if (b.org < 0) { // "삼성전자 메모리사업부 부사장 곽도윤": a division between them
        b = Back{i, title, -1, 0};
        skipDivision(b);
        takeOrganization(b);
        title = b.role;
    }
    if (b.org < 0)
        return std::nullopt;
    const auto full = foreign ? u8(std::u32string(name.stem) + U" " + std::u32string(end.stem)) : u8(name.stem);
    return Found{name.start, end.stemEnd, full, u8(title), b.org, false};
}

// "광주과학기술원(GIST) 김태완 연구부총장", "엣지온(EdgeOn)의 류시온 대표": the organisation
// before a gloss in parentheses that ends right before the name at token `first`; -1 when none.
int Scanner::organizationBeforeGloss(std::size_t first) const
{
    std::size_t close = first - 1;
    if (close > 0 && m_toks[close].text == U"의" && !m_toks[close].spaceBefore)
        --close; // ")의"
    if (m_toks[close].ch() != U')')
        return -1;
    std::size_t open = close;
    while (open > 0 && open + 6 > close && m_toks[open].ch() != U'(')
        --open;
    if (open == 0 || m_toks[open].ch() != U'(' || m_toks[open].spaceBefore)
        return -1;
    const auto &o = m_toks[open - 1];
    return o.tail.empty() ? orgEndingAt(o.stemEnd) : -1;
}

std::vector<Found> Scanner::run() const
{
    std::vector<Found> out;
    for (std::size_t i = 1; i < m_toks.size(); ++i) {
        if (auto f = personBeforeTitle(i))
            out.push_back(std::move(*f));
    }
    for (std::size_t i = 0; i + 1 < m_toks.size(); ++i) {
        if (auto f = personAfterTitle(i))
            out.push_back(std::move(*f));
        else if (auto g = personInHeadGloss(i))
            out.push_back(std::move(*g));
        else if (auto h = personAfterOrganizationTitle(i))
            out.push_back(std::move(*h));
    }
    return out;
}

// "사이토 겐 경제산업상 … 사이토 경제산업상", "지나 러몬도 … 러몬도 장관": a one-word name that is
// the first or last word of exactly one longer name in the article is that person again.
void foldShortForms(std::vector<ExtractedPerson> &people)
{
    const auto words = [](const std::string &n) {
        std::vector<std::string> out;
        std::size_t b = 0;
        while (b <= n.size()) {
            const std::size_t e = std::min(n.find(' ', b), n.size());
            if (e > b)
                out.push_back(n.substr(b, e - b));
            b = e + 1;
        }
        return out;
    };
    std::vector<bool> gone(people.size(), false);
    for (std::size_t i = 0; i < people.size(); ++i) {
        if (people[i].name.find(' ') != std::string::npos)
            continue;
        std::size_t owner = people.size();
        int owners = 0;
        for (std::size_t j = 0; j < people.size(); ++j) {
            const auto w = words(people[j].name);
            if (j != i && w.size() >= 2 && (w.front() == people[i].name || w.back() == people[i].name)) {
                owner = j;
                ++owners;
            }
        }
        if (owners != 1)
            continue;
        auto &o = people[owner];
        for (auto &m : people[i].mentions)
            o.mentions.push_back(std::move(m));
        std::ranges::sort(o.mentions, [](const auto &a, const auto &b) { return a.start < b.start; });
        if (o.role.empty())
            o.role = people[i].role;
        if (o.organization.empty())
            o.organization = people[i].organization;
        gone[i] = true;
    }
    std::size_t k = 0;
    std::erase_if(people, [&](const ExtractedPerson &) { return gone[k++]; });
}

} // namespace

std::vector<ExtractedPerson> recognizePeople(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs)
{
    Scanner scanner(at, orgs);
    std::vector<ExtractedPerson> people;
    auto found = scanner.run();
    std::ranges::stable_sort(found, [](const Found &a, const Found &b) { return a.start < b.start; });
    std::unordered_map<std::string, std::size_t> byName; // index into people
    for (const auto &f : found) {
        const auto [named, fresh] = byName.try_emplace(f.name, people.size());
        if (fresh) {
            ExtractedPerson p;
            p.name = f.name;
            people.push_back(std::move(p));
        }
        const auto it = people.begin() + static_cast<std::ptrdiff_t>(named->second);
        if (it->role.empty() || (it->role.size() < f.role.size() && f.role.find(it->role) != std::string::npos)) {
            it->role = f.role;
            it->former = f.former;
        }
        if (it->organization.empty() && f.org >= 0)
            it->organization = orgs[static_cast<std::size_t>(f.org)].name;
        // `found` is sorted by start, so a mention at f.start would be the last one.
        if (it->mentions.empty() || it->mentions.back().start != f.start)
            it->mentions.push_back(makeMention(at, f.start, f.end, "name"));
    }
    foldShortForms(people);
    // Confidence: a titled name linked to an organisation is certain; one without organisation a
    // little less so (extraction.h).
    for (auto &p : people)
        p.confidence = p.organization.empty() ? 0.8 : 1.0;
    return people;
}

} // namespace sillok::core::extract
