#include "extract/relation_reader.h"

#include "extract/text_scan.h"

#include <algorithm>

namespace sillok::core::extract::relation {

Role roleOfTail(std::u32string_view tail)
{
    static const std::pair<std::u32string_view, Role> kTails[] = {
        {U"은", Role::Subject},      {U"는", Role::Subject},      {U"이", Role::Subject},      {U"가", Role::Subject},
        {U"께서", Role::Subject},    {U"도", Role::Subject},      {U"을", Role::Object},       {U"를", Role::Object},
        {U"에", Role::Dative},       {U"에게", Role::Dative},     {U"에는", Role::Dative},     {U"에도", Role::Dative},
        {U"에게는", Role::Dative},   {U"한테", Role::Dative},     {U"로부터", Role::Source},   {U"으로부터", Role::Source},
        {U"에게서", Role::Source},   {U"와", Role::Comitative},   {U"과", Role::Comitative},   {U"와의", Role::Comitative},
        {U"과의", Role::Comitative}, {U"하고", Role::Comitative}, {U"와는", Role::Comitative}, {U"과는", Role::Comitative},
        {U"와도", Role::Comitative}, {U"과도", Role::Comitative}, {U"의", Role::Genitive},     {U"에서", Role::Locative},
        {U"에서는", Role::Locative}, {U"에서도", Role::Locative},
    };
    for (const auto &[t, r] : kTails) {
        if (tail == t)
            return r;
    }
    return Role::None;
}


// The particle after each name: on its last token, or glued after a gloss in parentheses
// ("엔비디아(NVIDIA)와의"); a following 등 lends its own ("A, B 등이").
void SentenceReader::readTails()
{
    for (auto &a : m_args) {
        if (a.referent)
            continue; // its token and particle are set already
        std::size_t j = m_at.tokenAt(a.mention.start);
        while (j + 1 < m_last && m_toks[j + 1].start < a.mention.end)
            ++j;
        a.first = m_at.tokenAt(a.mention.start);
        a.after = j + 1;
        if (j < m_toks.size() && m_toks[j].stemEnd == a.mention.end)
            a.tail = m_toks[j].tail;
        if (a.tail.empty() && a.after < m_last && m_toks[a.after].ch() == U'(') {
            std::size_t close = a.after + 1;
            while (close < m_last && close < a.after + 10 && m_toks[close].ch() != U')')
                ++close;
            if (close < m_last && m_toks[close].ch() == U')')
                a.after = close + 1;
        }
        // A particle glued after a closing parenthesis (the gloss inside the mention or not; the
        // tokenizer marks such a piece as punctuation).
        if (a.tail.empty() && a.after < m_last && a.after > 0 && m_toks[a.after - 1].ch() == U')' && !m_toks[a.after].spaceBefore
            && roleOfTail(m_toks[a.after].text) != Role::None) {
            a.tail = m_toks[a.after].text;
            ++a.after;
        }
        if (a.tail.empty() && a.after < m_last && m_toks[a.after].stem == U"등") {
            a.tail = m_toks[a.after].tail;
            ++a.after;
        }
        a.role = roleOfTail(a.tail);
    }
}

// "A, B, C가", "A·B 및 주요 학회가", "Aitomatic Meta, AMD": a bare item followed by a list
// separator takes the particle that closes the list (the first particle within eight tokens,
// crossing only list items and separators).
void SentenceReader::shareListRoles()
{
    for (std::size_t i = m_args.size(); i-- > 0;) {
        auto &a = m_args[i];
        if (a.role != Role::None || !a.tail.empty() || a.after >= m_last)
            continue;
        const auto &nx = m_toks[a.after];
        const bool separator = nx.ch() == U',' || isListDot(nx.ch()) || nx.text == U"및";
        // The next item, right after or after one separator, already has the list's particle.
        const bool nextArg = i + 1 < m_args.size() && m_args[i + 1].role != Role::None
                             && (m_args[i + 1].first == a.after || (separator && m_args[i + 1].first == a.after + 1));
        if (nextArg) {
            a.role = m_args[i + 1].role;
            continue;
        }
        if (!separator)
            continue;
        for (std::size_t k = a.after; k < m_last && k < a.after + 8; ++k) {
            const auto &t = m_toks[k];
            if (t.punct && t.ch() != U',' && !isListDot(t.ch()) && t.ch() != U'(' && t.ch() != U')')
                break;
            if (!t.punct && !t.tail.empty()) {
                a.role = roleOfTail(t.tail);
                break;
            }
        }
    }
}

bool SentenceReader::hedged() const
{
    return mentions("relation_hedge");
}

// A sum of money: a number with a currency (`currency`: 원, 달러…) in it or right after it.
bool SentenceReader::hasMoney() const
{
    const auto currency = [&](std::u32string_view w, bool opens) {
        return std::ranges::any_of(m_lex.forms("currency"), [&](const std::u32string &c) {
            return opens ? w.starts_with(c) : w.find(c) != std::u32string_view::npos;
        });
    };
    for (std::size_t k = m_first; k < m_last; ++k) {
        const auto &w = m_toks[k].text;
        if (!std::ranges::any_of(w, [](char32_t c) { return isDigit(c); }))
            continue;
        if (currency(w, false) || (k + 1 < m_last && currency(m_toks[k + 1].text, true)))
            return true;
    }
    return false;
}

std::vector<std::pair<std::size_t, std::string>> SentenceReader::triggers() const
{
    std::vector<std::pair<std::size_t, std::string>> out;
    // A word of a merger or a takeover (합병, 인수, not 인수위) in the sentence.
    const auto dealWord = [&](std::u32string_view w) {
        for (std::size_t k = m_first; k < m_last; ++k) {
            if (!m_toks[k].punct && m_toks[k].text.starts_with(w) && !m_toks[k].text.starts_with(U"인수위"))
                return true;
        }
        return false;
    };
    const bool consortium = mentions("consortium_word"); // of the sentence: read once, not per word
    for (std::size_t k = m_first; k < m_last; ++k) {
        const auto &t = m_toks[k];
        if (t.punct)
            continue;
        // "B의 최대 투자자인 A": an investor noun in apposition (투자자 is no trigger of its own).
        if (std::ranges::any_of(m_lex.forms("investor_noun"), [&](const std::u32string &n) {
                return t.text.size() == n.size() + 1 && t.text.starts_with(n) && t.text.back() == U'인';
            })) {
            out.emplace_back(k, "investor_of");
            continue;
        }
        // "A는 B와 함께 … 개발했다": working with a partner named right before.
        if (t.text == U"함께"
            && std::ranges::any_of(m_args, [&](const Arg &a) { return a.role == Role::Comitative && a.after == k; })) {
            out.emplace_back(k, "together");
            continue;
        }
        // "두 회사는 … 함께 개발하기로 했다": working together with no partner named before.
        if (t.text == U"함께" && k + 1 < m_last
            && (m_toks[k + 1].text.starts_with(U"개발") || m_toks[k + 1].text.starts_with(U"연구")
                || m_toks[k + 1].text.starts_with(U"설계"))) {
            out.emplace_back(k, "partnership");
            continue;
        }
        // "첫 번째 컨소시엄은 A가 주관하고", "D 컨소시엄에는 E가 이름을 올렸다": leading or joining a
        // consortium is taking part in the programme it works for.
        if (consortium && consortiumVerb(k)) {
            out.emplace_back(k, "participation");
            continue;
        }
        // "A, B, C가 2023년 함께 만든 'X 얼라이언스'": founding an alliance together.
        if ((t.text.starts_with(U"만든") || t.text.starts_with(U"만들었")) && k > m_first
            && m_toks[k - 1].text == U"함께") {
            out.emplace_back(k, "founding");
            continue;
        }
        // "합병 법인", "합병 회사": the company a merger makes, not a merger stated between the names.
        if (t.text == U"합병" && k + 1 < m_last
            && (m_toks[k + 1].text.starts_with(U"법인") || m_toks[k + 1].text.starts_with(U"회사")))
            continue;
        if (m_lex.startsWithForm("relation_trigger_not", t.text))
            continue;
        // 공동 개발, 공동 연구: a joint work is a partnership.
        if (t.text == U"공동" && k + 1 < m_last
            && (m_toks[k + 1].text.starts_with(U"개발") || m_toks[k + 1].text.starts_with(U"연구")
                || m_toks[k + 1].text.starts_with(U"설계"))) {
            out.emplace_back(k, "partnership");
            continue;
        }
        if (!m_lex.startsWithForm("relation_trigger", t.text)) // most words: no trigger has their first letter
            continue;
        for (const auto &form : m_lex.forms("relation_trigger")) { // longest first
            if (form[0] != t.text[0] || !t.text.starts_with(form))
                continue;
            auto kind = m_lex.note("relation_trigger", form);
            // "합병을 위한 양해각서": an agreement toward a merger or takeover is that deal, not a
            // partnership.
            if (kind == "partnership" && (dealWord(U"합병") || dealWord(U"인수")))
                break;
            // "과제를 수행하고 있다", "과제 수행기관으로", not "수행 컨소시엄" (a noun before another).
            if (form == U"수행"
                && !(t.text.starts_with(U"수행하") || t.text.starts_with(U"수행해") || t.text.starts_with(U"수행한")
                     || t.text.starts_with(U"수행할") || t.text.starts_with(U"수행기관")))
                break;
            // "구매 물량을 합쳐": joining companies is "하나로 합친다", "한 회사로 합쳐".
            if (kind == "merger" && (form == U"합친" || form == U"합쳐")
                && !(k > m_first
                     && (m_toks[k - 1].text == U"하나로" || m_toks[k - 1].text.ends_with(U"회사로")
                         || m_toks[k - 1].text.ends_with(U"법인으로"))))
                break;
            if (kind.ends_with("?money")) {
                if (!hasMoney())
                    break;
                kind.resize(kind.size() - 6);
            }
            out.emplace_back(k, kind);
            break;
        }
    }
    return out;
}

std::vector<std::size_t> SentenceReader::withRole(Role role, std::size_t beforeTok) const
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        if (m_args[i].role == role && m_args[i].first < beforeTok)
            out.push_back(i);
    }
    return out;
}

