// Private to core/extract: what a sentence refers to without naming it: an initiative named
// before ("이 사업"), the initiative or alliance a list of participants joins, the initiative
// a sentence puts money in (relation_recognizer_internal.h).
#include "extract/relation_recognizer_internal.h"

#include "extract/text_scan.h"
#include "extract/topic.h"

#include <algorithm>
#include <optional>
#include <set>

namespace sillok::core::extract {

using namespace relation_internal;

namespace {

using namespace relation;

// An initiative or organisation named in an earlier sentence, standing in this one at token `at`.
Arg referentAt(bool initiative, std::size_t entity, const Mention &mention, std::size_t at)
{
    Arg a;
    a.initiative = initiative;
    a.entity = entity;
    a.mention = mention;
    a.first = at;
    a.after = at + 1;
    a.referent = true;
    return a;
}

// "선정된 기업은 A, B, C 등 8곳이다", "참가 기업으로는 A, B가 선정됐다": a sentence that lists the
// organisations selected for or taking part in something (a `participation` trigger, two or more
// organisations as subjects or bare list items) without naming it, right after sentences about
// an initiative, is about the latest initiative named in the three sentences before. The
// referent's Arg stands at the trigger word.
constexpr int kListReferentSentences = 3;

constexpr int kOperatorReferentSentences = 5;

// A verb of leading or joining a consortium at token k: 주관하다, 이끌다, 이름을 올리다.
bool consortiumVerb(const std::vector<Token> &toks, std::size_t k, std::size_t last)
{
    const auto &w = toks[k].text;
    if (toks[k].punct)
        return false;
    if (w.starts_with(U"주관하") || w.starts_with(U"주관해") || w.starts_with(U"이끌") || w.starts_with(U"이끈")
        || w.starts_with(U"이끄"))
        return true;
    return w == U"이름을" && k + 1 < last && toks[k + 1].text.starts_with(U"올");
}

// Of the initiatives named in the `window` sentences before `sentence`, the one the article
// named first (its own programme), at its last mention before the sentence: a consortium does the
// article's programme rather than one it is only linked to or funded through ("… 사업과 연계해
// 추진된다", "… 사업 예산으로 지원한다"). Linear in the initiatives' mentions.
const Mention *firstNamedBefore(const std::vector<ExtractedInitiative> &initiatives, int sentence, int window,
                                std::size_t &index)
{
    const Mention *best = nullptr;
    int bestFirst = sentence;
    for (std::size_t i = 0; i < initiatives.size(); ++i) {
        const Mention *last = nullptr;
        int first = sentence;
        for (const auto &m : initiatives[i].mentions) {
            if (m.sentence < 0 || m.sentence >= sentence)
                continue;
            first = std::min(first, m.sentence);
            if (!last || m.start > last->start)
                last = &m;
        }
        if (!last || last->sentence < sentence - window || (best && first >= bestFirst))
            continue;
        best = last;
        bestFirst = first;
        index = i;
    }
    return best;
}

// The sentence speaks of a consortium: 컨소시엄, or the roles of its members (주관기관, 참여기관).
bool consortiumSentence(const std::vector<Token> &toks, std::size_t first, std::size_t last)
{
    return std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(first),
                       toks.begin() + static_cast<std::ptrdiff_t>(last), [](const Token &t) {
                           return !t.punct
                                  && (t.text.starts_with(U"컨소시엄") || t.text.starts_with(U"주관기관")
                                      || t.text.starts_with(U"참여기관"));
                       });
}

// The first relation trigger (longest first) the word starts with is 선정, 참여 or 참가 of the
// participation kind. A different first letter answers without a comparison.
bool joinsAsParticipant(const Lexicon &lex, const Token &t)
{
    if (t.punct || !lex.startsWithForm("relation_trigger", t.text)) // most words: no form has their first letter
        return false;
    for (const auto &form : lex.forms("relation_trigger")) {
        if (!form.empty() && (form[0] != t.text[0] || !t.text.starts_with(form)))
            continue;
        return lex.note("relation_trigger", form) == "participation"
               && (form == U"선정" || form == U"참여" || form == U"참가");
    }
    return false;
}

// "한국산업은행이 200억 원을 출자했다", "산업통상부가 국비 140억 원을, 대구시가 시비 100억 원을
// 댔다": a sentence with a verb of putting money in (`fund_verb`) that names no initiative and no
// organisation as the goal (에) is about the latest initiative named in the five sentences
// before (SentenceReader::funders() asks for the sum of money). The referent's Arg stands at the
// verb.
constexpr int kFundReferentSentences = 5;

} // namespace

