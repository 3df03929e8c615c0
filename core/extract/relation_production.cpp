#include "extract/relation_reader.h"

#include "extract/text_scan.h"

#include <algorithm>

// Foundry production and design services (SentenceReader::foundry()): who makes a company's chip.
//
//   "딥엑스의 칩은 삼성전자 파운드리의 5나노 공정에서 생산된다"   process words after the maker
//   "칩은 TSMC가 생산한다", "생산은 대만 TSMC가 맡는다"           the maker as the subject of the work
//   "설계 후반 작업은 X가 맡았다"                                a design service taken on
//   "앞선 칩까지는 TSMC에서 만들었다"                             the maker as the place
//   "A는 B에 시제품 생산을 맡기기로 했다"                         the work given to the maker
//
// and what a buyer brings in from its seller (SentenceReader::bought()).

namespace sillok::core::extract::relation {

namespace {

// A node ("5나노", "12나노급"), 파운드리 or 공정: the word names a maker's process.
bool processWord(const Token &t)
{
    if (t.punct)
        return false;
    if (t.text.starts_with(U"파운드리") || t.text.starts_with(U"공정"))
        return true;
    return !t.text.empty() && isDigit(t.text.front()) && t.text.find(U"나노") != std::u32string::npos;
}

bool startsWithAny(std::u32string_view w, std::initializer_list<std::u32string_view> forms)
{
    return std::ranges::any_of(forms, [&](std::u32string_view f) { return w.starts_with(f); });
}

// The verb of making a chip: 생산, 제조, 양산, 위탁 (생산), 만들다; never a noun of capacity or
// place ("생산능력", "생산라인", "제조사").
bool makeVerb(std::u32string_view w)
{
    if (startsWithAny(w, {U"생산능력", U"생산량", U"생산라인", U"생산기지", U"생산시설", U"생산공장", U"생산법인",
                          U"제조사", U"제조업", U"양산형"}))
        return false;
    return startsWithAny(w, {U"생산", U"제조", U"양산", U"위탁", U"만들", U"만든", U"만드"});
}

// The maker's own verb after its subject: "TSMC가 생산한다", "…가 위탁 생산하며", "…가 만든다".
bool makerVerb(std::u32string_view w)
{
    return startsWithAny(w, {U"생산하", U"생산해", U"생산한", U"생산할", U"제조하", U"제조해", U"제조한", U"양산하",
                             U"양산해", U"양산한", U"만든다", U"만들고", U"만들며", U"만들어", U"만들었"});
}

// Taking work on (맡다), not giving it (맡기다).
bool takeOnVerb(std::u32string_view w)
{
    return w.starts_with(U"맡") && !w.starts_with(U"맡기") && !w.starts_with(U"맡겨") && !w.starts_with(U"맡긴");
}

bool giveVerb(std::u32string_view w)
{
    return w.starts_with(U"맡기") || w.starts_with(U"맡겨") || w.starts_with(U"맡긴");
}

// Work a maker or a design house takes on for its customer (a design alone is no service: see
// SentenceReader::foundry() for "설계 서비스").
bool taskWord(std::u32string_view w)
{
    return startsWithAny(w, {U"생산", U"양산", U"후공정", U"패키징", U"제조", U"위탁", U"백엔드"});
}

} // namespace

// Work taken on at token k: a task word, or a design service ("설계 서비스를").
bool SentenceReader::taskAt(std::size_t k) const
{
    return !m_toks[k].punct
           && (taskWord(m_toks[k].text)
               || (m_toks[k].text.starts_with(U"설계") && k + 1 < m_last && m_toks[k + 1].text.starts_with(U"서비스")));
}

// A topic before token `tok` that is no organisation: the product or the work ("칩은", "생산은").
bool SentenceReader::productTopicBefore(std::size_t tok) const
{
    for (std::size_t k = m_first; k < tok; ++k) {
        const auto &t = m_toks[k];
        if (t.punct || (t.tail != U"은" && t.tail != U"는"))
            continue;
        if (std::ranges::none_of(m_args, [&](const Arg &a) { return a.first <= k && k < a.after; }))
            return true;
    }
    return false;
}

// "칩은 TSMC가 생산한다", "생산은 대만 TSMC가 맡는다", "설계 후반 작업은 X가 맡았다", "X가 설계
// 서비스를 맡았고": the subject (이/가) of making, or of work taken on, after the product or the work.
bool SentenceReader::subjectMaker(std::size_t i) const
{
    const auto &a = m_args[i];
    bool process = false;
    for (std::size_t k = m_first; k < m_last && !process; ++k)
        process = processWord(m_toks[k]);
    bool verb = false;
    bool takesOn = false;
    bool taskAfter = false; // "X가 설계 서비스를 맡았다", "X가 생산을 맡는다"
    for (std::size_t k = a.after; k < m_last && k < a.after + 5 && !verb; ++k) {
        const auto &w = m_toks[k].text;
        if (m_toks[k].punct)
            break;
        takesOn = takeOnVerb(w);
        taskAfter = taskAfter || (!takesOn && taskAt(k));
        verb = takesOn || (makerVerb(w) && (!w.starts_with(U"만") || process));
    }
    // The work taken on is its object or the topic right before the maker ("칩 생산은", "양산 관리는").
    bool task = !takesOn || taskAfter;
    for (std::size_t k = a.first; k-- > m_first && k + 6 > a.first && takesOn && !task;) {
        if (m_toks[k].tail != U"은" && m_toks[k].tail != U"는")
            continue;
        for (std::size_t j = k + 1; j-- > m_first && j + 4 > k && !task;)
            task = taskAt(j);
        break;
    }
    return verb && task && productTopicBefore(a.first);
}

// Arg i is a maker of the sentence's chip (`making`: the sentence speaks of making one); `given`
// is set when the work is given to it ("B에 … 생산을 맡기기로").
bool SentenceReader::maker(std::size_t i, bool making, bool &given) const
{
    const auto &a = m_args[i];
    given = false;
    if (making && (a.role == Role::None || a.role == Role::Genitive)) {
        // "삼성전자 파운드리의 8나노 공정", "TSMC의 12나노 공정에서", "TSMC 6나노".
        for (std::size_t k = a.after; k < m_last && k < a.after + 3; ++k) {
            if (processWord(m_toks[k]))
                return true;
        }
        return false;
    }
    if (a.role == Role::Subject && (a.tail == U"이" || a.tail == U"가"))
        return subjectMaker(i);
    if (making && a.role == Role::Locative) {
        // "TSMC에서 만들었다".
        for (std::size_t k = a.after; k < m_last && k < a.after + 2; ++k) {
            if (makeVerb(m_toks[k].text))
                return true;
        }
        return false;
    }
    if (a.role == Role::Dative) {
        // "B에 시제품 생산을 맡기기로 했다", "백엔드 설계를 B에 맡겨 왔다".
        bool work = false;
        for (std::size_t k = m_first; k < m_last; ++k) {
            work = work || taskAt(k);
            if (work && k >= a.after && k < a.after + 5 && giveVerb(m_toks[k].text)) {
                given = true;
                return true;
            }
        }
    }
    return false;
}

std::vector<std::pair<std::size_t, std::ptrdiff_t>> SentenceReader::foundry() const
{
    std::vector<std::pair<std::size_t, std::ptrdiff_t>> out;
    // "…공정을 이용한다 / 써 왔으며": a process used is one made at; not "공정을 쓰는 고객".
    bool making = false;
    bool anyTask = false;
    for (std::size_t k = m_first; k < m_last; ++k) {
        const auto &t = m_toks[k];
        const bool uses = k + 1 < m_last && t.text.starts_with(U"공정") && (t.tail == U"을" || t.tail == U"를")
                          && startsWithAny(m_toks[k + 1].text, {U"이용", U"쓰", U"써", U"활용"})
                          && !m_toks[k + 1].text.ends_with(U"는") && !m_toks[k + 1].text.ends_with(U"던");
        making = making || uses || (!t.punct && makeVerb(t.text));
        anyTask = anyTask || taskAt(k);
    }
    if (!making && !anyTask)
        return out;
    std::vector<std::size_t> makers;
    std::vector<bool> givenTo; // the work given to the maker: the customer is the subject
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        bool given = false;
        if (isOrg(i) && maker(i, making, given)) {
            makers.push_back(i);
            givenTo.push_back(given);
        }
    }
    for (std::size_t n = 0; n < makers.size(); ++n) {
        const std::size_t i = makers[n];
        // The customer: the organisation nearest before the maker whose product it is (의) or
        // that is the subject; for work given, the subject.
        std::ptrdiff_t customer = -1;
        for (std::size_t j = 0; j < m_args.size() && m_args[j].first < m_args[i].first; ++j) {
            const bool aMaker =
                std::ranges::any_of(makers, [&](std::size_t m) { return m_args[m].entity == m_args[j].entity; });
            if (!isOrg(j) || aMaker)
                continue;
            const bool subject = m_args[j].role == Role::Subject;
            if ((givenTo[n] && subject) || (!givenTo[n] && (subject || m_args[j].role == Role::Genitive)))
                customer = static_cast<std::ptrdiff_t>(j);
        }
        out.emplace_back(i, customer);
    }
    return out;
}

