#include "graph/entity_keys.h"

#include "common/utf.h"
#include "extract/lexicon.h"
#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>

namespace sillok::core {

namespace {

std::u32string foldU32(std::string_view text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkc = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status) || nfkc == nullptr)
        return toU32(text);
    const icu::UnicodeString src = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())));
    icu::UnicodeString out = nfkc->normalize(src, status);
    if (U_FAILURE(status))
        return toU32(text);
    std::string utf8;
    out.toUTF8String(utf8);
    return toU32(utf8);
}

bool isKeyChar(char32_t c)
{
    return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_ALPHABETIC) || u_isdigit(static_cast<UChar32>(c));
}

bool isLatin(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
bool isDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool isBlank(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == 0x3000 || c == 0xA0; }

std::u32string keyOf(std::u32string_view folded)
{
    std::u32string out;
    for (char32_t c : folded)
        if (isKeyChar(c))
            out.push_back(c);
    return out;
}

std::u32string trimmed(std::u32string_view s)
{
    std::size_t b = 0, e = s.size();
    while (b < e && isBlank(s[b]))
        ++b;
    while (e > b && isBlank(s[e - 1]))
        --e;
    return std::u32string(s.substr(b, e - b));
}

std::vector<std::u32string> splitSpaces(std::u32string_view s)
{
    std::vector<std::u32string> out;
    std::u32string cur;
    for (char32_t c : s) {
        if (isBlank(c)) {
            if (!cur.empty())
                out.push_back(std::move(cur));
            cur.clear();
        } else {
            cur.push_back(c);
        }
    }
    if (!cur.empty())
        out.push_back(std::move(cur));
    return out;
}

std::u32string joinSpaces(const std::vector<std::u32string> &parts)
{
    std::u32string out;
    for (const auto &p : parts) {
        if (!out.empty())
            out.push_back(U' ');
        out += p;
    }
    return out;
}

void eraseAll(std::u32string &s, std::u32string_view what)
{
    for (auto pos = s.find(what); pos != std::u32string::npos; pos = s.find(what))
        s.erase(pos, what.size());
}

// Parses "<digits><suffix>" at the start of `token`; returns the number and sets `rest`.
int leadingNumber(std::u32string_view token, std::size_t &after)
{
    int n = 0;
    std::size_t i = 0;
    while (i < token.size() && isDigit(token[i]) && i < 6)
        n = n * 10 + static_cast<int>(token[i++] - U'0');
    after = i;
    return i == 0 ? -1 : n;
}

} // namespace

std::string entityNormKey(std::string_view name)
{
    return normalizeKey(name); // the app-wide name identity (core/text)
}

std::string stripTrailingParticle(std::string_view name)
{
    std::u32string s = toU32(name);
    while (!s.empty() && isBlank(s.back()))
        s.pop_back();
    struct Particle {
        std::u32string_view text;
        int rule; // 0 any, 1 after a final consonant (not ㄹ for 으로), 2 after a vowel
    };
    static constexpr std::array particles{
        Particle{U"에서", 0}, Particle{U"에게", 0}, Particle{U"으로", 1},
        Particle{U"은", 1},   Particle{U"이", 1},   Particle{U"을", 1}, Particle{U"과", 1},
        Particle{U"는", 2},   Particle{U"가", 2},   Particle{U"를", 2}, Particle{U"와", 2},
    };
    for (const auto &p : particles) {
        if (s.size() < p.text.size() + 2 || !std::u32string_view(s).ends_with(p.text))
            continue;
        const std::size_t stemEnd = s.size() - p.text.size();
        const char32_t last = s[stemEnd - 1];
        if (isBlank(last))
            continue;
        bool ok = false;
        if (isLatin(last) || isDigit(last))
            ok = true; // pronunciation of "LG가", "AI는" is not visible in the spelling
        else if (isHangulSyllable(last)) {
            if (p.rule == 0)
                ok = true;
            else if (p.rule == 1)
                ok = hasFinalConsonant(last) && !(p.text == U"으로" && hasFinalRieul(last));
            else
                ok = !hasFinalConsonant(last);
        }
        if (ok)
            return toUtf8(std::u32string_view(s).substr(0, stemEnd));
    }
    return toUtf8(s);
}