// No word before the trigger is a subject (은/는/이/가), a name or not: the sentence leaves its
// subject to the sentences before.
bool SentenceReader::subjectUnsaid(std::size_t trigger) const
{
    for (std::size_t k = m_first; k < trigger && k < m_last; ++k) {
        const auto &t = m_toks[k].tail;
        if (!m_toks[k].punct && (t == U"은" || t == U"는" || t == U"이" || t == U"가"))
            return false;
    }
    return std::ranges::none_of(m_args, [](const Arg &a) { return a.role == Role::Subject; });
}

// partnership, merger: "A와 B는 … 협약", "A는 B와 …", "B와의 협력 … A는"; a merger also "A가 B를 합병".
void SentenceReader::symmetric(std::size_t trigger, const std::string &predicate, std::vector<Found> &out) const
{
    // "A와 B, C는 … 협약": every pair of a coordinated run closed by a subject.
    for (std::size_t end = 0; end < m_args.size() && predicate == "partnership"; ++end) {
        if (m_args[end].role != Role::Subject || !isOrg(end) || m_args[end].first >= trigger)
            continue;
        std::size_t begin = end;
        // Items joined by 와/과, or bare items that took the list's particle.
        while (begin > 0 && isOrg(begin - 1) && (m_args[begin - 1].role == Role::Comitative || m_args[begin - 1].tail.empty())
               && m_args[begin - 1].role != Role::None && m_args[begin - 1].after + 1 >= m_args[begin].first)
            --begin;
        if (end - begin < 2)
            continue; // pairs are read below
        for (std::size_t a = begin; a <= end; ++a)
            for (std::size_t b = a + 1; b <= end; ++b)
                out.push_back({a, b, predicate, 0.8});
    }
    // "A는 B, C와 업무협약을 맺었다": the parties listed with 와/과 to an agreement signed together
    // are partners of one another too, unless each signed on its own (각각).
    const auto &w = m_toks[trigger].text;
    const bool agreement =
        w.find(U"협약") != std::u32string::npos || w.starts_with(U"MOU") || w.starts_with(U"양해각서");
    if (predicate == "partnership" && agreement && !mentions("separately_word")) {
        for (std::size_t end = 0; end < m_args.size(); ++end) {
            if (m_args[end].role != Role::Comitative || m_args[end].tail.empty() || !isOrg(end)
                || m_args[end].first >= trigger)
                continue;
            std::size_t begin = end;
            while (begin > 0 && isOrg(begin - 1) && m_args[begin - 1].role == Role::Comitative
                   && m_args[begin - 1].tail.empty() && m_args[begin - 1].after + 1 >= m_args[begin].first)
                --begin;
            for (std::size_t a = begin; a < end; ++a)
                for (std::size_t b = a + 1; b <= end; ++b)
                    out.push_back({a, b, predicate, 0.7});
        }
    }
    // "두 회사는 … 협약을 맺었다": the companies a count stands for (countedReferents).
    for (std::size_t a = 0; a < m_args.size(); ++a) {
        for (std::size_t b = a + 1; b < m_args.size() && m_args[a].counted; ++b) {
            if (m_args[b].counted && m_args[b].first == m_args[a].first && m_args[a].role == Role::Subject)
                out.push_back({a, b, predicate, 0.7});
        }
    }
    const auto subjects = withRole(Role::Subject, m_last);
    for (const std::size_t c : withRole(Role::Comitative, trigger)) {
        if (!isOrg(c))
            continue;
        if (c + 1 < m_args.size() && m_args[c + 1].first == m_args[c].after && m_args[c + 1].role == Role::Subject && isOrg(c + 1)) {
            out.push_back({c, c + 1, predicate, 0.9});
            continue;
        }
        // The subject nearest before the partner, else the first after it.
        std::size_t best = m_args.size();
        for (const std::size_t s : subjects) {
            if (isOrg(s) && s < c)
                best = s;
        }
        if (best == m_args.size()) {
            for (const std::size_t s : subjects) {
                if (isOrg(s) && s > c && best == m_args.size())
                    best = s;
            }
        }
        if (best != m_args.size())
            out.push_back({best, c, predicate, 0.8});
        // "지난 6월에는 B와 손잡고 …": the subject left unsaid is the topic of the sentences before.
        else if (subjectUnsaid(trigger))
            out.push_back({c, kDropped, predicate, 0.6});
    }
    if (predicate == "merger") {
        for (const std::size_t s : withRole(Role::Subject, trigger)) {
            for (const std::size_t o : withRole(Role::Object, trigger)) {
                if (isOrg(s) && isOrg(o) && s < o && !m_args[o].counted) // "X는 두 회사를 합치기로": the two merge
                    out.push_back({s, o, predicate, 0.8});
            }
        }
    }
}

