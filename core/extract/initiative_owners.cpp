// Private to core/extract: the owners and dates of the merged initiatives: the subject of an
// owning verb, the possessor before the name, the article's topic organisations, and the date of
// the sentence that names it.
#include "extract/initiative_recognizer_internal.h"

#include "extract/text_scan.h"
#include "extract/topic.h"

#include <algorithm>

namespace sillok::core::extract {

using namespace initiative_internal;

namespace initiative_internal {

// The sentence has an owner verb (`owner_verb`: 발표, 추진… followed by an ending).
bool hasOwnerVerb(const ArticleText &at, int sentence)
{
    const auto &toks = at.tokens();
    const auto [first, last] = at.sentenceTokens(sentence);
    bool ownerVerb = false;
    for (std::size_t k = first; k < last; ++k) {
        for (const auto &v : at.lexicon().forms("owner_verb"))
            ownerVerb = ownerVerb || (toks[k].text.starts_with(v) && toks[k].text.size() > v.size());
    }
    return ownerVerb;
}

// Owners: organisations that are the subject (은/는/이/가) before the first mention.
void attachOwners(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                  const std::vector<OrgSpan> &spans, ExtractedInitiative &e)
{
    const auto &toks = at.tokens();
    const auto [first, last] = at.sentenceTokens(e.mentions.front().sentence);
    for (std::size_t k = first; k < last; ++k) {
        const auto &t = toks[k];
        if (t.start >= e.mentions.front().start)
            break;
        if (t.tail != U"은" && t.tail != U"는" && t.tail != U"이" && t.tail != U"가")
            continue;
        for (const auto &sp : spans) {
            if (sp.end == t.stemEnd) {
                const auto &name = orgs[static_cast<std::size_t>(sp.org)].name;
                if (std::ranges::find(e.owners, name) == e.owners.end())
                    e.owners.push_back(name);
            }
        }
    }
}

// "중소벤처기업부의 '팁스(TIPS)' 프로그램", "창업진흥원이 운영하는 '초기창업패키지'", "Arm의 스타트업
// 지원 프로그램인 'X'": at any mention, the organisation in 의 right before it (an opening quote
// may stand between), the possessor (의) of an apposition in 인 right before it, or the subject of
// an adnominal owner verb right before it (`owner_adnominal`: 추진하는, 운영하는, 주관하는, 만든,
// 키우는…; the subject up to eight words before the verb, with the partners joined to it: "A가 B,
// C와 함께 추진하는 'X'") owns the initiative.
// Returns whether the first mention has such an owner (then the subjects before it are not its owners).
bool attachPossessorOwners(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                           const std::vector<OrgSpan> &spans, const SpansByEnd &byEnd, ExtractedInitiative &e)
{
    bool atFirst = false;
    const auto &toks = at.tokens();
    const auto &lex = at.lexicon();
    const auto orgEndingAt = [&](const Token &t) {
        const auto it = byEnd.find(t.stemEnd);
        return it == byEnd.end() || it->second.empty() ? -1 : spans[it->second.back()].org;
    };
    const auto adnominalOwnerVerb = [&](const Token &t) {
        if (t.punct
            || !(t.text.ends_with(U"는") || t.text.ends_with(U"한") || t.text.ends_with(U"인")
                 || t.text.ends_with(U"은")))
            return false;
        return lex.startsWithForm("owner_adnominal", t.text);
    };
    // The organisation in a token with one of `tails` within `reach` tokens before token j.
    const auto orgBefore = [&](std::size_t j, std::size_t first, std::size_t reach,
                               std::initializer_list<std::u32string_view> tails) {
        for (std::size_t i = j; i-- > first && i + reach >= j;) {
            if (toks[i].punct)
                break;
            if (std::ranges::find(tails, std::u32string_view(toks[i].tail)) != tails.end())
                return orgEndingAt(toks[i]);
        }
        return -1;
    };
    for (const auto &m : e.mentions) {
        const std::size_t first = at.sentenceTokens(m.sentence).first;
        std::size_t j = at.tokenAt(m.start);
        while (j > first && toks[j - 1].punct && isOpenQuote(toks[j - 1].ch()))
            --j;
        if (j == first)
            continue;
        const Token &p = toks[j - 1];
        int owner = -1;
        std::vector<int> partners; // "A가 B, C와 함께 추진하는 'X'": owners with the subject
        if (p.tail == U"의")
            owner = orgEndingAt(p);
        else if (adnominalOwnerVerb(p)) {
            // The subject of the clause, up to eight words before the verb ("중소벤처기업부가 … 유망
            // 기업을 키우는 'X'"), and the partners joined to it before the verb ("B, C와 함께").
            std::vector<int> joined;
            for (std::size_t i = j - 1; i-- > first && i + 10 >= j - 1;) {
                const auto &t = toks[i];
                if (t.punct) {
                    if (t.ch() == U',' || isListDot(t.ch()))
                        continue;
                    break;
                }
                const int o = orgEndingAt(t);
                if (o >= 0 && (t.tail == U"이" || t.tail == U"가" || t.tail == U"은" || t.tail == U"는")) {
                    owner = o;
                    break;
                }
                const bool listed =
                    t.tail.empty() && i + 1 < toks.size() && (toks[i + 1].ch() == U',' || isListDot(toks[i + 1].ch()));
                if (o >= 0 && (t.tail == U"와" || t.tail == U"과" || (listed && !joined.empty())))
                    joined.push_back(o);
            }
            if (owner >= 0)
                partners = std::move(joined);
        } else if (!p.punct && p.text.ends_with(U"인"))
            owner = orgBefore(j - 1, first, 4, {U"의"});
        if (owner < 0)
            continue;
        atFirst = atFirst || &m == &e.mentions.front();
        partners.insert(partners.begin(), owner);
        for (const int o : partners) {
            const auto &name = orgs[static_cast<std::size_t>(o)].name;
            if (std::ranges::find(e.owners, name) == e.owners.end())
                e.owners.push_back(name);
        }
    }
    return atFirst;
}

// The date: the last non-target date before the first mention in its sentence, at most eight
// tokens before it, not an event's, with no other initiative in between ("지난 4월 발표한
// AI-반도체 이니셔티브와 K-클라우드 프로젝트": the date is the nearer one's).
void attachDate(const ArticleText &at, const std::vector<ExtractedInitiative> &out,
                const std::vector<DateMention> &dates, ExtractedInitiative &e)
{
    const auto &toks = at.tokens();
    const int s = e.mentions.front().sentence;
    const std::size_t mentionTok = at.tokenAt(e.mentions.front().start);
    const auto anotherInBetween = [&](const DateMention &d) {
        return std::ranges::any_of(out, [&](const ExtractedInitiative &other) {
            return &other != &e && std::ranges::any_of(other.mentions, [&](const Mention &m) {
                return m.sentence == s && m.start >= d.end && m.end <= e.mentions.front().start;
            });
        });
    };
    for (const auto &d : dates) {
        const std::size_t dTok = at.tokenAt(d.end);
        if (d.sentence == s && !d.target && d.end <= e.mentions.front().start && dTok + 8 >= mentionTok
            && !(dTok < toks.size() && at.lexicon().has("event_trigger", toks[dTok].text)) && !anotherInBetween(d)) {
            e.date = d.date;
            e.dateText = d.text;
        }
    }
}

// "K-클라우드 프로젝트는 … 추진방안을 발표하면서 본격적으로 추진했다", "정부가 추진하고 있는
// AI-반도체 이니셔티브": a sentence with an owner verb that names no actor before the
// initiative leaves it to the article's topic organisations; a generic actor (정부) stands for
// the topic's government bodies.
void attachTopicOwners(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                       const std::vector<OrgSpan> &spans, const std::vector<std::size_t> &topics,
                       ExtractedInitiative &e)
{
    if (topics.empty())
        return;
    for (const auto &m : e.mentions) {
        if (!hasOwnerVerb(at, m.sentence))
            continue;
        const bool generic = genericSubject(at, m.sentence, m.start);
        if (!generic
            && !sentenceLacksSubject(at, spans, m.sentence, at.sentences()[static_cast<std::size_t>(m.sentence)].end))
            continue;
        for (const std::size_t t : topics) {
            if (!generic || orgs[t].kind == "government")
                e.owners.push_back(orgs[t].name);
        }
        return;
    }
}

} // namespace initiative_internal

} // namespace sillok::core::extract
