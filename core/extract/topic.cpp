#include "extract/topic.h"

#include "extract/text_scan.h"

#include <algorithm>

namespace sillok::core::extract {

namespace {

// At most this many sentences open an article (headline lines, subtitle lines, the lead).
constexpr int kLeadSentences = 8;
// A headline or subtitle line is at most this many tokens long.
constexpr std::size_t kHeadlineTokens = 16;

bool hasTopicVerb(const ArticleText &at, int sentence)
{
    const auto [first, last] = at.sentenceTokens(sentence);
    const auto &toks = at.tokens();
    for (std::size_t k = first; k < last; ++k) {
        for (const auto &v : at.lexicon().forms("topic_verb")) {
            if (toks[k].text.starts_with(v))
                return true;
        }
    }
    return false;
}

} // namespace

// The particle after the span [start, end): on its last token, or glued after it, past a
// closing quote or a gloss in parentheses ("‘…’에서는", "정보통신산업진흥원(NIPA)에서").
std::u32string tailAfter(const ArticleText &at, int start, int end)
{
    const auto &toks = at.tokens();
    std::size_t k = at.tokenAt(start);
    while (k + 1 < toks.size() && toks[k + 1].start < end)
        ++k;
    if (k < toks.size() && toks[k].stemEnd == end && !toks[k].tail.empty())
        return std::u32string(toks[k].tail);
    std::size_t j = k + 1;
    if (j < toks.size() && toks[j].ch() == U'(' ) {
        std::size_t close = j + 1;
        while (close < toks.size() && close < j + 10 && toks[close].ch() != U')')
            ++close;
        if (close < toks.size() && toks[close].ch() == U')')
            j = close + 1;
    }
    if (j < toks.size() && !toks[j].spaceBefore && (toks[j].ch() == U'’' || toks[j].ch() == U'”' || toks[j].ch() == U'\'' || toks[j].ch() == U'"'))
        ++j;
    if (j < toks.size() && !toks[j].spaceBefore && toks[j].start >= end)
        return std::u32string(toks[j].text);
    return {};
}

bool isSubjectTail(const Token &t)
{
    return isSubjectParticle(t.tail);
}

bool isSubjectParticle(std::u32string_view p)
{
    return p == U"은" || p == U"는" || p == U"이" || p == U"가";
}

std::vector<std::size_t> topicOrganizations(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs)
{
    const auto spans = organizationSpans(orgs);
    const auto &toks = at.tokens();
    const int n = std::min<int>(kLeadSentences, static_cast<int>(at.sentences().size()));
    std::vector<std::size_t> out;
    const auto add = [&](int org) {
        if (org >= 0 && std::ranges::find(out, static_cast<std::size_t>(org)) == out.end())
            out.push_back(static_cast<std::size_t>(org));
    };
    // The lead: "X는 … 했다고 밝혔다" (X opens the sentence, or follows a dateline or a comma).
    for (int s = 0; s < n; ++s) {
        if (!out.empty())
            break;
        if (!hasTopicVerb(at, s))
            continue;
        const auto [first, last] = at.sentenceTokens(s);
        const int limit = first + 6 < last ? toks[first + 6].start : at.sentences()[static_cast<std::size_t>(s)].end;
        for (const auto &sp : spans) {
            if (sp.start >= toks[first].start && sp.start < limit && isSubjectParticle(tailAfter(at, sp.start, sp.end))) {
                add(sp.org);
                break;
            }
        }
    }
    // A headline or subtitle line (short, no verb ending) opening with organisations joined by
    // '-' or '·' and closed by a comma ("과기정통부-산업부, AI반도체분과 1차회의 개최").
    const auto &text = at.text();
    for (int s = 0; s < n; ++s) {
        const auto &sentence = at.sentences()[static_cast<std::size_t>(s)];
        const auto [first, last] = at.sentenceTokens(s);
        std::size_t lastWord = last;
        while (lastWord > first && toks[lastWord - 1].punct)
            --lastWord;
        if (last - first > kHeadlineTokens || lastWord == first || toks[lastWord - 1].text.ends_with(U"다"))
            continue;
        std::vector<int> lead;
        std::size_t pos = static_cast<std::size_t>(sentence.start);
        for (const auto &sp : spans) {
            if (sp.start < static_cast<int>(pos))
                continue;
            if (sp.start != static_cast<int>(pos) || sp.end > sentence.end)
                break;
            lead.push_back(sp.org);
            pos = static_cast<std::size_t>(sp.end);
            if (pos < text.size() && (text[pos] == U'-' || isListDot(text[pos])))
                ++pos;
            else
                break;
        }
        if (!lead.empty() && pos < text.size() && text[pos] == U',') {
            std::ranges::for_each(lead, add);
            break;
        }
    }
    return out;
}

bool sentenceLacksSubject(const ArticleText &at, const std::vector<OrgSpan> &spans, int sentence, int beforeCp)
{
    const auto [first, last] = at.sentenceTokens(sentence);
    const auto &toks = at.tokens();
    for (std::size_t k = first; k < last && toks[k].start < beforeCp; ++k) {
        if (!isSubjectTail(toks[k]))
            continue;
        if (organizationAt(spans, toks[k].start, toks[k].stemEnd) >= 0 || at.lexicon().has("title", toks[k].stem)
            || at.lexicon().has("generic_actor", toks[k].stem))
            return false;
    }
    const auto &sentenceSpan = at.sentences()[static_cast<std::size_t>(sentence)];
    for (const auto &sp : spans) {
        if (sp.start >= sentenceSpan.start && sp.end <= std::min(beforeCp, sentenceSpan.end)
            && isSubjectParticle(tailAfter(at, sp.start, sp.end)))
            return false;
    }
    return true;
}

bool genericSubject(const ArticleText &at, int sentence, int beforeCp)
{
    const auto [first, last] = at.sentenceTokens(sentence);
    const auto &toks = at.tokens();
    for (std::size_t k = first; k < last && toks[k].start < beforeCp; ++k) {
        if (isSubjectTail(toks[k]) && at.lexicon().has("generic_actor", toks[k].stem))
            return true;
    }
    return false;
}

} // namespace sillok::core::extract