// "B는 A로부터 투자를 유치했다": the sources (and a partner joined to one: "A와 C로부터") invest in
// the subject raising the money.
void SentenceReader::raisedFrom(std::size_t trigger, const std::vector<std::size_t> &subjects,
                                std::vector<Found> &out) const
{
    // "A와 B로부터": the first investor of the pair carries 와.
    std::vector<std::size_t> investors = withRole(Role::Source, trigger);
    for (const std::size_t c : withRole(Role::Comitative, trigger)) {
        if (c + 1 < m_args.size() && m_args[c + 1].first == m_args[c].after && m_args[c + 1].role == Role::Source)
            investors.push_back(c);
    }
    const bool anySubject = std::ranges::any_of(subjects, [&](std::size_t s) { return isOrg(s); });
    for (const std::size_t inv : investors) {
        if (!isOrg(inv))
            continue;
        // "A는 B로부터, C는 D로부터 투자를 받았다": each investor goes with the subject nearest
        // before it; a sentence with no subject leaves it to the topic before it.
        std::size_t raiser = m_args.size();
        for (const std::size_t s : subjects) {
            if (isOrg(s) && (s < inv || raiser == m_args.size()))
                raiser = s;
        }
        if (raiser != m_args.size())
            out.push_back({inv, raiser, "investment", 0.9});
        else if (!anySubject)
            out.push_back({inv, kDropped, "investment", 0.7});
    }
}

// investment: "A가 B에 투자" (A → B); "A가 B로부터 투자를 유치" (B → A); "A가 B의 지분".
// Money put into an initiative funds it.
void SentenceReader::investment(std::size_t trigger, std::vector<Found> &out) const
{
    // "…로부터 투자를 유치했다 / 받았다", "…로부터 투자받았다": the subject raised it.
    bool raised =
        m_toks[trigger].text.find(U"유치") != std::u32string::npos || m_toks[trigger].text.starts_with(U"투자받");
    for (std::size_t k = trigger + 1; k < m_last && k <= trigger + 2; ++k)
        raised = raised || m_toks[k].text.starts_with(U"유치") || m_toks[k].text.starts_with(U"받");
    const auto subjects = withRole(Role::Subject, trigger);
    if (raised) {
        raisedFrom(trigger, subjects, out);
        return;
    }
    if (investedBy(trigger, out) || foundedWithCapital(trigger, out))
        return;
    std::vector<std::size_t> targets = withRole(Role::Dative, trigger);
    // "B의 지분", "B의 시드 투자를", "A와 B도 C 지분을": the company whose shares are bought, right
    // before the word.
    // Shares bought in a takeover ("A는 B 지분 100%를 인수") are an acquisition, not an investment.
    const bool takeover = m_toks[trigger].text.starts_with(U"지분") && mentions("takeover_word");
    for (std::size_t g = 0; g < m_args.size() && !takeover; ++g) {
        const bool genitive =
            m_args[g].role == Role::Genitive || (m_args[g].role == Role::None && m_args[g].tail.empty());
        if (genitive && m_args[g].first < trigger && m_args[g].after <= trigger && trigger <= m_args[g].after + 2)
            targets.push_back(g);
    }
    // "B가 진행 중인 시리즈C 라운드에 … 투자": the company whose round it is.
    if (std::ranges::none_of(targets, [&](std::size_t t) { return isOrg(t); })) {
        for (std::size_t k = m_first; k < trigger; ++k) {
            if (roundWord(k) && m_toks[k].tail.starts_with(U"에")) {
                if (const std::size_t t = orgBeforeRound(k); t != m_args.size())
                    targets.push_back(t);
                break;
            }
        }
    }
    // "A와 B도 C 지분을 나눠 갖고 있다": a partner joined to a subject invests with it. A fund
    // that is the subject ("A는 'X 펀드'가 B에 투자했다고") is the investor, not its manager.
    std::vector<std::size_t> investors = subjects;
    for (const std::size_t c : withRole(Role::Comitative, trigger)) {
        if (c + 1 < m_args.size() && m_args[c + 1].first == m_args[c].after && m_args[c + 1].role == Role::Subject)
            investors.push_back(c);
    }
    std::ranges::sort(investors);
    const bool byFund = std::ranges::any_of(investors, [&](std::size_t i) {
        return m_args[i].initiative && m_initiatives[m_args[i].entity].kind == "fund" && m_args[i].tail != U"은"
               && m_args[i].tail != U"는";
    });
    std::erase_if(investors, [&](std::size_t i) { return byFund ? !m_args[i].initiative : !isOrg(i); });
    // "A는 B에, C는 D에 투자": each investor goes with the nearest goal after it, else the
    // nearest before it ("A는 B에 투자했고, C도 지분을 갖고 있다").
    std::ranges::sort(targets);
    for (const std::size_t s : investors) {
        std::size_t goal = m_args.size();
        for (const std::size_t t : targets) {
            if (t > s && goal == m_args.size())
                goal = t;
        }
        if (goal == m_args.size()) {
            for (const std::size_t t : targets) {
                if (t < s)
                    goal = t;
            }
        }
        // Several goals of one investor ("A는 B와 C에 투자") all take its money.
        for (const std::size_t t : targets) {
            const bool same = t == goal
                              || (t > s && goal > s && m_args[t].role == m_args[goal].role && t < goal + 3
                                  && std::ranges::none_of(investors, [&](std::size_t o) { return o > goal && o < t; }));
            if (t != s && same)
                out.push_back({s, t, isOrg(t) ? "investment" : "funds", 0.8});
        }
    }
    // "C는 약 50억 원을 출자해 지분 일부를 확보했다": money put in with no goal named goes to the
    // company that raised a round in the sentences before.
    if (targets.empty() && hasMoney()
        && (m_toks[trigger].text.starts_with(U"출자") || m_toks[trigger].text.starts_with(U"지분"))) {
        for (const std::size_t s : investors)
            out.push_back({s, kRaiserOnly, "investment", 0.6});
    }
}

