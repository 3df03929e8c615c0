#include "extract/organization_recognizer.h"

#include "extract/text_scan.h"

#include <algorithm>

namespace sillok::core::extract {

// A short Latin brand (KT, LG, NHN) in an article that also names one of its units
// (KT클라우드, LG AI연구원) is read as that unit, the way news headlines abbreviate.
void mergeBrandShorthands(std::vector<ExtractedOrganization> &orgs, std::u32string_view text)
{
    const auto withParticle = [&](const Mention &m) {
        return m.end >= 0 && static_cast<std::size_t>(m.end) < text.size() && isHangul(text[static_cast<std::size_t>(m.end)]);
    };
    for (std::size_t a = 0; a < orgs.size(); ++a) {
        const auto key = normalizeKey(orgs[a].name);
        if (key.size() > 4 || !std::ranges::all_of(key, [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }))
            continue;
        // Written as the group itself (SK그룹, LG그룹), it is not shorthand for a unit.
        if (std::ranges::any_of(orgs[a].mentions, [&](const Mention &m) { return normalizeKey(m.surface) != key; }))
            continue;
        if (std::ranges::any_of(orgs[a].mentions, withParticle))
            continue;
        std::size_t unit = orgs.size();
        for (std::size_t b = 0; b < orgs.size(); ++b) {
            const auto other = normalizeKey(orgs[b].name);
            if (b != a && other.size() > key.size() && other.starts_with(key)) {
                if (unit != orgs.size())
                    unit = orgs.size() + 1; // ambiguous: several units
                else
                    unit = b;
            }
        }
        if (unit >= orgs.size())
            continue;
        auto &u = orgs[unit];
        for (auto m : orgs[a].mentions) {
            m.field = "alias";
            u.mentions.push_back(std::move(m));
        }
        if (std::ranges::none_of(u.aliases, [&](const std::string &x) { return normalizeKey(x) == key; }))
            u.aliases.push_back(orgs[a].name);
        std::ranges::sort(u.mentions, [](const Mention &x, const Mention &y) { return x.start < y.start; });
        orgs.erase(orgs.begin() + static_cast<std::ptrdiff_t>(a));
        --a;
    }
}

void mergeCountryQualified(std::vector<ExtractedOrganization> &orgs, const Lexicon &lexicon)
{
    for (std::size_t a = 0; a < orgs.size(); ++a) {
        if (!orgs[a].gazetteerId.empty())
            continue;
        const std::string tail = " " + orgs[a].name;
        std::size_t into = orgs.size();
        for (std::size_t b = 0; b < orgs.size(); ++b) {
            const auto &n = orgs[b].name;
            if (b == a || n.size() <= tail.size() || !n.ends_with(tail))
                continue;
            if (lexicon.has("country", u32(std::string_view(n).substr(0, n.size() - tail.size()))))
                into = into == orgs.size() ? b : orgs.size() + 1;
        }
        if (into >= orgs.size())
            continue;
        auto &u = orgs[into];
        for (auto m : orgs[a].mentions) {
            m.field = "alias";
            u.mentions.push_back(std::move(m));
        }
        for (const auto &alias : orgs[a].aliases) {
            if (std::ranges::none_of(u.aliases, [&](const std::string &x) { return normalizeKey(x) == normalizeKey(alias); }))
                u.aliases.push_back(alias);
        }
        std::ranges::sort(u.mentions, [](const Mention &x, const Mention &y) { return x.start < y.start; });
        orgs.erase(orgs.begin() + static_cast<std::ptrdiff_t>(a));
        a = static_cast<std::size_t>(-1); // indexes moved: start over
    }
}

bool looksLikeKoreanName(const ArticleText &at, std::u32string_view word)
{
    if (word.size() < 2 || word.size() > 4 || !std::ranges::all_of(word, [](char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }))
        return false;
    const auto &lex = at.lexicon();
    if (lex.has("person_stop", word) || lex.has("generic", word) || lex.has("title", word) || lex.has("time_word", word)
        || lex.has("np_stop", word) || lex.has("place_word", word))
        return false;
    if (word.size() == 4 || word.size() == 3) {
        if (lex.has("surname2", word.substr(0, 2)))
            return true;
    }
    return word.size() == 3 && lex.has("surname", word.substr(0, 1));
}

bool koreanNameBeforeTitle(const Lexicon &lex, const std::vector<Token> &toks, std::size_t k)
{
    const auto &t = toks[k];
    const std::u32string_view text = t.text;
    if (t.punct || text.size() != 3 || !std::ranges::all_of(text, [](char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; })
        || !lex.has("surname", text.substr(0, 1)))
        return false;
    const std::u32string_view stem = t.stem;
    if (lex.has("common_noun", stem) || lex.has("generic", stem) || lex.has("person_stop", stem) || lex.has("title", stem)
        || lex.has("time_word", stem) || lex.has("np_stop", stem) || lex.has("place_word", stem))
        return false;
    const auto isTitle = [&](std::size_t j) { return j < toks.size() && !toks[j].punct && lex.has("title", toks[j].stem); };
    if (isTitle(k + 1))
        return true;
    return k + 2 < toks.size() && toks[k + 1].tail.empty() && !toks[k + 1].punct && isTitle(k + 2);
}

std::vector<OrgSpan> organizationSpans(const std::vector<ExtractedOrganization> &orgs)
{
    std::vector<OrgSpan> spans;
    for (std::size_t i = 0; i < orgs.size(); ++i) {
        for (const auto &m : orgs[i].mentions)
            spans.push_back({m.start, m.end, static_cast<int>(i)});
    }
    std::ranges::sort(spans, [](const OrgSpan &a, const OrgSpan &b) { return a.start < b.start; });
    return spans;
}

SpansByEnd indexSpansByEnd(const std::vector<OrgSpan> &spans)
{
    SpansByEnd byEnd;
    for (std::size_t k = 0; k < spans.size(); ++k)
        byEnd[spans[k].end].push_back(k);
    return byEnd;
}

int organizationAt(const std::vector<OrgSpan> &spans, int start, int end)
{
    // Sorted by start: only spans starting in [start, end) can lie inside; the first of them
    // (in list order) that ends by `end` is the answer a full scan would give.
    auto it = std::ranges::lower_bound(spans, start, {}, &OrgSpan::start);
    for (; it != spans.end() && it->start < end; ++it) {
        if (it->end <= end)
            return it->org;
    }
    return -1;
}

} // namespace sillok::core::extract
