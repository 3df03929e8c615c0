// Private to core/extract: the meeting candidates of an article merged into meetings (merge()):
// a name seen again, its spelling variants and short forms, another edition of an event, and a
// bare "행사" or "대회" that looks back at the meeting named before it.
#include "extract/meeting_recognizer_internal.h"

#include "extract/text_scan.h"

#include <algorithm>

namespace sillok::core::extract {

using namespace meeting_internal;

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
    const auto key = c.acronym.empty()
                         ? foldedKey(at.lexicon(), c.name)
                         : normalizeKey32(c.acronym
                                          + c.name.substr(c.name.find_first_of(U"0123456789") == std::u32string::npos
                                                              ? 0
                                                              : c.name.find_first_of(U"0123456789"),
                                                          4));
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
        m.name = !c.acronym.empty() && !c.name.starts_with(c.acronym) ? u8(c.acronym) + " " + u8(c.name.substr(0, 4))
                                                                      : u8(c.name);
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
        const bool sameSeries =
            !c.acronym.empty() ? u32(out[i].name).starts_with(c.acronym) : nameEndsWith(out[i], c.head);
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
            if (out[i].mentions.front().start < c.start
                && (best == out.size() || out[i].mentions.front().start > out[best].mentions.front().start))
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

} // namespace

namespace meeting_internal {

void addAlias(ExtractedMeeting &m, const std::u32string &alias)
{
    const auto a = u8(alias);
    if (!a.empty()
        && std::ranges::none_of(m.aliases, [&](const std::string &x) { return normalizeKey(x) == normalizeKey(a); }))
        m.aliases.push_back(a);
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
    std::ranges::stable_sort(
        g.out, [](const auto &a, const auto &b) { return a.mentions.front().start < b.mentions.front().start; });
    return std::move(g.out);
}

} // namespace meeting_internal

} // namespace sillok::core::extract