std::vector<std::pair<Found, std::size_t>> SentenceReader::funders() const
{
    std::vector<std::pair<Found, std::size_t>> out;
    const auto r = std::ranges::find_if(m_args, [](const Arg &a) { return a.funded; });
    if (r == m_args.end() || !hasMoney())
        return out;
    const auto referent = static_cast<std::size_t>(r - m_args.begin());
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        const auto &a = m_args[i];
        if (!isOrg(i) || isAlliance(i) || a.referent || (!r->referent && a.first < r->first))
            continue;
        // "과기정통부 국비 40억 원": the body whose budget it is, named right before the word.
        const bool budget = a.role == Role::None && a.tail.empty() && a.after < m_last
                            && m_lex.has("budget_word", m_toks[a.after].stem);
        if (a.role == Role::Subject || budget)
            out.push_back({Found{i, referent, "funds", 0.6}, r->referent ? r->first : r->after});
    }
    return out;
}

// A word that names a funding round: 라운드, 시리즈A…, 투자자, 투자사, "이번 투자", "후속 투자".
bool SentenceReader::roundWord(std::size_t k) const
{
    const auto &w = m_toks[k].text;
    if (m_toks[k].punct)
        return false;
    if (w.find(U"라운드") != std::u32string::npos || w.starts_with(U"시리즈") || w.starts_with(U"투자자")
        || w.starts_with(U"투자사"))
        return true;
    if (w.starts_with(U"투자") && k > m_first && (m_toks[k - 1].text == U"이번" || m_toks[k - 1].text == U"후속"))
        return true;
    return false;
}

// The organisation whose round the word at k names: right before it (의 or bare, up to two words
// between: "B의 시리즈A 라운드", "B 시리즈B"), or its subject with no lead verb between ("B가 진행
// 중인 시리즈C 라운드"); m_args.size() for none.
std::size_t SentenceReader::orgBeforeRound(std::size_t k) const
{
    std::size_t found = m_args.size();
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        const auto &a = m_args[i];
        if (!isOrg(i) || a.after > k || k > a.after + 3)
            continue;
        bool lead = false;
        for (std::size_t j = a.after; j < k; ++j)
            lead = lead || m_lex.startsWithForm("round_verb", m_toks[j].text);
        const bool possessor =
            (a.role == Role::Genitive || (a.role == Role::None && a.tail.empty())) && k <= a.after + 2;
        // The subject of an adnominal clause ("B가 진행 중인", "B가 추진하는"), never a lead's.
        bool adnominal = false;
        for (std::size_t j = a.after; j < k; ++j)
            adnominal = adnominal || m_toks[j].text.ends_with(U"인") || m_toks[j].text.ends_with(U"는");
        const bool subject = (a.tail == U"이" || a.tail == U"가") && adnominal && !lead;
        if (possessor || subject)
            found = i;
    }
    return found;
}

// The token that says money was raised (유치, 투자받다, 투자를 받다), else m_last.
std::size_t SentenceReader::raisedAt() const
{
    for (std::size_t k = m_first; k < m_last; ++k) {
        const auto &w = m_toks[k].text;
        if ((w.starts_with(U"유치") && !w.starts_with(U"유치원")) || w.starts_with(U"투자받")
            || (w == U"투자를" && k + 1 < m_last && m_toks[k + 1].text.starts_with(U"받")))
            return k;
    }
    return m_last;
}

std::size_t SentenceReader::raiser() const
{
    const std::size_t at = raisedAt();
    if (at == m_last)
        return m_args.size();
    std::size_t found = m_args.size();
    for (std::size_t i = 0; i < m_args.size() && m_args[i].first < at; ++i) {
        if (!isOrg(i) || m_args[i].role != Role::Subject || m_args[i].tail == U"도")
            continue;
        if (m_args[i].tail == U"은" || m_args[i].tail == U"는")
            return i;
        found = i;
    }
    return found;
}

std::size_t SentenceReader::topic() const
{
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        if (isOrg(i) && (m_args[i].tail == U"은" || m_args[i].tail == U"는"))
            return i;
    }
    return m_args.size();
}

// "이번 라운드는 A가 주도했고 B와 C가 참여했다", "기존 투자자인 D도 후속 투자에 나섰다", "시리즈A를
// 이끈 E도": in a sentence that names a round (roundWord) and its lead or taking part
// (`round_verb`: 주도, 이끌, 리드, 참여, 합류; 이름을 올리다; 후속 투자), the subjects, the partners
// joined to them and the organisation right after a lead verb's adnominal form invest in the
// company whose round it is (orgBeforeRound), else the one the sentence says raised it, else the
// one that raised money in the sentences before (kRaiser). A sentence with a company as the goal
// (에) of an investment is read by investment().
std::vector<std::pair<Found, std::size_t>> SentenceReader::roundInvestors() const
{
    std::vector<std::pair<Found, std::size_t>> out;
    std::size_t roundTok = m_last;
    bool verb = false;
    const auto leadVerb = [&](std::size_t k) { return m_lex.startsWithForm("round_verb", m_toks[k].text); };
    for (std::size_t k = m_first; k < m_last; ++k) {
        if (roundTok == m_last && roundWord(k))
            roundTok = k;
        verb = verb || leadVerb(k)
               || (m_toks[k].text == U"이름을" && k + 1 < m_last && m_toks[k + 1].text.starts_with(U"올"))
               || (m_toks[k].text == U"후속" && k + 1 < m_last && m_toks[k + 1].text.starts_with(U"투자"));
    }
    // "D는 이번 라운드에 참여하지 않았다": a round it stayed out of.
    const bool negated = std::ranges::any_of(m_toks.begin() + static_cast<std::ptrdiff_t>(m_first),
                                             m_toks.begin() + static_cast<std::ptrdiff_t>(m_last),
                                             [](const Token &t) { return t.text.starts_with(U"않"); });
    if (roundTok == m_last || !verb || negated)
        return out;
    if (std::ranges::any_of(m_args, [&](const Arg &a) { return !a.initiative && a.role == Role::Dative; }))
        return out;
    std::size_t target = m_args.size();
    for (std::size_t k = roundTok; k < m_last && target == m_args.size(); ++k) {
        if (roundWord(k))
            target = orgBeforeRound(k);
    }
    if (target == m_args.size())
        target = raiser();
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        if (!isOrg(i) || i == target || isAlliance(i))
            continue;
        const auto &a = m_args[i];
        const bool subject = a.role == Role::Subject;
        // "B와 C가 참여했다", C a name the recognisers do not hold: a word with a subject particle
        // right after B closes the pair.
        const bool unnamedNext = a.after < m_last && !m_toks[a.after].punct
                                 && (m_toks[a.after].tail == U"가" || m_toks[a.after].tail == U"이")
                                 && std::ranges::none_of(m_args, [&](const Arg &o) { return o.first == a.after; });
        const bool partner =
            a.role == Role::Comitative
            && ((i + 1 < m_args.size() && m_args[i + 1].first == a.after && m_args[i + 1].role == Role::Subject)
                || unnamedNext);
        if (a.counted && target < m_args.size() && m_args[target].counted)
            continue; // "두 회사 모두 시리즈B 이후 후속 투자 유치가 늦어지자": not each other's investors
        const bool led = a.first > m_first && leadVerb(a.first - 1)
                         && (m_toks[a.first - 1].text.ends_with(U"한") || m_toks[a.first - 1].text.ends_with(U"끈"));
        if (subject || partner || led)
            out.push_back({Found{i, target == m_args.size() ? kRaiser : target, "investment", 0.7}, roundTok});
    }
    return out;
}

