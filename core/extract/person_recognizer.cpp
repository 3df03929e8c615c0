// Private to core/extract: recognizePeople() (person_recognizer.h): the Scanner's patterns (a
// person before or after a title, in a headline's gloss, after an organisation and a title) and
// short forms folded into the full names. Titles are read in person_titles.cpp, names in
// person_names.cpp.
#include "extract/person_recognizer.h"

#include "extract/person_recognizer_internal.h"
#include "extract/text_scan.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace sillok::core::extract {

using namespace person_internal;

namespace {

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

namespace person_internal {

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
    for (Found &f : out)
        f.role = ordinalTitle(f.role);
    return out;
}

} // namespace person_internal

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
