#include "extract/relation_reader.h"

#include "extract/text_scan.h"
#include "extract/topic.h"

#include <algorithm>
#include <set>
#include <tuple>

// The companies "두 회사는", "양사는", "세 회사 모두" stand for (countedReferents(), see
// relation_reader.h).

namespace sillok::core::extract::relation {

namespace {

constexpr int kCountReferentSentences = 3;
constexpr int kPairReferentSentences = 15;

using Named = std::vector<std::pair<const Mention *, std::size_t>>; // (latest mention, org), by start

void byStart(Named &n)
{
    std::ranges::sort(n, [](const auto &x, const auto &y) { return x.first->start < y.first->start; });
}

// The companies a count stands for, found in the sentences before `sentence` (see
// countedReferents() in relation_reader.h for the order in which they are tried).
class Antecedents {
public:
    Antecedents(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                const NamesBySentence &bySentence, std::set<std::size_t> party, int sentence)
        : m_at(at), m_orgs(orgs), m_bySentence(bySentence), m_party(std::move(party)), m_sentence(sentence)
    {}

    Named pick(std::size_t count) const
    {
        if (count != 2)
            return lastNamed(count);
        Named picked;
        if (m_sentence > 0) {
            if (auto before = named(m_sentence - 1); before.size() == 2)
                picked = std::move(before);
        }
        if (picked.empty())
            picked = mostNamed();
        if (picked.empty())
            picked = joinedPair();
        if (picked.empty())
            picked = twoSentencesBefore();
        return picked;
    }

private:
    // The latest mention of each company in sentence s that is not a party of the sentence.
    Named named(int s) const
    {
        Named out;
        for (const auto &[initiative, idx] : m_bySentence[static_cast<std::size_t>(s)]) {
            if (initiative || m_orgs[idx].kind != "company" || m_party.contains(idx))
                continue;
            const Mention *latest = nullptr;
            for (const auto &m : m_orgs[idx].mentions) {
                if (m.sentence == s && (!latest || m.start > latest->start))
                    latest = &m;
            }
            if (latest)
                out.emplace_back(latest, idx);
        }
        byStart(out);
        return out;
    }

    // The two named most often (no tie for second).
    Named mostNamed() const
    {
        std::vector<std::tuple<int, int, std::size_t, const Mention *>> tally; // (-count, first start, org, latest)
        for (int s = std::max(0, m_sentence - kPairReferentSentences); s < m_sentence; ++s) {
            for (const auto &[m, o] : named(s)) {
                auto it = std::ranges::find_if(tally, [&](const auto &t) { return std::get<2>(t) == o; });
                if (it == tally.end()) {
                    tally.emplace_back(-1, m->start, o, m);
                } else {
                    --std::get<0>(*it);
                    std::get<3>(*it) = m;
                }
            }
        }
        std::ranges::sort(tally);
        const bool clear = tally.size() == 2 || (tally.size() > 2 && std::get<0>(tally[1]) < std::get<0>(tally[2]));
        if (!clear)
            return {};
        Named out{{std::get<3>(tally[0]), std::get<2>(tally[0])}, {std::get<3>(tally[1]), std::get<2>(tally[1])}};
        byStart(out);
        return out;
    }

    // "A와 B가 …", "A(English)와 B가 …": the last pair joined by 와/과.
    Named joinedPair() const
    {
        const auto &text = m_at.text();
        for (int s = m_sentence - 1; s >= 0 && s >= m_sentence - kPairReferentSentences; --s) {
            const auto inSentence = named(s);
            for (std::size_t i = inSentence.size(); i-- > 1;) {
                const Mention *ma = inSentence[i - 1].first;
                const Mention *mb = inSentence[i].first;
                if (mb->start <= ma->end)
                    continue;
                std::u32string_view between(text.data() + ma->end, static_cast<std::size_t>(mb->start - ma->end));
                if (between.starts_with(U"(") && between.find(U')') != std::u32string_view::npos)
                    between.remove_prefix(between.find(U')') + 1);
                if (!(between.starts_with(U"와") || between.starts_with(U"과")))
                    continue;
                between.remove_prefix(1);
                if (std::ranges::all_of(between, [](char32_t c) { return isSpace(c); }))
                    return {inSentence[i - 1], inSentence[i]};
            }
        }
        return {};
    }

