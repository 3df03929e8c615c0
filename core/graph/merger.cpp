#include "graph/merger.h"

#include "common/string_hash.h"
#include "common/utf.h"
#include "extract/gazetteer.h"
#include "graph/entity_keys.h"

#include <algorithm>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace sillok::core {

namespace {

// The keys of a name, remembered per thread: a plan asks for the keys of every name of every
// organisation an article names, several times each, and the gazetteer's names come back article
// after article. Pure functions of the name. The memo is forgotten only between two plans (past
// 20,000 names: `planMerge`), and an unordered_map's entries stay where they are as it grows, so
// within a plan a reference to an entry stays good: no key is copied to be compared.
struct NameKeys {
    std::string norm;                         // entityNormKey(name)
    std::size_t normLength = 0;               // code points of norm
    std::optional<std::string> organization;  // organizationNameKey(name), made when first asked
};

using KeyMemo = std::unordered_map<std::string, NameKeys, StringHash, std::equal_to<>>;

KeyMemo &keyMemo()
{
    thread_local KeyMemo memo;
    return memo;
}

NameKeys &keysOf(std::string_view name)
{
    // Looked up by the view itself (a transparent hash): no string is built to ask.
    KeyMemo &memo = keyMemo();
    if (const auto it = memo.find(name); it != memo.end())
        return it->second;
    NameKeys keys;
    keys.norm = entityNormKey(name);
    keys.normLength = codePointCount(keys.norm);
    return memo.emplace(std::string(name), std::move(keys)).first->second;
}

const std::string &normKey(std::string_view name)
{
    return keysOf(name).norm;
}

const std::string &organizationKey(std::string_view name, NameKeys &keys)
{
    if (!keys.organization)
        keys.organization = organizationNameKey(name);
    return *keys.organization;
}

bool isInitiativeHead(std::string_view name)
{
    static constexpr std::string_view heads[] = {"프로젝트", "사업", "전략", "이니셔티브", "프로그램",
                                                 "방안", "계획", "정책", "기금", "얼라이언스"};
    const std::string key = entityNormKey(name);
    return std::ranges::any_of(heads, [&](std::string_view h) { return key.ends_with(h); });
}

// The kind of an alias of an entity, given the keys of the entity's name and of its English name
// (none: "", the key of no name).
std::string aliasKind(std::string_view form, const NameKeys &name, std::string_view englishNorm = {})
{
    const NameKeys &f = keysOf(form);
    if (f.norm == englishNorm)
        return "english";
    if (isLatinName(form)) {
        const std::u32string u = toU32(form);
        const bool upper = std::ranges::none_of(u, [](char32_t c) { return c >= U'a' && c <= U'z'; });
        return upper && u.size() <= 8 ? "abbreviation" : "english";
    }
    if (f.normLength < name.normLength && f.normLength <= 5)
        return "abbreviation";
    return "surface";
}

class Planner {
public:
    Planner(std::u32string_view body, const Gazetteer *gazetteer, const Lexicon &lexicon, std::string_view articleScope)
        : m_body(body), m_gazetteer(gazetteer), m_lexicon(lexicon), m_articleScope(articleScope)
    {
        m_plan.lexicon = &lexicon;
    }

    MergePlan run(const Extraction &x);

private:
    int addEntity(PlannedEntity entity);
    void addAlias(int index, std::string form, std::string kind, std::string source);
    int local(EntityType type, std::string_view name) const;
    int reference(EntityType type, const std::string &name);
    void addMentions(int index, const std::vector<Mention> &mentions);
    void addFact(int subject, std::string predicate, int object, std::string value);
    void addRelation(const ExtractedRelation &r);
    int mentionIndex(int entity, const Mention &m) const;
    void addOrganization(const ExtractedOrganization &org);
    int addInitiative(const ExtractedInitiative &ini);
    int addMeeting(const ExtractedMeeting &mt);
    void addPerson(const ExtractedPerson &p);
    void addInitiativeFacts(const ExtractedInitiative &ini, int index);
    void addMeetingFacts(const ExtractedMeeting &mt, int index);
    const GazetteerEntry *gazetteerEntry(std::string_view id) const;

