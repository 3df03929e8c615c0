#include "extract/organization_recognizer.h"

#include "extract/organization_builder.h"
#include "extract/text_scan.h"

#include <algorithm>
#include <map>
#include <set>

namespace sillok::core::extract {

namespace {

bool isBylineContext(const ArticleText &at, int start, int end)
{
    const auto &t = at.text();
    const char32_t before = start > 0 ? t[static_cast<std::size_t>(start - 1)] : U' ';
    const char32_t after = static_cast<std::size_t>(end) < t.size() ? t[static_cast<std::size_t>(end)] : U' ';
    return before == U'=' || before == U'ⓒ' || before == U'©' || before == U'/' || after == U'=';
}

std::string kindForSuffix(std::u32string_view stem, const Lexicon &lex)
{
    // 신한벤처투자, 한국투자파트너스, 카카오벤처스: investment firms.
    if (!lex.suffixIn("investment_firm_suffix", stem).empty())
        return "company";
    // 대학교, 연구원, 협회, 위원회…: the kind is the note of the `org_kind_suffix` ending the stem.
    if (const auto suffix = lex.suffixIn("org_kind_suffix", stem); !suffix.empty())
        return lex.note("org_kind_suffix", suffix);
    return "other";
}

} // namespace

void CandidateList::push(OrgCandidate c)
{
    m_byEnd[c.end].push_back(m_items.size());
    m_spans.insert(c.start, c.end);
    m_items.push_back(std::move(c));
    m_dead.push_back(false);
}

void CandidateList::replace(OrgCandidate c)
{
    if (const auto it = m_byEnd.find(c.end); it != m_byEnd.end()) {
        std::erase_if(it->second, [&](std::size_t k) {
            if (m_items[k].start != c.start)
                return false;
            m_dead[k] = true;
            m_spans.erase(c.start, c.end);
            return true;
        });
    }
    push(std::move(c));
}

void CandidateList::drop(int start, int end)
{
    if (const auto it = m_byEnd.find(end); it != m_byEnd.end()) {
        std::erase_if(it->second, [&](std::size_t k) {
            if (m_items[k].start != start)
                return false;
            m_dead[k] = true;
            m_spans.erase(start, end);
            return true;
        });
    }
}

std::vector<OrgCandidate> CandidateList::live() const
{
    std::vector<OrgCandidate> out;
    forEach([&](const OrgCandidate &c) { out.push_back(c); });
    return out;
}

bool OrgBuilder::covered(int start, int end) const
{
    return m_cands.overlaps(start, end) || m_blocked.overlaps(start, end);
}

void OrgBuilder::add(int start, int end, int entry, std::u32string name, std::string kind)
{
    m_cands.replace({start, end, entry, std::move(name), std::move(kind), {}});
}

void OrgBuilder::addShape(const Token &t, std::string kind, double confidence)
{
    if (covered(t.start, t.stemEnd))
        return;
    const int entry = known(t.stem);
    add(t.start, t.stemEnd, entry, std::u32string(t.stem), std::move(kind));
    m_cands.back().confidence = confidence;
}

bool OrgBuilder::plausibleName(const Token &t) const
{
    const auto &lex = m_at.lexicon();
    if (t.punct || t.stem.size() < 2 || t.stem.size() > 16 || m_at.isTimeWord(t) || m_at.isGeneric(t.stem))
        return false;
    if (lex.has("person_stop", t.stem) || lex.has("title", t.stem) || lex.has("np_stop", t.stem)
        || lex.has("place_word", t.stem) || lex.has("meeting_head", t.stem) || lex.has("initiative_head", t.stem))
        return false;
    if (std::ranges::all_of(t.stem, [](char32_t c) { return isDigit(c); }))
        return false;
    if (!lex.suffixIn("class_noun", t.stem).empty())
        return false;
    return t.tail.empty() || !t.tail.starts_with(U"들");
}

// "베트남 반도체산업협회": a name qualified by another country than the known entity's is a
// namesake abroad, not that entity.
bool OrgBuilder::foreignQualified(int start, const std::string &country) const
{
    if (country.empty())
        return false;
    const std::size_t k = m_at.tokenAt(start);
    if (k == 0 || k >= m_at.tokens().size() || m_at.tokens()[k].start != start || !m_at.tokens()[k].spaceBefore)
        return false;
    const auto &p = m_at.tokens()[k - 1];
    if (p.punct || !p.tail.empty() || !m_at.lexicon().has("country", p.stem))
        return false;
    const auto code = m_at.lexicon().note("country", p.stem);
    return !code.empty() && code != country;
}

// "한미 반도체 공급망": two words read as the one-word name 한미반도체. The matcher ignores
// spaces, so a match whose first word is a common word on its own (한미, 한일, 국내) is two
// words, unless the entity's own name has that space ("오픈엣지 테크놀로지" is one name).
bool OrgBuilder::splitsHangulWords(int start, int end, const GazetteerEntry &e) const
{
    const auto &t = m_at.text();
    int space = -1;
    for (int k = start + 1; k + 1 < end && space < 0; ++k) {
        const auto at = static_cast<std::size_t>(k);
        if (isSpace(t[at]) && isHangul(t[at - 1]) && isHangul(t[at + 1]))
            space = k;
    }
    if (space < 0)
        return false;
    const auto spaced = [](const std::string &n) { // a space between Hangul words
        const auto w = u32(n);
        for (std::size_t k = 1; k + 1 < w.size(); ++k) {
            if (w[k] == U' ' && isHangul(w[k - 1]) && isHangul(w[k + 1]))
                return true;
        }
        return false;
    };
    if (spaced(e.name) || std::ranges::any_of(e.aliases, spaced))
        return false;
    const auto first = std::u32string_view(t).substr(static_cast<std::size_t>(start), static_cast<std::size_t>(space - start));
    const auto &lex = m_at.lexicon();
    return lex.has("person_stop", first) || lex.has("generic", first) || lex.has("country", first) || lex.has("place_word", first)
           || lex.has("np_stop", first);
}

// "경기도에 두 번째 데이터센터를", "경기도 평택에", "세종시 정부세종청사에서": a local government
// (`local_government`) named as the place of something, not as an actor: with a locative
// particle, or before a place inside it (a `place_word`, or a word ending in a
// `place_unit_suffix`: 시, 구, 청사).
bool OrgBuilder::placeOnly(int start, int end, const GazetteerEntry &e) const
{
    const auto &lex = m_at.lexicon();
    if (!lex.has("local_government", u32(e.name)))
        return false;
    const auto &toks = m_at.tokens();
    const std::size_t k = m_at.tokenAt(start);
    if (k >= toks.size() || toks[k].stemEnd != end)
        return false;
    if (lex.has("locative_particle", toks[k].tail))
        return true;
    if (!toks[k].tail.empty() || k + 1 >= toks.size() || toks[k + 1].punct)
        return false;
    const auto &next = toks[k + 1];
    return lex.has("place_word", next.stem)
           || (next.stem.size() >= 2 && !lex.suffixIn("place_unit_suffix", next.stem).empty());
}

void OrgBuilder::gazetteerPass()
{
    for (const auto &m : m_g.findAll(std::u32string_view(m_at.text()))) {
        if (isBylineContext(m_at, m.start, m.end))
            continue;
        const auto &e = m_g.entries()[static_cast<std::size_t>(m.entry)];
        // Companies work abroad (미국 삼성전자 공장, 일본 TSMC); bodies have namesakes abroad.
        const bool body = e.kind != "company" && e.kind != "media";
        if ((body && foreignQualified(m.start, e.country)) || splitsHangulWords(m.start, m.end, e)
            || placeOnly(m.start, m.end, e))
            continue;
        m_cands.push({m.start, m.end, m.entry, u32(e.name), e.kind, {}});
    }
}

void OrgBuilder::shapePass()
{
    const auto &toks = m_at.tokens();
    const auto &lex = m_at.lexicon();
    for (std::size_t i = 1; i < toks.size(); ++i) {
        // "AI Alliance", "Semiconductor Industry Association": capitalised Latin words ending
        // in an English organisation word.
        const auto &t = toks[i];
        if (t.punct || !lex.has("org_suffix_en", t.stem) || covered(t.start, t.stemEnd))
            continue;
        std::size_t first = i;
        while (first > 0 && i - first < 5 && !toks[first - 1].punct && toks[first - 1].tail.empty() && toks[first].spaceBefore
               && !toks[first - 1].stem.empty() && isLatin(toks[first - 1].stem.front())
               && (toks[first - 1].stem.front() < U'a' || toks[first - 1].stem.front() > U'z'))
            --first;
        if (first == i || covered(toks[first].start, t.stemEnd))
            continue;
        add(toks[first].start, t.stemEnd, -1, phraseTextOf(first, i), t.stem == U"Alliance" || t.stem == U"Consortium" ? "alliance" : "other");
    }
    for (std::size_t i = 0; i < toks.size(); ++i) {
        const auto &t = toks[i];
        if (t.punct || covered(t.start, t.stemEnd))
            continue;
        // The suffix first: one look-up that turns most tokens away before plausibleName's eight.
        const auto suffix = lex.suffixIn("org_suffix", t.stem);
        if (suffix.empty() || !plausibleName(t)
            || !lex.suffixIn("venue_suffix", t.stem).empty()) // 난강전시센터: a venue
            continue;
        const auto prefix = std::u32string_view(t.stem).substr(0, t.stem.size() - suffix.size());
        if (prefix.size() < 2 || m_at.isGeneric(prefix) || lex.has("title", t.stem))
            continue;
        // 국제고체회로설계학회(ISSCC 2024): a name glossed with an edition year is the event.
        if (t.tail.empty() && i + 4 < toks.size() && toks[i + 1].ch() == U'(' && toks[i + 4].ch() == U')'
            && isAcronymWord(toks[i + 2].stem) && toks[i + 3].stem.size() == 4
            && std::ranges::all_of(toks[i + 3].stem, [](char32_t c) { return isDigit(c); }))
            continue;
        // Extend over up to two preceding bare modifiers ("AI 전략 최고위협의회"). A company's
        // name stops at a class noun before it ("벤처캐피털 X벤처스", "운용사 X인베스트먼트", "투자
        // 전문 자회사 X": `org_classifier`, `name_prefix_not`).
        const bool company =
            !lex.suffixIn("investment_firm_suffix", t.stem).empty() || !lex.suffixIn("company_suffix", t.stem).empty();
        int start = t.start;
        for (std::size_t k = i, n = 0; k > 0 && n < 2; --k, ++n) {
            const auto &p = toks[k - 1];
            if (company && (lex.has("name_prefix_not", p.stem) || !lex.suffixIn("org_classifier", p.stem).empty()))
                break;
            const bool country = lex.has("country", p.stem) && p.tail.empty(); // 베트남 반도체산업협회
            // 열린, 주최하는: a verb's adnominal form describes the body, it does not name it.
            const bool adnominal = lex.has("event_trigger", p.stem) || p.stem.ends_with(U"는")
                                   || p.stem.ends_with(U"린") || p.stem.ends_with(U"된") || p.stem.ends_with(U"던")
                                   || p.stem.ends_with(U"운");
            // "라운드를 이끈 X벤처스", "공모로 뽑힌 X인베스트먼트", "법안이 들어오면 X위원회", "다음
            // 달 X소위원회": a verb's adnominal (a short word closed by ㄴ or ㄹ that is no noun), a
            // connective or a time word is no modifier of the name.
            const char32_t last = p.stem.empty() ? U'\0' : p.stem.back();
            const int coda = last >= 0xAC00 && last <= 0xD7A3 ? static_cast<int>((last - 0xAC00) % 28) : -1;
            const bool verbForm = (coda == 4 || coda == 8) && p.stem.size() <= 3 && !lex.has("common_noun", p.stem)
                                  && !lex.has("place_word", p.stem) && lex.suffixIn("org_suffix", p.stem).empty();
            if (!country && (verbForm || p.stem.ends_with(U"면") || m_at.isTimeWord(p)))
                break;
            if (!country
                && (adnominal || !m_at.isBareNoun(p) || p.stem.size() > 12 || m_at.isGeneric(p.stem) || lex.has("title", p.stem)
                    || lex.has("person_stop", p.stem) || p.stem.ends_with(U"부") || looksLikeKoreanName(m_at, p.stem)))
                break;
            if (covered(p.start, p.end) || !toks[k].spaceBefore)
                break;
            start = p.start;
            if (country)
                break;
        }
        if (covered(start, t.stemEnd))
            continue;
        add(start, t.stemEnd,
            known(std::u32string_view(m_at.text())
                      .substr(static_cast<std::size_t>(start), static_cast<std::size_t>(t.stemEnd - start))),
            m_at.text().substr(static_cast<std::size_t>(start), static_cast<std::size_t>(t.stemEnd - start)),
            kindForSuffix(t.stem, m_at.lexicon()));
    }
}

// "세나인텔리전스 재팬", "SK하이닉스 아메리카가", "텐스토렌트코리아는": an organisation followed by,
// or glued to, a region word (`subsidiary_region`: 코리아, 재팬, 아메리카, USA, 비나…) names its
// local subsidiary, an organisation of its own; so does one followed by an investment unit's
// word ("퀄컴 벤처스", `subsidiary_unit`), and one glued to 그룹 names its group ("GS그룹",
// `group_suffix`). A government body has none of these.
void OrgBuilder::subsidiaryPass()
{
    const auto &toks = m_at.tokens();
    const auto &lex = m_at.lexicon();
    const auto &text = m_at.text();
    const auto surfaceOf = [&](int start, int end) {
        return text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
    };
    std::set<std::u32string> found; // names and surfaces of the organisations found so far
    m_cands.forEach([&](const OrgCandidate &c) {
        if (c.kind != "government") {
            found.insert(c.name);
            found.insert(surfaceOf(c.start, c.end));
        }
    });
    for (std::size_t i = 1; i < toks.size(); ++i) {
        const auto &t = toks[i];
        if (t.punct)
            continue;
        const auto &p = toks[i - 1];
        // The token tests before the look-ups (all pure: the order only saves work).
        if (t.spaceBefore && !p.punct && p.tail.empty()
            && (lex.has("subsidiary_region", t.stem) || lex.has("subsidiary_unit", t.stem))) {
            const OrgCandidate *parent =
                m_cands.firstEndingAt(p.stemEnd, [](const OrgCandidate &c) { return c.kind != "government"; });
            if (!parent || m_cands.overlaps(t.start, t.stemEnd))
                continue;
            const int start = parent->start;
            std::string kind = parent->kind == "other" ? "company" : parent->kind;
            const auto name = surfaceOf(start, t.stemEnd);
            m_cands.drop(parent->start, parent->end);
            add(start, t.stemEnd, known(name), name, std::move(kind));
            continue;
        }
        auto region = lex.suffixIn("subsidiary_region", t.stem);
        if (region.empty())
            region = lex.suffixIn("group_suffix", t.stem);
        if (region.empty() || t.stem.size() < region.size() + 2 || covered(t.start, t.stemEnd))
            continue;
        const std::u32string prefix(t.stem.substr(0, t.stem.size() - region.size()));
        if (found.contains(prefix)
            || (known(prefix) >= 0 && m_g.entries()[static_cast<std::size_t>(known(prefix))].kind != "government"))
            add(t.start, t.stemEnd, known(t.stem), std::u32string(t.stem), "company");
    }
}

// 대만 경제부, 일본 경제산업성, 미국 상무부: a country followed by a ministry-shaped word.
void OrgBuilder::countryPass()
{
    const auto &toks = m_at.tokens();
    for (std::size_t i = 0; i + 1 < toks.size(); ++i) {
        const auto &c = toks[i];
        const auto &t = toks[i + 1];
        if (c.punct || !c.tail.empty() || !m_at.lexicon().has("country", c.stem) || t.punct || covered(t.start, t.stemEnd))
            continue;
        const char32_t last = t.stem.empty() ? U'\0' : t.stem.back();
        if (t.stem.size() >= 3 && t.stem.size() <= 8 && (last == U'부' || last == U'성' || last == U'청' || last == U'처')
            && plausibleName(t))
            addShape(t, "government");
    }
}

// Later mentions of organisations recognised by shape ("미디어텍 부회장" after a list).
void OrgBuilder::repeatPass()
{
    std::string tsv = "id\tname\tkind\tcountry\tenglish\taliases\n";
    std::vector<const OrgCandidate *> shapes;
    std::vector<std::u32string> listed;
    m_cands.forEach([&](const OrgCandidate &c) {
        if (c.entry < 0 && c.name.size() >= 2 && std::ranges::find(listed, c.name) == listed.end()) {
            std::string aliases;
            for (const auto &[shortForm, full] : m_shortForms) {
                if (full == c.name)
                    aliases += (aliases.empty() ? "" : "|") + u8(shortForm);
            }
            tsv += std::to_string(shapes.size()) + "\t" + u8(c.name) + "\t" + (c.kind.empty() ? "other" : c.kind) + "\t\t"
                   + u8(c.english) + "\t" + aliases + "\n";
            shapes.push_back(&c);
            listed.push_back(c.name);
        }
    });
    if (shapes.empty())
        return;
    auto local = Gazetteer::fromTsv(tsv);
    if (!local)
        return;
    std::vector<OrgCandidate> found;
    for (const auto &m : local->findAll(std::u32string_view(m_at.text()))) {
        if (covered(m.start, m.end) || isBylineContext(m_at, m.start, m.end))
            continue;
        const auto &e = local->entries()[static_cast<std::size_t>(m.entry)];
        found.push_back({m.start, m.end, -1, u32(e.name), e.kind, {}});
    }
    for (auto &c : found)
        m_cands.push(std::move(c));
}

void OrgBuilder::titlePass()
{
    const auto &toks = m_at.tokens();
    const auto &lex = m_at.lexicon();
    for (std::size_t i = 1; i < toks.size(); ++i) {
        const auto &t = toks[i];
        if (t.punct || !lex.has("title", t.stem))
            continue;
        const bool company = lex.note("title", t.stem) == "company";
        const auto &p = toks[i - 1];
        // 기획투자부 차관 / 태재대 총장: a ministry or university right before the title.
        if (p.tail.empty() && plausibleName(p) && p.stem.size() >= 3 && !covered(p.start, p.stemEnd)) {
            const char32_t last = p.stem.back();
            // 전기및전자공학부 교수: a university department, not a ministry.
            const bool department = p.stem.ends_with(U"학부") || p.stem.ends_with(U"공학부");
            if ((last == U'부' || last == U'청' || last == U'처') && !company && !department)
                addShape(p, "government");
            else if (last == U'대' && (t.stem == U"총장" || t.stem == U"교수"))
                addShape(p, "university");
        }
        // 아모레퍼시픽 김승환 대표: organisation, Korean name, company title.
        if (company && i >= 2 && p.tail.empty() && looksLikeKoreanName(m_at, p.stem)) {
            const auto &o = toks[i - 2];
            const bool division = o.stem.ends_with(U"사업부") || o.stem.ends_with(U"본부") || o.stem.ends_with(U"부문")
                                  || (i >= 3 && covered(toks[i - 3].start, toks[i - 3].stemEnd));
            if (o.tail.empty() && plausibleName(o) && !looksLikeKoreanName(m_at, o.stem) && !covered(o.start, o.stemEnd)
                && m_at.isBareNoun(o) && !division) {
                // "리빌더 에이아이 김정현 대표": a designator word joins the word before it.
                const auto &w = toks[i - 3 < toks.size() ? i - 3 : 0];
                if (i >= 3 && lex.has("company_suffix", o.stem) && w.tail.empty() && plausibleName(w) && m_at.isBareNoun(w)
                    && !covered(w.start, w.stemEnd))
                    add(w.start, o.stemEnd, -1, m_at.text().substr(static_cast<std::size_t>(w.start), static_cast<std::size_t>(o.stemEnd - w.start)), "company");
                else
                    addShape(o, "company");
            }
        }
        // Aitomatic의 창립자 / X의 전 CEO.
        std::size_t k = i - 1;
        if (toks[k].stem == U"전" && k > 0)
            --k;
        const auto &q = toks[k];
        if (company && q.tail == U"의" && plausibleName(q) && !covered(q.start, q.stemEnd)
            && (isAllLatinWord(q.stem) || q.stem.size() >= 2))
            addShape(q, "company");
    }
}

void OrgBuilder::parenPass()
{
    const auto &toks = m_at.tokens();
    for (std::size_t i = 1; i + 2 < toks.size(); ++i) {
        if (toks[i].ch() != U'(')
            continue;
        std::size_t close = i + 1;
        while (close < toks.size() && close < i + 6 && toks[close].ch() != U')')
            ++close;
        if (close >= toks.size() || toks[close].ch() != U')' || close == i + 1)
            continue;
        const auto &before = toks[i - 1];
        const int inStart = toks[i + 1].start;
        const int inEnd = toks[close - 1].stemEnd;
        const auto inner = m_at.text().substr(static_cast<std::size_t>(inStart), static_cast<std::size_t>(inEnd - inStart));
        if (before.punct || inner.empty())
            continue;
        auto *at = m_cands.firstEndingAt(before.stemEnd, [](const OrgCandidate &) { return true; });
        auto *inside = m_cands.firstEndingAt(inEnd, [&](const OrgCandidate &c) { return c.start == inStart; });
        if (at && inside && at->entry >= 0 && inside->entry >= 0 && at->entry != inside->entry
            && close == i + 2 && isAcronymWord(inner) && at->start == before.start) {
            // 반도체산업협회(SIA): the acronym says which of the namesakes is meant.
            const auto entry = inside->entry;
            at->entry = entry;
            at->name = u32(m_g.entries()[static_cast<std::size_t>(entry)].name);
            at->kind = m_g.entries()[static_cast<std::size_t>(entry)].kind;
        } else if (at && !inside && close == i + 2 && (isAcronymWord(inner) || isAllLatinWord(inner))) {
            add(inStart, inEnd, at->entry, at->name, at->kind); // 정보통신산업진흥원(NIPA)
        } else if (!at && inside && before.tail.empty() && before.spaceBefore
                   && isAllLatinWord(inner) && !isAllLatinWord(before.stem) && plausibleName(before)
                   && !looksLikeKoreanName(m_at, before.stem)) {
            add(before.start, before.stemEnd, inside->entry, inside->name, inside->kind); // 엔비디아(NVIDIA)
        }
    }
}

void OrgBuilder::run()
{
    gazetteerPass();
    parenPass();
    pairPass();
    classifierPass();
    countryPass();
    barePass();
    glossPass();
    shapePass();
    subUnitPass();
    titlePass();
    introducedPass();
    listPass();
    parenPass();
    abbreviationPass();
    repeatPass();
    subsidiaryPass();
}

std::vector<ExtractedOrganization> OrgBuilder::result() const
{
    std::vector<ExtractedOrganization> out;
    std::map<std::string, std::size_t> byKey;
    auto sorted = m_cands.live();
    std::ranges::sort(sorted, [](const OrgCandidate &a, const OrgCandidate &b) { return a.start < b.start; });
    // "Nuri Semiconductor" found by its shape elsewhere is the 누리반도체 of a 한글(English) pair.
    std::map<std::string, const OrgCandidate *> byEnglish;
    m_cands.forEach([&](const OrgCandidate &c) {
        if (!c.english.empty())
            byEnglish.emplace(normalizeKey(u8(c.english)), &c);
    });
    for (auto &c : sorted) {
        // Most articles pair no names: then no candidate's key is worked out here.
        auto pair =
            c.english.empty() && !byEnglish.empty() ? byEnglish.find(normalizeKey(u8(c.name))) : byEnglish.end();
        if (pair != byEnglish.end() && c.entry < 0) {
            c.entry = pair->second->entry;
            c.name = pair->second->name;
            c.english = pair->second->english;
        }
    }
    for (const auto &c : sorted) {
        std::string key = c.entry >= 0 ? "g:" + m_g.entries()[static_cast<std::size_t>(c.entry)].id : normalizeKey(u8(c.name));
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            ExtractedOrganization o;
            if (c.entry >= 0) {
                const auto &e = m_g.entries()[static_cast<std::size_t>(c.entry)];
                o.name = e.name;
                o.english = e.english;
                o.kind = e.kind;
                o.country = e.country;
                o.gazetteerId = e.id;
            } else {
                o.name = u8(c.name);
                o.kind = c.kind.empty() ? "other" : c.kind;
                if (c.name.ends_with(U"대") && o.kind == "university") {
                    o.aliases.push_back(o.name);
                    o.name += "학교";
                }
            }
            o.aliases.insert(o.aliases.begin(), o.name);
            o.confidence = 0.0;
            if (o.english.empty())
                o.english = u8(c.english);
            it = byKey.emplace(key, out.size()).first;
            out.push_back(std::move(o));
        }
        auto &o = out[it->second];
        o.confidence = std::max(o.confidence, c.entry >= 0 ? 1.0 : c.confidence);
        const auto surface = m_at.slice(c.start, c.end);
        const auto surfaceKey = normalizeKey(surface); // once, not again for every alias
        const bool isName = surfaceKey == normalizeKey(o.name);
        o.mentions.push_back(makeMention(m_at, c.start, c.end, isName ? "name" : "alias"));
        if (std::ranges::none_of(o.aliases, [&](const std::string &a) { return normalizeKey(a) == surfaceKey; }))
            o.aliases.push_back(surface);
    }
    // A unit named with its parent, or abbreviated in parentheses, keeps its short form as an alias.
    for (const auto &[shortForm, full] : m_shortForms) {
        const auto fullKey = normalizeKey(u8(full));
        const auto shortUtf8 = u8(shortForm);
        const auto shortKey = normalizeKey(shortUtf8);
        for (auto &o : out) {
            const bool owner = std::ranges::any_of(o.aliases, [&](const std::string &a) { return normalizeKey(a) == fullKey; });
            if (owner
                && std::ranges::none_of(o.aliases, [&](const std::string &a) { return normalizeKey(a) == shortKey; }))
                o.aliases.push_back(shortUtf8);
        }
    }
    mergeBrandShorthands(out, m_at.text());
    mergeCountryQualified(out, m_at.lexicon());
    return out;
}

std::vector<ExtractedOrganization> recognizeOrganizations(const ArticleText &at, const Gazetteer &gazetteer)
{
    OrgBuilder b(at, gazetteer);
    b.run();
    return b.result();
}

} // namespace sillok::core::extract
