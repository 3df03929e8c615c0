// Private to core/extract: recognizeRelations() (relation_recognizer.h): the Collector reads
// each sentence (SentenceReader, relation_reader.h), adds the referents the sentence leaves
// unsaid (relation_referents.cpp) and builds the relations, each once.
#include "extract/relation_recognizer.h"

#include "extract/relation_recognizer_internal.h"
#include "extract/text_scan.h"
#include "extract/topic.h"

#include <algorithm>
#include <optional>
#include <set>
#include <tuple>

namespace sillok::core::extract {

using namespace relation_internal;

namespace {

using namespace relation;

// The names of the sentence, by start: every organisation and initiative mention in it, except
// an organisation inside an initiative's name and a gloss of the name right before it.
std::vector<Arg> sentenceArgs(const std::vector<ExtractedOrganization> &orgs, const std::vector<ExtractedInitiative> &initiatives,
                              const std::vector<std::vector<std::pair<bool, std::size_t>>> &bySentence,
                              const std::vector<Token> &toks, const ArticleText &at, int sentence)
{
    std::vector<Arg> args;
    for (const auto &[initiative, idx] : bySentence[static_cast<std::size_t>(sentence)]) {
        const auto &mentions = initiative ? initiatives[idx].mentions : orgs[idx].mentions;
        for (const auto &m : mentions) {
            if (m.sentence == sentence)
                args.push_back({initiative, idx, m, 0, 0, {}, Role::None, false});
        }
    }
    std::ranges::sort(args, [](const Arg &a, const Arg &b) { return std::tie(a.mention.start, a.initiative) < std::tie(b.mention.start, b.initiative); });
    std::vector<Arg> kept;
    for (const auto &a : args) {
        const bool inside = std::ranges::any_of(args, [&](const Arg &o) {
            return o.initiative && !a.initiative && o.mention.start <= a.mention.start && a.mention.end <= o.mention.end;
        });
        if (inside)
            continue;
        const std::size_t first = at.tokenAt(a.mention.start);
        const bool gloss = !kept.empty() && first > 0 && toks[first - 1].ch() == U'(' && kept.back().initiative == a.initiative
                           && kept.back().entity == a.entity;
        const bool same = !kept.empty() && kept.back().mention.start == a.mention.start;
        if (!gloss && !same) {
            kept.push_back(a);
            kept.back().first = first;
        }
    }
    return kept;
}

// "기획투자부 국가혁신센터" recognised as one body (a unit named with its parent): the unit is
// part of the parent the mention opens with.
void unitsNamedWithParent(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs, std::vector<ExtractedRelation> &out)
{
    for (const auto &unit : orgs) {
        if (unit.kind == "company" || at.lexicon().suffixIn("unit_suffix", u32(unit.name)).empty())
            continue;
        for (const auto &m : unit.mentions) {
            const ExtractedOrganization *parent = nullptr;
            for (const auto &p : orgs) {
                if (&p == &unit || (p.kind != "government" && p.kind != "university" && p.kind != "research"))
                    continue;
                if (std::ranges::any_of(p.aliases, [&](const std::string &a) { return m.surface.starts_with(a + " "); }))
                    parent = &p;
            }
            if (!parent)
                continue;
            ExtractedRelation r;
            r.subject = unit.name;
            r.subjectType = "organization";
            r.predicate = "subsidiary_of";
            r.object = parent->name;
            r.objectType = "organization";
            r.sentence = m.sentence;
            r.subjectMention = m;
            r.objectMention = m;
            r.evidence = m.surface;
            r.confidence = 0.7;
            out.push_back(std::move(r));
            break;
        }
    }
}

std::vector<Latest> latestBefore(std::size_t sentences, const auto &entities, const auto &keep)
{
    std::vector<Latest> inSentence(sentences);
    for (std::size_t i = 0; i < entities.size(); ++i) {
        if (!keep(entities[i]))
            continue;
        for (const auto &m : entities[i].mentions) {
            if (m.sentence < 0 || static_cast<std::size_t>(m.sentence) >= sentences)
                continue;
            auto &l = inSentence[static_cast<std::size_t>(m.sentence)];
            if (!l.mention || m.start > l.mention->start)
                l = {i, &m};
        }
    }
    std::vector<Latest> before(sentences);
    for (std::size_t s = 1; s < sentences; ++s)
        before[s] = inSentence[s - 1].mention ? inSentence[s - 1] : before[s - 1];
    return before;
}

// The relations of one article: the sentences' names, what each sentence states, and the
// relations built from it in order, each (subject, predicate, object) once.
class Collector {
public:
    Collector(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
              const std::vector<ExtractedInitiative> &initiatives, const std::vector<DateMention> &dates)
        : m_at(at), m_toks(at.tokens()), m_orgs(orgs), m_initiatives(initiatives), m_dates(dates),
          m_bySentence(namesBySentence()), m_topics(topicOrganizations(at, orgs)),
          m_latest{latestBefore(m_bySentence.size(), initiatives, [](const ExtractedInitiative &) { return true; }),
                   latestBefore(m_bySentence.size(), orgs,
                                [](const ExtractedOrganization &o) { return o.kind == "alliance"; })}
    {
    }