    std::u32string_view m_body;
    const Gazetteer *m_gazetteer;
    const Lexicon &m_lexicon;
    std::string_view m_articleScope;
    // Hashed, not ordered: a plan only looks things up in these (nothing iterates them), a few
    // hundred times an article, and the ordered maps' nodes and string compares were a tenth of
    // the plan's time.
    struct NormHash {
        std::size_t operator()(const std::pair<EntityType, std::string_view> &k) const noexcept
        {
            return std::hash<std::string_view>{}(k.second) * 31 + static_cast<std::size_t>(k.first);
        }
    };
    struct FactKeyHash {
        std::size_t operator()(const std::tuple<int, std::string, int, std::string> &k) const noexcept
        {
            const std::hash<std::string> h;
            return ((static_cast<std::size_t>(std::get<0>(k)) * 31 + h(std::get<1>(k))) * 31
                    + static_cast<std::size_t>(std::get<2>(k) + 1))
                       * 31
                   + h(std::get<3>(k));
        }
    };

    MergePlan m_plan;
    std::unordered_map<std::string, int, StringHash, std::equal_to<>> m_byUid;
    // Keyed by views of the name keys' memo, whose entries outlive the plan (see NameKeys).
    std::unordered_map<std::pair<EntityType, std::string_view>, int, NormHash> m_byNorm;
    std::vector<std::vector<int>> m_mentionsOf;             // per planned entity: its plan mentions
    std::vector<std::vector<std::string_view>> m_aliasKeys; // per planned entity: entityNormKey of its aliases
    std::unordered_set<std::tuple<int, std::string, int, std::string>, FactKeyHash> m_factKeys;
};

const GazetteerEntry *Planner::gazetteerEntry(std::string_view id) const
{
    if (m_gazetteer == nullptr || id.empty())
        return nullptr;
    return m_gazetteer->byId(id);
}

int Planner::addEntity(PlannedEntity entity)
{
    const auto found = m_byUid.find(entity.uid);
    int index = 0;
    if (found == m_byUid.end()) {
        index = static_cast<int>(m_plan.entities.size());
        m_byUid.emplace(entity.uid, index);
        m_aliasKeys.emplace_back();
        m_mentionsOf.emplace_back();
        auto aliases = std::move(entity.aliases);
        entity.aliases.clear();
        m_plan.entities.push_back(std::move(entity));
        for (auto &a : aliases)
            addAlias(index, std::move(a.form), std::move(a.kind), std::move(a.source));
    } else {
        index = found->second;
        PlannedEntity &e = m_plan.entities[static_cast<std::size_t>(index)];
        if (e.referenceOnly && !entity.referenceOnly) {
            auto keepAliases = std::move(e.aliases);
            e = entity;
            e.aliases = std::move(keepAliases);
        }
        for (auto &a : entity.aliases)
            addAlias(index, std::move(a.form), std::move(a.kind), std::move(a.source));
    }
    return index;
}

void Planner::addAlias(int index, std::string form, std::string kind, std::string source)
{
    PlannedEntity &e = m_plan.entities[static_cast<std::size_t>(index)];
    NameKeys &keys = keysOf(form);
    const std::string &key = keys.norm;
    if (key.empty())
        return;
    m_byNorm.try_emplace({e.type, key}, index);
    if (e.type == EntityType::Organization)
        m_byNorm.try_emplace({e.type, organizationKey(form, keys)}, index);
    auto &aliasKeys = m_aliasKeys[static_cast<std::size_t>(index)];
    if (std::ranges::find(aliasKeys, std::string_view(key)) != aliasKeys.end())
        return; // the entity already has a name with this key
    aliasKeys.emplace_back(key);
    // A form unambiguous enough to attach a new entity to a stored one by alias.
    const bool matchForm = keys.normLength >= 3;
    if (matchForm && !(e.type == EntityType::Meeting && isGenericMeetingName(form, m_lexicon)))
        e.matchForms.push_back(form);
    e.aliases.push_back({std::move(form), std::move(kind), std::move(source), key});
}

int Planner::local(EntityType type, std::string_view name) const
{
    NameKeys &keys = keysOf(name);
    auto it = m_byNorm.find({type, keys.norm});
    if (it == m_byNorm.end() && type == EntityType::Organization)
        it = m_byNorm.find({type, organizationKey(name, keys)});
    return it == m_byNorm.end() ? -1 : it->second;
}

// An entity only named by another one: found in this extraction, else planned as a reference.
int Planner::reference(EntityType type, const std::string &name)
{
    if (const int index = local(type, name); index >= 0)
        return index;
    PlannedEntity e;
    e.type = type;
    e.name = name;
    e.referenceOnly = true;
    switch (type) {
    case EntityType::Organization: e.uid = organizationUid(name, {}); break;
    case EntityType::Initiative: e.uid = initiativeUid(name); break;
    case EntityType::Meeting: e.uid = meetingNameUid(name); e.kind = "series"; break;
    case EntityType::Person: e.uid = personUid(name, {}); break;
    }
    e.aliases.push_back({name, "official", "extract"});
    return addEntity(std::move(e));
}

void Planner::addMentions(int index, const std::vector<Mention> &mentions)
{
    for (const auto &m : mentions) {
        m_mentionsOf[static_cast<std::size_t>(index)].push_back(static_cast<int>(m_plan.mentions.size()));
        m_plan.mentions.push_back({index, m});
    }
}

void Planner::addFact(int subject, std::string predicate, int object, std::string value)
{
    if (subject < 0 || subject == object || !m_factKeys.emplace(subject, predicate, object, value).second)
        return;
    PlannedFact fact{subject, std::move(predicate), object, std::move(value), 0.6, {}};
    const auto &subjectMentions = m_mentionsOf[static_cast<std::size_t>(subject)];
    const std::vector<int> none;
    const auto &objectMentions = object >= 0 ? m_mentionsOf[static_cast<std::size_t>(object)] : none;
    auto sentenceOf = [&](int m) { return m_plan.mentions[static_cast<std::size_t>(m)].mention.sentence; };
    auto fieldOf = [&](int m) -> const std::string & { return m_plan.mentions[static_cast<std::size_t>(m)].mention.field; };
    // Name mentions and mentions supporting this predicate; not e.g. the meeting's date words.
    auto names = [&](int m) {
        const std::string &f = fieldOf(m);
        return f.empty() || f == "name" || f == "alias" || f == fact.predicate;
    };
    // 1. The first sentence naming both ends.
    for (int sm : subjectMentions) {
        const int sentence = sentenceOf(sm);
        if (!names(sm) || sentence < 0 || (object >= 0 && std::ranges::none_of(objectMentions, [&](int om) { return sentenceOf(om) == sentence; })))
            continue;
        if (object < 0 && fieldOf(sm) != fact.predicate)
            continue;
        for (int m : subjectMentions)
            if (sentenceOf(m) == sentence && names(m))
                fact.evidence.push_back(m);
        for (int m : objectMentions)
            if (sentenceOf(m) == sentence && names(m))
                fact.evidence.push_back(m);
        fact.confidence = 1.0;
        break;
    }
    // 2. Else a subject mention that supports this predicate, plus the object's first mention.
    if (fact.evidence.empty()) {
        for (int m : subjectMentions)
            if (fieldOf(m) == fact.predicate || (fact.predicate == "role" && fieldOf(m) == "organization"))
                fact.evidence.push_back(m);
        if (!objectMentions.empty())
            fact.evidence.push_back(objectMentions.front());
        if (fact.evidence.empty() && !subjectMentions.empty())
            fact.evidence.push_back(subjectMentions.front());
    }
    std::ranges::sort(fact.evidence);
    const auto dup = std::ranges::unique(fact.evidence);
    fact.evidence.erase(dup.begin(), dup.end());
    m_plan.facts.push_back(std::move(fact));
}

// The plan mention of `entity` at m's span, or -1.
int Planner::mentionIndex(int entity, const Mention &m) const
{
    if (entity < 0 || static_cast<std::size_t>(entity) >= m_mentionsOf.size())
        return -1;
    for (const int k : m_mentionsOf[static_cast<std::size_t>(entity)]) {
        const auto &pm = m_plan.mentions[static_cast<std::size_t>(k)].mention;
        if (pm.start == m.start && pm.end == m.end)
            return k;
    }
    return -1;
}

// A typed relation: its evidence is the subject's and the object's mention in the sentence that
// states it (a unit named with its parent has one mention for both).
void Planner::addRelation(const ExtractedRelation &r)
{
    const auto typeOf = [](const std::string &t) { return t == "initiative" ? EntityType::Initiative : EntityType::Organization; };
    const int subject = local(typeOf(r.subjectType), r.subject);
    const int object = local(typeOf(r.objectType), r.object);
    if (subject < 0 || object < 0 || subject == object || !m_factKeys.emplace(subject, r.predicate, object, std::string()).second)
        return;
    PlannedFact fact{subject, r.predicate, object, {}, r.confidence, {}};
    for (const int k : {mentionIndex(subject, r.subjectMention), mentionIndex(object, r.objectMention)}) {
        if (k >= 0 && std::ranges::find(fact.evidence, k) == fact.evidence.end())
            fact.evidence.push_back(k);
    }
    if (fact.evidence.empty())
        return; // a fact without evidence is never written
    std::ranges::sort(fact.evidence);
    fact.date = r.date;
    fact.dateText = r.dateText;
    m_plan.facts.push_back(std::move(fact));
}

void Planner::addOrganization(const ExtractedOrganization &org)
{
    PlannedEntity e;
    e.type = EntityType::Organization;
    e.uid = organizationUid(org.name, org.gazetteerId);
    e.name = org.name;
    e.kind = org.kind;
    e.country = org.country;
    e.english = org.english;
    e.gazetteerId = org.gazetteerId;
    e.confidence = org.confidence;
    const std::string nameSource = org.gazetteerId.empty() ? "extract" : "gazetteer";
    e.aliases.push_back({org.name, "official", nameSource});
    if (!org.english.empty())
        e.aliases.push_back({org.english, "english", nameSource});
    const NameKeys &nameKeys = keysOf(org.name);
    const std::string &englishNorm = normKey(org.english);
    for (const auto &a : org.aliases)
        e.aliases.push_back({a, aliasKind(a, nameKeys, englishNorm), "extract"});
    if (const GazetteerEntry *g = gazetteerEntry(org.gazetteerId)) {
        if (e.english.empty())
            e.english = g->english;
        if (e.kind.empty())
            e.kind = g->kind;
        if (e.country.empty())
            e.country = g->country;
        e.aliases.push_back({g->name, "official", "gazetteer"});
        if (!g->english.empty())
            e.aliases.push_back({g->english, "english", "gazetteer"});
        const NameKeys &gazetteerName = keysOf(g->name);
        const std::string &gazetteerEnglish = normKey(g->english);
        for (const auto &a : g->aliases)
            e.aliases.push_back({a, aliasKind(a, gazetteerName, gazetteerEnglish), "gazetteer"});
    }
    for (const auto &m : org.mentions) {
        const std::string other = parenthesizedAlias(m_body, m.start, m.end);
        if (!other.empty())
            e.aliases.push_back({other, isLatinName(other) ? "english" : "surface", "extract"});
    }
    const int index = addEntity(std::move(e));
    addMentions(index, org.mentions);
}

int Planner::addInitiative(const ExtractedInitiative &ini)
{
    PlannedEntity e;
    e.type = EntityType::Initiative;
    e.uid = initiativeUid(ini.name);
    e.name = ini.name;
    e.kind = ini.kind;
    e.date = ini.date;
    e.dateText = ini.dateText;
    e.aliases.push_back({ini.name, "official", "extract"});
    const NameKeys &nameKeys = keysOf(ini.name);
    for (const auto &a : ini.aliases)
        e.aliases.push_back({a, aliasKind(a, nameKeys), "extract"});
    // "국산 AI반도체를 활용한 K-클라우드 추진방안" is also "K-클라우드 추진방안" elsewhere.
    if (const std::string core = initiativeCoreName(ini.name); !core.empty())
        e.aliases.push_back({core, aliasKind(core, nameKeys), "extract"});
    const int index = addEntity(std::move(e));
    addMentions(index, ini.mentions);
    return index;
}

int Planner::addMeeting(const ExtractedMeeting &mt)
{
    PlannedEntity e;
    e.type = EntityType::Meeting;
    e.uid = meetingUid(mt.name, mt.series, mt.ordinal, mt.date, m_lexicon, m_articleScope);
    e.genericName = isGenericMeetingName(mt.name, m_lexicon);
    e.name = mt.name;
    e.kind = mt.kind;
    e.date = mt.date;
    e.endDate = mt.endDate;
    e.dateText = mt.dateText;
    e.place = mt.place;
    const MeetingOrdinal parsed = splitMeetingOrdinal(mt.name);
    e.series = !mt.series.empty() ? mt.series : parsed.series;
    e.ordinal = mt.ordinal > 0 ? mt.ordinal : parsed.ordinal;
    e.aliases.push_back({mt.name, "official", "extract"});
    // "회의", "첫 회의", "컨퍼런스": the article's short references name no event outside it; as
    // stored aliases they would match (and merge) another article's meeting of the same kind.
    const NameKeys &nameKeys = keysOf(mt.name);
    for (const auto &a : mt.aliases)
        if (!isGenericMeetingName(a, m_lexicon))
            e.aliases.push_back({a, aliasKind(a, nameKeys), "extract"});
    const int index = addEntity(std::move(e));
    addMentions(index, mt.mentions);
    return index;
}

// A person, with the post the article gives them (role / member_of, or a former one).
void Planner::addPerson(const ExtractedPerson &p)
{
    int org = -1;
    if (!p.organization.empty())
        org = reference(EntityType::Organization, p.organization);
    PlannedEntity e;
    e.type = EntityType::Person;
    e.uid = personUid(p.name, org >= 0 ? m_plan.entities[static_cast<std::size_t>(org)].uid : std::string());
    e.name = stripTrailingParticle(p.name);
    e.kind = p.role;
    e.confidence = p.confidence;
    e.formerPost = org >= 0 && p.former;
    e.aliases.push_back({e.name, "official", "extract"});
    const int index = addEntity(std::move(e));
    addMentions(index, p.mentions);
    if (org >= 0 && p.former) {
        // "전 CEO": the post is a past one; its value is the role without the marker.
        std::string role = p.role;
        if (role.starts_with("전 "))
            role.erase(0, std::string_view("전 ").size());
        addFact(index, role.empty() ? "former_member_of" : "former_role", org, role);
    } else if (org >= 0) {
        addFact(index, p.role.empty() ? "member_of" : "role", org, p.role);
    }
}

// The initiative's owners and the initiative it is part of (named, or by its phase-less name).
void Planner::addInitiativeFacts(const ExtractedInitiative &ini, int index)
{
    for (const auto &owner : ini.owners)
        addFact(index, "owner", reference(EntityType::Organization, owner), {});
    std::string parent = ini.partOf;
    if (parent.empty()) {
        parent = parentInitiativeName(ini.name);
        if (!parent.empty() && local(EntityType::Initiative, parent) < 0 && !isInitiativeHead(parent))
            parent.clear();
    }
    if (!parent.empty())
        addFact(index, "part_of", reference(EntityType::Initiative, parent), {});
}

// The meeting's organizers, participants, discussed initiatives and what it is part of.
void Planner::addMeetingFacts(const ExtractedMeeting &mt, int index)
{
    for (const auto &o : mt.organizers)
        addFact(index, "organizer", reference(EntityType::Organization, o), {});
    for (const auto &o : mt.participants)
        addFact(index, "participant", reference(EntityType::Organization, o), {});
    for (const auto &ini : mt.initiatives)
        addFact(index, "discussed", reference(EntityType::Initiative, ini), {});
    const PlannedEntity &self = m_plan.entities[static_cast<std::size_t>(index)];
    if (!mt.partOf.empty()) {
        int parent = local(EntityType::Meeting, mt.partOf);
        if (parent < 0)
            parent = local(EntityType::Organization, mt.partOf);
        if (parent < 0)
            parent = local(EntityType::Initiative, mt.partOf);
        if (parent < 0)
            parent = reference(EntityType::Meeting, mt.partOf);
        addFact(index, "part_of", parent, {});
    } else if (self.ordinal > 0 && !self.series.empty()) {
        // "제3차 전략대화" belongs to a series, but "전략대화" alone does not say which one.
        const std::string series = splitMeetingOrdinal(self.series).series;
        if (!isGenericMeetingName(series, m_lexicon))
            addFact(index, "part_of", reference(EntityType::Meeting, series), {});
    }
}

// Entities first (organizations, initiatives, meetings, people with their posts), then the facts
// between them once every entity of the article has its mentions, then the typed relations.
MergePlan Planner::run(const Extraction &x)
{
    // Every entity the extraction names, and a post's organisation for some people: no growth of
    // the entities (each a score of strings) while they are planned.
    const std::size_t expected = x.organizations.size() + x.initiatives.size() + x.meetings.size() + 2 * x.people.size();
    m_plan.entities.reserve(expected);
    m_aliasKeys.reserve(expected);
    m_mentionsOf.reserve(expected);
    for (const auto &org : x.organizations)
        addOrganization(org);
    std::vector<int> initiatives;
    for (const auto &ini : x.initiatives)
        initiatives.push_back(addInitiative(ini));
    std::vector<int> meetings;
    for (const auto &mt : x.meetings)
        meetings.push_back(addMeeting(mt));
    for (const auto &p : x.people)
        addPerson(p);

    for (std::size_t i = 0; i < x.initiatives.size(); ++i)
        addInitiativeFacts(x.initiatives[i], initiatives[i]);
    for (std::size_t i = 0; i < x.meetings.size(); ++i)
        addMeetingFacts(x.meetings[i], meetings[i]);
    for (const auto &r : x.relations)
        addRelation(r);
    return std::move(m_plan);
}

} // namespace

MergePlan planMerge(const Extraction &extraction, std::u32string_view body, const Gazetteer *gazetteer,
                    const Lexicon &lexicon, std::string_view articleScope)
{
    // The name keys' memo is forgotten here, between plans, never during one (see NameKeys).
    if (keyMemo().size() >= 20'000)
        keyMemo().clear();
    return Planner(body, gazetteer, lexicon, articleScope).run(extraction);
}

} // namespace sillok::core
