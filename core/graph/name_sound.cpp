#include "graph/name_sound.h"

#include "common/utf.h"

#include <algorithm>
#include <vector>

namespace sillok::core {

namespace {

// Initial consonants ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ (ㅇ is silent).
constexpr std::string_view kInitial[19] = {"k", "k", "n", "t", "t", "l", "m", "p", "p", "s",
                                           "s", "",  "s", "s", "s", "k", "t", "p", "h"};
// Final consonants: none ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ.
constexpr std::string_view kFinal[28] = {"",   "k", "k", "ks", "n",  "n", "n", "t", "l", "lk", "lm", "lp", "ls", "lt",
                                         "lp", "l", "m", "p",  "ps", "t", "t", "n", "t", "t",  "k",  "t",  "p",  ""};
constexpr int kVowelEu = 18; // ㅡ

void emit(std::string &out, char symbol)
{
    if (out.empty() || out.back() != symbol)
        out.push_back(symbol);
}

void emit(std::string &out, std::string_view symbols)
{
    for (char c : symbols)
        emit(out, c);
}

bool isVowelLetter(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'w' || c == 'y';
}

void hangulSyllable(char32_t c, std::string &out)
{
    const auto index = static_cast<int>(c - 0xAC00);
    const int initial = index / 588, vowel = (index % 588) / 28, final = index % 28;
    emit(out, kInitial[initial]);
    if (vowel != kVowelEu)
        emit(out, 'a');
    emit(out, kFinal[final]);
}

// One run of lower-case ASCII letters (a word, or the Latin part of a mixed name).
void latinWord(std::string_view w, std::string &out)
{
    std::size_t n = w.size();
    if (n > 3 && w[n - 1] == 'e' && !isVowelLetter(w[n - 2]))
        --n; // a silent final e: "lattice" sounds like 래티스
    for (std::size_t i = 0; i < n; ++i) {
        const char c = w[i];
        const char next = i + 1 < n ? w[i + 1] : '\0';
        const auto pair = [&](char a, char b) { return c == a && next == b; };
        if (pair('p', 'h')) {
            emit(out, 'p');
        } else if (pair('t', 'h')) {
            emit(out, 't');
        } else if (pair('s', 'h') || pair('c', 'h') || pair('d', 'g')) {
            emit(out, 's');
        } else if (pair('c', 'k')) {
            emit(out, 'k');
        } else if (pair('n', 'g')) {
            emit(out, 'n');
        } else if (pair('g', 'h')) {
            // silent, or a k already written ("ghost" is rare in names)
        } else if (pair('w', 'h')) {
            emit(out, 'a');
        } else {
            switch (c) {
            case 'b':
            case 'p':
            case 'f':
            case 'v':
                emit(out, 'p');
                break;
            case 'd':
            case 't':
                emit(out, 't');
                break;
            case 'g':
            case 'k':
            case 'q':
                emit(out, 'k');
                break;
            case 'c':
                emit(out, next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
                break;
            case 's':
            case 'z':
            case 'j':
                emit(out, 's');
                break;
            case 'x':
                emit(out, "ks");
                break;
            case 'l':
            case 'r':
                emit(out, 'l');
                break;
            case 'm':
                emit(out, 'm');
                break;
            case 'n':
                emit(out, 'n');
                break;
            case 'h':
                if (isVowelLetter(next))
                    emit(out, 'h');
                break;
            default:
                if (isVowelLetter(c))
                    emit(out, 'a');
                break;
            }
            continue;
        }
        ++i; // a pair was read
    }
}

int editDistance(std::string_view a, std::string_view b)
{
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        prev[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

} // namespace

std::string nameSound(std::string_view name)
{
    std::string out;
    std::string word;
    const auto flush = [&] {
        latinWord(word, out);
        word.clear();
    };
    for (char32_t c : toU32(name)) {
        if (c < 0x80 && ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'))) {
            word.push_back(static_cast<char>(c >= U'A' && c <= U'Z' ? c - U'A' + U'a' : c));
            continue;
        }
        flush();
        if (isHangulSyllable(c))
            hangulSyllable(c, out);
        else if (c >= U'0' && c <= U'9')
            emit(out, static_cast<char>(c));
    }
    flush();
    if (std::ranges::none_of(out, [](char c) { return c < '0' || c > '9'; }))
        return {};
    return out;
}

std::string soundSkeleton(std::string_view sound)
{
    std::string out;
    for (char c : sound)
        if (c != 'a')
            emit(out, c);
    return out;
}

double soundSimilarity(std::string_view a, std::string_view b)
{
    const std::size_t longer = std::max(a.size(), b.size());
    if (a.empty() || b.empty())
        return 0.0;
    return 1.0 - static_cast<double>(editDistance(a, b)) / static_cast<double>(longer);
}

bool soundFormsAlike(std::string_view soundA, std::string_view soundB)
{
    const std::string ka = soundSkeleton(soundA), kb = soundSkeleton(soundB);
    if (ka.size() < 3 || kb.size() < 3)
        return false;
    // A name's first sound survives transliteration (Aitomatic never becomes 타…).
    if (soundA.front() != soundB.front())
        return false;
    // Three consonants leave no room for a changed one; four or more, one.
    if (editDistance(ka, kb) > (std::min(ka.size(), kb.size()) < 4 ? 0 : 1))
        return false;
    return soundSimilarity(soundA, soundB) >= 0.75;
}

bool soundsAlike(std::string_view hangulName, std::string_view latinName)
{
    return soundFormsAlike(nameSound(hangulName), nameSound(latinName));
}

} // namespace sillok::core
