// Private to core/extract: the investment patterns of SentenceReader (relation_reader.h): who
// invests in whom ("A가 B에 투자", "B는 A로부터 투자를 유치"), the investors of a funding round, an
// investor named by the adnominal verb or noun before it, and the companies that put in capital.
#include "extract/relation_reader.h"

#include <algorithm>

namespace sillok::core::extract::relation {

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

} // namespace sillok::core::extract::relation