namespace relation_internal {

// "이 사업에는 A, B가 참여한다", "얼라이언스에는 …", "과기정통부는 이 사업에 … 투입한다": a sentence
// that names no initiative but refers back to one with its head noun (`initiative_head`), bare
// at the start of the sentence or after a demonstrative, is about the latest initiative with
// that head named in the three sentences before. The referent's Arg stands at the referring
// word (its particle, its token) with the initiative's last mention before the sentence.
std::optional<Arg> referredInitiative(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                                      const std::vector<ExtractedInitiative> &initiatives, const std::vector<Arg> &args,
                                      int sentence)
{
    if (std::ranges::any_of(args, [&](const Arg &a) { return a.initiative || orgs[a.entity].kind == "alliance"; }))
        return std::nullopt;
    const auto &toks = at.tokens();
    const auto &lex = at.lexicon();
    const auto [first, last] = at.sentenceTokens(sentence);
    for (std::size_t k = first; k < last; ++k) {
        const auto &t = toks[k];
        if (t.punct || !lex.has("initiative_head", t.stem))
            continue;
        const bool demonstrative = k > first && lex.has("demonstrative", toks[k - 1].stem);
        // "A와 B도 얼라이언스에 합류했다": a bare head noun that is the goal of the clause (에),
        // opening its phrase, refers back just as well.
        const bool dative = (t.tail == U"에" || t.tail == U"에는" || t.tail == U"에도") && k > first
                            && (toks[k - 1].punct || !toks[k - 1].tail.empty());
        if (k != first && !demonstrative && !dative)
            continue;
        const Mention *best = nullptr;
        std::size_t bestIndex = 0;
        bool bestInitiative = true;
        const auto consider = [&](bool initiative, std::size_t i, const std::string &name,
                                  const std::vector<Mention> &mentions) {
            if (!name.ends_with(u8(t.stem)))
                return;
            for (const auto &m : mentions) {
                // A demonstrative ("이 전략에") points further back than a bare head noun.
                if (m.sentence < sentence && m.sentence >= sentence - (demonstrative ? 6 : 3)
                    && (!best || m.start > best->start)) {
                    best = &m;
                    bestIndex = i;
                    bestInitiative = initiative;
                }
            }
        };
        for (std::size_t i = 0; i < initiatives.size(); ++i)
            consider(true, i, initiatives[i].name, initiatives[i].mentions);
        // "얼라이언스에는 A, B가 참여했다": an alliance recognised as an organisation.
        for (std::size_t i = 0; i < orgs.size(); ++i) {
            if (orgs[i].kind == "alliance")
                consider(false, i, orgs[i].name, orgs[i].mentions);
        }
        if (!best)
            return std::nullopt;
        Arg a = referentAt(bestInitiative, bestIndex, *best, k);
        a.tail = t.tail;
        a.role = roleOfTail(t.tail);
        return a;
    }
    return std::nullopt;
}

std::optional<Arg> listedParticipants(const ArticleText &at, const std::vector<ExtractedOrganization> &orgs,
                                      const std::vector<ExtractedInitiative> &initiatives, const LatestBefore &latest,
                                      const std::vector<Arg> &args, int sentence)
{
    if (std::ranges::any_of(args, [&](const Arg &a) { return a.initiative || orgs[a.entity].kind == "alliance"; }))
        return std::nullopt;
    const auto &toks = at.tokens();
    const auto &lex = at.lexicon();
    const auto [first, last] = at.sentenceTokens(sentence);
    std::size_t trigger = last;
    bool operating = false;
    // "첫 번째 컨소시엄은 A가 주관하고 B와 C가 참여한다", "D 컨소시엄에는 E가 이름을 올렸다": the
    // members of a consortium of the programme named before.
    const bool consortium = consortiumSentence(toks, first, last);
    for (std::size_t k = first; k < last && trigger == last; ++k) {
        if (consortium && consortiumVerb(toks, k, last)) {
            trigger = k;
            break;
        }
        if (joinsAsParticipant(lex, toks[k]))
            trigger = k;
        // "사업 운영은 B 산하 C가 맡는다", "교육은 D가 총괄한다": the body that runs it.
        if (trigger == last && lex.startsWithForm("operator_verb", toks[k].text)) {
            trigger = k;
            operating = true;
        }
    }
    // The task run is named before the verb as a topic or object ("운영은", "실무를", "사무국은").
    bool secretariat = false;
    if (operating) {
        bool task = false;
        for (std::size_t k = first; k < trigger; ++k) {
            const auto &t = toks[k];
            if (!lex.has("operator_task", t.stem)
                || !(t.tail == U"은" || t.tail == U"는" || t.tail == U"을" || t.tail == U"를"))
                continue;
            task = true;
            secretariat = secretariat || lex.note("operator_task", t.stem) == "alliance";
        }
        if (!task)
            return std::nullopt;
    }
    if (trigger == last)
        return std::nullopt;
    const auto subjectBefore = [&](const Arg &a) {
        const std::size_t tok = at.tokenAt(a.mention.start);
        return tok < trigger && isSubjectParticle(tailAfter(at, a.mention.start, a.mention.end));
    };
    if (operating && std::ranges::none_of(args, subjectBefore))
        return std::nullopt;
    std::set<std::size_t> listed;
    for (const auto &a : args) {
        const std::size_t tok = at.tokenAt(a.mention.start);
        const bool listItem = tok > first && (toks[tok - 1].ch() == U',' || isListDot(toks[tok - 1].ch()));
        std::size_t end = tok;
        while (end + 1 < last && toks[end + 1].start < a.mention.end)
            ++end;
        const bool listOpen = end + 1 < last && (toks[end + 1].ch() == U',' || isListDot(toks[end + 1].ch()));
        if (listItem || listOpen)
            listed.insert(a.entity);
    }
    if (listed.size() < 2 && !operating && !consortium)
        return std::nullopt;
    const auto &init = latest.initiative[static_cast<std::size_t>(sentence)];
    const Mention *best = init.mention;
    std::size_t bestIndex = init.index;
    // "컨소시엄에는 A, B가 참여한다", "여기에 C, D가 참여기관으로 이름을 올렸다": the article's own
    // programme.
    if (consortium && !operating) {
        std::size_t own = 0;
        if (const Mention *m = firstNamedBefore(initiatives, sentence, kOperatorReferentSentences, own)) {
            best = m;
            bestIndex = own;
        }
    }
    bool bestInitiative = true;
    // "사무국은 C가 맡는다" after an alliance recognised as an organisation: a secretariat serves
    // the latest alliance named before.
    if (secretariat)
        best = nullptr;
    if (const auto &al = latest.alliance[static_cast<std::size_t>(sentence)];
        operating && al.mention && (!best || al.mention->start > best->start)) {
        best = al.mention;
        bestIndex = al.index;
        bestInitiative = false;
    }
    // The body that runs an initiative is often named a few sentences after it.
    if (!best
        || best->sentence < sentence - (operating || consortium ? kOperatorReferentSentences : kListReferentSentences))
        return std::nullopt;
    return referentAt(bestInitiative, bestIndex, *best, trigger);
}

std::optional<Arg> fundedInitiative(const ArticleText &at, const LatestBefore &latest, std::vector<Arg> &args,
                                    int sentence)
{
    if (std::ranges::any_of(args, [&](const Arg &a) {
            return roleOfTail(tailAfter(at, a.mention.start, a.mention.end)) == Role::Dative;
        }))
        return std::nullopt;
    const auto &toks = at.tokens();
    const auto &lex = at.lexicon();
    const auto [first, last] = at.sentenceTokens(sentence);
    std::size_t verb = last;
    for (std::size_t k = first; k < last && verb == last; ++k) {
        if (!toks[k].punct && lex.startsWithForm("fund_verb", toks[k].text))
            verb = k;
    }
    if (verb == last)
        return std::nullopt;
    // "K-AI반도체 성장펀드는 과기정통부가 1,200억 원을, 산업은행이 800억 원을 대 조성됐다", "펀드
    // 재원은 A가 …": an initiative that is the topic of the sentence, or one it refers back to
    // with its head noun, is the one funded.
    if (std::ranges::any_of(args, [](const Arg &a) { return a.initiative; })) {
        for (auto &a : args) {
            const auto tail = a.referent ? a.tail : tailAfter(at, a.mention.start, a.mention.end);
            if (a.initiative && (a.referent || tail == U"은" || tail == U"는") && roleOfTail(tail) != Role::Dative
                && (a.referent ? a.first : at.tokenAt(a.mention.start)) < verb) {
                a.funded = true;
                break;
            }
        }
        return std::nullopt;
    }
    const Mention *best = latest.initiative[static_cast<std::size_t>(sentence)].mention;
    const std::size_t bestIndex = latest.initiative[static_cast<std::size_t>(sentence)].index;
    if (!best || best->sentence < sentence - kFundReferentSentences)
        return std::nullopt;
    Arg a = referentAt(true, bestIndex, *best, verb);
    a.funded = true;
    return a;
}

} // namespace relation_internal

} // namespace sillok::core::extract
