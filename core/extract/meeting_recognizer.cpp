#include "extract/meeting_recognizer.h"

#include "extract/meeting_candidates.h"
#include "extract/meeting_context.h"
#include "extract/organization_recognizer.h"
#include "extract/text_scan.h"
#include "extract/topic.h"

#include <algorithm>
#include <unordered_map>

namespace sillok::core::extract {

using namespace meeting_rules;

namespace {

// Key with spelling variants folded (`spelling_variant`, form → note: 인공지능 = ai,
// 콘퍼런스 = 컨퍼런스).
std::u32string foldedKey(const Lexicon &lex, std::u32string_view name)
{
    auto key = normalizeKey32(name);
    for (const auto &from : lex.forms("spelling_variant")) {
        const auto to = u32(lex.note("spelling_variant", from));
        for (auto p = key.find(from); p != std::u32string::npos; p = key.find(from))
            key.replace(p, from.size(), to);
    }
    return key;
}

// The name ends with the head, or with the head and a year ("… 포럼 2025").
bool nameEndsWith(const ExtractedMeeting &m, std::u32string_view head)
{
    const auto ends = [&](const std::string &n) {
        auto w = u32(n);
        if (w.size() > 5 && w[w.size() - 5] == U' '
            && std::ranges::all_of(w.substr(w.size() - 4), [](char32_t c) { return c >= U'0' && c <= U'9'; }))
            w.resize(w.size() - 5);
        return w.ends_with(head);
    };
    return ends(m.name) || std::ranges::any_of(m.aliases, ends);
}

void addAlias(ExtractedMeeting &m, const std::u32string &alias)
{
    const auto a = u8(alias);
    if (!a.empty() && std::ranges::none_of(m.aliases, [&](const std::string &x) { return normalizeKey(x) == normalizeKey(a); }))
        m.aliases.push_back(a);
}

// Every mention of the meeting follows a word that looks back (`past_marker`: 지난, 지난해)
// within the four tokens before it in its sentence.
bool lookedBackAt(const ArticleText &at, const ExtractedMeeting &m)
{
    const auto &toks = at.tokens();
    return std::ranges::all_of(m.mentions, [&](const Mention &mm) {
        const std::size_t first = at.tokenAt(mm.start);
        for (std::size_t k = first, n = 0; k > 0 && n < 4; --k, ++n) {
            const auto &t = toks[k - 1];
            if (t.sentence != mm.sentence)
                break;
            if (at.lexicon().startsWithForm("past_marker", t.text))
                return true;
        }
        return false;
    });
}

// Meetings being merged from candidates, with the key each is found by and whether it is an
// acronym event ("CES 2024"); the three vectors stay parallel.
struct Merging {
    std::vector<ExtractedMeeting> out;
    std::vector<std::u32string> keys;
    std::vector<bool> acronymEvent;
};

// A named candidate joins the meeting with its key (an acronym event also takes "AISC 2025
// 컨퍼런스"), or the one numbered meeting of its series when named without the ordinal ("이번
// AI 최고위 전략대화" after "제5차 인공지능 최고위 전략대화"), or starts a meeting.
void mergeNamed(const ArticleText &at, Merging &g, const MeetingCand &c)
{
    auto &out = g.out;
    const auto key = c.acronym.empty() ? foldedKey(at.lexicon(), c.name) : normalizeKey32(c.acronym + c.name.substr(c.name.find_first_of(U"0123456789") == std::u32string::npos ? 0 : c.name.find_first_of(U"0123456789"), 4));
    std::size_t idx = out.size();
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (g.keys[i] == key || (g.acronymEvent[i] && key.starts_with(g.keys[i])))
            idx = i;
    }
    // ‘삼성 칩 포럼 2024’ after ‘삼성 칩 포럼(SCF) 2024’ (read as "삼성 칩 포럼" and "SCF 2024"):
    // a year's edition joins the meeting named without the year.
    if (idx == out.size() && c.acronym.empty() && c.name.size() > 5 && c.name[c.name.size() - 5] == U' '
        && std::ranges::all_of(c.name.substr(c.name.size() - 4),
                               [](char32_t ch) { return ch >= U'0' && ch <= U'9'; })) {
        const auto base = foldedKey(at.lexicon(), c.name.substr(0, c.name.size() - 5));
        for (std::size_t i = 0; i < out.size() && idx == out.size(); ++i) {
            if (g.keys[i] == base)
                idx = i;
        }
    }
    if (idx == out.size() && c.ordinal == 0) {
        std::size_t hits = 0;
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (out[i].ordinal > 0 && foldedKey(at.lexicon(), u32(out[i].series)) == key) {
                idx = i;
                ++hits;
            }
        }
        if (hits > 1)
            idx = out.size();
    }
    if (idx == out.size()) {
        ExtractedMeeting m;
        m.name = !c.acronym.empty() && !c.name.starts_with(c.acronym) ? u8(c.acronym) + " " + u8(c.name.substr(0, 4)) : u8(c.name);
        m.kind = c.kind;
        m.ordinal = c.ordinal;
        m.series = u8(c.series);
        m.partOf = u8(c.partOf);
        out.push_back(std::move(m));
        g.keys.push_back(key);
        g.acronymEvent.push_back(!c.acronym.empty());
    }
    auto &m = out[idx];
    addAlias(m, u32(m.name));
    addAlias(m, c.name);
    addAlias(m, c.alias);
    if (m.partOf.empty())
        m.partOf = u8(c.partOf);
    m.mentions.push_back(makeMention(at, c.start, c.end, m.mentions.empty() ? "name" : "alias"));
}