    std::vector<ExtractedRelation> run();

private:
    NamesBySentence namesBySentence() const;
    void readSentence(int s);
    void foundryForTopic(const SentenceReader &reader, int s, std::vector<std::pair<Found, std::size_t>> &found);
    std::size_t customerOf(const Arg &maker, int s) const;
    void add(const SentenceReader &reader, int s, const Found &f, std::size_t trigger);
    std::optional<Arg> outside(std::size_t object, const Arg &subject, int s) const;
    void remember(const SentenceReader &reader, int s);
    const DateMention *dateOf(int s) const;
    const std::string &nameOf(const Arg &x) const { return x.initiative ? m_initiatives[x.entity].name : m_orgs[x.entity].name; }

    const ArticleText &m_at;
    const std::vector<Token> &m_toks;
    const std::vector<ExtractedOrganization> &m_orgs;
    const std::vector<ExtractedInitiative> &m_initiatives;
    const std::vector<DateMention> &m_dates;
    NamesBySentence m_bySentence; // (is an initiative, index) of the names in each sentence
    std::vector<std::size_t> m_topics;
    LatestBefore m_latest;
    std::vector<ExtractedRelation> m_out;
    std::set<std::tuple<std::string, std::string, std::string>> m_seen;
    // The company that last raised money and the last topic organisation, with their sentences.
    std::size_t m_raiser = static_cast<std::size_t>(-1);
    int m_raiserSentence = -1;
    std::size_t m_topic = static_cast<std::size_t>(-1);
    int m_topicSentence = -1;
};

NamesBySentence Collector::namesBySentence() const
{
    NamesBySentence bySentence(m_at.sentences().size());
    const auto note = [&](bool initiative, std::size_t idx, const std::vector<Mention> &mentions) {
        for (const auto &m : mentions) {
            if (m.sentence < 0 || static_cast<std::size_t>(m.sentence) >= bySentence.size())
                continue;
            auto &list = bySentence[static_cast<std::size_t>(m.sentence)];
            if (std::ranges::find(list, std::pair{initiative, idx}) == list.end())
                list.emplace_back(initiative, idx);
        }
    };
    for (std::size_t i = 0; i < m_orgs.size(); ++i)
        note(false, i, m_orgs[i].mentions);
    for (std::size_t i = 0; i < m_initiatives.size(); ++i)
        note(true, i, m_initiatives[i].mentions);
    return bySentence;
}

const DateMention *Collector::dateOf(int s) const
{
    for (const auto &d : m_dates) {
        if (d.sentence == s && !d.target)
            return &d;
    }
    return nullptr;
}

std::vector<ExtractedRelation> Collector::run()
{
    unitsNamedWithParent(m_at, m_orgs, m_out);
    for (const auto &r : m_out)
        m_seen.insert({r.subject, r.predicate, r.object});
    for (int s = 0; s < static_cast<int>(m_bySentence.size()); ++s)
        readSentence(s);
    return std::move(m_out);
}

void Collector::readSentence(int s)
{
    auto args = sentenceArgs(m_orgs, m_initiatives, m_bySentence, m_toks, m_at, s);
    if (auto referent = referredInitiative(m_at, m_orgs, m_initiatives, args, s))
        args.push_back(std::move(*referent));
    else if (auto listed = listedParticipants(m_at, m_orgs, m_initiatives, m_latest, args, s))
        args.push_back(std::move(*listed));
    if (auto funded = fundedInitiative(m_at, m_latest, args, s))
        args.push_back(std::move(*funded));
    for (auto &a : countedReferents(m_at, m_orgs, m_bySentence, args, s))
        args.push_back(std::move(a));
    if (args.empty())
        return;
    std::ranges::stable_sort(args, [](const Arg &a, const Arg &b) { return a.first < b.first; });
    const SentenceReader reader(m_at, m_orgs, m_initiatives, s, std::move(args));
    if (reader.hedged()) {
        remember(reader, s);
        return;
    }
    std::vector<std::pair<Found, std::size_t>> found; // with the trigger token
    for (const auto &[k, kind] : reader.triggers()) {
        for (auto &f : reader.read(k, kind))
            found.emplace_back(std::move(f), k);
    }
    for (auto &f : reader.roundInvestors())
        found.push_back(std::move(f));
    for (auto &f : reader.shareholders())
        found.push_back(std::move(f));
    for (auto &f : reader.funders())
        found.push_back(std::move(f));
    for (auto &f : reader.unitsOfParents())
        found.emplace_back(std::move(f), static_cast<std::size_t>(-1));
    foundryForTopic(reader, s, found);
    for (const auto &[f, k] : found)
        add(reader, s, f, k);
    remember(reader, s);
}

// The company that raised money (raiser()) and the topic organisation (topic()) of the sentence,
// for the sentences after it.
void Collector::remember(const SentenceReader &reader, int s)
{
    const auto &args = reader.args();
    if (const std::size_t r = reader.raiser(); r < args.size()) {
        m_raiser = args[r].entity;
        m_raiserSentence = s;
    }
    if (const std::size_t t = reader.topic(); t < args.size()) {
        m_topic = args[t].entity;
        m_topicSentence = s;
    }
}

// kRaiser: the company that raised money in the four sentences before, else the article's topic
// company; kCompany: the same, else the article's company as customerOf() finds it; kDropped: the topic organisation of the two sentences before. Its Arg stands at its
// last mention before the sentence.
constexpr int kRaiserSentences = 4;

constexpr int kDroppedSentences = 2;

std::optional<Arg> Collector::outside(std::size_t object, const Arg &subject, int s) const
{
    std::size_t org = static_cast<std::size_t>(-1);
    if (object == kRaiser || object == kRaiserOnly || object == kCompany) {
        if (m_raiserSentence >= 0 && s - m_raiserSentence <= kRaiserSentences)
            org = m_raiser;
        else if (object == kRaiser && !m_topics.empty() && m_orgs[m_topics.front()].kind == "company")
            org = m_topics.front();
        else if (object == kCompany)
            org = customerOf(subject, s);
    } else if (object == kDropped && m_topicSentence >= 0 && s - m_topicSentence <= kDroppedSentences) {
        org = m_topic;
    }
    if (org >= m_orgs.size())
        return std::nullopt;
    const Mention *last = nullptr;
    for (const auto &m : m_orgs[org].mentions) {
        if (m.sentence < s && (!last || m.start > last->start))
            last = &m;
    }
    if (!last)
        return std::nullopt;
    Arg a;
    a.entity = org;
    a.mention = *last;
    a.referent = true; // stands outside the sentence
    return a;
}

// The company whose chip a maker named in sentence s makes when the sentence does not name it: the
// article's topic company, else the company that was the topic (은/는) of the three sentences
// before, else the company the article names most often; m_orgs.size() for none.
constexpr int kCustomerSentences = 3;

std::size_t Collector::customerOf(const Arg &maker, int s) const
{
    const auto fits = [&](std::size_t o) {
        return o < m_orgs.size() && o != maker.entity && m_orgs[o].kind == "company";
    };
    if (!m_topics.empty() && fits(m_topics.front()))
        return m_topics.front();
    if (m_topicSentence >= 0 && s - m_topicSentence <= kCustomerSentences && fits(m_topic))
        return m_topic;
    // The company the article names most often (the first named of a tie).
    std::size_t most = m_orgs.size();
    for (std::size_t o = 0; o < m_orgs.size(); ++o) {
        if (!fits(o) || m_orgs[o].mentions.empty())
            continue;
        if (most == m_orgs.size() || m_orgs[o].mentions.size() > m_orgs[most].mentions.size()
            || (m_orgs[o].mentions.size() == m_orgs[most].mentions.size()
                && m_orgs[o].mentions.front().start < m_orgs[most].mentions.front().start))
            most = o;
    }
    return most;
}

// Foundry production: for a customer the sentence names, a Found; for one it leaves to the
// article's topic company (customerOf()), the relation itself.
void Collector::foundryForTopic(const SentenceReader &reader, int s, std::vector<std::pair<Found, std::size_t>> &found)
{
    for (const auto &[producer, customer] : reader.foundry()) {
        if (customer >= 0) {
            found.emplace_back(Found{producer, static_cast<std::size_t>(customer), "supply", 0.7}, static_cast<std::size_t>(-1));
            continue;
        }
        const auto &p = reader.args()[producer];
        const std::size_t t = customerOf(p, s);
        if (p.initiative || t >= m_orgs.size())
            continue;
        const auto &topic = m_orgs[t];
        if (!m_seen.insert({m_orgs[p.entity].name, "supply", topic.name}).second)
            continue;
        ExtractedRelation r;
        r.subject = m_orgs[p.entity].name;
        r.subjectType = "organization";
        r.predicate = "supply";
        r.object = topic.name;
        r.objectType = "organization";
        r.sentence = s;
        r.subjectMention = p.mention;
        r.objectMention = topic.mentions.front();
        r.evidence = m_at.slice(p.mention.start, std::min(m_at.sentences()[static_cast<std::size_t>(s)].end, p.mention.end + 40));
        r.confidence = 0.6;
        m_out.push_back(std::move(r));
    }
}

// The relation of one Found: symmetric predicates ordered by name, each triple once, the
// evidence snippet from the first to the last of the two names and the trigger word.
void Collector::add(const SentenceReader &reader, int s, const Found &f, std::size_t trigger)
{
    // One end may stand outside the sentence (a kDropped subject, or an object of outside()).
    const bool subjectAway = f.subject >= reader.args().size();
    const bool objectAway = f.object >= reader.args().size();
    if (subjectAway && objectAway)
        return;
    std::optional<Arg> away = subjectAway  ? outside(f.subject, reader.args()[f.object], s)
                              : objectAway ? outside(f.object, reader.args()[f.subject], s)
                                           : std::nullopt;
    if ((subjectAway || objectAway) && !away)
        return;
    const auto &a = subjectAway ? *away : reader.args()[f.subject];
    const auto &b = objectAway ? *away : reader.args()[f.object];
    if (a.initiative == b.initiative && a.entity == b.entity)
        return;
    // An unsaid participant is never the initiative's owner nor a government body.
    if (subjectAway && f.predicate == "participates_in"
        && (m_orgs[a.entity].kind == "government"
            || (b.initiative
                && std::ranges::find(m_initiatives[b.entity].owners, m_orgs[a.entity].name)
                       != m_initiatives[b.entity].owners.end())))
        return;
    ExtractedRelation r;
    r.subject = nameOf(a);
    r.object = nameOf(b);
    r.subjectType = a.initiative ? "initiative" : "organization";
    r.objectType = b.initiative ? "initiative" : "organization";
    r.predicate = f.predicate;
    if ((r.predicate == "partnership" || r.predicate == "merger") && r.object < r.subject) {
        std::swap(r.subject, r.object);
        std::swap(r.subjectType, r.objectType);
    }
    if (!m_seen.insert({r.subject, r.predicate, r.object}).second)
        return;
    const bool swapped = r.subject != nameOf(a);
    r.subjectMention = swapped ? b.mention : a.mention;
    r.objectMention = swapped ? a.mention : b.mention;
    r.sentence = s;
    // A referent stands at its referring word: the evidence stays in the sentence.
    const auto spanIn = [&](const Arg &x) {
        return x.referent ? std::pair{m_toks[x.first].start, m_toks[x.first].stemEnd} : std::pair{x.mention.start, x.mention.end};
    };
    const auto spanOf = [&](const Arg &x) {
        if (away && &x == &*away) // outside the sentence: the evidence is the other side's
            return subjectAway ? spanIn(b) : std::pair{a.mention.start, a.mention.end};
        return spanIn(x);
    };
    int from = std::min(spanOf(a).first, spanOf(b).first);
    int to = std::max(spanOf(a).second, spanOf(b).second);
    if (trigger != static_cast<std::size_t>(-1)) {
        r.trigger = makeMention(m_at, m_toks[trigger].start, m_toks[trigger].stemEnd, "relation");
        from = std::min(from, r.trigger.start);
        to = std::max(to, r.trigger.end);
    }
    r.evidence = m_at.slice(from, to);
    if (const DateMention *date = dateOf(s)) {
        r.date = date->date;
        r.dateText = date->text;
    }
    r.confidence = f.confidence;
    m_out.push_back(std::move(r));
}

} // namespace

std::vector<ExtractedRelation> recognizeRelations(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                                                  const std::vector<ExtractedInitiative> &initiatives,
                                                  const std::vector<DateMention> &dates)
{
    return Collector(at, orgs, initiatives, dates).run();
}

} // namespace sillok::core::extract
