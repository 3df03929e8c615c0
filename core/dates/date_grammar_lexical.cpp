// Lexical helpers of the date grammar, and tense detection.
#include "dates/date_grammar.h"

#include "common/utf.h"
#include "dates/date_math.h"
#include "dates/korean_number.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace sillok::core::dategrammar {
namespace {

bool isSpace(char32_t c) { return c == U' ' || c == U'\t' || c == 0xA0 || c == 0x3000; }

bool hasFinal(char32_t c, int jong) { return isHangulSyllable(c) && static_cast<int>((c - 0xAC00) % 28) == jong; }
constexpr int kJongNieun = 4, kJongRieul = 8, kJongSsangSiot = 20;

bool isSentenceEnd(std::u32string_view s, std::size_t i)
{
    const char32_t c = s[i];
    if (c == U'\n' || c == U'!' || c == U'?' || c == U'。')
        return true;
    if (c != U'.')
        return false;
    const bool digitBefore = i > 0 && s[i - 1] >= U'0' && s[i - 1] <= U'9';
    std::size_t j = i + 1;
    while (j < s.size() && s[j] == U' ')
        ++j;
    const bool digitAfter = j < s.size() && s[j] >= U'0' && s[j] <= U'9';
    return !(digitBefore && digitAfter);
}

// Classifies one word (a run of Hangul) as a predicate.
Tense wordTense(std::u32string_view w)
{
    if (w.empty())
        return Tense::Unknown;
    if (w.find(U"예정") != std::u32string_view::npos || w.find(U"계획") != std::u32string_view::npos
        || w.find(U"방침") != std::u32string_view::npos)
        return Tense::Future;
    const char32_t last = w.back();
    if ((last == U'다' || last == U'고') && w.size() >= 2) {
        const char32_t before = w[w.size() - 2];
        if (before == U'있' || before == U'없')
            return Tense::Unknown;
        if (hasFinal(before, kJongSsangSiot))
            return Tense::Past;
        if (last == U'다' && (hasFinal(before, kJongNieun) || before == U'는'))
            return Tense::Future;
        return Tense::Unknown;
    }
    if (w.size() >= 2) {
        static constexpr std::u32string_view kPastAdnominal = U"린한된진힌낸친던";
        static constexpr std::u32string_view kFutureAdnominal = U"릴할될질힐낼칠";
        if (kPastAdnominal.find(last) != std::u32string_view::npos)
            return Tense::Past;
        if (kFutureAdnominal.find(last) != std::u32string_view::npos)
            return Tense::Future;
    }
    return Tense::Unknown;
}

} // namespace

bool startsWithParticle(std::u32string_view rest)
{
    static constexpr std::array<std::u32string_view, 58> kParticles{
        U"에서", U"에게", U"에는", U"에도", U"에만", U"에", U"엔", U"부터", U"까지", U"께", U"쯤", U"경",
        U"의", U"으로", U"로", U"은", U"는", U"이", U"가", U"을", U"를", U"도", U"만", U"과", U"와",
        U"이후", U"이전", U"이내", U"전", U"후", U"중", U"안", U"내", U"뒤", U"인", U"였", U"자", U"보다",
        U"대비", U"처럼", U"마다", U"동안", U"밤", U"저녁", U"아침", U"오전", U"오후", U"점심", U"새벽",
        U"낮", U"하고", U"이나", U"나", U"라", U"기준", U"현재", U"부", U"쯤"};
    for (std::u32string_view p : kParticles)
        if (rest.substr(0, p.size()) == p)
            return true;
    return false;
}

Tense detectTense(std::u32string_view s, std::size_t end)
{
    std::size_t limit = end;
    while (limit < s.size() && limit < end + 160 && !isSentenceEnd(s, limit))
        ++limit;
    // Words (Hangul runs) after the expression, in order.
    std::size_t i = end;
    bool first = true;
    Tense finalTense = Tense::Unknown;
    bool futureMarker = false;
    while (i < limit) {
        while (i < limit && !isHangulSyllable(s[i]))
            ++i;
        const std::size_t b = i;
        while (i < limit && isHangulSyllable(s[i]))
            ++i;
        if (b == i)
            break;
        std::u32string_view w = s.substr(b, i - b);
        const bool attached = b == end; // a particle glued to the expression
        if (attached)
            continue;
        const Tense t = wordTense(w);
        if (w.find(U"예정") != std::u32string_view::npos || w.find(U"계획") != std::u32string_view::npos
            || w.find(U"방침") != std::u32string_view::npos || w.find(U"전망") != std::u32string_view::npos)
            futureMarker = true;
        if (first && t != Tense::Unknown)
            return t;
        first = false;
        if (w == U"것" && b >= 2 && hasFinal(s[b - 2], kJongRieul))
            futureMarker = true;
        if (w.back() == U'다')
            finalTense = t;
    }
    if (futureMarker)
        return Tense::Future;
    return finalTense;
}

bool mayStartExpression(char32_t c)
{
    // Sorted by code point, for the binary search; spaces never start one (Grammar::parseAt).
    static constexpr std::u32string_view kChars =
        U"!()-./"
        U"0123456789:?CDEGJKMPSTU~"
        U"–∼。〜가간같개것게겨경계고곱과광구그글금기까께나난날낮내낸낼네넷녁년는늘다달당대던덟도동된될두둘뒤드든듬등라"
        U"럼레력로록루른를름리린릴마막만말망명몇모목무물반발밤방백번벽보복봄부분브비사삼상새서섯성세셋송수순쉰스승시신"
        U"심십아안약어억없엊에엔여연열였영예오올와요울월유육으은을음의이익인일입있자작장재저전절점정제종주준중지진질째"
        U"쯤차처천첫초최충친칠침크탄터토튿틀팔하한할해행헌현홉화획후흔흘힌힐～";
    static_assert(std::ranges::is_sorted(kChars));
    return std::ranges::binary_search(kChars, c);
}