// "제3차 한-OO 반도체 전략대화를 열었다 … 제4차 전략대화는 내년 열린다": a numbered bare head
// whose number no meeting of its head has names another edition of the one numbered series of
// that head named before it (제4차 + its series); out.size() when there is no such series.
std::size_t anotherEdition(const ArticleText &at, Merging &g, const MeetingCand &c)
{
    auto &out = g.out;
    const ExtractedMeeting *series = nullptr;
    for (const auto &m : out) {
        if (m.ordinal <= 0 || m.ordinal == c.ordinal || m.series.empty() || !nameEndsWith(m, c.head)
            || m.mentions.front().start > c.start)
            continue;
        if (series && foldedKey(at.lexicon(), u32(series->series)) != foldedKey(at.lexicon(), u32(m.series)))
            return out.size();
        series = &m;
    }
    if (!series)
        return out.size();
    ExtractedMeeting m;
    m.name = "제" + std::to_string(c.ordinal) + "차 " + series->series;
    m.kind = series->kind;
    m.ordinal = c.ordinal;
    m.series = series->series;
    m.partOf = series->partOf.empty() ? series->series : series->partOf;
    out.push_back(std::move(m));
    g.keys.push_back(foldedKey(at.lexicon(), u32(out.back().name)));
    g.acronymEvent.push_back(false);
    return out.size() - 1;
}

// A bare head noun joins the latest meeting with that head (and ordinal); after a demonstrative
// ("‘세미콘 타이완 2024’에서 … 이 전시회에서") the latest event named before it, whatever its
// head. Else it is an event of its own when it is a ceremony, demo or exhibition (기공식을
// 열었다) or on the standalone list; recognizeMeetings() then keeps it only when something pins
// it down.
void attachBare(const ArticleText &at, Merging &g, const MeetingCand &c)
{
    auto &out = g.out;
    std::size_t best = out.size();
    // "지난 6월 제3차 전략대화 … 전략대화에는": an edition only looked back at is not the one a
    // bare head refers to, when the article names another edition it is about.
    bool current = false;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const bool sameSeries = !c.acronym.empty() ? u32(out[i].name).starts_with(c.acronym) : nameEndsWith(out[i], c.head);
        if (!sameSeries || (c.ordinal && out[i].ordinal != c.ordinal))
            continue;
        const bool thisCurrent = !lookedBackAt(at, out[i]);
        if (current && !thisCurrent)
            continue;
        if (best == out.size() || out[i].mentions.front().start <= c.start || (thisCurrent && !current))
            best = i;
        current = current || thisCurrent;
    }
    if (best == out.size() && c.anaphor) {
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (out[i].mentions.front().start < c.start && (best == out.size() || out[i].mentions.front().start > out[best].mentions.front().start))
                best = i;
        }
        if (best != out.size()) {
            out[best].mentions.push_back(makeMention(at, c.start, c.end, "alias"));
            return;
        }
    }
    if (best == out.size() && c.ordinal)
        best = anotherEdition(at, g, c);
    if (best == out.size()) {
        const bool ownEvent = (c.kind == "ceremony" || c.kind == "demo" || c.kind == "exhibition")
                              && (c.head.size() >= 3 || c.head.ends_with(U"식") || c.head.ends_with(U"회")); // not 전시
        if ((!at.lexicon().has("standalone_event", c.head) && !ownEvent) || c.ordinal)
            return;
        ExtractedMeeting m;
        m.name = u8(c.name);
        m.kind = c.kind;
        m.series = m.name;
        out.push_back(std::move(m));
        g.keys.push_back(normalizeKey32(c.name));
        g.acronymEvent.push_back(false);
        best = out.size() - 1;
    }
    auto &m = out[best];
    addAlias(m, u32(m.name));
    addAlias(m, c.name);
    m.mentions.push_back(makeMention(at, c.start, c.end, "alias"));
}

// Merges candidates into meetings: numbered meetings first, so that the series named alone can
// join them, then the other named ones, then the bare head nouns.
std::vector<ExtractedMeeting> merge(const ArticleText &at, const std::vector<MeetingCand> &cands)
{
    Merging g;
    std::vector<MeetingCand> bare;
    auto ordered = cands;
    std::ranges::stable_partition(ordered, [](const MeetingCand &c) { return c.ordinal > 0 && !c.bare; });
    for (const auto &c : ordered) {
        if (c.bare)
            bare.push_back(c);
        else
            mergeNamed(at, g, c);
    }
    for (const auto &c : bare)
        attachBare(at, g, c);
    for (auto &m : g.out)
        std::ranges::sort(m.mentions, [](const Mention &a, const Mention &b) { return a.start < b.start; });
    std::ranges::stable_sort(g.out, [](const auto &a, const auto &b) { return a.mentions.front().start < b.mentions.front().start; });
    return std::move(g.out);
}

const DateMention *dateFor(const Mention &m, const DatesBySentence &dates)
{
    const DateMention *before = nullptr;
    const DateMention *after = nullptr;
    const auto inSentence = dates.find(m.sentence);
    if (inSentence == dates.end())
        return nullptr;
    for (const auto *dp : inSentence->second) {
        const auto &d = *dp;
        if (d.target || (d.start < m.end && m.start < d.end))
            continue;
        // "내년 상반기 서울에서 열린다", "2분기": a half or a quarter gives no month of the meeting.
        if (d.text.find("반기") != std::string::npos || d.text.find("분기") != std::string::npos)
            continue;
        if (d.end <= m.start)
            before = &d;
        else if (!after)
            after = &d;
    }
    return before ? before : after;
}

std::u32string placeBefore(const ArticleText &at, const Mention &m, const std::vector<OrgSpan> &spans)
{
    const auto &toks = at.tokens();
    const std::size_t first = at.tokenAt(m.start);
    for (std::size_t k = first, n = 0; k > 0 && n < 4; --k, ++n) {
        const auto &t = toks[k - 1];
        if (t.sentence != m.sentence)
            break;
        if (t.tail != U"에서") {
            if (t.punct && !isOpenQuote(t.ch()) && !(t.ch() == U')'))
                break;
            continue;
        }
        if (organizationAt(spans, t.start, t.stemEnd) >= 0 || !at.lexicon().suffixIn("meeting_head", t.stem).empty())
            return {};
        std::size_t s = k - 1;
        while (s > 0 && s + 5 > k && toks[s - 1].sentence == t.sentence
               && (at.isBareNoun(toks[s - 1]) || toks[s - 1].tail == U"와" || toks[s - 1].tail == U"과")
               && organizationAt(spans, toks[s - 1].start, toks[s - 1].stemEnd) < 0)
            --s;
        // "하노이와 다낭": the separator belongs before the next word.
        std::u32string fixed;
        for (std::size_t j = s; j < k; ++j) {
            if (j > s)
                fixed += (toks[j - 1].tail == U"와" || toks[j - 1].tail == U"과") ? U", " : U" ";
            fixed += toks[j].stem;
        }
        return fixed;
    }
    return {};
}