// "B는 A로부터 EUV 장비를 들여와", "B는 A의 추론 서버 40대를 도입했다", "B는 A로부터 CPU 설계를
// 라이선스받아" (`supply_bought`: 도입, 들여오다, 채택, 라이선스받다, 납품받다): the seller (로부터, or
// named with 의 before the goods, the object of the verb) supplies the buyer (the subject; for a
// seller with 로부터, the topic before when the sentence leaves the buyer unsaid).
void SentenceReader::bought(std::size_t trigger, std::vector<Found> &out) const
{
    std::size_t buyer = m_args.size();
    for (std::size_t i = 0; i < m_args.size() && m_args[i].first < trigger; ++i) {
        if (isOrg(i) && m_args[i].role == Role::Subject && m_args[i].tail != U"도" && buyer == m_args.size())
            buyer = i;
    }
    for (std::size_t i = 0; i < m_args.size() && m_args[i].first < trigger; ++i) {
        if (!isOrg(i) || i == buyer || (buyer < m_args.size() && m_args[i].entity == m_args[buyer].entity))
            continue;
        const auto &a = m_args[i];
        if (a.role == Role::Source) {
            out.push_back({i, buyer == m_args.size() ? kDropped : buyer, "supply", 0.7});
            continue;
        }
        // "A의 최신 GPU를", "A의 'X'와 C의 'Y'를": the goods, the verb's object, within six tokens.
        if (a.role != Role::Genitive || buyer == m_args.size() || a.first < m_args[buyer].first)
            continue;
        for (std::size_t k = a.after; k < trigger && k < a.after + 6; ++k) {
            const auto &t = m_toks[k];
            if (t.punct && !isOpenQuote(t.ch()) && t.ch() != U'\'' && t.ch() != U'’' && t.ch() != U'”')
                break;
            const auto particle = t.tail.empty() ? std::u32string_view(t.text) : std::u32string_view(t.tail);
            if (particle == U"을" || particle == U"를" || particle == U"과" || particle == U"와") {
                out.push_back({i, buyer, "supply", 0.7});
                break;
            }
        }
    }
}

} // namespace sillok::core::extract::relation