    // The two companies of the two sentences before.
    Named twoSentencesBefore() const
    {
        if (m_sentence < 2)
            return {};
        auto recent = named(m_sentence - 2);
        for (const auto &n : named(m_sentence - 1)) {
            if (std::ranges::none_of(recent, [&](const auto &r) { return r.second == n.second; }))
                recent.push_back(n);
        }
        return recent.size() == 2 ? recent : Named{};
    }

    // Three or more: the last named in the three sentences before.
    Named lastNamed(std::size_t count) const
    {
        Named picked;
        for (int s = m_sentence - 1; s >= 0 && s >= m_sentence - kCountReferentSentences && picked.size() < count;
             --s) {
            auto inSentence = named(s);
            for (auto it = inSentence.rbegin(); it != inSentence.rend() && picked.size() < count; ++it) {
                if (std::ranges::none_of(picked, [&](const auto &p) { return p.second == it->second; }))
                    picked.push_back(*it);
            }
        }
        byStart(picked);
        return picked;
    }

    const ArticleText &m_at;
    const std::vector<ExtractedOrganization> &m_orgs;
    const NamesBySentence &m_bySentence;
    std::set<std::size_t> m_party;
    int m_sentence = 0;
};

// The word that counts companies ("두 회사는", "양사는") in the sentence and its count; (last, 0)
// for none.
std::pair<std::size_t, std::size_t> countWord(const ArticleText &at, int sentence)
{
    const auto &toks = at.tokens();
    const auto [first, last] = at.sentenceTokens(sentence);
    for (std::size_t k = first; k < last; ++k) {
        const auto &t = toks[k];
        if (t.punct || !at.lexicon().has("company_pronoun", t.stem))
            continue;
        std::size_t count = 0;
        if (t.stem == U"양사") {
            count = 2;
        } else if (k > first) {
            const auto &n = toks[k - 1].text;
            count = n == U"두" ? 2 : n == U"세" ? 3 : n == U"네" ? 4 : 0;
        }
        if (count > 0)
            return {k, count};
    }
    return {last, 0};
}

} // namespace

std::vector<Arg> countedReferents(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                                  const NamesBySentence &bySentence, const std::vector<Arg> &args, int sentence)
{
    const auto &toks = at.tokens();
    const auto last = at.sentenceTokens(sentence).second;
    const auto [word, count] = countWord(at, sentence);
    if (count == 0)
        return {};
    // "두 회사 모두 …": the subject, with 모두 after it.
    const bool both = toks[word].tail.empty() && word + 1 < last && toks[word + 1].text == U"모두";
    const std::u32string tail = both ? std::u32string(U"는") : std::u32string(toks[word].tail);
    const Role role = roleOfTail(tail);
    // "X는 두 회사를 합치기로": who the count stands for is the sentence's own business.
    if (role == Role::None || role == Role::Genitive || role == Role::Locative || role == Role::Object)
        return {};
    std::set<std::size_t> party; // the other parties the sentence names
    for (const auto &a : args) {
        const Role r = roleOfTail(tailAfter(at, a.mention.start, a.mention.end));
        if (!a.initiative && (r == Role::Comitative || r == Role::Dative || r == Role::Object || r == Role::Source))
            party.insert(a.entity);
    }
    const auto picked = Antecedents(at, orgs, bySentence, std::move(party), sentence).pick(count);
    if (picked.size() < count)
        return {};
    std::vector<Arg> out;
    for (const auto &[m, o] : picked) {
        Arg a;
        a.entity = o;
        a.mention = *m;
        a.first = word;
        a.after = word + 1;
        a.referent = true;
        a.tail = tail;
        a.role = role;
        a.counted = true;
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace sillok::core::extract::relation