bool startsWithContinuation(const ArticleText &at, int sentence)
{
    const auto &s = at.sentences()[static_cast<std::size_t>(sentence)];
    const auto text = std::u32string_view(at.text()).substr(static_cast<std::size_t>(s.start), static_cast<std::size_t>(s.end - s.start));
    // `continuation_cue`: a cue noted "word" must be followed by a space ("이어 ").
    const auto &lex = at.lexicon();
    for (const auto &cue : lex.forms("continuation_cue")) {
        if (text.starts_with(cue) && (lex.note("continuation_cue", cue) != "word" || text.substr(cue.size()).starts_with(U' ')))
            return true;
    }
    // "회의에 이어 같은 장소에서는 …", "행사 직후": the sentence opens by following the previous event.
    const auto [first, last] = at.sentenceTokens(sentence);
    const auto &toks = at.tokens();
    for (std::size_t k = first; k < last && k < first + 4; ++k) {
        const auto &w = toks[k].text;
        if ((w == U"이어" || w == U"이어서" || w == U"직후" || w == U"직후에") && k > first && toks[k - 1].tail == U"에")
            return true;
        if (w == U"같은" && k + 1 < last && (toks[k + 1].stem == U"장소" || toks[k + 1].stem == U"날"))
            return true;
    }
    return false;
}

// Date: from the first mention that has one in its sentence (named mentions first).
void attachDate(const MeetingContext &cx, ExtractedMeeting &m)
{
    for (int pass = 0; pass < 2 && !m.date.isValid(); ++pass) {
        for (const auto &mm : m.mentions) {
            if ((pass == 0) != (mm.field == "name"))
                continue;
            if (const auto *d = dateFor(mm, cx.datesBySentence)) {
                m.date = d->date;
                m.endDate = d->lastDay;
                m.dateText = d->text;
                break;
            }
        }
    }
}

// A follow-up event ("전략대화에 이어 같은 장소에서는 … 시연회") takes the date of the dated
// event before it.
void followPrevious(const MeetingContext &cx, const ExtractedMeeting *previous, ExtractedMeeting &m)
{
    if (previous && m.date.precision < DatePrecision::Day && (!m.date.isValid() || m.date.year == previous->date.year)
        && startsWithContinuation(cx.at, m.mentions.front().sentence)) {
        m.date = previous->date;
        m.dateText = m.dateText.empty() ? previous->dateText : m.dateText;
    }
}

} // namespace

namespace meeting_rules {

MeetingContext::MeetingContext(const ArticleText &a, const std::vector<ExtractedOrganization> &o,
                               const std::vector<ExtractedInitiative> &ini, const std::vector<DateMention> &dates,
                               const std::vector<ExtractedPerson> &p, std::vector<std::size_t> t)
    : at(a), orgs(o), initiatives(ini), spans(organizationSpans(o)), people(p), topics(std::move(t))
{
    for (std::size_t i = 0; i < people.size(); ++i) {
        for (const auto &pm : people[i].mentions) {
            auto &list = peopleBySentence[pm.sentence];
            if (list.empty() || list.back() != i)
                list.push_back(i);
        }
    }
    for (const auto &d : dates)
        datesBySentence[d.sentence].push_back(&d);
    spanSentence.reserve(spans.size());
    for (const auto &sp : spans)
        spanSentence.push_back(at.sentenceAt(sp.start));
    for (std::size_t i = 0; i + 1 < spans.size(); ++i) {
        const auto &x = spans[i];
        // Past the first one's own gloss ("스파크레인(SparkRain)과": SparkRain is a mention too).
        std::size_t next = i + 1;
        while (next + 1 < spans.size() && spans[next].org == x.org && spans[next].start < x.end + 16)
            ++next;
        const auto &y = spans[next];
        const auto joint = tailAfter(at, x.start, x.end);
        // "스파크레인(SparkRain)과 코어빗(Corebit)이": past the first one's gloss.
        std::size_t near = at.tokenAt(x.start);
        const auto &toks = at.tokens();
        if (const std::size_t after = at.tokenAt(x.end); after < toks.size() && toks[after].ch() == U'(') {
            for (std::size_t c = after; c < toks.size() && c < after + 8; ++c) {
                if (toks[c].ch() == U')') {
                    near = c;
                    break;
                }
            }
        }
        if (spanSentence[i] == spanSentence[next] && x.org != y.org && (joint == U"와" || joint == U"과")
            && at.tokenAt(y.start) <= near + 2 && isSubjectParticle(tailAfter(at, y.start, y.end)))
            subjectPairs.push_back({spanSentence[i], x.org, y.org});
    }
    for (std::size_t i = 0; i < orgs.size(); ++i) {
        orgByName.try_emplace(u32(orgs[i].name), static_cast<int>(i));
        for (const auto &alias : orgs[i].aliases)
            orgByName.try_emplace(u32(alias), static_cast<int>(i));
    }
    for (std::size_t i = 0; i < initiatives.size(); ++i) {
        for (const auto &im : initiatives[i].mentions) {
            auto &list = initiativesBySentence[im.sentence];
            if (list.empty() || list.back() != i)
                list.push_back(i);
        }
    }
}

void addUnique(std::vector<std::string> &v, const std::string &s)
{
    if (!s.empty() && std::ranges::find(v, s) == v.end())
        v.push_back(s);
}

// A token of the sentence opens with a word of `category`.
bool sentenceSays(const ArticleText &at, int sentence, LexiconCategory category)
{
    const auto [a, b] = at.sentenceTokens(sentence);
    const auto &toks = at.tokens();
    const Lexicon &lex = at.lexicon();
    for (std::size_t k = a; k < b; ++k) {
        if (!lex.startsWithForm(category, toks[k].text)) // most tokens: no form has their first letter
            continue;
        for (const auto &w : lex.forms(category)) {
            if (!toks[k].text.starts_with(w))
                continue;
            // A form noted "exact" is a whole token ("개최" in a headline, not "개최된").
            if (toks[k].text.size() == w.size() || lex.note(category, w) != "exact")
                return true;
        }
    }
    return false;
}

// Every organisation of the sentence, and the organisation of every person in it.
void addSentenceOrganizations(const MeetingContext &cx, int s, std::vector<std::string> &into)
{
    const auto [lo, hi] = std::ranges::equal_range(cx.spanSentence, s);
    for (auto k = lo; k != hi; ++k)
        addUnique(into, cx.orgs[static_cast<std::size_t>(cx.spans[static_cast<std::size_t>(k - cx.spanSentence.begin())].org)].name);
    if (const auto p = cx.peopleBySentence.find(s); p != cx.peopleBySentence.end()) {
        for (const std::size_t i : p->second)
            addUnique(into, cx.people[i].organization);
    }
}

// "X와 Y가 …": the last pair of organisations joined as a subject in a sentence before
// `sentence`, or nullptr.
const MeetingContext::Pair *pairBefore(const MeetingContext &cx, int sentence)
{
    const auto it = std::ranges::lower_bound(cx.subjectPairs, sentence, {}, &MeetingContext::Pair::sentence);
    return it == cx.subjectPairs.begin() ? nullptr : &*std::prev(it);
}

} // namespace meeting_rules

