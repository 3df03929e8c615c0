// Private to core/extract: the patterns of SentenceReader (relation_reader.h) for deals between
// companies: partnership and merger (symmetric, together), acquisition, supply (and parts mounted
// in a product) and subsidiaries.
#include "extract/relation_reader.h"

#include "extract/text_scan.h"

namespace sillok::core::extract::relation {

// partnership, merger: "A와 B는 … 협약", "A는 B와 …", "B와의 협력 … A는"; a merger also "A가 B를 합병".
void SentenceReader::symmetric(std::size_t trigger, const std::string &predicate, std::vector<Found> &out) const
{
    // "A와 B, C는 … 협약": every pair of a coordinated run closed by a subject.
    for (std::size_t end = 0; end < m_args.size() && predicate == "partnership"; ++end) {
        if (m_args[end].role != Role::Subject || !isOrg(end) || m_args[end].first >= trigger)
            continue;
        std::size_t begin = end;
        // Items joined by 와/과, or bare items that took the list's particle.
        while (begin > 0 && isOrg(begin - 1)
               && (m_args[begin - 1].role == Role::Comitative || m_args[begin - 1].tail.empty())
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
        if (c + 1 < m_args.size() && m_args[c + 1].first == m_args[c].after && m_args[c + 1].role == Role::Subject
            && isOrg(c + 1)) {
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
        if (o < m_args.size() && isOrg(g) && isOrg(o) && m_args[o].first == m_args[g].after
            && m_args[o].after == trigger)
            out.push_back({g, o, "acquisition", 0.8});
    }
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

} // namespace sillok::core::extract::relation
