// Private to core/extract: SentenceReader (relation_reader.h) reading one sentence: the part each
// name plays (the particle after it, shared along a list), the trigger words and the patterns they
// call (read()), and the helpers the patterns share. The patterns themselves are in
// relation_investment.cpp, relation_trade.cpp, relation_participation.cpp and the other
// relation_*.cpp files.
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

// A word of `category` opens one of the sentence's tokens.
bool SentenceReader::mentions(LexiconCategory category) const
{
    for (std::size_t k = m_first; k < m_last; ++k) {
        if (m_lex.startsWithForm(category, m_toks[k].text)) // a token's first letter rules most forms out
            return true;
    }
    return false;
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
