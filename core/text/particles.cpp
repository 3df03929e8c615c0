#include "text/particles.h"

#include "common/utf.h"
#include "text/normalize.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

namespace sillok::core {

namespace {

enum class Attach {
    Any,
    Consonant,        // after a final consonant (받침)
    Vowel,            // after a vowel
    ConsonantNotRieul, // 으로-type: after a 받침 other than ㄹ
    VowelOrRieul,     // 로-type: after a vowel or ㄹ
};

struct Particle {
    std::u32string_view text;
    Attach attach;
    bool verb; // a 하다-verb ending, used only with ParticleOptions::verbEndings
};

// §2.4 of docs/korean-text-notes.md.
constexpr Particle kParticles[] = {
    {U"에서부터", Attach::Any, false}, {U"으로부터", Attach::ConsonantNotRieul, false},
    {U"로부터", Attach::VowelOrRieul, false}, {U"에게서", Attach::Any, false}, {U"한테서", Attach::Any, false},
    {U"에서는", Attach::Any, false}, {U"에서도", Attach::Any, false}, {U"에서만", Attach::Any, false},
    {U"에서의", Attach::Any, false}, {U"에게는", Attach::Any, false}, {U"에게도", Attach::Any, false},
    {U"에게만", Attach::Any, false}, {U"에서", Attach::Any, false}, {U"에게", Attach::Any, false},
    {U"한테", Attach::Any, false}, {U"께서는", Attach::Any, false}, {U"께서도", Attach::Any, false},
    {U"께서", Attach::Any, false}, {U"에는", Attach::Any, false}, {U"에도", Attach::Any, false},
    {U"에만", Attach::Any, false}, {U"에의", Attach::Any, false}, {U"에선", Attach::Any, false},
    {U"까지는", Attach::Any, false}, {U"까지도", Attach::Any, false}, {U"까지의", Attach::Any, false},
    {U"까지", Attach::Any, false}, {U"부터는", Attach::Any, false}, {U"부터도", Attach::Any, false},
    {U"부터", Attach::Any, false}, {U"보다는", Attach::Any, false}, {U"보다도", Attach::Any, false},
    {U"보다", Attach::Any, false}, {U"처럼", Attach::Any, false}, {U"만큼", Attach::Any, false},
    {U"마저", Attach::Any, false}, {U"조차", Attach::Any, false}, {U"밖에", Attach::Any, false},
    {U"마다", Attach::Any, false}, {U"하고", Attach::Any, false}, {U"과의", Attach::Consonant, false},
    {U"와의", Attach::Vowel, false}, {U"과는", Attach::Consonant, false}, {U"와는", Attach::Vowel, false},
    {U"과도", Attach::Consonant, false}, {U"와도", Attach::Vowel, false},
    {U"으로서", Attach::ConsonantNotRieul, false}, {U"로서", Attach::VowelOrRieul, false},
    {U"으로써", Attach::ConsonantNotRieul, false}, {U"로써", Attach::VowelOrRieul, false},
    {U"으로는", Attach::ConsonantNotRieul, false}, {U"로는", Attach::VowelOrRieul, false},
    {U"으로도", Attach::ConsonantNotRieul, false}, {U"로도", Attach::VowelOrRieul, false},
    {U"으로만", Attach::ConsonantNotRieul, false}, {U"로만", Attach::VowelOrRieul, false},
    {U"으로의", Attach::ConsonantNotRieul, false}, {U"로의", Attach::VowelOrRieul, false},
    {U"으로", Attach::ConsonantNotRieul, false}, {U"로", Attach::VowelOrRieul, false},
    {U"으론", Attach::ConsonantNotRieul, false}, {U"론", Attach::VowelOrRieul, false},
    {U"이라는", Attach::Consonant, false}, {U"라는", Attach::Vowel, false},
    {U"이라고", Attach::Consonant, false}, {U"라고", Attach::Vowel, false},
    {U"이라며", Attach::Consonant, false}, {U"라며", Attach::Vowel, false},
    {U"이라면", Attach::Consonant, false}, {U"라면", Attach::Vowel, false},
    {U"이란", Attach::Consonant, false}, {U"란", Attach::Vowel, false},
    {U"이었다", Attach::Consonant, false}, {U"였다", Attach::Vowel, false},
    {U"이다", Attach::Consonant, false}, {U"입니다", Attach::Consonant, false},
    {U"이며", Attach::Consonant, false}, {U"이자", Attach::Consonant, false},
    {U"이나", Attach::Consonant, false}, {U"이든", Attach::Consonant, false},
    {U"이랑", Attach::Consonant, false}, {U"이야", Attach::Consonant, false},
    {U"은", Attach::Consonant, false}, {U"는", Attach::Vowel, false}, {U"이", Attach::Consonant, false},
    {U"가", Attach::Vowel, false}, {U"을", Attach::Consonant, false}, {U"를", Attach::Vowel, false},
    {U"과", Attach::Consonant, false}, {U"와", Attach::Vowel, false}, {U"의", Attach::Any, false},
    {U"에", Attach::Any, false}, {U"도", Attach::Any, false}, {U"만", Attach::Any, false},
    {U"엔", Attach::Any, false}, {U"들에게", Attach::Any, false},
    // 하다/되다/시키다 verb endings (search stems only).
    {U"했으며", Attach::Any, true}, {U"했습니다", Attach::Any, true}, {U"했지만", Attach::Any, true},
    {U"했다", Attach::Any, true}, {U"했고", Attach::Any, true}, {U"했던", Attach::Any, true},
    {U"한다", Attach::Any, true}, {U"하는", Attach::Any, true}, {U"하며", Attach::Any, true},
    {U"하기", Attach::Any, true}, {U"하여", Attach::Any, true}, {U"해서", Attach::Any, true},
    {U"할", Attach::Any, true}, {U"한", Attach::Any, true}, {U"됐다", Attach::Any, true},
    {U"되는", Attach::Any, true}, {U"된다", Attach::Any, true}, {U"되며", Attach::Any, true},
    {U"되고", Attach::Any, true}, {U"된", Attach::Any, true}, {U"될", Attach::Any, true},
    {U"시켰다", Attach::Any, true}, {U"시킨다", Attach::Any, true}, {U"시키는", Attach::Any, true},
    {U"시킨", Attach::Any, true},
};

// Nouns that end like a particle. A strip whose particle is a proper suffix of one of these
// (and the eojeol ends with it) would cut inside the noun, so it is blocked.
constexpr std::u32string_view kExceptions[] = {
    U"회의", U"협의", U"논의", U"합의", U"심의", U"토의", U"건의", U"동의", U"주의", U"정의", U"강의",
    U"모의", U"결의", U"질의", U"발의", U"편의", U"창의", U"의의", U"유의", U"민의",
    U"결과", U"성과", U"효과", U"통과", U"초과", U"분과", U"학과", U"부과", U"경과", U"사과", U"교과",
    U"마이크로", U"매크로", U"제로", U"프로", U"유로", U"메트로", U"레트로", U"히어로", U"회로", U"대로",
    U"도로", U"미로", U"기로", U"수로",
    U"한반도", U"반도", U"제도", U"정도", U"속도", U"온도", U"강도", U"밀도", U"지도", U"태도", U"용도",
    U"의도", U"시도", U"주도", U"신뢰도", U"인지도", U"만족도", U"의존도", U"집적도", U"완성도",
    U"난이도", U"경기도", U"강원도", U"제주도", U"충청도", U"전라도", U"경상도", U"인도",
    U"고양이", U"원숭이", U"어린이", U"유엔", U"백만", U"천만", U"수만", U"억만",
};

// The most common surnames (name candidates start with one of these).
constexpr std::u32string_view kSurnames = U"김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남";

// 2-syllable nouns that start with a surname syllable but are not given names.
constexpr std::u32string_view kCommonNouns[] = {
    U"장관", U"차관", U"실장", U"국장", U"과장", U"팀장", U"원장", U"소장", U"총장", U"대표", U"사장",
    U"회장", U"의원", U"교수", U"박사", U"정부", U"정책", U"정보", U"전략", U"전문", U"전자", U"조사",
    U"조직", U"한국", U"이번", U"이상", U"이날", U"장비", U"장기", U"임원", U"오늘", U"서비스", U"신규",
    U"신청", U"권한", U"황금", U"안전", U"송출", U"유럽", U"홍보", U"고객", U"문제", U"양산", U"손실",
    U"배터리", U"백서", U"허가", U"남부", U"김치", U"최근", U"최종", U"강화", U"조선", U"윤리", U"한편",
    U"오픈", U"서울", U"신용", U"권역", U"안보", U"송전", U"유통", U"고용", U"문화", U"양국", U"전력",
};

struct Tables {
    std::unordered_map<char32_t, std::vector<const Particle *>> byLast;
    std::unordered_set<std::u32string_view> particles;
    std::unordered_set<std::u32string_view> commonNouns;
    std::unordered_map<char32_t, std::vector<std::u32string_view>> exceptionsByLast;
};

const Tables &tables()
{
    static const Tables t = [] {
        Tables r;
        for (const Particle &p : kParticles) {
            r.byLast[p.text.back()].push_back(&p);
            if (!p.verb)
                r.particles.insert(p.text);
        }
        for (auto &[last, list] : r.byLast) {
            std::stable_sort(list.begin(), list.end(),
                             [](const Particle *a, const Particle *b) { return a->text.size() > b->text.size(); });
        }
        for (std::u32string_view w : kExceptions)
            r.exceptionsByLast[w.back()].push_back(w);
        for (std::u32string_view n : kCommonNouns)
            r.commonNouns.insert(n);
        return r;
    }();
    return t;
}

bool attachOk(Attach attach, char32_t before)
{
    const bool consonant = hasFinalConsonant(before);
    switch (attach) {
    case Attach::Any: return true;
    case Attach::Consonant: return consonant;
    case Attach::Vowel: return isHangulSyllable(before) && !consonant;
    case Attach::ConsonantNotRieul: return consonant && !hasFinalRieul(before);
    case Attach::VowelOrRieul: return isHangulSyllable(before) && (!consonant || hasFinalRieul(before));
    }
    return false;
}

bool blockedByException(std::u32string_view eojeol, std::size_t particleLen)
{
    const auto &byLast = tables().exceptionsByLast;
    const auto it = byLast.find(eojeol.back());
    if (it == byLast.end())
        return false;
    for (std::u32string_view w : it->second) {
        if (w.size() > particleLen && eojeol.ends_with(w))
            return true;
    }
    return false;
}

bool containsLast(std::u32string_view set, char32_t c) { return set.find(c) != std::u32string_view::npos; }

} // namespace

bool isParticle(std::u32string_view text) { return tables().particles.contains(text); }

bool isPersonNameCandidate(std::u32string_view eojeol)
{
    if (eojeol.size() != 3 || !std::all_of(eojeol.begin(), eojeol.end(), isHangulSyllable))
        return false;
    if (!containsLast(kSurnames, eojeol[0]) || !containsLast(U"은만도", eojeol[2]))
        return false;
    return !tables().commonNouns.contains(eojeol.substr(0, 2));
}

int stemPrefixLengths(std::u32string_view eojeol, const ParticleOptions &options, std::size_t *out, int maxOut)
{
    if (eojeol.size() < 2 || maxOut <= 0)
        return 0;
    const auto it = tables().byLast.find(eojeol.back());
    if (it == tables().byLast.end())
        return 0;
    if (options.isProtected && options.isProtected(eojeol))
        return 0;
    if (options.protectNames && isPersonNameCandidate(eojeol))
        return 0;
    int count = 0;
    auto add = [&](std::size_t len) {
        for (int k = 0; k < count; ++k) {
            if (out[k] == len)
                return;
        }
        if (count < maxOut)
            out[count++] = len;
    };
    for (const Particle *p : it->second) {
        if (p->verb && !options.verbEndings)
            continue;
        if (p->text.size() >= eojeol.size() || !eojeol.ends_with(p->text))
            continue;
        const std::size_t stemLen = eojeol.size() - p->text.size();
        const char32_t before = eojeol[stemLen - 1];
        const bool afterWord = isWordLetter(before);
        if (afterWord) {
            if (p->verb)
                continue;
        } else {
            if (!isHangulSyllable(before) || stemLen < 2 || !attachOk(p->attach, before))
                continue;
        }
        if (blockedByException(eojeol, p->text.size()))
            continue;
        add(stemLen);
        if (stemLen >= 3 && eojeol[stemLen - 1] == U'들')
            add(stemLen - 1);
    }
    return count;
}

std::vector<std::u32string> stemCandidates(std::u32string_view eojeol, const ParticleOptions &options)
{
    std::array<std::size_t, 8> lens{};
    const int n = stemPrefixLengths(eojeol, options, lens.data(), static_cast<int>(lens.size()));
    std::vector<std::u32string> out;
    out.reserve(static_cast<std::size_t>(std::max(n, 0)));
    for (int k = 0; k < n; ++k)
        out.emplace_back(eojeol.substr(0, lens[static_cast<std::size_t>(k)]));
    return out;
}

std::vector<std::string> stemCandidates(std::string_view eojeolUtf8, const ParticleOptions &options)
{
    std::vector<std::string> out;
    for (const std::u32string &s : stemCandidates(std::u32string_view(toU32(eojeolUtf8)), options))
        out.push_back(toUtf8(s));
    return out;
}

std::u32string stripParticle(std::u32string_view eojeol, const ParticleOptions &options)
{
    std::size_t len = 0;
    if (stemPrefixLengths(eojeol, options, &len, 1) == 1)
        return std::u32string(eojeol.substr(0, len));
    return std::u32string(eojeol);
}

std::string stripParticle(std::string_view eojeolUtf8, const ParticleOptions &options)
{
    return toUtf8(stripParticle(std::u32string_view(toU32(eojeolUtf8)), options));
}

} // namespace sillok::core
