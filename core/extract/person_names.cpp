// Private to core/extract: the name words of the person Scanner (person_recognizer_internal.h):
// Korean and foreign names, a Latin apposition before a title, where a name starts, and the
// tokens with 하다 restored (restoreDo).
#include "extract/person_recognizer_internal.h"

#include "extract/text_scan.h"

#include <algorithm>

namespace sillok::core::extract {

using namespace person_internal;

namespace {

// "대표해 참석한", "대표하는": a title or common noun with a verb ending of 하다 is a verb, not a
// name word nor a title.
bool verbOfNoun(const Lexicon &lex, std::u32string_view w)
{
    static constexpr std::u32string_view kEndings[] = {U"하여", U"하는", U"하고", U"하며", U"해서",
                                                       U"했다", U"해",   U"한",   U"할"};
    for (const auto e : kEndings) {
        if (w.size() < e.size() + 2 || !w.ends_with(e))
            continue;
        const auto noun = w.substr(0, w.size() - e.size());
        if (lex.has("title", noun) || lex.has("common_noun", noun) || lex.has("verbal_noun", noun))
            return true;
    }
    return false;
}

} // namespace

namespace person_internal {

bool Scanner::nameWord(const Token &t) const
{
    if (t.punct || t.stem.empty() || t.stem.size() > 5 || orgOfToken(t) >= 0 || m_at.isTimeWord(t)
        || verbOfNoun(m_lex, t.text))
        return false;
    // "설계를 맡았던 오세린 대표", "개발을 이끌었던": a verb's past adnominal form is no name word.
    for (const std::u32string_view e : {U"았던", U"었던", U"였던", U"했던"}) {
        if (t.text.size() > e.size() && t.text.ends_with(e))
            return false;
    }
    if (!std::ranges::all_of(t.stem, [](char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }))
        return false;
    return !(m_lex.has("person_stop", t.stem) || m_lex.has("generic", t.stem) || m_lex.has("title", t.stem)
             || m_lex.has("np_stop", t.stem) || m_lex.has("place_word", t.stem) || m_lex.has("meeting_head", t.stem)
             || m_lex.has("initiative_head", t.stem) || !m_lex.suffixIn("org_classifier", t.stem).empty());
}

// A one-syllable bound noun (수, 중, 간) may end a foreign name (리사 수, 응우옌 찌 중) when the
// name starts with a known given name or Vietnamese surname.
bool Scanner::looseNameWord(const Token &t) const
{
    // 쩐 주이 동: a syllable that is also a common word (동 "the same") ends a Vietnamese name too;
    // the caller requires a known surname or given name first. Conjunctions and "former" never do.
    if (t.punct || t.stem.size() != 1 || t.stem[0] < 0xAC00 || t.stem[0] > 0xD7A3 || orgOfToken(t) >= 0
        || m_at.isTimeWord(t))
        return false;
    if (m_lex.has("name_breaker", t.stem) || m_lex.has("title", t.stem))
        return false;
    return m_lex.has("np_stop", t.stem) || m_lex.has("generic", t.stem) || m_lex.has("person_stop", t.stem)
           || m_lex.has("surname", t.stem);
}

std::size_t Scanner::foreignBack(std::size_t last, bool highTitle, std::size_t parenWords) const
{
    std::size_t first = last;
    std::size_t count = 0;
    const std::size_t maxWords = parenWords ? parenWords : 4;
    bool loose = false;
    for (std::size_t k = last + 1; k-- > 0 && count < maxWords;) {
        const auto &t = m_toks[k];
        const bool word = nameWord(t) || (looseNameWord(t) && count + 1 < maxWords);
        // 산제이 메흐로트라: a first name ending in 이 reads as stem + subject particle, which
        // cannot stand inside "name name title".
        const bool gluedI = t.tail == U"이" && t.text.size() <= 5;
        if (!word || (k != last && !t.tail.empty() && !gluedI) || t.stem.size() > 5) // 에스테베스
            break;
        loose = loose || !nameWord(t);
        first = k;
        ++count;
        if (!t.spaceBefore)
            break;
    }
    if (count == 0)
        return std::string::npos;
    // The word before the name must not continue it (a noun glued to the name).
    const auto &head = m_toks[first];
    const bool known = m_lex.has("vn_surname", head.stem) || m_lex.has("foreign_given", head.stem);
    if (loose && (!known || count < 2))
        return std::string::npos;
    if (parenWords && count == parenWords)
        return first;
    if (count >= 2 && known)
        return first;
    // "통합 법인 대표", "로봇 하드웨어 팀장", "합병 뒤 X 대표": two common nouns, or a word of
    // sequence, are no foreign name; nor is a company's last word ("벨로라 코리아 대표", "X
    // 시스템즈 최고경영자").
    if (count >= 2) {
        const auto &lastStem = m_toks[last].stem;
        const auto &prevStem = m_toks[last - 1].stem;
        const bool commonPair = lastStem.size() >= 2 && prevStem.size() >= 2 && m_lex.has("common_noun", lastStem)
                                && m_lex.has("common_noun", prevStem);
        if (commonPair || m_lex.has("sequence_word", lastStem) || m_lex.has("company_suffix", lastStem)
            || m_lex.has("subsidiary_region", lastStem))
            return std::string::npos;
    }
    // "합병 뒤 변 대표가", "다만 황 CEO는": a bare surname before the title refers back to a
    // person named earlier; the word before it is no given name, unless the article gives the two
    // words together again ("영 류(Young Liu) 회장" … "영 류 회장").
    const auto &lastWord = m_toks[last].stem;
    if (count >= 2
        && ((lastWord.size() == 1 && m_lex.has("surname", lastWord))
            || (lastWord.size() == 2 && m_lex.has("surname2", lastWord)))) {
        const auto &text = m_at.text();
        const std::size_t from = count >= 3 ? last - 1 : first; // the words the name would keep
        const auto pair = text.substr(static_cast<std::size_t>(m_toks[from].start),
                                      static_cast<std::size_t>(m_toks[last].stemEnd - m_toks[from].start));
        const auto at = text.find(pair);
        if (at == std::u32string::npos || text.find(pair, at + 1) == std::u32string::npos)
            return std::string::npos;
    }
    // Three or more words without a known surname: the first is more likely an organisation
    // (라피더스 고이케 아쓰요시 사장): keep the last two.
    if (count >= 3)
        return last - 1;
    // The name opens its phrase: the text starts there, or punctuation or a particle precedes.
    const bool opens = first == 0 || m_toks[first - 1].punct || !m_toks[first - 1].tail.empty();
    if (count == 2 && opens)
        return first;
    // "…을 담은 총리 결정": a verb's adnominal form (담은, 맡는, 열린) before a title is not a name.
    const char32_t end = head.stem.back();
    const bool adnominal = end == U'은' || end == U'는' || end == U'던' || m_lex.has("event_trigger", head.stem);
    if (count == 1 && highTitle && !adnominal && head.stem.size() >= 2 && head.stem.size() <= 4
        && !looksLikeKoreanName(m_at, head.stem)
        && (head.stem.size() == 4 || !m_lex.has("surname", head.stem.substr(0, 1))) && opens)
        return first;
    return std::string::npos;
}

std::string Scanner::joinWords(std::size_t first, std::size_t last) const
{
    std::u32string out;
    for (std::size_t k = first; k <= last; ++k) {
        if (!out.empty())
            out += U' ';
        out += k < last && m_toks[k].tail == U"이" ? m_toks[k].text : m_toks[k].stem;
    }
    return u8(out);
}

// Inside "name [org] title" a particle cannot end the name word, so a stripped "도" or "라"
// belongs to it (지나 러몬도 상무부 장관, 산제이 메흐로트라 CEO); so does a stripped "은" or "도" of a
// three-syllable Korean name right before "[org] title" (류은은 X 부사장, 서경도 X 전무).
std::vector<Token> restoreDo(const Lexicon &lex, std::vector<Token> toks)
{
    // 상무장관도, 경제부장도: a portfolio glued to a title keeps its particle.
    const auto prefixedTitle = [&](std::u32string_view w) {
        return w.size() >= 4 && !lex.suffixIn("particle_title_head", w).empty();
    };
    const auto restore = [](Token &t) {
        t.stem = t.text;
        t.tail = {};
        t.stemEnd = t.end;
    };
    for (std::size_t k = 0; k < toks.size(); ++k) {
        auto &t = toks[k];
        // 메흐로트라, 사라: a final 라 is no particle before a title either.
        const bool ra = t.tail == U"라" && t.text.size() >= 2;
        if ((t.tail == U"도" || ra) && !lex.has("title", t.stem) && !prefixedTitle(t.stem)
            && lex.suffixIn("meeting_head", t.stem).empty()) {
            restore(t);
            continue;
        }
        if ((t.tail == U"은" || t.tail == U"도") && koreanNameBeforeTitle(lex, toks, k))
            restore(t);
    }
    return toks;
}

// An apposition in parentheses right before: 휘(Vu Quoc Huy) 이사 → skip it, count its words.
void Scanner::skipLatinApposition(Back &b) const
{
    const std::size_t k = b.k;
    if (k == 0 || m_toks[k - 1].ch() != U')')
        return;
    std::size_t j = k - 1;
    std::size_t words = 0;
    while (j > 0 && m_toks[j - 1].ch() != U'(' && words < 6) {
        --j;
        ++words;
    }
    if (j == 0 || m_toks[j - 1].ch() != U'(')
        return;
    bool latin = true;
    for (std::size_t w = j; w < k - 1; ++w)
        latin = latin && std::ranges::all_of(m_toks[w].stem, [](char32_t c) { return isLatin(c); });
    if (latin) {
        b.parenWords = words;
        b.k = j - 1;
        return;
    }
    // 린자하오(林家豪) X 회장, 와타나베 겐지(渡辺健二) X 법인장: the name written in Chinese
    // characters. Its words do not match the Hangul ones: the name is the one or two name words
    // right before the parenthesis. 손정의(마사요시 손) 회장: so is a Hangul reading of one to three
    // words after a one-word name.
    const auto han = [](char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); };
    const bool hanGloss = words == 1 && std::ranges::all_of(m_toks[j].stem, han);
    bool hangulGloss = words >= 1 && words <= 3 && j >= 2 && m_toks[j - 2].tail.empty() && nameWord(m_toks[j - 2]);
    for (std::size_t w = j; hangulGloss && w < k - 1; ++w)
        hangulGloss = !m_toks[w].punct && m_toks[w].tail.empty() && nameWord(m_toks[w]);
    if (hangulGloss && j >= 2 && !m_toks[j - 1].spaceBefore) {
        b.parenWords = 1;
        b.k = j - 1;
        return;
    }
    if (!hanGloss || j < 2 || m_toks[j - 1].spaceBefore)
        return;
    std::size_t count = 0;
    for (std::size_t w = j - 1; w > 0 && count < 2 && nameWord(m_toks[w - 1]) && m_toks[w - 1].tail.empty(); --w) {
        ++count;
        if (!m_toks[w - 1].spaceBefore)
            break;
    }
    if (count > 0) {
        b.parenWords = count;
        b.k = j - 1;
    }
}

// The first token of the name that ends at token k - 1, or npos.
// 이시바 시게루 총리: a known foreign given name or surname before a word that looks Korean
// makes it a foreign name. So does an unknown given name of three or more syllables that does
// not look Korean and opens the phrase: "가브리엘 노르뎅 차관".
std::size_t Scanner::nameStart(const Back &b, bool high) const
{
    const std::size_t k = b.k;
    const auto &nameTok = m_toks[k - 1];
    const auto opensPhrase = [&](std::size_t j) {
        return j == 0 || m_toks[j - 1].punct || !m_toks[j - 1].tail.empty();
    };
    const bool foreignBefore =
        k >= 2 && m_toks[k - 2].tail.empty() && nameWord(m_toks[k - 2]) && m_toks[k - 1].spaceBefore
        && (m_lex.has("foreign_given", m_toks[k - 2].stem) || m_lex.has("vn_surname", m_toks[k - 2].stem)
            || (m_toks[k - 2].stem.size() >= 3 && !looksLikeKoreanName(m_at, m_toks[k - 2].stem)
                && opensPhrase(k - 2)));
    // 가와이 도시키 사장, 호리타 유이치 X 사장: two words that each look like a Korean name cannot
    // both be one, as a Korean name is one word: together they are a Japanese name.
    // Japanese syllables close with no consonant but ㄴ (라틱스, a company, does).
    const auto japaneseSyllables = [](std::u32string_view w) {
        return std::ranges::all_of(w, [](char32_t c) {
            return c >= 0xAC00 && c <= 0xD7A3 && ((c - 0xAC00) % 28 == 0 || (c - 0xAC00) % 28 == 4);
        });
    };
    const bool twoNameWords = k >= 2 && m_toks[k - 2].tail.empty() && m_toks[k - 1].spaceBefore
                              && nameWord(m_toks[k - 2]) && opensPhrase(k - 2) && m_toks[k - 2].stem.size() == 3
                              && nameTok.stem.size() == 3 && looksLikeKoreanName(m_at, m_toks[k - 2].stem)
                              && orgOfToken(m_toks[k - 2]) < 0 && japaneseSyllables(m_toks[k - 2].stem)
                              && japaneseSyllables(nameTok.stem);
    if (!b.parenWords && !foreignBefore && twoNameWords && looksLikeKoreanName(m_at, nameTok.stem)
        && orgOfToken(nameTok) < 0)
        return k - 2;
    if (!b.parenWords && !foreignBefore && looksLikeKoreanName(m_at, nameTok.stem) && orgOfToken(nameTok) < 0)
        return k - 1;
    return foreignBack(k - 1, high, b.parenWords);
}

// "지난해까지 X 대표를 지낸", "2023년까지 X 사장": a time word ending in 까지 within the three
// tokens before the name (in its sentence) makes the post a past one.
bool Scanner::untilBefore(std::size_t first) const
{
    for (std::size_t k = first, n = 0; k > 0 && n < 3; --k, ++n) {
        const auto &t = m_toks[k - 1];
        if (t.punct || t.sentence != m_toks[first].sentence)
            return false;
        if (t.tail == U"까지" && m_at.isTimeWord(t))
            return true;
    }
    return false;
}

} // namespace person_internal

} // namespace sillok::core::extract
