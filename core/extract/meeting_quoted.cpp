// Quoted names that an article holds as events (meeting_candidates.h).
#include "extract/meeting_candidates.h"

#include "extract/text_scan.h"

#include <algorithm>

namespace sillok::core::extract {

namespace {

bool isYearWord(std::u32string_view w)
{
    return w.size() == 4 && std::ranges::all_of(w, [](char32_t c) { return isDigit(c); })
           && (w.starts_with(U"19") || w.starts_with(U"20"));
}

// The form right before the quote says the event is held there: "열린", "열리는", "개최되는"
// (`venue_held_form`), or the adnominal of 열다 that a host takes ("KAIST가 여는", "협회가 연").
bool heldFormBefore(const ArticleText &at, const Quote &q)
{
    if (q.open == 0)
        return false;
    const auto &t = at.tokens()[q.open - 1];
    return t.sentence == at.tokens()[q.open].sentence
           && (at.lexicon().has("venue_held_form", t.text) || t.text == U"여는" || t.text == U"연");
}

// "‘X’를 열고", "‘X’를 연다", "‘X’를 공동 개최한다": the quote is the object of a held verb.
bool heldAsObject(const ArticleText &at, const Quote &q)
{
    const auto &toks = at.tokens();
    const std::size_t p = q.close + 1;
    if (p + 1 >= toks.size() || (toks[p].text != U"를" && toks[p].text != U"을"))
        return false;
    std::size_t v = p + 1;
    if (toks[v].text == U"공동" && v + 1 < toks.size())
        ++v;
    const auto &verb = toks[v].text;
    return toks[v].sentence == toks[q.close].sentence
           && (verb.starts_with(U"개최") || verb.starts_with(U"열") || verb.starts_with(U"연다") || verb == U"연"
               || verb.starts_with(U"여는"));
}

// A word that ends an event's name: a meeting head (포럼, 전시회) or an event suffix
// (`quoted_event_end`: 테크데이, 산업전, 교류회). Its kind, or "" when it is none.
std::string eventEnd(const ArticleText &at, std::u32string_view stem)
{
    if (const auto h = at.lexicon().suffixIn("meeting_head", stem); !h.empty())
        return at.lexicon().note("meeting_head", h);
    if (const auto e = at.lexicon().suffixIn("quoted_event_end", stem); !e.empty())
        return at.lexicon().note("quoted_event_end", e);
    return {};
}

} // namespace

std::vector<MeetingCand> heldQuotedEvents(const ArticleText &at, const std::vector<Quote> &quotes,
                                          const std::vector<bool> &used)
{
    const auto &toks = at.tokens();
    std::vector<MeetingCand> out;
    for (const auto &q : quotes) {
        if (q.close < q.open + 2 || q.close > q.open + 8)
            continue;
        bool free = true;
        for (std::size_t k = q.open; k <= q.close && free; ++k)
            free = !used[k];
        if (!free)
            continue;
        // The name's words, the English gloss in parentheses at its end set apart.
        std::size_t last = q.close - 1;
        std::u32string english;
        if (toks[last].ch() == U')') {
            std::size_t open = last;
            while (open > q.open + 1 && toks[open].ch() != U'(')
                --open;
            if (open <= q.open + 1 || toks[open].ch() != U'(')
                continue;
            english = phraseText(at, open + 1, last - 1);
            last = open - 1;
        }
        bool words = true;
        for (std::size_t k = q.open + 1; k <= last && words; ++k)
            words = !toks[k].punct || toks[k].ch() == U'·' || toks[k].ch() == U'-';
        if (!words || !toks[last].tail.empty())
            continue;
        // The kind from the last word, or the word before a year ("… 테크데이 2025").
        std::string kind = eventEnd(at, toks[last].stem);
        const bool year = isYearWord(toks[last].stem)
                          || std::ranges::any_of(toks.begin() + static_cast<std::ptrdiff_t>(q.open + 1),
                                                 toks.begin() + static_cast<std::ptrdiff_t>(last + 1),
                                                 [](const Token &t) { return isYearWord(t.stem); });
        if (kind.empty() && last > q.open + 1 && isYearWord(toks[last].stem))
            kind = eventEnd(at, toks[last - 1].stem);
        // "열린 ‘X’ 전시회", "‘X 2025’ 행사": a head noun right after the quote describes it.
        const std::size_t after = q.close + 1;
        std::string described;
        if (after < toks.size() && toks[after].sentence == toks[q.close].sentence && !toks[after].punct) {
            // A show or a gathering the quote names ("‘X’ 전시회", "‘X 2025’ 행사"); not a ceremony,
            // hearing or meeting of what it names ("‘X 사업’ 협약식", "‘X 특별법안’ 공청회").
            described = eventEnd(at, toks[after].stem);
            if (described != "exhibition" && described != "conference" && toks[after].stem != U"행사")
                described.clear();
        }
        const bool atPlace = after < toks.size()
                             && (toks[after].text == U"에서" || toks[after].text == U"에"
                                 || toks[after].text == U"에서는" || toks[after].text == U"에는");
        // "세계 최대 전시회 ‘X 2025’가 개막했다", "연례 기술 행사 ‘Y 2024’": a show's head noun
        // right before the quote classes it.
        std::string classed;
        if (q.open > 0 && toks[q.open - 1].sentence == toks[q.open].sentence && !toks[q.open - 1].punct
            && (toks[q.open - 1].tail.empty() || toks[q.open - 1].tail == U"인")) {
            classed = eventEnd(at, toks[q.open - 1].stem);
            if (classed != "exhibition" && classed != "conference" && toks[q.open - 1].stem != U"행사")
                classed.clear();
        }
        bool take = false;
        if (!classed.empty())
            take = !kind.empty() || year;
        else if (heldFormBefore(at, q))
            take = (atPlace || !described.empty()) && (!kind.empty() || year || !described.empty());
        else if (heldAsObject(at, q))
            take = !kind.empty();
        if (!take)
            continue;
        MeetingCand c;
        c.start = q.start;
        c.end = q.end;
        c.firstToken = q.open;
        c.series = phraseText(at, q.open + 1, last);
        c.name = c.series;
        c.kind = !kind.empty()
                     ? kind
                     : (!classed.empty() ? classed : (!described.empty() ? described : std::string("conference")));
        c.alias = english;
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace sillok::core::extract
