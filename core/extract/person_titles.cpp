// Private to core/extract: the titles of the person Scanner (person_recognizer_internal.h) and
// what it skips walking back from a title to the name: the area, the place of office, the
// department, the division, an English gloss, a past post, and the organisation it takes.
#include "extract/person_recognizer_internal.h"

#include "common/utf.h"

#include "extract/text_scan.h"

#include <algorithm>
#include <span>

namespace sillok::core::extract {

using namespace person_internal;

namespace person_internal {

std::size_t Scanner::titleAt(std::size_t i, std::u32string *title) const
{
    // run() asks at every token twice (personBeforeTitle, personAfterOrganizationTitle): a token
    // known to start no title is answered from the first time (the answer depends on nothing else).
    if (i < m_startsNoTitle.size() && m_startsNoTitle[i])
        return 0;
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
    if (best == 0 && i < m_toks.size()) {
        m_startsNoTitle.resize(m_toks.size());
        m_startsNoTitle[i] = true;
    }
    return best;
}

// 2차관 is 제2차관, as 1차장 is 제1차장: a numbered post written without its ordinal prefix
// gets it (the role's last word: digits, then a title of the lexicon), so one person's role
// reads the same in every article.
std::string Scanner::ordinalTitle(const std::string &role) const
{
    const std::size_t space = role.rfind(' ');
    const std::size_t word = space == std::string::npos ? 0 : space + 1;
    std::size_t digits = word;
    while (digits < role.size() && role[digits] >= '0' && role[digits] <= '9')
        ++digits;
    if (digits == word || digits == role.size() || !m_lex.has("title", toU32(std::string_view(role).substr(digits))))
        return role;
    return role.substr(0, word) + "제" + role.substr(word);
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
    if (k > 2 && m_toks[k - 1].stem == U"담당" && m_toks[k - 1].tail.empty() && !m_toks[k - 2].punct
        && m_toks[k - 2].tail.empty() && orgOfToken(m_toks[k - 2]) < 0) {
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
            bare = bare && !m_toks[j].punct && m_toks[j].tail.empty() && orgOfToken(m_toks[j]) < 0
                   && !m_lex.has("title", m_toks[j].stem);
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
        if (m_toks[open].ch() == U'(' && open > 0 && orgEndingAt(m_toks[open - 1].stemEnd) >= 0
            && m_toks[open - 1].tail.empty())
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

} // namespace person_internal

} // namespace sillok::core::extract
