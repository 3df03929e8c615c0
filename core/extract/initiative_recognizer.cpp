// Private to core/extract: recognizeInitiatives() (initiative_recognizer.h): the candidates the
// Scanner finds (initiative_candidates.cpp, initiative_quoted.cpp) merged into initiatives (a name
// seen again, its legal or abbreviated key, stages, variants with a placing word), their owners
// and dates (initiative_owners.cpp), and alliances moved to the organisations.
#include "extract/initiative_recognizer.h"

#include "extract/initiative_recognizer_internal.h"
#include "extract/text_scan.h"

#include <algorithm>

namespace sillok::core::extract {

using namespace initiative_internal;

namespace {

std::vector<std::u32string> nameWords(std::u32string_view n)
{
    std::vector<std::u32string> out;
    std::u32string cur;
    for (const char32_t c : n) {
        if (c == U' ') {
            if (!cur.empty())
                out.push_back(std::move(cur));
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty())
        out.push_back(std::move(cur));
    return out;
}

// A word that places a name: a country, a place, or an organisation of the article.
bool placingWord(const Lexicon &lex, const std::vector<ExtractedOrganization> &orgs, const std::u32string &w)
{
    if (lex.has("country", w) || lex.has("place_word", w))
        return true;
    const auto key = normalizeKey(u8(w));
    return std::ranges::any_of(orgs, [&](const ExtractedOrganization &o) {
        return std::ranges::any_of(o.aliases, [&](const std::string &a) { return normalizeKey(a) == key; });
    });
}

// "칩 기반 산업혁신 방안" and "칩 기반 대만 산업혁신 방안", "팹리스 성장 사다리 사업" and "경기도
// 팹리스 성장 사다리 사업": the same name with and without its country, place or owner words.
// The shorter must keep two words, so a bare head never folds.
bool sameWithoutPlacing(const Lexicon &lex, const std::vector<ExtractedOrganization> &orgs,
                        std::u32string_view shortName, std::u32string_view longName)
{
    const auto a = nameWords(shortName);
    auto b = nameWords(longName);
    if (b.size() <= a.size())
        return false;
    if (a.size() >= 2 && std::equal(a.begin(), a.end(), b.end() - static_cast<std::ptrdiff_t>(a.size()))
        && std::all_of(b.begin(), b.end() - static_cast<std::ptrdiff_t>(a.size()),
                       [&](const std::u32string &w) { return placingWord(lex, orgs, w); }))
        return true;
    std::erase_if(b, [&](const std::u32string &w) { return lex.has("country", w); });
    return a == b;
}

std::u32string legalKey(std::u32string_view name)
{
    auto key = normalizeKey32(name);
    if (key.ends_with(U"호"))
        key.pop_back();
    return key;
}

// "인공지능(AI)-반도체 이니셔티브" is also "AI-반도체 이니셔티브": the key with each "A(B)"
// replaced by B.
std::u32string abbreviatedKey(std::u32string_view name)
{
    std::u32string out(name);
    for (std::size_t open = out.find(U'('); open != std::u32string::npos; open = out.find(U'(')) {
        const auto close = out.find(U')', open);
        if (close == std::u32string::npos)
            break;
        std::size_t a = open;
        while (a > 0 && !isSpace(out[a - 1]) && out[a - 1] != U'-')
            --a;
        out = out.substr(0, a) + out.substr(open + 1, close - open - 1) + out.substr(close + 1);
    }
    return legalKey(out);
}

// Initiatives being built from the candidates, with the key each is found by and the stage
// number of stage children (0 for others); the three vectors stay parallel.
struct Building {
    const ArticleText &at;
    std::vector<ExtractedInitiative> out;
    std::vector<std::u32string> keys;
    std::vector<int> stages;

    void addTo(std::size_t idx, const Cand &c)
    {
        auto &e = out[idx];
        const auto surface = u8(c.name);
        if (std::ranges::none_of(e.aliases, [&](const std::string &a) { return normalizeKey(a) == normalizeKey(surface); }))
            e.aliases.push_back(surface);
        e.mentions.push_back(makeMention(at, c.start, c.end, e.mentions.empty() ? "name" : "alias"));
    }
};

// Candidates with the same key (or abbreviated key) become one initiative. Stage aliases named
// alone ("1단계 실증사업") are returned for attachOrphanStages.
std::vector<Cand> mergeCandidates(Building &b, const std::vector<Cand> &cands)
{
    std::vector<Cand> orphans;
    for (const auto &c : cands) {
        // A candidate whose words were all taken away (a quote of nothing but marks or control
        // characters, once its class phrase and gloss are peeled off) names nothing.
        if (normalizeKey(u8(c.name)).empty())
            continue;
        if (c.stage > 0 && c.parent.empty()) {
            orphans.push_back(c);
            continue;
        }
        auto key = c.stage > 0 ? legalKey(c.parent) + U"#" + static_cast<char32_t>(U'0' + c.stage) : legalKey(c.name);
        auto it = std::ranges::find(b.keys, key);
        if (it == b.keys.end())
            it = std::ranges::find(b.keys, abbreviatedKey(c.name));
        if (it == b.keys.end()) {
            const auto shortKey = abbreviatedKey(c.name);
            for (std::size_t k = 0; k < b.out.size(); ++k) {
                if (abbreviatedKey(u32(b.out[k].name)) == shortKey)
                    it = b.keys.begin() + static_cast<std::ptrdiff_t>(k);
            }
        }
        if (it == b.keys.end()) {
            ExtractedInitiative e;
            e.name = u8(c.name);
            e.kind = c.kind;
            e.partOf = u8(c.parent);
            b.out.push_back(std::move(e));
            b.keys.push_back(key);
            b.stages.push_back(c.stage);
            it = b.keys.end() - 1;
        }
        b.addTo(static_cast<std::size_t>(it - b.keys.begin()), c);
        if (!c.alias.empty())
            b.addTo(static_cast<std::size_t>(it - b.keys.begin()), Cand{c.start, c.end, c.alias, c.kind, {}, 0, {}});
    }
    return orphans;
}

// A stage named alone joins the stage child with the same N; else it is a stage of the
// initiative named earlier in its sentence ("K-클라우드 추진방안에 따라 올해 1단계 실증사업을");
// else it is dropped.
void attachOrphanStages(Building &b, const std::vector<Cand> &orphans)
{
    auto &out = b.out;
    for (const auto &c : orphans) {
        bool joined = false;
        for (std::size_t i = 0; i < out.size() && !joined; ++i) {
            if (b.stages[i] == c.stage && !out[i].partOf.empty()) {
                b.addTo(i, c);
                joined = true;
            }
        }
        if (joined)
            continue;
        const int sentence = b.at.sentenceAt(c.start);
        const ExtractedInitiative *parent = nullptr;
        for (const auto &e : out) {
            for (const auto &m : e.mentions) {
                if (m.sentence == sentence && m.end <= c.start && e.partOf.empty() && (!parent || m.start > parent->mentions.front().start))
                    parent = &e;
            }
        }
        if (!parent)
            continue;
        ExtractedInitiative e;
        e.name = parent->name + " " + u8(c.name);
        e.kind = c.kind;
        e.partOf = parent->name;
        out.push_back(std::move(e));
        b.keys.push_back(legalKey(u32(out.back().name)));
        b.stages.push_back(c.stage);
        b.addTo(out.size() - 1, Cand{c.start, c.end, u32(out.back().name), c.kind, {}, 0, {}});
        b.addTo(out.size() - 1, c);
    }
}

// A name given with and without its country, place or owner words is one initiative, under the
// fuller name.
void foldPlacedVariants(Building &b, const std::vector<ExtractedOrganization> &orgs)
{
    auto &out = b.out;
    for (std::size_t a = 0; a < out.size(); ++a) {
        for (std::size_t c = 0; c < out.size(); ++c) {
            if (a == c || !sameWithoutPlacing(b.at.lexicon(), orgs, u32(out[a].name), u32(out[c].name)))
                continue;
            for (auto &m : out[a].mentions)
                out[c].mentions.push_back(std::move(m));
            std::ranges::sort(out[c].mentions, [](const Mention &x, const Mention &y) { return x.start < y.start; });
            for (const auto &al : out[a].aliases) {
                if (std::ranges::none_of(out[c].aliases, [&](const std::string &x) { return normalizeKey(x) == normalizeKey(al); }))
                    out[c].aliases.push_back(al);
            }
            out.erase(out.begin() + static_cast<std::ptrdiff_t>(a));
            b.stages.erase(b.stages.begin() + static_cast<std::ptrdiff_t>(a));
            --a;
            break;
        }
    }
}

} // namespace

std::vector<ExtractedInitiative> recognizeInitiatives(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                                                      const std::vector<DateMention> &dates, const std::vector<std::size_t> &topics)
{
    Scanner scanner(at, orgs, topics);
    auto cands = scanner.run();
    std::ranges::stable_sort(cands, [](const Cand &a, const Cand &b) { return a.start < b.start; });
    Building b{at, {}, {}, {}};
    attachOrphanStages(b, mergeCandidates(b, cands));
    foldPlacedVariants(b, orgs);
    const auto spans = organizationSpans(orgs);
    const auto byEnd = indexSpansByEnd(spans);
    // Owners and the date come from the sentence of the first mention, when it has an owner verb.
    for (auto &e : b.out) {
        const bool possessed = attachPossessorOwners(at, orgs, spans, byEnd, e);
        if (hasOwnerVerb(at, e.mentions.front().sentence)) {
            if (!possessed)
                attachOwners(at, orgs, spans, e);
            attachDate(at, b.out, dates, e);
        }
        if (e.owners.empty())
            attachTopicOwners(at, orgs, spans, topics, e);
    }
    return std::move(b.out);
}

bool moveMemberAlliances(const ArticleText &at, std::vector<ExtractedInitiative> &initiatives,
                         std::vector<ExtractedOrganization> &orgs)
{
    const std::size_t before = orgs.size();
    const auto &lex = at.lexicon();
    const auto &toks = at.tokens();
    const auto hasCue = [&](int sentence) {
        const auto [first, last] = at.sentenceTokens(sentence);
        for (std::size_t k = first; k < last; ++k) {
            for (const auto &cue : lex.forms("alliance_member_cue")) {
                if (toks[k].text.starts_with(cue))
                    return true;
            }
        }
        return false;
    };
    std::erase_if(initiatives, [&](ExtractedInitiative &e) {
        if (e.kind != "alliance" || e.mentions.empty())
            return false;
        const auto name = u32(e.name);
        const auto head = lex.suffixIn("initiative_head", name);
        bool member = std::ranges::any_of(e.mentions, [&](const Mention &m) { return hasCue(m.sentence); });
        for (std::size_t k = at.tokenAt(e.mentions.front().start); !member && !head.empty() && k < toks.size(); ++k)
            member = toks[k].stem == head && hasCue(toks[k].sentence);
        if (!member)
            return false;
        ExtractedOrganization o;
        o.name = e.name;
        o.aliases = e.aliases;
        o.kind = "alliance";
        o.mentions = std::move(e.mentions);
        o.confidence = 0.8;
        orgs.push_back(std::move(o));
        return true;
    });
    if (orgs.size() == before)
        return false;
    // "글로벌 텔코 AI 얼라이언스": a shorter name found inside an alliance's name ("AI 얼라이언스")
    // is not mentioned there; an organisation left with no mention is dropped.
    // So is its gloss in parentheses right after it ("…얼라이언스(GTAA)").
    const auto &text = at.text();
    const auto coverEnd = [&](const Mention &s) {
        const auto end = static_cast<std::size_t>(s.end);
        if (end >= text.size() || text[end] != U'(')
            return s.end;
        const auto close = text.find(U')', end);
        return close == std::u32string::npos || close > end + 40 ? s.end : static_cast<int>(close) + 1;
    };
    for (std::size_t a = before; a < orgs.size(); ++a) {
        const auto spans = orgs[a].mentions;
        for (std::size_t k = 0; k < before; ++k) {
            std::erase_if(orgs[k].mentions, [&](const Mention &m) {
                return std::ranges::any_of(
                    spans, [&](const Mention &s) { return s.start <= m.start && m.end <= coverEnd(s); });
            });
        }
    }
    std::erase_if(orgs, [](const ExtractedOrganization &o) { return o.mentions.empty(); });
    return true;
}

} // namespace sillok::core::extract
