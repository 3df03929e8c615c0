// Organisations named by their context rather than by a known name or suffix:
//  - 한글(English) pairs: 누리반도체(Nuri Semiconductor) — the Korean name is canonical and
//    the English name its alias and English name;
//  - classifier nouns right before a proper-name shape: 반도체 설계 기업 한빛세미콘(Hanbit
//    Semicon)은, 팹리스 솔바이트는, 스타트업 모아칩스가.
#include "extract/organization_builder.h"
#include "extract/organization_recognizer.h"
#include "extract/text_scan.h"

#include <algorithm>

namespace sillok::core::extract {

namespace {

bool isUpper(char32_t c) { return (c >= U'A' && c <= U'Z') || (c >= U'Ａ' && c <= U'Ｚ'); }

bool hasHangul(std::u32string_view w) { return std::ranges::any_of(w, [](char32_t c) { return isHangul(c); }); }

// Particles after which a bare word reads as a noun phrase head (subject, object, genitive,
// comitative, locative): 한빛칩은, 한빛칩과, 한빛칩의, 한빛칩에서 (lexicon `case_particle`).
bool isCaseTail(const Lexicon &lex, std::u32string_view tail)
{
    return lex.has("case_particle", tail);
}

// The stem of token `i` occurs again as a whole word followed by a case particle.
bool recursAlone(const ArticleText &at, std::size_t i)
{
    const auto &toks = at.tokens();
    return std::ranges::any_of(toks, [&](const Token &t) {
        return &t != &toks[i] && t.stem == toks[i].stem && isCaseTail(at.lexicon(), t.tail);
    });
}

} // namespace

bool isAcronymWord(std::u32string_view w)
{
    if (w.size() < 2 || w.size() > 8)
        return false;
    return std::ranges::all_of(w, [](char32_t c) { return (c >= U'A' && c <= U'Z') || isDigit(c) || c == U'&'; });
}

bool isAllLatinWord(std::u32string_view w)
{
    return !w.empty() && std::ranges::all_of(w, [](char32_t c) { return isLatin(c) || isDigit(c) || c == U'-' || c == U'&'; });
}

std::size_t latinNameGroup(const ArticleText &at, std::size_t open)
{
    const auto &toks = at.tokens();
    if (open >= toks.size() || toks[open].ch() != U'(')
        return 0;
    std::size_t close = open + 1;
    for (; close < toks.size() && close <= open + 6; ++close) {
        const auto &t = toks[close];
        if (t.ch() == U')')
            break;
        if (t.punct || !t.tail.empty() || !std::ranges::all_of(t.text, [](char32_t c) {
                return isLatin(c) || isDigit(c) || c == U'-' || c == U'&' || c == U'.';
            }))
            return 0;
    }
    if (close >= toks.size() || toks[close].ch() != U')' || close == open + 1)
        return 0;
    const char32_t first = toks[open + 1].text.front();
    return isUpper(first) || isDigit(first) ? close : 0;
}

void OrgBuilder::addPair(const Token &t, std::size_t open, std::size_t close, std::string kind)
{
    const int entry = known(t.stem);
    std::u32string english;
    if (close > open) {
        const auto &toks = m_at.tokens();
        const int inStart = toks[open + 1].start;
        const int inEnd = toks[close - 1].stemEnd;
        english = m_at.text().substr(static_cast<std::size_t>(inStart), static_cast<std::size_t>(inEnd - inStart));
        if (!covered(inStart, inEnd)) {
            add(inStart, inEnd, entry, std::u32string(t.stem), kind);
            m_cands.back().english = english;
        }
    }
    add(t.start, t.stemEnd, entry, std::u32string(t.stem), std::move(kind));
    m_cands.back().english = std::move(english);
}

// A word shaped like a company name: a proper-looking prefix and a company suffix (누리반도체,
// 가온전자, 미르테크), where the prefix is not a common modifier (시스템반도체, 전력반도체,
// 차량용 반도체 name kinds of chips, not companies).
bool OrgBuilder::companyShaped(const Token &t) const
{
    const auto &lex = m_at.lexicon();
    const auto suffix = lex.suffixIn("company_suffix", t.stem);
    if (suffix.empty())
        return false;
    const auto prefix = std::u32string_view(t.stem).substr(0, t.stem.size() - suffix.size());
    if (prefix.size() < 2 || m_at.isGeneric(prefix) || lex.has("common_modifier", prefix) || lex.has("company_suffix", prefix)
        || lex.has("country", prefix) || lex.has("place_word", prefix) || lex.has("class_noun", prefix))
        return false;
    const char32_t last = prefix.back();
    return last != U'용' && last != U'형' && last != U'적' && last != U'성';
}

// The token before `i` is a classifier noun (기업, 업체, 스타트업, 팹리스, 제조사...) that
// stands in apposition to token `i`: 반도체 설계 기업 X, 팹리스 X, AI 반도체 기업인 X.
bool OrgBuilder::classifierBefore(std::size_t i) const
{
    const auto &toks = m_at.tokens();
    if (i == 0 || !toks[i].spaceBefore)
        return false;
    const auto &c = toks[i - 1];
    if (c.punct || c.sentence != toks[i].sentence || !(c.tail.empty() || c.tail == U"인"))
        return false;
    if (!m_at.lexicon().suffixIn("org_classifier", c.stem).empty())
        return true;
    // 기업인 is also a noun (a businessperson), so the tokenizer keeps it whole.
    return c.stem.ends_with(U"인") && c.stem.size() > 1
           && !m_at.lexicon().suffixIn("org_classifier", std::u32string_view(c.stem).substr(0, c.stem.size() - 1)).empty();
}

// "UMC와 뱅가드(VIS)", "NHN, 누리칩(Nurichip)": coordinated with a known organisation.
bool OrgBuilder::coordinatedWithOrg(std::size_t i) const
{
    const auto &toks = m_at.tokens();
    const auto isOrgEnd = [&](const Token &p) {
        return m_cands.firstEndingAt(p.stemEnd, [](const OrgCandidate &c) { return c.entry >= 0; }) != nullptr;
    };
    if (i >= 1 && !toks[i - 1].punct && (toks[i - 1].tail == U"와" || toks[i - 1].tail == U"과") && isOrgEnd(toks[i - 1]))
        return true;
    return i >= 2 && (toks[i - 1].ch() == U',' || isListDot(toks[i - 1].ch())) && !toks[i - 2].punct && toks[i - 2].tail.empty()
           && isOrgEnd(toks[i - 2]);
}

void OrgBuilder::pairPass()
{
    const auto &toks = m_at.tokens();
    const auto &lex = m_at.lexicon();
    for (std::size_t i = 0; i + 2 < toks.size(); ++i) {
        const auto &t = toks[i];
        if (t.punct || !t.tail.empty() || toks[i + 1].spaceBefore || !hasHangul(t.stem))
            continue;
        const std::size_t close = latinNameGroup(m_at, i + 1);
        if (close == 0)
            continue;
        const int inStart = toks[i + 2].start;
        const int inEnd = toks[close - 1].stemEnd;
        // A known organisation with a multi-word English name the gazetteer lacks.
        const auto *at = m_cands.firstEndingAt(t.stemEnd, [&](const OrgCandidate &c) { return c.start <= t.start; });
        if (at) {
            if (!covered(inStart, inEnd) && close > i + 3) {
                const auto c = *at;
                add(inStart, inEnd, c.entry, c.name, c.kind);
            }
            continue;
        }
        if (covered(t.start, t.stemEnd) || covered(inStart, inEnd) || !plausibleName(t))
            continue;
        // 제네티카(Genetica) 테크놀로지의: a designator word after the pair completes the name.
        // An acronym inside is a gloss of a common noun (인공지능(AI) 반도체), not a brand.
        const bool brand = std::ranges::any_of(toks[i + 2].text, [](char32_t c) { return c >= U'a' && c <= U'z'; });
        if (brand && close + 1 < toks.size() && toks[close + 1].spaceBefore && !toks[close + 1].punct
            && lex.has("company_suffix", toks[close + 1].stem) && !covered(toks[close + 1].start, toks[close + 1].stemEnd)) {
            const auto &d = toks[close + 1];
            const std::u32string name = std::u32string(t.stem) + U" " + std::u32string(d.stem);
            const std::u32string english = m_at.text().substr(static_cast<std::size_t>(inStart), static_cast<std::size_t>(inEnd - inStart));
            for (auto [s0, s1] : {std::pair{t.start, d.stemEnd}, std::pair{inStart, inEnd}}) {
                add(s0, s1, known(name), name, "company");
                m_cands.back().english = english;
            }
            continue;
        }
        if (looksLikeKoreanName(m_at, t.stem))
            continue;
        // 전력반도체(Power Semiconductor): a kind of chip, whatever the English says.
        const bool suffixed = !lex.suffixIn("company_suffix", t.stem).empty();
        const bool englishOrgWord = lex.has("org_suffix_en", toks[close - 1].stem) && close > i + 3;
        // Coordination alone is weak: 삼성전자와 고대역폭메모리(HBM) glosses a term, so the
        // English must read as a brand (a lowercase letter), not an acronym.
        if (companyShaped(t) || (englishOrgWord && !suffixed) || classifierBefore(i) || (brand && coordinatedWithOrg(i)))
            addPair(t, i + 1, close, "company");
        else if (suffixed)
            m_blocked.insert(t.start, toks[close].end); // nor is its English an organisation
    }
}

void OrgBuilder::classifierPass()
{
    const auto &toks = m_at.tokens();
    const auto &lex = m_at.lexicon();
    for (std::size_t i = 1; i < toks.size(); ++i) {
        const auto &t = toks[i];
        if (t.punct || !classifierBefore(i) || covered(t.start, t.stemEnd) || !plausibleName(t) || t.stem.size() > 10)
            continue;
        // Abstract nouns (경쟁력, 생태계, 고도화, 기업들) and the usual heads after a class noun.
        if (lex.has("abstract_noun_end", std::u32string_view(t.stem).substr(t.stem.size() - 1)))
            continue;
        // 스타트업 김철수 대표: a person introduced by the class noun takes a title next.
        const bool person = looksLikeKoreanName(m_at, t.stem)
                            && (t.tail.empty() || (i + 1 < toks.size() && lex.has("title", toks[i + 1].stem)));
        if (person || lex.has("verbal_noun", t.stem) || lex.has("classifier_stop", t.stem)
            || lex.has("company_suffix", t.stem) || lex.has("country", t.stem) || !lex.suffixIn("org_classifier", t.stem).empty())
            continue;
        const bool latin = isAllLatinWord(t.stem) && isUpper(t.stem.front());
        if (!latin && !std::ranges::all_of(t.stem, [](char32_t c) { return isHangul(c) || isLatin(c) || isDigit(c); }))
            continue;
        // A proper-name shape: a case particle (한빛칩은), a company suffix (누리반도체), a
        // capitalised Latin word (Groq) — a bare word may be the first half of a compound
        // (스타트업 육성 정책), so it must end the phrase.
        const bool phraseEnds =
            isCaseTail(lex, t.tail)
            || (t.tail.empty() && i + 1 < toks.size() && toks[i + 1].punct && toks[i + 1].ch() != U'(');
        if (latin && isAcronymWord(t.stem) && t.stem.size() <= 3)
            continue; // 기업 AI는, 스타트업 R&D: a topic, not a name
        // A plain Hangul word needs more: two-syllable words after a class noun are mostly
        // verbal nouns (스타트업 양성의, 기업 합병을), so they must recur elsewhere as a name.
        // Subjects and coordinations name actors (스타트업 모아칩스가); an object or a genitive
        // (스타트업 네트워크를) must recur as a name elsewhere.
        const bool subject = t.tail == U"은" || t.tail == U"는" || t.tail == U"이" || t.tail == U"가" || t.tail == U"와"
                             || t.tail == U"과" || t.tail == U"도";
        // "의료기기 유통업체 케어링크를 인수해", "카메라 모듈 업체 세영옵틱스에 … 공급": the object
        // of a deal (acquired, merged with, supplied, invested in) is an actor too.
        const bool object = t.tail == U"을" || t.tail == U"를" || t.tail == U"에" || t.tail == U"에게"
                            || t.tail == U"로부터" || t.tail == U"으로부터";
        const bool plainOk = phraseEnds && !t.tail.empty() && !isDigit(t.stem.front())
                             && ((subject && t.stem.size() >= 3)
                                 || (object && t.stem.size() >= 3 && dealSentence(t.sentence)) || recursAlone(m_at, i));
        if ((latin && phraseEnds) || companyShaped(t) || plainOk)
            addShape(t, "company", 0.8);
    }
}

} // namespace sillok::core::extract