// The organisation named within `span` tokens after token k (the first), or m_args.size().
std::size_t SentenceReader::orgAfter(std::size_t k, std::size_t span) const
{
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        if (isOrg(i) && m_args[i].first > k && m_args[i].first <= k + span)
            return i;
    }
    return m_args.size();
}

// The organisations of a list that opens with arg i ("A와 B", "A, B 등"): i and each next
// organisation joined to the one before by 와/과 or a list separator (words between allowed up to
// `gap`).
std::vector<std::size_t> SentenceReader::listFrom(std::size_t i, std::size_t gap) const
{
    std::vector<std::size_t> out{i};
    while (i + 1 < m_args.size() && isOrg(i + 1)) {
        const auto &a = m_args[i];
        const bool joined = a.role == Role::Comitative
                            || (a.tail.empty() && a.after < m_last
                                && (m_toks[a.after].ch() == U',' || isListDot(m_toks[a.after].ch())));
        if (!joined || m_args[i + 1].first > a.after + gap)
            break;
        out.push_back(++i);
    }
    return out;
}

// "B에 투자한 A", "B에 시드 투자를 한 A", "B에 투자했던 A": the verb's adnominal form describes the
// investor named right after it; the company invested in is the goal (에) before the verb.
bool SentenceReader::investedBy(std::size_t trigger, std::vector<Found> &out) const
{
    const auto adnominal = [](std::u32string_view w) {
        return w.ends_with(U"한") || w.ends_with(U"했던") || w.ends_with(U"하던") || w.ends_with(U"해온")
               || w.ends_with(U"해 온");
    };
    std::size_t verb = trigger;
    if (!adnominal(m_toks[trigger].text)) {
        if (trigger + 1 >= m_last || !(m_toks[trigger + 1].text == U"한" || m_toks[trigger + 1].text == U"했던"))
            return false;
        verb = trigger + 1;
    }
    std::size_t target = m_args.size();
    for (const std::size_t d : withRole(Role::Dative, trigger)) {
        if (isOrg(d) && m_args[d].after + 2 >= trigger)
            target = d;
    }
    const std::size_t investor = orgAfter(verb, 1);
    if (target == m_args.size() || investor == m_args.size() || investor == target)
        return false;
    out.push_back({investor, target, "investment", 0.8});
    return true;
}

// "B의 최대 투자자인 A", "B의 기존 투자사인 A와 C", "B의 최대주주인 A": the investors of the
// company named before the noun (의, up to two words between) are named right after it.
bool SentenceReader::investorOf(std::size_t trigger, std::vector<Found> &out) const
{
    std::size_t company = m_args.size();
    for (const std::size_t g : withRole(Role::Genitive, trigger)) {
        if (isOrg(g) && m_args[g].after <= trigger && trigger <= m_args[g].after + 2)
            company = g;
    }
    const std::size_t first = orgAfter(trigger, 4);
    if (company == m_args.size() || first == m_args.size())
        return false;
    for (const std::size_t investor : listFrom(first, 3)) {
        if (investor != company)
            out.push_back({investor, company, "investment", 0.8});
    }
    return true;
}

// "B는 A, C 등 N곳이 공동 출자해 세운 회사다", "B는 A와 C가 출자한 벤처캐피털이다": the companies
// that put in the capital (subjects or partners before the verb) invest in the topic before them.
bool SentenceReader::foundedWithCapital(std::size_t trigger, std::vector<Found> &out) const
{
    if (!m_toks[trigger].text.starts_with(U"출자"))
        return false;
    std::size_t topic = m_args.size();
    for (std::size_t i = 0; i < m_args.size() && m_args[i].first < trigger; ++i) {
        if (isOrg(i) && (m_args[i].tail == U"은" || m_args[i].tail == U"는")) {
            topic = i;
            break;
        }
    }
    if (topic == m_args.size())
        return false;
    bool any = false;
    for (std::size_t i = topic + 1; i < m_args.size() && m_args[i].first < trigger; ++i) {
        // Subjects, partners, and a last list item closed by 등 ("A와 B 등 계열사들이").
        const bool founder =
            m_args[i].role == Role::Subject || m_args[i].role == Role::Comitative
            || (m_args[i].role == Role::None && m_args[i].after > 0 && m_toks[m_args[i].after - 1].stem == U"등");
        if (isOrg(i) && founder && m_args[i].tail != U"은" && m_args[i].tail != U"는"
            && m_args[i].entity != m_args[topic].entity) {
            out.push_back({i, topic, "investment", 0.7});
            any = true;
        }
    }
    return any;
}

// "A는 B와 함께 X를 개발한다": a partnership of the subject before the partner, unless the partner
// closes a list or the sentence is about taking part in something (then both take part;
// participation() reads it).
void SentenceReader::together(std::size_t trigger, std::vector<Found> &out) const
{
    for (std::size_t k = m_first; k < m_last; ++k) {
        for (const auto &form : m_lex.forms("relation_trigger")) {
            if (m_toks[k].text.starts_with(form) && m_lex.note("relation_trigger", form) == "participation")
                return;
        }
    }
    std::size_t partner = m_args.size();
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        if (isOrg(i) && m_args[i].role == Role::Comitative && m_args[i].after == trigger)
            partner = i;
    }
    // "A가 B, C와 함께": co-actors of a joint move, not a partnership of two.
    if (partner == m_args.size()
        || (m_args[partner].first > m_first
            && (m_toks[m_args[partner].first - 1].ch() == U',' || isListDot(m_toks[m_args[partner].first - 1].ch()))))
        return;
    std::size_t subject = m_args.size();
    for (const std::size_t s : withRole(Role::Subject, m_args[partner].first)) {
        if (isOrg(s) && m_args[s].tail != U"도")
            subject = s;
    }
    if (subject != m_args.size())
        out.push_back({subject, partner, "partnership", 0.6});
    else if (subjectUnsaid(trigger))
        out.push_back({partner, kDropped, "partnership", 0.6});
}

