// Private to core/extract: who organizes a meeting and who takes part in it (attachOrganizers,
// attachParticipantsAndInitiatives): the subject of the sentence that names it, the hosts and
// presenters around it, the actors at its place and the initiatives it is about.
#include "extract/meeting_recognizer_internal.h"

#include "extract/text_scan.h"
#include "extract/topic.h"

#include <algorithm>

namespace sillok::core::extract {

using namespace meeting_internal;

using namespace meeting_rules;

namespace {

// The organisation of `sp` and the items of a list right before it in its sentence (whose first
// token is `first`): "사피온코리아, 퓨리오사AI, 리벨리온에서도", "A, B와 C가 함께".
void addWithListBefore(const MeetingContext &cx, std::size_t first, const OrgSpan &sp, std::vector<std::string> &into)
{
    const auto &toks = cx.at.tokens();
    addUnique(into, cx.orgs[static_cast<std::size_t>(sp.org)].name);
    for (std::size_t k = cx.at.tokenAt(sp.start);
         k >= first + 2 && (toks[k - 1].ch() == U',' || isListDot(toks[k - 1].ch())); k -= 2) {
        const int o = organizationAt(cx.spans, toks[k - 2].start, toks[k - 2].stemEnd);
        if (o < 0 || !toks[k - 2].tail.empty())
            break;
        addUnique(into, cx.orgs[static_cast<std::size_t>(o)].name);
    }
}

// "NIPA에서 … 소개했다", "사피온코리아, 퓨리오사AI, 리벨리온에서도 … 발표했다": organisations
// that present (`present_verb`) from the place of the sentence (에서, 에서는, 에서도), with the
// items of a list before them.
void addPresenters(const MeetingContext &cx, int s, std::vector<std::string> &into)
{
    if (!sentenceSays(cx.at, s, "present_verb"))
        return;
    const auto [a, b] = cx.at.sentenceTokens(s);
    const auto [lo, hi] = std::ranges::equal_range(cx.spanSentence, s);
    for (auto it = lo; it != hi; ++it) {
        const auto &sp = cx.spans[static_cast<std::size_t>(it - cx.spanSentence.begin())];
        const auto tail = tailAfter(cx.at, sp.start, sp.end);
        if (tail != U"에서" && tail != U"에서는" && tail != U"에서도")
            continue;
        // It and the items of a list before it: "사피온코리아, 퓨리오사AI, 리벨리온에서도".
        addWithListBefore(cx, a, sp, into);
    }
}

// The sentence names another meeting as the place it happens at while m is only referred to.
bool elsewhere(const MeetingContext &cx, std::size_t mi, int s)
{
    const auto it = cx.meetingsBySentence.find(s);
    if (it == cx.meetingsBySentence.end())
        return false;
    bool mine = false;
    bool other = false;
    for (const auto &[i, venue] : it->second) {
        if (i == mi)
            mine = mine || venue;
        else
            other = other || venue;
    }
    return other && !mine;
}

// A mention of the meeting names it as the place its sentence happens at: "…에서", or "…에" when
// the sentence says one takes part (`attend_word`: "‘X 2024’에 참가해", "…에 공동 부스를").
bool namedAsPlace(const MeetingContext &cx, const Mention &mm)
{
    const auto tail = tailAfter(cx.at, mm);
    if (tail == U"에서" || tail == U"에서는" || tail == U"에서도")
        return true;
    // "GTC 2024 전시장에서": a place of the event (`event_venue_noun`) right after its name.
    const auto &toks = cx.at.tokens();
    const std::size_t last = cx.at.tokenAt(mm.end - 1);
    if (tail.empty() && last + 1 < toks.size() && toks[last + 1].sentence == mm.sentence
        && cx.at.lexicon().has("event_venue_noun", toks[last + 1].stem) && toks[last + 1].tail == U"에서")
        return true;
    return (tail == U"에" || tail == U"에는" || tail == U"에도") && sentenceSays(cx.at, mm.sentence, "attend_word");
}

// The word right before the mention (past an opening quote) says someone holds the event
// (`venue_held_form`: "… 열린 ‘X 2024’에서").
bool heldBySomeone(const MeetingContext &cx, const Mention &mm)
{
    const auto &toks = cx.at.tokens();
    std::size_t k = cx.at.tokenAt(mm.start);
    if (k > 0 && toks[k].punct && isOpenQuote(toks[k].ch()))
        --k; // the mention starts at its quote
    else if (k > 0 && toks[k - 1].punct && isOpenQuote(toks[k - 1].ch()))
        --k;
    return k > 0 && toks[k - 1].sentence == mm.sentence && cx.at.lexicon().has("venue_held_form", toks[k - 1].text);
}

// "두 회사는 …", "양사는 …": a subject before `beforeCp` in the sentence that stands for the two
// organisations joined as a subject before it ("X와 Y가 하나로 합친다").
bool bothCompaniesSubject(const MeetingContext &cx, int sentence, int beforeCp)
{
    if (!pairBefore(cx, sentence))
        return false;
    const auto &toks = cx.at.tokens();
    const auto [a, b] = cx.at.sentenceTokens(sentence);
    for (std::size_t k = a; k < b && toks[k].end <= beforeCp; ++k) {
        const auto &t = toks[k];
        if (!isSubjectTail(t) || !cx.at.lexicon().has("company_pronoun", t.stem))
            continue;
        const bool two = t.stem == U"양사" || (k > a && (toks[k - 1].text == U"두" || toks[k - 1].text == U"양"));
        if (two)
            return true;
    }
    return false;
}

void addBothCompanies(const MeetingContext &cx, int sentence, std::vector<std::string> &into)
{
    const auto *p = pairBefore(cx, sentence);
    addUnique(into, cx.orgs[static_cast<std::size_t>(p->first)].name);
    addUnique(into, cx.orgs[static_cast<std::size_t>(p->second)].name);
}

// The meeting's name opens with one of the organisation's names ("KT클라우드 서밋 2025").
bool namesAfter(const ExtractedMeeting &m, const ExtractedOrganization &org)
{
    const auto opens = [&](const std::string &n) {
        return !n.empty() && (m.name.starts_with(n) || std::ranges::any_of(m.aliases, [&](const std::string &a) {
                                  return a.starts_with(n);
                              }));
    };
    return opens(org.name) || std::ranges::any_of(org.aliases, opens);
}

// Organisers from one mention: organisations that are subjects (은/는/이/가) before it in its
// sentence.
void attachOrganizersAt(const MeetingContext &cx, ExtractedMeeting &m, const Mention &first)
{
    // "X는 … 열린 ‘Y 2024’에서": X attends Y (addActorsAtPlace), unless Y carries X's name
    // ("KT클라우드는 … 열린 ‘KT클라우드 서밋’에서").
    const bool attends = namedAsPlace(cx, first) && heldBySomeone(cx, first);
    const auto [lo, hi] = std::ranges::equal_range(cx.spanSentence, first.sentence);
    for (auto it = lo; it != hi; ++it) {
        const auto &sp = cx.spans[static_cast<std::size_t>(it - cx.spanSentence.begin())];
        const auto &org = cx.orgs[static_cast<std::size_t>(sp.org)];
        if (sp.end <= first.start && isSubjectParticle(tailAfter(cx.at, sp.start, sp.end))
            && (!attends || namesAfter(m, org)))
            addUnique(m.organizers, org.name);
    }
    // "대구시와 대구테크노파크는 … 개소식을 열었다": the organisation joined to an organiser.
    for (const auto &pair :
         std::ranges::equal_range(cx.subjectPairs, first.sentence, {}, &MeetingContext::Pair::sentence)) {
        if (std::ranges::find(m.organizers, cx.orgs[static_cast<std::size_t>(pair.second)].name) != m.organizers.end())
            addUnique(m.organizers, cx.orgs[static_cast<std::size_t>(pair.first)].name);
    }
    // "두 회사는 21일 … 합병 계약 체결식을 열었다".
    if (m.organizers.empty() && !attends && sentenceSays(cx.at, first.sentence, "held_verb")
        && bothCompaniesSubject(cx, first.sentence, first.start))
        addBothCompanies(cx, first.sentence, m.organizers);
}

// "X는 … 열린 ‘Y 2024’에서 신제품을 공개했다", "왼쪽부터 A 대표, B 부사장이 … 열린 체결식에서
// 기념 촬영을 하고 있다": who acts at a meeting named as the place of the sentence attends it —
// the organisations before the mention (not a venue: "대한상공회의소에서 열린"), the
// organisations of the people before it, and a partner joined after it ("…에서 Z와 계약을
// 맺었다", "…에 Z와 공동 부스를").
void addActorsAtPlace(const MeetingContext &cx, const Mention &mm, std::vector<std::string> &into)
{
    const auto [lo, hi] = std::ranges::equal_range(cx.spanSentence, mm.sentence);
    for (auto it = lo; it != hi; ++it) {
        const auto &sp = cx.spans[static_cast<std::size_t>(it - cx.spanSentence.begin())];
        const auto tail = tailAfter(cx.at, sp.start, sp.end);
        const bool before = sp.end <= mm.start && tail != U"에서" && tail != U"에서는";
        const bool partner = sp.start >= mm.end && (tail == U"와" || tail == U"과");
        if (before || partner)
            addUnique(into, cx.orgs[static_cast<std::size_t>(sp.org)].name);
    }
    if (bothCompaniesSubject(cx, mm.sentence, mm.start)) // "두 회사는 … 열린 ‘X 포럼’에서 계약을 맺었다"
        addBothCompanies(cx, mm.sentence, into);
    if (const auto p = cx.peopleBySentence.find(mm.sentence); p != cx.peopleBySentence.end()) {
        for (const std::size_t i : p->second) {
            // "… 열린 체결식에서 (왼쪽부터) A 대표, B 실장이 기념촬영을": people after it too.
            const bool there = std::ranges::any_of(cx.people[i].mentions, [&](const Mention &pm) {
                return pm.sentence == mm.sentence && (pm.end <= mm.start || pm.start >= mm.end);
            });
            if (there)
                addUnique(into, cx.people[i].organization);
        }
    }
}

// "포럼은 A와 B가 공동 주최했다", "A가 주최하고 B가 주관한 ‘X’", "X는 … A 주관으로 열린다":
// the organisation right before a word of hosting (`host_word`: 주최, 주관) — as its subject
// (이/가) or glued to it with 로/으로 — and the organisations joined to it with 와/과 organise
// the meeting its sentence names; so does the subject right after its adnominal form ("포럼을
// 주최한 X는").
void addHosts(const MeetingContext &cx, int s, std::vector<std::string> &into)
{
    const auto &toks = cx.at.tokens();
    const auto &lex = cx.at.lexicon();
    const auto [a, b] = cx.at.sentenceTokens(s);
    for (std::size_t k = a + 1; k < b; ++k) {
        // A verb or 로-form of the word (주최했다, 주관한, 주관으로), not a compound (주관기관).
        const auto hosting = [&](const std::u32string &w) {
            if (!toks[k].text.starts_with(w))
                return false;
            const auto rest = std::u32string_view(toks[k].text).substr(w.size());
            return rest.empty() || std::u32string_view(U"하한했해로으").find(rest.front()) != std::u32string_view::npos;
        };
        if (std::ranges::none_of(lex.forms("host_word"), hosting))
            continue;
        // "이번 포럼을 주최한 대한무역투자진흥공사(KOTRA)는": the subject right after the
        // adnominal form hosts it.
        if (toks[k].text.ends_with(U"한") && k + 1 < b) {
            const auto [lo, hi] = std::ranges::equal_range(cx.spanSentence, s);
            for (auto it = lo; it != hi; ++it) {
                const auto &sp = cx.spans[static_cast<std::size_t>(it - cx.spanSentence.begin())];
                if (sp.start == toks[k + 1].start && isSubjectParticle(tailAfter(cx.at, sp.start, sp.end)))
                    addUnique(into, cx.orgs[static_cast<std::size_t>(sp.org)].name);
            }
        }
        std::size_t j = k - 1;
        if (toks[j].text == U"공동" && j > a) // "공동 주최했다"
            --j;
        // "미국소비자기술협회(CTA) 주관으로": past the organisation's gloss.
        if (toks[j].ch() == U')' && toks[k].text.ends_with(U"로")) {
            std::size_t open = j;
            while (open > a && open + 8 > j && toks[open].ch() != U'(')
                --open;
            if (toks[open].ch() == U'(' && open > a)
                j = open - 1;
        }
        const int o = organizationAt(cx.spans, toks[j].start, toks[j].stemEnd);
        const bool ok =
            o >= 0 && (isSubjectParticle(toks[j].tail) || (toks[j].tail.empty() && (toks[k].text.ends_with(U"로"))));
        if (!ok)
            continue;
        addUnique(into, cx.orgs[static_cast<std::size_t>(o)].name);
        // "A와 B가": the organisations joined before it.
        for (std::size_t i = j; i > a && i + 4 > j;) {
            --i;
            const int p = organizationAt(cx.spans, toks[i].start, toks[i].stemEnd);
            if (p < 0)
                continue;
            if (toks[i].tail != U"와" && toks[i].tail != U"과" && !(i + 1 < b && toks[i + 1].ch() == U','))
                break;
            addUnique(into, cx.orgs[static_cast<std::size_t>(p)].name);
        }
    }
}

// "충북도는 … 청주시, SK하이닉스, 충북대와 ‘… 업무협약식’을 가졌다": the organisations joined
// with 와/과 (and the items of a list before them) to the subject of a sentence that holds the
// meeting (`held_verb`, the meeting its object) take part in it.
void addCoHolders(const MeetingContext &cx, const Mention &mm, std::vector<std::string> &into)
{
    const auto tail = tailAfter(cx.at, mm);
    if ((tail != U"을" && tail != U"를") || !sentenceSays(cx.at, mm.sentence, "held_verb"))
        return;
    const auto [a, b] = cx.at.sentenceTokens(mm.sentence);
    const auto [lo, hi] = std::ranges::equal_range(cx.spanSentence, mm.sentence);
    for (auto it = lo; it != hi; ++it) {
        const auto &sp = cx.spans[static_cast<std::size_t>(it - cx.spanSentence.begin())];
        const auto joint = tailAfter(cx.at, sp.start, sp.end);
        if (sp.end > mm.start || (joint != U"와" && joint != U"과"))
            continue;
        addWithListBefore(cx, a, sp, into);
    }
    (void)b;
}

} // namespace

namespace meeting_internal {

std::u32string tailAfter(const ArticleText &at, const Mention &mm)
{
    return tailAfter(at, mm.start, mm.end);
}

bool isVenueTail(std::u32string_view tail)
{
    return tail == U"에서" || tail == U"에서는" || tail == U"에서도" || tail == U"에는" || tail == U"에"
           || tail == U"에도";
}

// Organisers: those of the first mention; when it gives none (a headline names the event before
// the sentence that holds it: "…‘X’ 출범식…", then "과기정통부는 … ‘X’ 출범식을 열었다"), those
// of the first later mention that is the object of a holding verb (`held_verb`).
void attachOrganizers(const MeetingContext &cx, ExtractedMeeting &m)
{
    attachOrganizersAt(cx, m, m.mentions.front());
    for (std::size_t k = 1; k < m.mentions.size() && m.organizers.empty(); ++k) {
        const auto &mm = m.mentions[k];
        const auto tail = tailAfter(cx.at, mm);
        if ((tail == U"을" || tail == U"를") && sentenceSays(cx.at, mm.sentence, "held_verb"))
            attachOrganizersAt(cx, m, mm);
    }
}

// Participants: the organisations (and people's organisations) of sentences that mention it and
// say 참석/참여/참가, presenters at it, and the organisations of the next sentence when it opens
// by pointing back at it (`venue_anaphor`: 여기에는) or goes on with presenters ("…에서도").
// Initiatives: those named in sentences that mention it.
void attachParticipantsAndInitiatives(const MeetingContext &cx, std::size_t mi, ExtractedMeeting &m)
{
    const auto &toks = cx.at.tokens();
    std::vector<int> sentences;
    for (const auto &mm : m.mentions)
        sentences.push_back(mm.sentence);
    const int nSentences = static_cast<int>(cx.at.sentences().size());
    for (const auto &mm : m.mentions) {
        if (elsewhere(cx, mi, mm.sentence))
            continue;
        if (namedAsPlace(cx, mm))
            addActorsAtPlace(cx, mm, m.participants);
        addCoHolders(cx, mm, m.participants);
        addHosts(cx, mm.sentence, m.organizers);
    }
    for (int s : sentences) {
        if (elsewhere(cx, mi, s))
            continue;
        const auto [a, b] = cx.at.sentenceTokens(s);
        bool attend = false;
        for (std::size_t k = a; k < b; ++k)
            attend = attend || cx.at.lexicon().startsWithForm("attend_verb", toks[k].text);
        if (attend)
            addSentenceOrganizations(cx, s, m.participants);
        addPresenters(cx, s, m.participants);
        const int next = s + 1;
        if (next < nSentences && !cx.meetingsBySentence.contains(next)) {
            const auto [na, nb] = cx.at.sentenceTokens(next);
            const bool pointsBack =
                na < nb && std::ranges::any_of(cx.at.lexicon().forms("venue_anaphor"), [&](const std::u32string &w) {
                    return std::u32string_view(cx.at.text())
                        .substr(static_cast<std::size_t>(toks[na].start))
                        .starts_with(w);
                });
            if (pointsBack)
                addSentenceOrganizations(cx, next, m.participants);
            else
                addPresenters(cx, next, m.participants);
        }
        if (const auto ini = cx.initiativesBySentence.find(s); ini != cx.initiativesBySentence.end()) {
            for (const std::size_t i : ini->second)
                addUnique(m.initiatives, cx.initiatives[i].name);
        }
    }
}

} // namespace meeting_internal

} // namespace sillok::core::extract