std::string organizationNameKey(std::string_view name)
{
    std::u32string folded = foldU32(stripTrailingParticle(name));
    eraseAll(folded, U"(주)");
    eraseAll(folded, U"(유)");
    eraseAll(folded, U"(株)");
    std::vector<std::u32string> tokens;
    for (auto &token : splitSpaces(folded)) {
        std::u32string bare = keyOf(token);
        static constexpr std::array designators{U"inc", U"ltd", U"corp", U"corporation", U"co", U"llc",
                                                U"주식회사", U"유한회사"};
        if (std::ranges::find(designators, std::u32string_view(bare)) != designators.end())
            continue;
        tokens.push_back(std::move(bare));
    }
    std::u32string key;
    for (const auto &t : tokens)
        key += t;
    for (std::u32string_view d : {std::u32string_view(U"주식회사"), std::u32string_view(U"유한회사")}) {
        if (key.size() >= d.size() + 2 && std::u32string_view(key).starts_with(d))
            key.erase(0, d.size());
        if (key.size() >= d.size() + 2 && std::u32string_view(key).ends_with(d))
            key.erase(key.size() - d.size());
    }
    return toUtf8(key);
}

std::string organizationUid(std::string_view name, std::string_view gazetteerId)
{
    if (!gazetteerId.empty())
        return "organization:gaz:" + std::string(gazetteerId);
    return "organization:" + organizationNameKey(name);
}

std::string personUid(std::string_view name, std::string_view organizationUid)
{
    std::string uid = "person:" + entityNormKey(stripTrailingParticle(name));
    if (!organizationUid.empty()) {
        uid += '@';
        uid += organizationUid;
    }
    return uid;
}

std::string_view personOrganizationUid(std::string_view uid)
{
    if (!uid.starts_with("person:"))
        return {};
    const std::size_t at = uid.find('@');
    return at == std::string_view::npos ? std::string_view() : uid.substr(at + 1);
}

std::string initiativeUid(std::string_view name)
{
    return "initiative:" + entityNormKey(name);
}

MeetingOrdinal splitMeetingOrdinal(std::string_view name)
{
    std::vector<std::u32string> tokens = splitSpaces(toU32(name));
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        std::u32string_view t = tokens[i];
        const bool je = t.starts_with(U"제");
        if (je)
            t.remove_prefix(1);
        std::size_t after = 0;
        const int n = leadingNumber(t, after);
        if (n <= 0 || after >= t.size())
            continue;
        const char32_t unit = t[after];
        if (unit != U'차' && !(je && unit == U'회'))
            continue;
        std::u32string rest(t.substr(after + 1));
        if (!rest.empty() && !isHangulSyllable(rest.front()))
            continue;
        if (rest.empty())
            tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(i));
        else
            tokens[i] = rest;
        // "X 출범식 겸 제1차 회의": the number belongs to the meeting after 겸, so the series is
        // "X 회의" (the ceremony it was combined with is not part of the series' name).
        if (i >= 1 && tokens[i - 1] == U"겸") {
            std::size_t from = i - 1;
            if (from >= 1 && from - 1 >= 1) {
                const std::u32string &before = tokens[from - 1];
                if (before.ends_with(U"식") || before.ends_with(U"회") || before.ends_with(U"행사"))
                    --from;
            }
            tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(from),
                         tokens.begin() + static_cast<std::ptrdiff_t>(i));
        }
        return {toUtf8(trimmed(joinSpaces(tokens))), n};
    }
    return {toUtf8(trimmed(toU32(name))), 0};
}

std::string genericMeetingHead(std::string_view name, const Lexicon &lexicon)
{
    const MeetingOrdinal parsed = splitMeetingOrdinal(name);
    std::vector<std::u32string> tokens = splitSpaces(toU32(parsed.series));
    std::size_t first = 0;
    while (first < tokens.size() && lexicon.has("meeting_determiner", tokens[first]))
        ++first;
    std::u32string rest;
    for (std::size_t i = first; i < tokens.size(); ++i)
        rest += tokens[i];
    return lexicon.has("meeting_head", rest) ? toUtf8(rest) : std::string();
}

bool isGenericMeetingName(std::string_view name, const Lexicon &lexicon)
{
    return !genericMeetingHead(name, lexicon).empty();
}