namespace {

std::u32string tailAfter(const ArticleText &at, const Mention &mm)
{
    return tailAfter(at, mm.start, mm.end);
}

bool isVenueTail(std::u32string_view tail)
{
    return tail == U"에서" || tail == U"에서는" || tail == U"에서도" || tail == U"에는" || tail == U"에"
           || tail == U"에도";
}

// "NIPA에서 … 소개했다", "사피온코리아, 퓨리오사AI, 리벨리온에서도 … 발표했다": organisations
// that present (`present_verb`) from the place of the sentence (에서, 에서는, 에서도), with the
// items of a list before them.
void addPresenters(const MeetingContext &cx, int s, std::vector<std::string> &into)
{
    if (!sentenceSays(cx.at, s, "present_verb"))
        return;
    const auto &toks = cx.at.tokens();
    const auto [a, b] = cx.at.sentenceTokens(s);
    const auto [lo, hi] = std::ranges::equal_range(cx.spanSentence, s);
    for (auto it = lo; it != hi; ++it) {
        const auto &sp = cx.spans[static_cast<std::size_t>(it - cx.spanSentence.begin())];
        const auto tail = tailAfter(cx.at, sp.start, sp.end);
        if (tail != U"에서" && tail != U"에서는" && tail != U"에서도")
            continue;
        addUnique(into, cx.orgs[static_cast<std::size_t>(sp.org)].name);
        // The items of a list before it: "사피온코리아, 퓨리오사AI, 리벨리온에서도".
        for (std::size_t k = cx.at.tokenAt(sp.start); k >= a + 2 && (toks[k - 1].ch() == U',' || isListDot(toks[k - 1].ch())); k -= 2) {
            const int o = organizationAt(cx.spans, toks[k - 2].start, toks[k - 2].stemEnd);
            if (o < 0 || !toks[k - 2].tail.empty())
                break;
            addUnique(into, cx.orgs[static_cast<std::size_t>(o)].name);
        }
    }
}

// The sentence names another meeting as the place it happens at while m is only referred to.
bool elsewhere(const MeetingContext &cx, std::size_t mi, int s)
{
    const auto it = cx.meetingsBySentence.find(s);
    if (it == cx.meetingsBySentence.end())
        return false;
    bool mine = false;
    bool other = false;
    for (const auto &[i, venue] : it->second) {
        if (i == mi)
            mine = mine || venue;
        else
            other = other || venue;
    }
    return other && !mine;
}

// A mention of the meeting names it as the place its sentence happens at: "…에서", or "…에" when
// the sentence says one takes part (`attend_word`: "‘X 2024’에 참가해", "…에 공동 부스를").
bool namedAsPlace(const MeetingContext &cx, const Mention &mm)
{
    const auto tail = tailAfter(cx.at, mm);
    if (tail == U"에서" || tail == U"에서는" || tail == U"에서도")
        return true;
    // "GTC 2024 전시장에서": a place of the event (`event_venue_noun`) right after its name.
    const auto &toks = cx.at.tokens();
    const std::size_t last = cx.at.tokenAt(mm.end - 1);
    if (tail.empty() && last + 1 < toks.size() && toks[last + 1].sentence == mm.sentence
        && cx.at.lexicon().has("event_venue_noun", toks[last + 1].stem) && toks[last + 1].tail == U"에서")
        return true;
    return (tail == U"에" || tail == U"에는" || tail == U"에도") && sentenceSays(cx.at, mm.sentence, "attend_word");
}

// The word right before the mention (past an opening quote) says someone holds the event
// (`venue_held_form`: "… 열린 ‘X 2024’에서").
bool heldBySomeone(const MeetingContext &cx, const Mention &mm)
{
    const auto &toks = cx.at.tokens();
    std::size_t k = cx.at.tokenAt(mm.start);
    if (k > 0 && toks[k].punct && isOpenQuote(toks[k].ch()))
        --k; // the mention starts at its quote
    else if (k > 0 && toks[k - 1].punct && isOpenQuote(toks[k - 1].ch()))
        --k;
    return k > 0 && toks[k - 1].sentence == mm.sentence && cx.at.lexicon().has("venue_held_form", toks[k - 1].text);
}

// "두 회사는 …", "양사는 …": a subject before `beforeCp` in the sentence that stands for the two
// organisations joined as a subject before it ("X와 Y가 하나로 합친다").
bool bothCompaniesSubject(const MeetingContext &cx, int sentence, int beforeCp)
{
    if (!pairBefore(cx, sentence))
        return false;
    const auto &toks = cx.at.tokens();
    const auto [a, b] = cx.at.sentenceTokens(sentence);
    for (std::size_t k = a; k < b && toks[k].end <= beforeCp; ++k) {
        const auto &t = toks[k];
        if (!isSubjectTail(t) || !cx.at.lexicon().has("company_pronoun", t.stem))
            continue;
        const bool two = t.stem == U"양사" || (k > a && (toks[k - 1].text == U"두" || toks[k - 1].text == U"양"));
        if (two)
            return true;
    }
    return false;
}

void addBothCompanies(const MeetingContext &cx, int sentence, std::vector<std::string> &into)
{
    const auto *p = pairBefore(cx, sentence);
    addUnique(into, cx.orgs[static_cast<std::size_t>(p->first)].name);
    addUnique(into, cx.orgs[static_cast<std::size_t>(p->second)].name);
}

// The meeting's name opens with one of the organisation's names ("KT클라우드 서밋 2025").
bool namesAfter(const ExtractedMeeting &m, const ExtractedOrganization &org)
{
    const auto opens = [&](const std::string &n) {
        return !n.empty() && (m.name.starts_with(n) || std::ranges::any_of(m.aliases, [&](const std::string &a) {
                                  return a.starts_with(n);
                              }));
    };
    return opens(org.name) || std::ranges::any_of(org.aliases, opens);
}

// Organisers from one mention: organisations that are subjects (은/는/이/가) before it in its
// sentence.
void attachOrganizersAt(const MeetingContext &cx, ExtractedMeeting &m, const Mention &first)
{
    // "X는 … 열린 ‘Y 2024’에서": X attends Y (addActorsAtPlace), unless Y carries X's name
    // ("KT클라우드는 … 열린 ‘KT클라우드 서밋’에서").
    const bool attends = namedAsPlace(cx, first) && heldBySomeone(cx, first);
    const auto [lo, hi] = std::ranges::equal_range(cx.spanSentence, first.sentence);
    for (auto it = lo; it != hi; ++it) {
        const auto &sp = cx.spans[static_cast<std::size_t>(it - cx.spanSentence.begin())];
        const auto &org = cx.orgs[static_cast<std::size_t>(sp.org)];
        if (sp.end <= first.start && isSubjectParticle(tailAfter(cx.at, sp.start, sp.end))
            && (!attends || namesAfter(m, org)))
            addUnique(m.organizers, org.name);
    }
    // "대구시와 대구테크노파크는 … 개소식을 열었다": the organisation joined to an organiser.
    for (const auto &pair :
         std::ranges::equal_range(cx.subjectPairs, first.sentence, {}, &MeetingContext::Pair::sentence)) {
        if (std::ranges::find(m.organizers, cx.orgs[static_cast<std::size_t>(pair.second)].name) != m.organizers.end())
            addUnique(m.organizers, cx.orgs[static_cast<std::size_t>(pair.first)].name);
    }
    // "두 회사는 21일 … 합병 계약 체결식을 열었다".
    if (m.organizers.empty() && !attends && sentenceSays(cx.at, first.sentence, "held_verb")
        && bothCompaniesSubject(cx, first.sentence, first.start))
        addBothCompanies(cx, first.sentence, m.organizers);
}

// Organisers: those of the first mention; when it gives none (a headline names the event before
// the sentence that holds it: "…‘X’ 출범식…", then "과기정통부는 … ‘X’ 출범식을 열었다"), those
// of the first later mention that is the object of a holding verb (`held_verb`).
void attachOrganizers(const MeetingContext &cx, ExtractedMeeting &m)
{
    attachOrganizersAt(cx, m, m.mentions.front());
    for (std::size_t k = 1; k < m.mentions.size() && m.organizers.empty(); ++k) {
        const auto &mm = m.mentions[k];
        const auto tail = tailAfter(cx.at, mm);
        if ((tail == U"을" || tail == U"를") && sentenceSays(cx.at, mm.sentence, "held_verb"))
            attachOrganizersAt(cx, m, mm);
    }
}

// "X는 … 열린 ‘Y 2024’에서 신제품을 공개했다", "왼쪽부터 A 대표, B 부사장이 … 열린 체결식에서
// 기념 촬영을 하고 있다": who acts at a meeting named as the place of the sentence attends it —
// the organisations before the mention (not a venue: "대한상공회의소에서 열린"), the
// organisations of the people before it, and a partner joined after it ("…에서 Z와 계약을
// 맺었다", "…에 Z와 공동 부스를").
void addActorsAtPlace(const MeetingContext &cx, const Mention &mm, std::vector<std::string> &into)
{
    const auto [lo, hi] = std::ranges::equal_range(cx.spanSentence, mm.sentence);
    for (auto it = lo; it != hi; ++it) {
        const auto &sp = cx.spans[static_cast<std::size_t>(it - cx.spanSentence.begin())];
        const auto tail = tailAfter(cx.at, sp.start, sp.end);
        const bool before = sp.end <= mm.start && tail != U"에서" && tail != U"에서는";
        const bool partner = sp.start >= mm.end && (tail == U"와" || tail == U"과");
        if (before || partner)
            addUnique(into, cx.orgs[static_cast<std::size_t>(sp.org)].name);
    }
    if (bothCompaniesSubject(cx, mm.sentence, mm.start)) // "두 회사는 … 열린 ‘X 포럼’에서 계약을 맺었다"
        addBothCompanies(cx, mm.sentence, into);
    if (const auto p = cx.peopleBySentence.find(mm.sentence); p != cx.peopleBySentence.end()) {
        for (const std::size_t i : p->second) {
            // "… 열린 체결식에서 (왼쪽부터) A 대표, B 실장이 기념촬영을": people after it too.
            const bool there = std::ranges::any_of(cx.people[i].mentions, [&](const Mention &pm) {
                return pm.sentence == mm.sentence && (pm.end <= mm.start || pm.start >= mm.end);
            });
            if (there)
                addUnique(into, cx.people[i].organization);
        }
    }
}

// "포럼은 A와 B가 공동 주최했다", "A가 주최하고 B가 주관한 ‘X’", "X는 … A 주관으로 열린다":
// the organisation right before a word of hosting (`host_word`: 주최, 주관) — as its subject
// (이/가) or glued to it with 로/으로 — and the organisations joined to it with 와/과 organise
// the meeting its sentence names; so does the subject right after its adnominal form ("포럼을
// 주최한 X는").
void addHosts(const MeetingContext &cx, int s, std::vector<std::string> &into)
{
    const auto &toks = cx.at.tokens();
    const auto &lex = cx.at.lexicon();
    const auto [a, b] = cx.at.sentenceTokens(s);
    for (std::size_t k = a + 1; k < b; ++k) {
        // A verb or 로-form of the word (주최했다, 주관한, 주관으로), not a compound (주관기관).
        const auto hosting = [&](const std::u32string &w) {
            if (!toks[k].text.starts_with(w))
                return false;
            const auto rest = std::u32string_view(toks[k].text).substr(w.size());
            return rest.empty() || std::u32string_view(U"하한했해로으").find(rest.front()) != std::u32string_view::npos;
        };
        if (std::ranges::none_of(lex.forms("host_word"), hosting))
            continue;
        // "이번 포럼을 주최한 대한무역투자진흥공사(KOTRA)는": the subject right after the
        // adnominal form hosts it.
        if (toks[k].text.ends_with(U"한") && k + 1 < b) {
            const auto [lo, hi] = std::ranges::equal_range(cx.spanSentence, s);
            for (auto it = lo; it != hi; ++it) {
                const auto &sp = cx.spans[static_cast<std::size_t>(it - cx.spanSentence.begin())];
                if (sp.start == toks[k + 1].start && isSubjectParticle(tailAfter(cx.at, sp.start, sp.end)))
                    addUnique(into, cx.orgs[static_cast<std::size_t>(sp.org)].name);
            }
        }
        std::size_t j = k - 1;
        if (toks[j].text == U"공동" && j > a) // "공동 주최했다"
            --j;
        // "미국소비자기술협회(CTA) 주관으로": past the organisation's gloss.
        if (toks[j].ch() == U')' && toks[k].text.ends_with(U"로")) {
            std::size_t open = j;
            while (open > a && open + 8 > j && toks[open].ch() != U'(')
                --open;
            if (toks[open].ch() == U'(' && open > a)
                j = open - 1;
        }
        const int o = organizationAt(cx.spans, toks[j].start, toks[j].stemEnd);
        const bool ok =
            o >= 0 && (isSubjectParticle(toks[j].tail) || (toks[j].tail.empty() && (toks[k].text.ends_with(U"로"))));
        if (!ok)
            continue;
        addUnique(into, cx.orgs[static_cast<std::size_t>(o)].name);
        // "A와 B가": the organisations joined before it.
        for (std::size_t i = j; i > a && i + 4 > j;) {
            --i;
            const int p = organizationAt(cx.spans, toks[i].start, toks[i].stemEnd);
            if (p < 0)
                continue;
            if (toks[i].tail != U"와" && toks[i].tail != U"과" && !(i + 1 < b && toks[i + 1].ch() == U','))
                break;
            addUnique(into, cx.orgs[static_cast<std::size_t>(p)].name);
        }
    }
}

// "충북도는 … 청주시, SK하이닉스, 충북대와 ‘… 업무협약식’을 가졌다": the organisations joined
// with 와/과 (and the items of a list before them) to the subject of a sentence that holds the
// meeting (`held_verb`, the meeting its object) take part in it.
void addCoHolders(const MeetingContext &cx, const Mention &mm, std::vector<std::string> &into)
{
    const auto tail = tailAfter(cx.at, mm);
    if ((tail != U"을" && tail != U"를") || !sentenceSays(cx.at, mm.sentence, "held_verb"))
        return;
    const auto &toks = cx.at.tokens();
    const auto [a, b] = cx.at.sentenceTokens(mm.sentence);
    const auto [lo, hi] = std::ranges::equal_range(cx.spanSentence, mm.sentence);
    for (auto it = lo; it != hi; ++it) {
        const auto &sp = cx.spans[static_cast<std::size_t>(it - cx.spanSentence.begin())];
        const auto joint = tailAfter(cx.at, sp.start, sp.end);
        if (sp.end > mm.start || (joint != U"와" && joint != U"과"))
            continue;
        addUnique(into, cx.orgs[static_cast<std::size_t>(sp.org)].name);
        for (std::size_t k = cx.at.tokenAt(sp.start);
             k >= a + 2 && (toks[k - 1].ch() == U',' || isListDot(toks[k - 1].ch())); k -= 2) {
            const int o = organizationAt(cx.spans, toks[k - 2].start, toks[k - 2].stemEnd);
            if (o < 0 || !toks[k - 2].tail.empty())
                break;
            addUnique(into, cx.orgs[static_cast<std::size_t>(o)].name);
        }
    }
    (void)b;
}

// Participants: the organisations (and people's organisations) of sentences that mention it and
// say 참석/참여/참가, presenters at it, and the organisations of the next sentence when it opens
// by pointing back at it (`venue_anaphor`: 여기에는) or goes on with presenters ("…에서도").
// Initiatives: those named in sentences that mention it.
void attachParticipantsAndInitiatives(const MeetingContext &cx, std::size_t mi, ExtractedMeeting &m)
{
    const auto &toks = cx.at.tokens();
    std::vector<int> sentences;
    for (const auto &mm : m.mentions)
        sentences.push_back(mm.sentence);
    const int nSentences = static_cast<int>(cx.at.sentences().size());
    for (const auto &mm : m.mentions) {
        if (elsewhere(cx, mi, mm.sentence))
            continue;
        if (namedAsPlace(cx, mm))
            addActorsAtPlace(cx, mm, m.participants);
        addCoHolders(cx, mm, m.participants);
        addHosts(cx, mm.sentence, m.organizers);
    }
    for (int s : sentences) {
        if (elsewhere(cx, mi, s))
            continue;
        const auto [a, b] = cx.at.sentenceTokens(s);
        bool attend = false;
        for (std::size_t k = a; k < b; ++k)
            attend = attend || cx.at.lexicon().startsWithForm("attend_verb", toks[k].text);
        if (attend)
            addSentenceOrganizations(cx, s, m.participants);
        addPresenters(cx, s, m.participants);
        const int next = s + 1;
        if (next < nSentences && !cx.meetingsBySentence.contains(next)) {
            const auto [na, nb] = cx.at.sentenceTokens(next);
            const bool pointsBack = na < nb
                                    && std::ranges::any_of(cx.at.lexicon().forms("venue_anaphor"), [&](const std::u32string &w) {
                                           return std::u32string_view(cx.at.text()).substr(static_cast<std::size_t>(toks[na].start)).starts_with(w);
                                       });
            if (pointsBack)
                addSentenceOrganizations(cx, next, m.participants);
            else
                addPresenters(cx, next, m.participants);
        }
        if (const auto ini = cx.initiativesBySentence.find(s); ini != cx.initiativesBySentence.end()) {
            for (const std::size_t i : ini->second)
                addUnique(m.initiatives, cx.initiatives[i].name);
        }
    }
}

// "… 성과전시회도 개최했다": a sentence that holds the meeting (`held_verb`) and names no actor
// leaves it to the article's topic organisations.
void attachTopicOrganizers(const MeetingContext &cx, ExtractedMeeting &m)
{
    if (!m.organizers.empty() || cx.topics.empty())
        return;
    for (const auto &mm : m.mentions) {
        const auto &sentence = cx.at.sentences()[static_cast<std::size_t>(mm.sentence)];
        if (!sentenceSays(cx.at, mm.sentence, "held_verb") || !sentenceLacksSubject(cx.at, cx.spans, mm.sentence, sentence.end))
            continue;
        for (const std::size_t t : cx.topics)
            addUnique(m.organizers, cx.orgs[t].name);
        return;
    }
}

// "두 부처는 다음 달 … 착수회의를 열어", "팹리스 챌린지 데모데이": an event of a programme
// (`programme_event`: 설명회, 데모데이, 보고회, 착수회의 …) that names no initiative in its
// sentences is about the initiative named last before it, within a few sentences, or about the
// only initiative of the article.
void attachProgrammeOfEvent(const MeetingContext &cx, ExtractedMeeting &m)
{
    constexpr int kLookBack = 6;
    const auto name = u32(m.name);
    if (!m.initiatives.empty()
        || std::ranges::none_of(cx.at.lexicon().forms("programme_event"),
                                [&](const std::u32string &h) { return name.ends_with(h); }))
        return;
    const auto &first = m.mentions.front();
    for (int s = first.sentence; s >= 0 && s > first.sentence - kLookBack; --s) {
        const auto it = cx.initiativesBySentence.find(s);
        if (it == cx.initiativesBySentence.end())
            continue;
        // The initiative whose mention in s is last before the meeting (in s itself: before it).
        const ExtractedInitiative *best = nullptr;
        int bestStart = -1;
        for (const std::size_t i : it->second) {
            for (const auto &im : cx.initiatives[i].mentions) {
                if (im.sentence == s && (s < first.sentence || im.end <= first.start) && im.start > bestStart) {
                    best = &cx.initiatives[i];
                    bestStart = im.start;
                }
            }
        }
        if (best) {
            addUnique(m.initiatives, best->name);
            return;
        }
    }
    // "AICA는 … '2단계 사업 설명회'를 열고 … 'AI 실증 데모데이'를 개최할 예정이다", many sentences
    // after the programme: the only initiative the article names, when it is named in more than
    // one sentence (not a programme named once in passing).
    if (cx.initiatives.size() == 1) {
        const auto &mentions = cx.initiatives.front().mentions;
        if (std::ranges::any_of(mentions, [&](const Mention &im) { return im.sentence != mentions.front().sentence; }))
            addUnique(m.initiatives, cx.initiatives.front().name);
    }
}

// A company's press conference, a signing ceremony, a shareholders' meeting (`host_attends`):
// those who hold it are there.
void hostsAttend(const Lexicon &lex, ExtractedMeeting &m)
{
    const auto name = u32(m.name);
    if (std::ranges::none_of(lex.forms("host_attends"), [&](const std::u32string &h) { return name.ends_with(h); }))
        return;
    for (const auto &o : m.organizers)
        addUnique(m.participants, o);
}

// "반도체대전이 23일 막을 올렸다 … 개막식에는": an undated opening ceremony is on the first day
// of the exhibition or conference named before it (a closing ceremony on its last day).
void dateCeremonies(std::vector<ExtractedMeeting> &meetings)
{
    for (auto &m : meetings) {
        const bool opening = m.name.ends_with("개막식") || m.name.ends_with("개회식");
        const bool closing = m.name.ends_with("폐막식") || m.name.ends_with("폐회식");
        if ((!opening && !closing) || m.date.precision == DatePrecision::Day)
            continue;
        const ExtractedMeeting *event = nullptr;
        for (const auto &e : meetings) {
            if (&e != &m && (e.kind == "exhibition" || e.kind == "conference") && e.date.precision == DatePrecision::Day
                && e.mentions.front().start < m.mentions.front().start && !event)
                event = &e;
        }
        if (!event)
            continue;
        m.date = closing && event->endDate.isValid() ? event->endDate : event->date;
        if (m.dateText.empty())
            m.dateText = event->dateText;
    }
}

// A bare kind noun (시연회, 기자회견) names an event only when something pins it down: a date,
// an organiser or participant, an organisation or date word before it, or a named event or
// initiative in its sentence. "백준호 퓨리오사AI 대표는 25일 기자간담회를 열고": an organisation
// or a date word earlier in the sentence qualifies it even when the date cannot be resolved.
std::vector<ExtractedMeeting> keepPinned(const MeetingContext &cx, const std::vector<ExtractedMeeting> &meetings)
{
    const auto &at = cx.at;
    const auto &toks = at.tokens();
    const auto qualifiedBefore = [&](const Mention &mm) {
        const auto [sFirst, sLast] = at.sentenceTokens(mm.sentence);
        for (std::size_t k = sFirst; k < sLast && toks[k].start < mm.start; ++k) {
            if (at.isTimeWord(toks[k]) || organizationAt(cx.spans, toks[k].start, toks[k].stemEnd) >= 0)
                return true;
            // "무토 요지 경제산업상은 기자회견에서": an official as the subject.
            const auto &tail = toks[k].tail;
            if (at.lexicon().has("title", toks[k].stem) && (tail == U"은" || tail == U"는" || tail == U"이" || tail == U"가"))
                return true;
        }
        return false;
    };
    // For each sentence, up to two meetings mentioned in it (indices, distinct).
    std::unordered_map<int, std::pair<std::size_t, std::size_t>> meetingsBySentence;
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    for (std::size_t i = 0; i < meetings.size(); ++i) {
        for (const auto &mm : meetings[i].mentions) {
            auto [it, fresh] = meetingsBySentence.try_emplace(mm.sentence, i, kNone);
            if (!fresh && it->second.first != i && it->second.second == kNone)
                it->second.second = i;
        }
    }
    // Another meeting is mentioned in one of m's sentences.
    const auto sharesSentence = [&](std::size_t i) {
        return std::ranges::any_of(meetings[i].mentions, [&](const Mention &mm) {
            const auto &[a, b] = meetingsBySentence.at(mm.sentence);
            return a != i || (b != kNone && b != i);
        });
    };
    std::vector<ExtractedMeeting> kept;
    for (std::size_t mi = 0; mi < meetings.size(); ++mi) {
        const auto &m = meetings[mi];
        const bool pinned = !at.lexicon().has("meeting_head", u32(m.name)) || m.date.isValid() || !m.organizers.empty()
                            || !m.participants.empty() || !m.initiatives.empty()
                            || std::ranges::any_of(m.mentions, qualifiedBefore)
                            || sharesSentence(mi);
        if (pinned)
            kept.push_back(m);
    }
    return kept;
}

// "제3차 전략대화에서 1단계 실증사업 착수 보고회를 가졌다": an event held (`held_verb`) at a
// meeting named as the place before it, in the same sentence and nowhere else, is a part of
// that meeting: it becomes one of its names.
void foldEventsHeldAtMeetings(const ArticleText &at, std::vector<ExtractedMeeting> &meetings)
{
    std::vector<bool> gone(meetings.size(), false);
    for (std::size_t i = 0; i < meetings.size(); ++i) {
        auto &m = meetings[i];
        if (m.mentions.size() != 1)
            continue;
        const auto &mm = m.mentions.front();
        const auto tail = tailAfter(at, mm);
        if ((tail != U"을" && tail != U"를") || !sentenceSays(at, mm.sentence, "held_verb"))
            continue;
        for (std::size_t j = 0; j < meetings.size(); ++j) {
            if (j == i || gone[j])
                continue;
            const bool placeBefore = std::ranges::any_of(meetings[j].mentions, [&](const Mention &pm) {
                const auto t = tailAfter(at, pm);
                return pm.sentence == mm.sentence && pm.end <= mm.start && (t == U"에서" || t == U"에서는");
            });
            if (!placeBefore)
                continue;
            addAlias(meetings[j], u32(m.name));
            gone[i] = true;
            break;
        }
    }
    std::size_t k = 0;
    std::erase_if(meetings, [&](const ExtractedMeeting &) { return gone[k++]; });
}

} // namespace

