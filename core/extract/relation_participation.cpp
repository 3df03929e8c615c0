// Private to core/extract: the patterns of SentenceReader (relation_reader.h) for taking part and
// funding: organisations that join an initiative or a consortium (participation, founders,
// consortium) and the bodies that fund a programme or a company (funding, fundedBy).
#include "extract/relation_reader.h"

#include "extract/text_scan.h"

#include <algorithm>

namespace sillok::core::extract::relation {

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

// "A·B 컨소시엄": the members named right before the word are partners.
void SentenceReader::consortium(std::size_t trigger, std::vector<Found> &out) const
{
    std::vector<std::size_t> members;
    std::size_t next = trigger;
    for (std::size_t i = m_args.size(); i-- > 0;) {
        const auto &a = m_args[i];
        if (a.first >= next)
            continue;
        if (!isOrg(i) || !a.tail.empty()
            || (a.after != next && !(a.after + 1 == next && isListDot(m_toks[a.after].ch()))))
            break;
        members.push_back(i);
        next = a.first;
    }
    for (std::size_t a = 0; a < members.size(); ++a)
        for (std::size_t b = a + 1; b < members.size(); ++b)
            out.push_back({members[b], members[a], "partnership", 0.8});
}

} // namespace sillok::core::extract::relation