// acquisition: "A가 B를 인수", "A의 B 인수", "A는 B 지분 100%를 인수".
void SentenceReader::acquisition(std::size_t trigger, std::vector<Found> &out) const
{
    for (std::size_t o = 0; o < m_args.size(); ++o) {
        const auto &a = m_args[o];
        const bool bare = a.role == Role::Genitive || (a.role == Role::None && a.tail.empty());
        if (!isOrg(o) || !bare || a.after >= trigger || !m_toks[a.after].text.starts_with(U"지분"))
            continue;
        for (const std::size_t s : withRole(Role::Subject, a.first)) {
            if (isOrg(s))
                out.push_back({s, o, "acquisition", 0.8});
        }
    }
    for (const std::size_t s : withRole(Role::Subject, trigger)) {
        for (const std::size_t o : withRole(Role::Object, trigger)) {
            if (isOrg(s) && isOrg(o) && s < o)
                out.push_back({s, o, "acquisition", 0.9});
        }
    }
    for (const std::size_t g : withRole(Role::Genitive, trigger)) {
        const std::size_t o = g + 1;
        if (o < m_args.size() && isOrg(g) && isOrg(o) && m_args[o].first == m_args[g].after && m_args[o].after == trigger)
            out.push_back({g, o, "acquisition", 0.8});
    }
}

// A word of `category` opens one of the sentence's tokens.
bool SentenceReader::mentions(LexiconCategory category) const
{
    for (std::size_t k = m_first; k < m_last; ++k) {
        if (m_lex.startsWithForm(category, m_toks[k].text)) // a token's first letter rules most forms out
            return true;
    }
    return false;
}

// supply: "A가 B에 공급·납품" (A → B); "A가 B로부터 수주", "A가 B의 … 수주" (A → B);
// "A가 B와 공급 계약" (A → B); "A와 B는 공급 계약" (direction guessed: the first named).
void SentenceReader::supply(std::size_t trigger, const std::string &kind, std::vector<Found> &out) const
{
    if (kind == "supply_mounted") {
        mounted(trigger, out);
        return;
    }
    if (kind == "supply_bought") {
        bought(trigger, out);
        return;
    }
    const auto subjects = withRole(Role::Subject, trigger);
    std::vector<std::size_t> buyers;
    double confidence = 0.8;
    // "B는 A로부터 HBM을 공급받는다": the source supplies the subject (or the topic before it).
    if (kind == "supply" && m_toks[trigger].text.starts_with(U"공급받")) {
        std::size_t buyer = m_args.size();
        for (const std::size_t s : subjects) {
            if (isOrg(s) && buyer == m_args.size())
                buyer = s;
        }
        for (const std::size_t src : withRole(Role::Source, trigger)) {
            if (isOrg(src) && src != buyer)
                out.push_back({src, buyer == m_args.size() ? kDropped : buyer, "supply", 0.7});
        }
        return;
    }
    // "B는 A와 설계 서비스 계약을 맺었다", "B는 A와 2나노 공정 위탁생산 계약을": a contract for a
    // service the partner renders (`service_word`) and no goods sold (공급, 납품) makes the partner
    // the supplier.
    if (kind == "supply_contract" && mentions("service_word") && !mentions("sale_word")) {
        for (const std::size_t p : withRole(Role::Comitative, trigger)) {
            if (!isOrg(p)
                || (p + 1 < m_args.size() && m_args[p + 1].first == m_args[p].after
                    && m_args[p + 1].role == Role::Subject))
                continue;
            for (const std::size_t s : subjects) {
                if (isOrg(s) && s < p)
                    out.push_back({p, s, "supply", 0.7});
            }
        }
        return;
    }
    if (kind == "supply") {
        buyers = withRole(Role::Dative, trigger);
    } else if (kind == "supply_order") {
        buyers = withRole(Role::Source, trigger);
        for (const std::size_t g : withRole(Role::Genitive, trigger))
            buyers.push_back(g);
    } else { // supply_contract: a contract to supply or produce (`supply_word`)
        if (!mentions("supply_word"))
            return;
        buyers = withRole(Role::Comitative, trigger);
        confidence = 0.7;
    }
    for (const std::size_t b : buyers) {
        if (!isOrg(b))
            continue;
        // "A와 B는 … 공급 계약": the pair is the two parties.
        if (kind == "supply_contract" && b + 1 < m_args.size() && m_args[b + 1].first == m_args[b].after
            && m_args[b + 1].role == Role::Subject && isOrg(b + 1)) {
            out.push_back({b, b + 1, "supply", 0.5});
            continue;
        }
        for (const std::size_t s : subjects) {
            if (isOrg(s) && s != b)
                out.push_back({s, b, "supply", confidence});
        }
    }
}

// "A의 가속기에는 B와 C의 HBM이 탑재된다", "A는 신제품에 B의 칩을 탑재했다": the makers of the part
// (B, C: named with 의 before it) supply the maker of the product (A: 의 before the product the
// part goes in, or the subject).
void SentenceReader::mounted(std::size_t trigger, std::vector<Found> &out) const
{
    std::size_t customer = m_args.size();
    for (std::size_t i = 0; i < m_args.size() && m_args[i].first < trigger && customer == m_args.size(); ++i) {
        if (!isOrg(i))
            continue;
        if (m_args[i].role == Role::Subject)
            customer = i;
        for (std::size_t k = m_args[i].after;
             m_args[i].role == Role::Genitive && k < trigger && k < m_args[i].after + 3; ++k) {
            if (m_toks[k].tail == U"에" || m_toks[k].tail == U"에는") {
                customer = i;
                break;
            }
        }
    }
    if (customer == m_args.size())
        return;
    for (std::size_t i = customer + 1; i < m_args.size() && m_args[i].first < trigger; ++i) {
        const bool genitive = m_args[i].role == Role::Genitive;
        // "B와 C의 HBM": the first maker of a pair joined by 와/과.
        const bool pair = m_args[i].role == Role::Comitative && i + 1 < m_args.size()
                          && m_args[i + 1].first == m_args[i].after && m_args[i + 1].role == Role::Genitive;
        if (isOrg(i) && (genitive || pair) && m_args[i].entity != m_args[customer].entity)
            out.push_back({i, customer, "supply", 0.6});
    }
}