bool mayStartNewsExpression(char32_t c, char32_t next)
{
    if (c >= U'0' && c <= U'9')
        return true;
    // What each parser reads first in news style, by its first two letters (an empty second: any):
    // the relative words (재작년, 지난해, 올해, 이날, 그제, 전날, 익일, 당일, 엊그제, 모레 …), 지난/
    // 오는/다음/이번/저번/같은 before a month, week or day, the weekdays (월화수목금토일 before 요일),
    // 연내/연초, 월초/월말, the holidays (크리스마스, 성탄절, 신정, 삼일절, 어린이날, 현충일, 제헌절,
    // 광복절, 개천절, 한글날), seasons after 올 (올봄), durations (약, 하루, 이틀, 사흘, 나흘, 일주일),
    // 상반기/하반기, 정오/자정 and the parts of a day before a time (오전, 아침, 저녁, 밤, 새벽, 낮,
    // 점심). Chat-only words (지금, 차주, 금주, 전월, 명일 …) and Hangul numerals are left out.
    struct Start {
        char32_t first;
        std::u32string_view seconds;
    };
    static constexpr Start kNewsStarts[] = {
        {U'같', U"은"},         {U'개', U"천"},           {U'광', U"복"},
        {U'그', U"해달제저날"}, {U'금', U"년일요"},       {U'나', U"흘"},
        {U'낮', U""},           {U'내', U"년후달일"},     {U'다', U"음"},
        {U'당', U"일"},         {U'모', U"레"},           {U'목', U"요"},
        {U'밤', U""},           {U'사', U"흘"},           {U'삼', U"일"},
        {U'상', U"반"},         {U'새', U"벽"},           {U'성', U"탄"},
        {U'수', U"요"},         {U'신', U"정"},           {U'아', U"침"},
        {U'약', U""},           {U'어', U"제린"},         {U'엊', U"그"},
        {U'연', U"내초말중 "},  {U'오', U"는늘전후"},     {U'올', U"해 봄여가겨"},
        {U'월', U"초말요"},     {U'이', U"번날달듬튿틀"}, {U'익', U"월일"},
        {U'일', U"요주"},       {U'자', U"정"},           {U'작', U"년"},
        {U'재', U"작"},         {U'저', U"번녁"},         {U'전', U"분날일"},
        {U'점', U"심"},         {U'정', U"오"},           {U'제', U"헌"},
        {U'지', U"난"},         {U'크', U"리"},           {U'토', U"요"},
        {U'하', U"반루"},       {U'한', U"글"},           {U'현', U"충"},
        {U'화', U"요"},
    };
    static_assert(std::ranges::is_sorted(kNewsStarts, {}, &Start::first));
    const auto *it = std::ranges::lower_bound(kNewsStarts, c, {}, &Start::first);
    return it != std::ranges::end(kNewsStarts) && it->first == c
           && (it->seconds.empty() || it->seconds.find(next) != std::u32string_view::npos);
}

std::size_t Grammar::skipSpaces(std::size_t p) const
{
    while (p < m_s.size() && isSpace(m_s[p]))
        ++p;
    return p;
}

bool Grammar::isSpaceAt(std::size_t p) const { return p < m_s.size() && isSpace(m_s[p]); }

bool Grammar::isDigitAt(std::size_t p) const { return p < m_s.size() && m_s[p] >= U'0' && m_s[p] <= U'9'; }

std::optional<int> Grammar::digits(std::size_t &p, int minLen, int maxLen) const
{
    std::size_t q = p;
    int value = 0, n = 0;
    while (isDigitAt(q) && n <= maxLen) {
        value = value * 10 + static_cast<int>(m_s[q] - U'0');
        ++q;
        ++n;
    }
    if (n < minLen || n > maxLen)
        return std::nullopt;
    p = q;
    return value;
}

std::optional<int> Grammar::numberUnit(std::size_t &p, std::u32string_view unit, long long lo, long long hi,
                                       bool hangul) const
{
    std::size_t q = p;
    if (auto v = digits(q, 1, 4)) {
        if (lit(q, unit) && *v >= lo && *v <= hi) {
            p = q;
            return *v;
        }
        return std::nullopt;
    }
    if (!hangul)
        return std::nullopt;
    const auto prefixes = hangulNumberPrefixes(m_s, p);
    for (auto it = prefixes.rbegin(); it != prefixes.rend(); ++it) {
        std::size_t r = it->end;
        if (lit(r, unit) && it->value >= lo && it->value <= hi) {
            p = r;
            return static_cast<int>(it->value);
        }
    }
    return std::nullopt;
}

bool Grammar::wordEnds(std::size_t p) const
{
    if (p >= m_s.size() || !isHangulSyllable(m_s[p]))
        return !(p < m_s.size() && ((m_s[p] >= U'0' && m_s[p] <= U'9') || (m_s[p] < 128 && std::isalpha(static_cast<int>(m_s[p])))));
    return startsWithParticle(m_s.substr(p));
}

Tense Grammar::tense()
{
    m_tenseUsed = true;
    return m_tense;
}

} // namespace sillok::core::dategrammar
