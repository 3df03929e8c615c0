// Private to core/extract: an organisation that joins or is chosen for an initiative while the
// sentence leaves it unsaid (the topic of the sentences before), and the body whose programme it
// is, which funds it when the sentence says money comes with it (docs/extraction.md, "Relations").
#include "extract/relation_reader.h"

#include "extract/text_scan.h"

#include <algorithm>
#include <array>

namespace sillok::core::extract::relation {

namespace {

// A verb of joining or of being chosen, never of choosing others ("선정했다" is the selector's):
// 참여해, 참가했다, 가입해 있다, 합류한다, 동참했다, 선정돼, 선정됐다.
bool joiningVerb(std::u32string_view w)
{
    static constexpr std::array<std::u32string_view, 19> kStarts = {
        U"참여하", U"참여해", U"참여한", U"참여했", U"참가하", U"참가해", U"참가했", U"가입하", U"가입해", U"가입했",
        U"합류하", U"합류해", U"합류했", U"합류한", U"동참하", U"동참해", U"동참했", U"선정돼", U"선정됐",
    };
    return std::ranges::any_of(kStarts, [&](std::u32string_view s) { return w.starts_with(s); })
           || w.starts_with(U"선정되");
}

// The word ends as an adnominal verb: a final ㄴ ("시작한", "만든") or 는 ("추진하는").
bool adnominalEnd(std::u32string_view w)
{
    if (w.empty())
        return false;
    const char32_t c = w.back();
    return c == U'는' || (c >= 0xAC00 && c <= 0xD7A3 && (c - 0xAC00) % 28 == 4);
}

// A word marked as a subject or topic; "초에는", "분야에서는", "정부 과제로는" (a short word keeps its
// adverbial particle in the stem) mark none.
bool subjectWord(const Token &t)
{
    if (!(t.tail == U"은" || t.tail == U"는" || t.tail == U"이" || t.tail == U"가"))
        return false;
    const std::u32string_view stem = t.stem;
    // "추진하는", "예정되는", "있는": an adnominal verb keeps its 는 as a tail.
    return !(stem.ends_with(U"에") || stem.ends_with(U"에서") || stem.ends_with(U"로") || stem.ends_with(U"부터")
             || stem.ends_with(U"까지") || stem.ends_with(U"하") || stem.ends_with(U"되") || stem.ends_with(U"있")
             || stem.ends_with(U"없"));
}

// Where a name joins: 에 ("'X'에 참여해"), or a role or task after it ("'X' 과제에", "'X' 수행기관으로",
// "'X'의 엣지 분야 과제에").
bool goalTail(std::u32string_view t)
{
    return t == U"에" || t == U"에도" || t == U"에는" || t == U"으로" || t == U"로" || t == U"으로도" || t == U"로도";
}

} // namespace

// "O가 (올해 새로) 추진하는 'X'": the organisation that is the subject of the adnominal clause
// right before initiative arg t (at most four words, no punctuation but X's opening quote), or
// m_args.size().
std::size_t SentenceReader::clauseOwner(std::size_t t) const
{
    const auto &x = m_args[t];
    for (std::size_t g = 0; g < m_args.size(); ++g) {
        const auto &a = m_args[g];
        if (!isOrg(g) || a.referent || a.role != Role::Subject || a.after >= x.first || x.first > a.after + 4)
            continue;
        // The nearest name before X: "B는 O가 추진하는 'X'" is O's clause, not B's.
        if (std::ranges::any_of(m_args,
                                [&](const Arg &o) { return &o != &a && o.first >= a.after && o.first < x.first; }))
            continue;
        std::size_t v = x.first; // the word before X, its opening quote skipped
        while (v > a.after && m_toks[v - 1].punct)
            --v;
        if (v == a.after)
            continue;
        const bool plain = std::ranges::none_of(m_toks.begin() + static_cast<std::ptrdiff_t>(a.after),
                                                m_toks.begin() + static_cast<std::ptrdiff_t>(v),
                                                [](const Token &k) { return k.punct; });
        if (plain && adnominalEnd(m_toks[v - 1].text))
            return g;
    }
    return m_args.size();
}

// "(B는 …) 올해 초에는 O의 'X' 과제에 참여해 3년간 연구비를 지원받는다", "회사는 O가 추진하는
// 'X'에 선정돼 …": no subject before the verb of joining but the owner's clause and a bare 회사는,
// so the organisation that joins is the topic before the sentence (kDropped): participates_in,
// and funds from X's owner (named with 의 or as the subject of the clause before X) when the
// sentence says money comes with it (supported()).
void SentenceReader::joinedUnsaid(std::size_t trigger, std::size_t t, std::vector<Found> &out) const
{
    const auto &x = m_args[t];
    if (!joiningVerb(m_toks[trigger].text) || x.first >= trigger)
        return;
    bool goal = x.role == Role::Dative;
    for (std::size_t k = x.after; !goal && k < trigger && k < x.after + 4; ++k)
        goal =
            goalTail(m_toks[k].punct ? m_toks[k].text : m_toks[k].tail); // a lone particle after a quote is punctuation
    if (!goal)
        return;
    const std::size_t owner = clauseOwner(t);
    for (std::size_t k = m_first; k < trigger; ++k) {
        if (owner != m_args.size() && m_args[owner].after <= k && k < x.first)
            continue; // the owner's clause
        const auto &tok = m_toks[k];
        // "올해는", "지난해에는": a time as the topic.
        if (tok.punct || !subjectWord(tok) || m_at.isTimeWord(tok))
            continue;
        const auto in =
            std::ranges::find_if(m_args, [&](const Arg &a) { return !a.referent && a.first <= k && k < a.after; });
        if (in != m_args.end()) {
            const auto i = static_cast<std::size_t>(in - m_args.begin());
            if (i == owner || i == t)
                continue;
            return; // a named subject: participation() reads it
        }
        // "회사는", "이 회사는": the company the sentences before are about.
        if (m_lex.has("company_pronoun", tok.stem) && tok.stem != U"양사"
            && (k == m_first || m_lex.has("demonstrative", m_toks[k - 1].stem) || m_toks[k - 1].punct))
            continue;
        return;
    }
    if (std::ranges::any_of(
            m_args, [](const Arg &a) { return a.role == Role::Subject && !a.initiative && (a.referent || a.counted); }))
        return;
    out.push_back({kDropped, t, "participates_in", 0.6});
    const std::size_t genitive = ownerBefore(t);
    const std::size_t funder = genitive != m_args.size() ? genitive : owner;
    if (funder != m_args.size() && supported())
        out.push_back({funder, kDropped, "funds", 0.6});
}

} // namespace sillok::core::extract::relation