// subsidiary_of: "P의 자회사 C", "P 산하 C", "C는 P의 자회사"; "C의 모회사 P".
void SentenceReader::subsidiary(std::size_t trigger, const std::string &kind, std::vector<Found> &out) const
{
    std::size_t before = m_args.size();
    std::size_t after = m_args.size();
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        const auto &a = m_args[i];
        // "P의 자회사", "P의 100% 자회사", "P의 반도체 전문 자회사인": up to three words between
        // after 의, two after a bare name.
        if (isOrg(i) && a.after <= trigger
            && ((a.role == Role::Genitive && trigger <= a.after + 3)
                || (a.role == Role::None && trigger <= a.after + 2)))
            before = i;
        if (isOrg(i) && a.first > trigger && a.first <= trigger + 3 && after == m_args.size())
            after = i;
    }
    if (before == m_args.size()) {
        // "C는 P가 지분 100%를 보유한 자회사로": the first subject is the child, the last the parent.
        const auto subjects = withRole(Role::Subject, trigger);
        if (kind == "subsidiary" && subjects.size() >= 2 && isOrg(subjects.front()) && isOrg(subjects.back()))
            out.push_back({subjects.front(), subjects.back(), "subsidiary_of", 0.7});
        // "P는 새너제이에 100% 자회사 'C'를 세웠다": the child named right after the word, the
        // subject before it its parent (or the topic before the sentence).
        else if (kind == "subsidiary" && m_toks[trigger].text.starts_with(U"자회사") && after != m_args.size()
                 && subjects.size() <= 1) {
            const bool parentNamed = subjects.size() == 1 && isOrg(subjects.front()) && subjects.front() != after;
            out.push_back({after, parentNamed ? subjects.front() : kDropped, "subsidiary_of", 0.6});
        }
        return;
    }
    if (kind == "parent") {
        if (after != m_args.size())
            out.push_back({before, after, "subsidiary_of", 0.8});
        return;
    }
    std::size_t child = after;
    if (child == m_args.size()) {
        // "C는 P가 … 분사시킨 P 자회사다": the subject nearest before that is not the parent.
        for (const std::size_t s : withRole(Role::Subject, m_args[before].first)) {
            if (isOrg(s) && m_args[s].entity != m_args[before].entity)
                child = s;
        }
    }
    if (child != m_args.size() && child != before)
        out.push_back({child, before, "subsidiary_of", 0.8});
}

// A verb of leading or joining a consortium at token k: 주관하다, 이끌다, 이름을 올리다.
bool SentenceReader::consortiumVerb(std::size_t k) const
{
    const auto &w = m_toks[k].text;
    if (m_toks[k].punct)
        return false;
    if (w.starts_with(U"주관하") || w.starts_with(U"주관해") || w.starts_with(U"이끌") || w.starts_with(U"이끈")
        || w.starts_with(U"이끄"))
        return true;
    return w == U"이름을" && k + 1 < m_last && m_toks[k + 1].text.starts_with(U"올");
}

// participates_in: organisations that are subjects of 참여, 참가, 선정, 가입 and an initiative
// (or an alliance) the sentence names before the verb.
void SentenceReader::participation(std::size_t trigger, std::vector<Found> &out) const
{
    std::vector<std::size_t> targets;
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        if ((m_args[i].first < trigger || (m_args[i].referent && m_args[i].first == trigger))
            && (m_args[i].initiative || (isAlliance(i) && (m_args[i].role == Role::Dative || m_args[i].referent))))
            targets.push_back(i);
    }
    // The participants: subjects, and the bare items of a list ("선정된 기업은 A, B, C 등 15곳이다",
    // "A·B 컨소시엄이 선정됐다"); never the initiative's owner.
    for (const std::size_t t : targets) {
        const auto &owners = m_args[t].initiative ? m_initiatives[m_args[t].entity].owners : std::vector<std::string>{};
        // "O가 추진하는 'X'": the subject of the clause before X is its owner, not a participant.
        const std::size_t clause = clauseOwner(t);
        const std::size_t before = out.size();
        bool partnersOnly = true; // "(B는) 'X'에 C, D와 함께 참여하고 있다": B, unsaid, takes part too
        for (std::size_t s = 0; s < m_args.size(); ++s) {
            // Partners too: "이 사업에는 A, B 등 칩 기업과 C, D 등 클라우드 기업이 참여한다".
            // The lead of a consortium: "A 컨소시엄", "A를 주관사로".
            const auto next =
                m_args[s].after < m_last ? std::u32string_view(m_toks[m_args[s].after].text) : std::u32string_view();
            const bool lead =
                (m_args[s].role == Role::None && m_args[s].tail.empty() && next.starts_with(U"컨소시엄"))
                || (m_args[s].role == Role::Object && (next.starts_with(U"주관사") || next.starts_with(U"주관기관")));
            const bool participant = m_args[s].role == Role::Subject || m_args[s].role == Role::Comitative
                                     || (m_args[s].role == Role::None && m_args[s].tail.empty() && listItem(s)) || lead;
            if (!participant || !isOrg(s) || isAlliance(s) || s == t || s == clause)
                continue;
            if (std::ranges::find(owners, m_orgs[m_args[s].entity].name) != owners.end())
                continue;
            out.push_back({s, t, "participates_in", 0.7});
            partnersOnly = partnersOnly && m_args[s].role == Role::Comitative;
            // "S는 O의 'X' 프로그램에 선정돼 … 지원받는다": the body whose programme it is funds S.
            const std::size_t o = ownerBefore(t) != m_args.size() ? ownerBefore(t) : clause;
            if (o != m_args.size() && o != s && m_orgs[m_args[s].entity].kind != "government" && supported())
                out.push_back({o, s, "funds", 0.6});
        }
        if (out.size() == before || partnersOnly)
            joinedUnsaid(trigger, t, out);
    }
}

// Arg i is an item of a list: a separator (comma, list dot, 및) or 등 right after it, or a separator
// right before it.
bool SentenceReader::listItem(std::size_t i) const
{
    const auto &a = m_args[i];
    const auto separator = [&](std::size_t k) {
        return m_toks[k].ch() == U',' || isListDot(m_toks[k].ch()) || m_toks[k].text == U"및";
    };
    if (a.after > 0 && a.after - 1 < m_toks.size() && m_toks[a.after - 1].stem == U"등")
        return true;
    return (a.after < m_last && (separator(a.after) || m_toks[a.after].stem == U"등"))
           || (a.first > m_first && separator(a.first - 1));
}