std::vector<ExtractedMeeting> recognizeMeetings(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                                                const std::vector<ExtractedInitiative> &initiatives,
                                                const std::vector<DateMention> &dates, const std::vector<ExtractedPerson> &people,
                                                const std::vector<std::size_t> &topics)
{
    MeetingContext cx(at, orgs, initiatives, dates, people, topics);
    auto meetings = merge(at, findMeetingCandidates(at, cx.spans));
    foldEventsHeldAtMeetings(at, meetings);
    for (std::size_t i = 0; i < meetings.size(); ++i) {
        for (const auto &mm : meetings[i].mentions)
            cx.meetingsBySentence[mm.sentence].emplace_back(i, isVenueTail(tailAfter(at, mm)));
    }
    const ExtractedMeeting *previous = nullptr;
    for (auto &m : meetings) {
        attachDate(cx, m);
        followPrevious(cx, previous, m);
        m.place = u8(placeBefore(at, m.mentions.front(), cx.spans));
        attachOrganizers(cx, m);
        attachParticipantsAndInitiatives(cx, static_cast<std::size_t>(&m - meetings.data()), m);
        attachNamedHolders(cx, m);
        attachDealParties(cx, m);
        attachTopicOrganizers(cx, m);
        // "황보준 X 대표는 … 열린 IPO 기자간담회에서": a press conference with no organiser said is
        // held by the organisation of the first who speaks at it.
        if (m.kind == "press_conference" && m.organizers.empty() && !m.participants.empty())
            m.organizers.push_back(m.participants.front());
        hostsAttend(at.lexicon(), m);
        attachProgrammeOfEvent(cx, m);
        if (m.date.precision == DatePrecision::Day)
            previous = &m;
    }
    attachLineups(cx, meetings);
    attachExhibitors(cx, meetings);
    dateCeremonies(meetings);
    return keepPinned(cx, meetings);
}

} // namespace sillok::core::extract
