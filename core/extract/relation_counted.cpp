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

} // namespace

std::vector<Arg> countedReferents(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                                  const NamesBySentence &bySentence, const std::vector<Arg> &args, int sentence)
{
    const auto &toks = at.tokens();
    const auto &lex = at.lexicon();
    const auto [first, last] = at.sentenceTokens(sentence);
    std::size_t word = last;
    std::size_t count = 0;
    for (std::size_t k = first; k < last && word == last; ++k) {
        const auto &t = toks[k];
        if (t.punct || !lex.has("company_pronoun", t.stem))
            continue;
        if (t.stem == U"양사") {
            count = 2;
        } else if (k > first) {
            const auto &n = toks[k - 1].text;
            count = n == U"두" ? 2 : n == U"세" ? 3 : n == U"네" ? 4 : 0;
        }
        if (count > 0)
            word = k;
    }
    if (word == last)
        return {};
    // "두 회사 모두 …": the subject, with 모두 after it.
    const bool both = toks[word].tail.empty() && word + 1 < last && toks[word + 1].text == U"모두";
    const std::u32string tail = both ? std::u32string(U"는") : toks[word].tail;
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
    const auto fits = [&](std::size_t o) { return orgs[o].kind == "company" && !party.contains(o); };
    // The latest mention of each fitting company in sentence s, by start.
    const auto named = [&](int s) {
        std::vector<std::pair<const Mention *, std::size_t>> out;
        for (const auto &[initiative, idx] : bySentence[static_cast<std::size_t>(s)]) {
            if (initiative || !fits(idx))
                continue;
            const Mention *latest = nullptr;
            for (const auto &m : orgs[idx].mentions) {
                if (m.sentence == s && (!latest || m.start > latest->start))
                    latest = &m;
            }
            if (latest)
                out.emplace_back(latest, idx);
        }
        std::ranges::sort(out, [](const auto &x, const auto &y) { return x.first->start < y.first->start; });
        return out;
    };
    std::vector<std::pair<const Mention *, std::size_t>> picked;
    if (count == 2) {
        // The two companies of the sentence before.
        if (sentence > 0) {
            if (auto before = named(sentence - 1); before.size() == 2)
                picked = before;
        }
        // The two named most often (no tie for second).
        if (picked.empty()) {
            std::vector<std::tuple<int, int, std::size_t, const Mention *>> tally; // (-count, first start, org, latest)
            for (int s = std::max(0, sentence - kPairReferentSentences); s < sentence; ++s) {
                for (const auto &[m, o] : named(s)) {
                    auto it = std::ranges::find_if(tally, [&](const auto &t) { return std::get<2>(t) == o; });
                    if (it == tally.end())
                        tally.emplace_back(-1, m->start, o, m);
                    else {
                        --std::get<0>(*it);
                        std::get<3>(*it) = m;
                    }
                }
            }
            std::ranges::sort(tally);
            const bool clear = tally.size() == 2 || (tally.size() > 2 && std::get<0>(tally[1]) < std::get<0>(tally[2]));
            if (clear) {
                picked = {{std::get<3>(tally[0]), std::get<2>(tally[0])},
                          {std::get<3>(tally[1]), std::get<2>(tally[1])}};
                std::ranges::sort(picked, [](const auto &x, const auto &y) { return x.first->start < y.first->start; });
            }
        }
        // "A와 B가 …", "A(English)와 B가 …": the last pair joined by 와/과.
        const auto &text = at.text();
        for (int s = sentence - 1; s >= 0 && s >= sentence - kPairReferentSentences && picked.empty(); --s) {
            const auto inSentence = named(s);
            for (std::size_t i = inSentence.size(); i-- > 1 && picked.empty();) {
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
                    picked = {inSentence[i - 1], inSentence[i]};
            }
        }
        // The two companies of the two sentences before.
        if (picked.empty() && sentence > 1) {
            auto recent = named(sentence - 2);
            for (const auto &n : named(sentence - 1)) {
                if (std::ranges::none_of(recent, [&](const auto &r) { return r.second == n.second; }))
                    recent.push_back(n);
            }
            if (recent.size() == 2)
                picked = recent;
        }
    } else {
        for (int s = sentence - 1; s >= 0 && s >= sentence - kCountReferentSentences && picked.size() < count; --s) {
            auto inSentence = named(s);
            for (auto it = inSentence.rbegin(); it != inSentence.rend() && picked.size() < count; ++it) {
                if (std::ranges::none_of(picked, [&](const auto &p) { return p.second == it->second; }))
                    picked.push_back(*it);
            }
        }
        std::ranges::sort(picked, [](const auto &x, const auto &y) { return x.first->start < y.first->start; });
    }
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