// The organisation named with 의 right before arg t (a quotation mark may stand between), or
// m_args.size().
std::size_t SentenceReader::ownerBefore(std::size_t t) const
{
    for (std::size_t g = 0; g < m_args.size(); ++g) {
        if (isOrg(g) && m_args[g].role == Role::Genitive && m_args[g].after <= m_args[t].first
            && m_args[t].first <= m_args[g].after + 1)
            return g;
    }
    return m_args.size();
}

// The sentence says its subject receives support: 지원받다, 지원을 받다, or a grant word
// (`grant_word`) with 받다 after it ("사업화 자금을 받고 있다", "정부 지원금 45억 원을 받는다").
bool SentenceReader::supported() const
{
    bool grant = false;
    for (std::size_t k = m_first; k < m_last; ++k) {
        const auto &w = m_toks[k].text;
        if (w.starts_with(U"지원받") || (w == U"지원을" && k + 1 < m_last && m_toks[k + 1].text.starts_with(U"받")))
            return true;
        if (grant && w.starts_with(U"받"))
            return true;
        grant = grant || std::ranges::any_of(m_lex.forms("grant_word"), [&](const std::u32string &g) {
                    return w.find(g) != std::u32string::npos;
                });
    }
    return false;
}

// "X는 A, B, C가 설립한 연합", "A와 B가 결성한 X": the founders of an alliance take part in it.
void SentenceReader::founders(std::size_t trigger, std::vector<Found> &out) const
{
    std::size_t alliance = m_args.size();
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        if (isAlliance(i) && alliance == m_args.size())
            alliance = i;
    }
    if (alliance == m_args.size())
        return;
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        // Subjects, partners, and a last list item closed by 등 ("A와 B 등 계열사들이").
        // Bare list items too ("A, B, e&, C가": a list whose particle the reader cannot reach).
        const bool founder =
            m_args[i].role == Role::Subject || m_args[i].role == Role::Comitative
            || (m_args[i].role == Role::None && m_args[i].after > 0 && m_toks[m_args[i].after - 1].stem == U"등")
            || (m_args[i].role == Role::None && m_args[i].tail.empty() && listItem(i));
        if (i != alliance && isOrg(i) && !isAlliance(i) && founder && m_args[i].first < trigger)
            out.push_back({i, alliance, "participates_in", 0.8});
    }
}

// funds: "A가 B에 보조금·출연금을", "A가 X 사업에 예산 N원을 투입".
void SentenceReader::funding(std::size_t trigger, std::vector<Found> &out) const
{
    (void)trigger;
    for (const std::size_t s : withRole(Role::Subject, m_last)) {
        for (const std::size_t d : withRole(Role::Dative, m_last)) {
            if (isOrg(s) && d != s)
                out.push_back({s, d, "funds", 0.7});
        }
    }
}

// "B는 A로부터 연구비 42억 원을 지원받는다", "A의 과제비를 지원받아": the body the support comes
// from (로부터, or 의 right before the grant word) funds the subject, or the topic before it when
// the sentence leaves it unsaid.
void SentenceReader::fundedBy(std::size_t trigger, std::vector<Found> &out) const
{
    std::vector<std::size_t> sources;
    for (std::size_t i = 0; i < m_args.size() && m_args[i].first < trigger; ++i) {
        const bool source = m_args[i].role == Role::Source;
        const bool grant = m_args[i].role == Role::Genitive && m_args[i].after < trigger
                           && std::ranges::any_of(m_lex.forms("grant_word"), [&](const std::u32string &w) {
                                  return m_toks[m_args[i].after].text.find(w) != std::u32string::npos
                                         || (m_args[i].after + 1 < trigger
                                             && m_toks[m_args[i].after + 1].text.find(w) != std::u32string::npos);
                              });
        if (isOrg(i) && (source || grant))
            sources.push_back(i);
    }
    std::size_t subject = m_args.size();
    for (const std::size_t s : withRole(Role::Subject, trigger)) {
        if (isOrg(s) && subject == m_args.size())
            subject = s;
    }
    for (const std::size_t src : sources) {
        if (subject != src)
            out.push_back({src, subject == m_args.size() ? kDropped : subject, "funds", 0.6});
    }
}

std::vector<Found> SentenceReader::read(std::size_t trigger, const std::string &kind) const
{
    std::vector<Found> out;
    if (kind == "funded_by")
        fundedBy(trigger, out);
    else if (kind == "partnership" || kind == "merger")
        symmetric(trigger, kind, out);
    else if (kind == "investment")
        investment(trigger, out);
    else if (kind == "investor_of")
        investorOf(trigger, out);
    else if (kind == "together")
        together(trigger, out);
    else if (kind == "acquisition")
        acquisition(trigger, out);
    else if (kind.starts_with("supply"))
        supply(trigger, kind, out);
    else if (kind == "subsidiary" || kind == "parent")
        subsidiary(trigger, kind, out);
    else if (kind == "participation")
        participation(trigger, out);
    else if (kind == "founding")
        founders(trigger, out);
    else if (kind == "funds")
        funding(trigger, out);
    else if (kind == "consortium")
        consortium(trigger, out);
    return out;
}

// "A·B 컨소시엄": the members named right before the word are partners.
void SentenceReader::consortium(std::size_t trigger, std::vector<Found> &out) const
{
    std::vector<std::size_t> members;
    std::size_t next = trigger;
    for (std::size_t i = m_args.size(); i-- > 0;) {
        const auto &a = m_args[i];
        if (a.first >= next)
            continue;
        if (!isOrg(i) || !a.tail.empty() || (a.after != next && !(a.after + 1 == next && isListDot(m_toks[a.after].ch()))))
            break;
        members.push_back(i);
        next = a.first;
    }
    for (std::size_t a = 0; a < members.size(); ++a)
        for (std::size_t b = a + 1; b < members.size(); ++b)
            out.push_back({members[b], members[a], "partnership", 0.8});
}

// "기획투자부 국가혁신센터": a unit (`unit_suffix`: 센터, 연구소…) named right after a government
// body, university or institute is part of it.
std::vector<Found> SentenceReader::unitsOfParents() const
{
    std::vector<Found> out;
    for (std::size_t i = 0; i + 1 < m_args.size(); ++i) {
        const auto &p = m_args[i];
        const auto &u = m_args[i + 1];
        if (!isOrg(i) || !isOrg(i + 1) || !p.tail.empty() || u.first != p.after || p.entity == u.entity)
            continue;
        const auto &parent = m_orgs[p.entity];
        const auto &unit = m_orgs[u.entity];
        const bool parentKind = parent.kind == "government" || parent.kind == "university" || parent.kind == "research";
        if (parentKind && unit.kind != "company" && !m_lex.suffixIn("unit_suffix", u32(unit.name)).empty())
            out.push_back({i + 1, i, "subsidiary_of", 0.7});
    }
    return out;
}

} // namespace sillok::core::extract::relation