std::string meetingUid(std::string_view name, std::string_view series, int ordinal, const PartialDate &date,
                       const Lexicon &lexicon, std::string_view articleScope)
{
    if (!articleScope.empty() && isGenericMeetingName(series.empty() ? name : series, lexicon)) {
        std::string uid = meetingNameUid(name);
        if (date.isValid())
            uid += '@' + date.toString();
        uid += '~';
        uid += articleScope;
        return uid;
    }
    if (ordinal <= 0 || series.empty()) {
        const MeetingOrdinal parsed = splitMeetingOrdinal(name);
        if (parsed.ordinal > 0 && !parsed.series.empty())
            return "meeting:" + entityNormKey(parsed.series) + "#" + std::to_string(parsed.ordinal);
    } else {
        // The extractor's series may still carry the ordinal; normalise it the same way.
        const MeetingOrdinal parsed = splitMeetingOrdinal(series);
        return "meeting:" + entityNormKey(parsed.series) + "#" + std::to_string(ordinal);
    }
    std::string uid = meetingNameUid(name);
    if (date.isValid()) {
        uid += '@';
        uid += date.toString();
    }
    return uid;
}

std::string meetingNameUid(std::string_view name)
{
    return "meeting:" + entityNormKey(name);
}

std::string initiativeCoreName(std::string_view name)
{
    const std::vector<std::u32string> tokens = splitSpaces(toU32(name));
    std::size_t cut = 0; // the first token after the last adnominal one
    for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
        const std::u32string &t = tokens[i];
        if (t.size() >= 2 && isHangulSyllable(t.back())
            && (t.ends_with(U"한") || t.ends_with(U"된") || t.ends_with(U"는") || t.ends_with(U"할")))
            cut = i + 1;
    }
    if (cut == 0)
        return {};
    const std::vector<std::u32string> tail(tokens.begin() + static_cast<std::ptrdiff_t>(cut), tokens.end());
    const bool distinctive = std::ranges::any_of(tail, [](const std::u32string &t) {
        return std::ranges::any_of(t, [](char32_t c) { return isLatin(c) || isDigit(c) || c == U'-'; });
    });
    return distinctive ? toUtf8(joinSpaces(tail)) : std::string();
}

std::string parentInitiativeName(std::string_view name)
{
    const std::vector<std::u32string> tokens = splitSpaces(toU32(name));
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        std::u32string_view t = tokens[i];
        std::size_t after = 0;
        if (leadingNumber(t, after) <= 0 || after >= t.size())
            continue;
        const std::u32string_view unit = t.substr(after);
        if (!unit.starts_with(U"단계") && !unit.starts_with(U"차") && !unit.starts_with(U"기"))
            continue;
        const std::vector<std::u32string> head(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(i));
        const std::u32string parent = joinSpaces(head);
        if (keyOf(parent).size() >= 2)
            return toUtf8(parent);
    }
    return {};
}

bool isLatinName(std::string_view name)
{
    bool latin = false;
    for (char32_t c : toU32(name)) {
        if (isHangulSyllable(c))
            return false;
        latin = latin || isLatin(c);
    }
    return latin;
}

std::string parenthesizedAlias(std::u32string_view text, int start, int end)
{
    if (start < 0 || end <= start || static_cast<std::size_t>(end) >= text.size())
        return {};
    const char32_t open = text[static_cast<std::size_t>(end)];
    if (open != U'(' && open != 0xFF08)
        return {};
    const std::size_t from = static_cast<std::size_t>(end) + 1;
    std::size_t close = from;
    while (close < text.size() && close - from < 60 && text[close] != U')' && text[close] != 0xFF09
           && text[close] != U'(' && text[close] != U'\n')
        ++close;
    if (close >= text.size() || (text[close] != U')' && text[close] != 0xFF09))
        return {};
    const std::u32string inner = trimmed(text.substr(from, close - from));
    if (inner.empty() || inner.find(U',') != std::u32string::npos || inner.find(U';') != std::u32string::npos)
        return {};
    const std::string mention = toUtf8(text.substr(static_cast<std::size_t>(start),
                                                    static_cast<std::size_t>(end - start)));
    std::string alias = toUtf8(inner); // returned: not const, so it moves
    const bool mentionHangul = std::ranges::any_of(toU32(mention), isHangulSyllable);
    const bool aliasHangul = std::ranges::any_of(inner, isHangulSyllable);
    if (mentionHangul && isLatinName(alias))
        return alias;
    if (isLatinName(mention) && aliasHangul)
        return alias;
    return {};
}

} // namespace sillok::core
