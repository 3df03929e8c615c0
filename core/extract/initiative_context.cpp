#include "extract/initiative_context.h"

#include "extract/text_scan.h"
#include "extract/topic.h"

#include <algorithm>

namespace sillok::core::extract {

namespace {

bool isDoubleQuote(const Token &t)
{
    return t.punct && (t.ch() == U'"' || t.ch() == 0x201C || t.ch() == 0x201D);
}

// The last word of an utterance ends like a finite verb: 하겠다, 있다, 됩니다, 할까, 했죠.
bool endsUtterance(const Token &t)
{
    if (t.punct || t.text.empty())
        return false;
    const char32_t last = t.text.back();
    return last == U'다' || last == U'요' || last == U'죠' || last == U'까';
}

// A quotation verb glued after the closing quote: "…"고 말했다, "…"며, "…"라고, "…"이라며.
bool quotationTail(const Token &t)
{
    if (t.punct || t.spaceBefore)
        return false;
    return t.text.starts_with(U"고") || t.text.starts_with(U"며") || t.text.starts_with(U"라고")
           || t.text.starts_with(U"라며") || t.text.starts_with(U"이라고") || t.text.starts_with(U"이라며");
}

// Utterances longer than this many tokens are not looked for (an unpaired quote mark).
constexpr std::size_t kMaxUtteranceTokens = 160;

std::vector<bool> speechTokens(const std::vector<Token> &toks)
{
    std::vector<bool> out(toks.size(), false);
    for (std::size_t i = 0; i < toks.size(); ++i) {
        if (!isDoubleQuote(toks[i]) || toks[i].ch() == 0x201D)
            continue;
        const char32_t close = toks[i].ch() == 0x201C ? char32_t{0x201D} : char32_t{U'"'};
        std::size_t j = i + 1;
        while (j < toks.size() && j <= i + kMaxUtteranceTokens && !(toks[j].punct && toks[j].ch() == close))
            ++j;
        if (j >= toks.size() || j > i + kMaxUtteranceTokens)
            continue;
        std::size_t last = j;
        while (last > i + 1 && toks[last - 1].punct)
            --last;
        const bool speech =
            (last > i + 1 && endsUtterance(toks[last - 1])) || (j + 1 < toks.size() && quotationTail(toks[j + 1]));
        if (speech) {
            for (std::size_t k = i + 1; k < j; ++k)
                out[k] = true;
        }
        i = j;
    }
    return out;
}

} // namespace

InitiativeContext::InitiativeContext(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                                     const std::vector<OrgSpan> &spans)
    : m_at(at), m_orgs(orgs), m_spans(spans), m_spansByEnd(indexSpansByEnd(spans)), m_speech(speechTokens(at.tokens()))
{}

int InitiativeContext::organizationEndingAt(int end) const
{
    const auto it = m_spansByEnd.find(end);
    return it == m_spansByEnd.end() || it->second.empty() ? -1 : m_spans[it->second.back()].org;
}

bool InitiativeContext::possessedByNonOrganization(std::size_t first) const
{
    const auto &toks = m_at.tokens();
    if (first == 0)
        return false;
    const auto &p = toks[first - 1];
    if (p.punct || p.tail != U"의" || p.sentence != toks[first].sentence)
        return false;
    const auto &lex = m_at.lexicon();
    return organizationEndingAt(p.stemEnd) < 0 && !lex.has("country", p.stem) && !lex.has("place_word", p.stem)
           && !lex.has("generic_actor", p.stem);
}

bool InitiativeContext::deliberated(std::size_t head) const
{
    const auto &toks = m_at.tokens();
    const auto &tail = toks[head].tail;
    if (tail != U"을" && tail != U"를" && tail != U"과" && tail != U"와" && tail != U"이" && tail != U"가"
        && tail != U"도")
        return false;
    const auto &lex = m_at.lexicon();
    constexpr std::size_t kReach = 6; // "전략과 수출 통제 규정 등을 안내했다"
    for (std::size_t k = head + 1; k < toks.size() && k <= head + kReach && toks[k].sentence == toks[head].sentence;
         ++k) {
        const auto &t = toks[k];
        if (t.punct && !isListDot(t.ch()))
            return false;
        for (const auto &v : lex.forms("deliberation_verb")) {
            if (t.text.starts_with(v))
                return true;
        }
        // Another clause's verb ends the reach: "방안을 발표하고 … 논의했다".
        if (!t.punct && t.tail.empty() && !m_at.isBareNoun(t) && !lex.has("np_stop", t.text))
            return false;
    }
    return false;
}

std::string InitiativeContext::ownerKind(std::size_t first, int opener) const
{
    const auto &toks = m_at.tokens();
    const auto kindOf = [&](int org) { return org >= 0 ? m_orgs[static_cast<std::size_t>(org)].kind : std::string(); };
    if (opener >= 0)
        return kindOf(opener);
    if (first > 0 && toks[first - 1].tail == U"의" && toks[first - 1].sentence == toks[first].sentence) {
        if (const int org = organizationEndingAt(toks[first - 1].stemEnd); org >= 0)
            return kindOf(org);
    }
    const auto &lex = m_at.lexicon();
    const std::size_t sFirst = m_at.sentenceTokens(toks[first].sentence).first;
    for (std::size_t k = first; k > sFirst; --k) {
        const auto &t = toks[k - 1];
        if (!isSubjectTail(t))
            continue;
        if (const int org = organizationEndingAt(t.stemEnd); org >= 0)
            return kindOf(org);
        if (lex.has("company_pronoun", t.stem))
            return "company";
        if (lex.has("generic_actor", t.stem))
            return "government";
        // A person ("손 회장은") owns what their organisation owns, which is not said here.
        if (lex.has("title", t.stem))
            return {};
        // Anything else read as 은/는/이/가 (an adnominal verb "공급하는", a clause's own subject)
        // is passed over for the subject of the main clause before it.
    }
    return {};
}

} // namespace sillok::core::extract
