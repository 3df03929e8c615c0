// Names no dictionary holds, recognised from how Korean news introduces an organisation
// (docs/extraction.md, "Names no dictionary holds"):
//   - the name–organisation–title chain: "서재민 사누실리콘 대표" (person, company, title);
//   - "X(대표 홍길동)": a company glossed with its head;
//   - coordination in a sentence about a deal: "X와 Y는 … 업무협약을 체결했다", where one side is
//     known or both have a company's shape;
//   - the subject of a corporate verb: "X는 … 투자를 유치했다 / 인수했다 / 상장한다".
// Each candidate carries a confidence (extraction.h): strong shapes high, a lone weak cue below
// kReviewConfidence, so that the knowledge base asks before it believes it. A word that the
// hunspell-ko dictionary knows as a common noun (lexicon category "common_noun") is never a name
// on these cues.
#include "extract/organization_builder.h"
#include "extract/organization_recognizer.h"

#include <algorithm>

namespace sillok::core::extract {

namespace {

bool isCapitalisedLatin(std::u32string_view w)
{
    return isAllLatinWord(w) && w.front() >= U'A' && w.front() <= U'Z' && !(isAcronymWord(w) && w.size() <= 3);
}

bool isHangulWord(std::u32string_view w)
{
    return !w.empty() && std::ranges::all_of(w, [](char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; });
}

} // namespace

// The particle of token k: its own tail, or a particle glued after it as a token of its own
// (퓨리오사AI는 is split after the Latin letters). *next is the token after both.
std::u32string OrgBuilder::particleOf(std::size_t k, std::size_t *next) const
{
    const auto &toks = m_at.tokens();
    *next = k + 1;
    if (!toks[k].tail.empty())
        return std::u32string(toks[k].tail);
    if (k + 1 < toks.size() && !toks[k + 1].spaceBefore && isParticleTail(toks[k + 1].text) && !toks[k + 1].text.empty()
        && std::ranges::all_of(toks[k + 1].text, [](char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; })) {
        *next = k + 2;
        return std::u32string(toks[k + 1].text);
    }
    return {};
}

// A word that may name an unknown organisation on context alone.
bool OrgBuilder::unknownNameShape(const Token &t) const
{
    const auto &lex = m_at.lexicon();
    if (!plausibleName(t) || covered(t.start, t.stemEnd) || looksLikeKoreanName(m_at, t.stem))
        return false;
    if (lex.has("common_noun", t.stem) || lex.has("common_noun", t.text) || !lex.suffixIn("org_classifier", t.stem).empty()
        || lex.has("country", t.stem) || lex.has("company_suffix", t.stem) || lex.has("verbal_noun", t.stem))
        return false;
    return isCapitalisedLatin(t.stem) || (isHangulWord(t.stem) && t.stem.size() >= 2) || companyShaped(t); // 퓨리오사AI
}

// How strongly the word's own shape says "company": a company suffix (누리반도체, 사누실리콘) or a
// capitalised Latin name; 0 when only the context says so.
double OrgBuilder::shapeStrength(const Token &t) const
{
    if (companyShaped(t))
        return 0.9;
    if (isCapitalisedLatin(t.stem))
        return 0.8;
    return 0.0;
}

void OrgBuilder::addIntroduced(const Token &t, double confidence)
{
    if (covered(t.start, t.stemEnd))
        return;
    add(t.start, t.stemEnd, known(t.stem), std::u32string(t.stem), "company");
    m_cands.back().confidence = confidence;
}

// 서재민 사누실리콘 대표: a Korean personal name, then one bare word, then a company title.
void OrgBuilder::chainPass()
{
    const auto &toks = m_at.tokens();
    const auto &lex = m_at.lexicon();
    for (std::size_t i = 2; i < toks.size(); ++i) {
        const auto &t = toks[i];
        if (t.punct || lex.note("title", t.stem) != "company")
            continue;
        const auto &org = toks[i - 1];
        const auto &name = toks[i - 2];
        const bool personName = (name.tail.empty() && looksLikeKoreanName(m_at, name.stem)) || koreanNameBeforeTitle(lex, toks, i - 2);
        if (!org.tail.empty() || !org.spaceBefore || !t.spaceBefore || name.punct || !personName || !unknownNameShape(org)
            || !m_at.isBareNoun(org))
            continue;
        const double shape = shapeStrength(org);
        // A division between the company and the title ("AI 인프라 사장") has no company's shape.
        if (shape == 0.0 && org.stem.size() < 3)
            continue;
        addIntroduced(org, shape > 0.0 ? shape : 0.6);
    }
}

// 사누실리콘(대표 서재민): a company glossed with its head in parentheses. 사누실리콘(Sanu Silicon·대표
// 서재민): its English name first, set off by "·" or ",", is another name of it.
void OrgBuilder::headGlossPass()
{
    const auto &toks = m_at.tokens();
    const auto &lex = m_at.lexicon();
    for (std::size_t i = 0; i + 4 < toks.size(); ++i) {
        const auto &t = toks[i];
        if (!t.tail.empty() || toks[i + 1].ch() != U'(' || toks[i + 1].spaceBefore)
            continue;
        // Latin words of an English name, then a separator, before the title.
        std::size_t title = i + 2;
        while (title < toks.size() && title < i + 7 && !toks[title].punct && isAllLatinWord(toks[title].stem)
               && toks[title].tail.empty())
            ++title;
        const bool english = title > i + 2;
        if (english) {
            if (title >= toks.size()
                || !(toks[title].ch() == U'·' || toks[title].ch() == U'・' || toks[title].ch() == U','))
                continue;
            ++title;
        }
        if (title + 2 >= toks.size() || toks[title + 2].ch() != U')')
            continue;
        if (lex.note("title", toks[title].stem) != "company" || !looksLikeKoreanName(m_at, toks[title + 1].stem)
            || !unknownNameShape(t))
            continue;
        addIntroduced(t, std::max(shapeStrength(t), 0.8));
        OrgCandidate *org = m_cands.firstEndingAt(t.stemEnd, [&](const OrgCandidate &c) { return c.start == t.start; });
        const std::size_t lastLatin = title - 2;
        if (english && org && !m_cands.overlaps(toks[i + 2].start, toks[lastLatin].stemEnd)) {
            const int inStart = toks[i + 2].start, inEnd = toks[lastLatin].stemEnd;
            org->english =
                m_at.text().substr(static_cast<std::size_t>(inStart), static_cast<std::size_t>(inEnd - inStart));
            const OrgCandidate copy = *org;
            add(inStart, inEnd, copy.entry, copy.name, copy.kind);
            m_cands.back().confidence = copy.confidence;
            m_cands.back().english = copy.english;
        }
    }
}

// "X와 Y는 … 업무협약을 체결했다": a pair of names coordinated in a sentence about a deal
// (`relation_trigger`, `corporate_verb`). One side known makes the other an organisation; with
// neither known, both need a company's shape.
void OrgBuilder::coordinationPass()
{
    const auto &toks = m_at.tokens();
    for (std::size_t i = 0; i + 1 < toks.size(); ++i) {
        const auto &x = toks[i];
        std::size_t j = 0;
        const auto xTail = particleOf(i, &j);
        if (x.punct || j >= toks.size() || (xTail != U"와" && xTail != U"과"))
            continue;
        const auto &y = toks[j];
        std::size_t after = 0;
        const auto yTail = particleOf(j, &after);
        const bool ySubject = yTail == U"은" || yTail == U"는" || yTail == U"이" || yTail == U"가";
        if (y.punct || x.sentence != y.sentence || !ySubject || !dealSentence(x.sentence))
            continue;
        const bool xKnown = covered(x.start, x.stemEnd);
        const bool yKnown = covered(y.start, y.stemEnd);
        if (xKnown && !yKnown && unknownNameShape(y))
            addIntroduced(y, std::max(shapeStrength(y) - 0.1, 0.7));
        else if (yKnown && !xKnown && unknownNameShape(x))
            addIntroduced(x, std::max(shapeStrength(x) - 0.1, 0.7));
        else if (!xKnown && !yKnown && unknownNameShape(x) && unknownNameShape(y) && shapeStrength(x) > 0.0 && shapeStrength(y) > 0.0) {
            addIntroduced(x, 0.8);
            addIntroduced(y, 0.8);
        }
    }
}

// "X는 … 투자를 유치했다": the subject opening a sentence whose verb is a corporate one
// (`corporate_verb`). A company's shape makes it likely; a bare word is a lone weak cue.
void OrgBuilder::corporateVerbPass()
{
    const auto &toks = m_at.tokens();
    const auto &sentences = m_at.sentences();
    for (int s = 0; s < static_cast<int>(sentences.size()); ++s) {
        // "X는 Y를 인수했다": the company bought (`object_corporate_verb`), when it has a company's shape.
        if (sentenceHas(s, "object_corporate_verb")) {
            const auto [first, last] = m_at.sentenceTokens(s);
            for (std::size_t k = first; k < last; ++k) {
                std::size_t next = 0;
                const auto tail = particleOf(k, &next);
                if ((tail == U"을" || tail == U"를") && unknownNameShape(toks[k]) && shapeStrength(toks[k]) > 0.0)
                    addIntroduced(toks[k], shapeStrength(toks[k]) - 0.1);
            }
        }
        if (!sentenceHas(s, "corporate_verb"))
            continue;
        const auto [first, last] = m_at.sentenceTokens(s);
        for (std::size_t k = first; k < last && k < first + 3; ++k) {
            const auto &t = toks[k];
            std::size_t next = 0;
            const auto tail = particleOf(k, &next);
            if (tail != U"은" && tail != U"는" && tail != U"이" && tail != U"가")
                continue;
            if (unknownNameShape(t)) {
                const double shape = shapeStrength(t);
                if (shape > 0.0 || t.stem.size() >= 3)
                    addIntroduced(t, shape > 0.0 ? shape - 0.2 : 0.5);
            }
            break;
        }
    }
}

bool OrgBuilder::sentenceHas(int sentence, LexiconCategory category) const
{
    const auto [first, last] = m_at.sentenceTokens(sentence);
    const auto &toks = m_at.tokens();
    const Lexicon &lex = m_at.lexicon();
    for (std::size_t k = first; k < last; ++k) {
        if (lex.startsWithForm(category, toks[k].text)) // a token's first letter rules most forms out
            return true;
    }
    return false;
}

bool OrgBuilder::dealSentence(int sentence) const
{
    if (sentenceHas(sentence, "corporate_verb"))
        return true;
    const auto [first, last] = m_at.sentenceTokens(sentence);
    const auto &toks = m_at.tokens();
    for (std::size_t k = first; k < last; ++k) {
        for (const auto &w : m_at.lexicon().forms("relation_trigger")) {
            if (!toks[k].text.starts_with(w))
                continue;
            const std::string &kind = m_at.lexicon().note("relation_trigger", w);
            if (kind == "partnership" || kind == "merger" || kind == "investment" || kind == "acquisition"
                || kind.starts_with("supply"))
                return true;
        }
        // 공동 개발, 공동 연구
        if (toks[k].text == U"공동" && k + 1 < last && (toks[k + 1].text.starts_with(U"개발") || toks[k + 1].text.starts_with(U"연구")))
            return true;
    }
    return false;
}

// "이번 라운드는 인터베스트가 주도했고 … 퓨처플레이가 참여했다": in a sentence about a funding
// round (`round_word`: 라운드, 투자), the subject right before a verb of leading or joining it
// (`round_verb`: 주도, 이끌, 참여, 리드, 합류) is an investor.
void OrgBuilder::roundPass()
{
    const auto &toks = m_at.tokens();
    const auto &lex = m_at.lexicon();
    for (int s = 0; s < static_cast<int>(m_at.sentences().size()); ++s) {
        if (!sentenceHas(s, "round_word"))
            continue;
        const auto [first, last] = m_at.sentenceTokens(s);
        for (std::size_t k = first; k < last; ++k) {
            std::size_t next = 0;
            const auto tail = particleOf(k, &next);
            if ((tail != U"이" && tail != U"가" && tail != U"도") || next >= last
                || !lex.startsWithForm("round_verb", toks[next].text))
                continue;
            if (toks[k].stem.size() >= 3 && unknownNameShape(toks[k]))
                addIntroduced(toks[k], 0.7);
        }
    }
}

void OrgBuilder::introducedPass()
{
    headGlossPass();
    roundPass();
    chainPass();
    coordinationPass();
    corporateVerbPass();
}

} // namespace sillok::core::extract
