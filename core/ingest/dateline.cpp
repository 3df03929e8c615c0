#include "ingest/dateline.h"

#include "common/utf.h"
#include "ingest/source_line.h"

#include <algorithm>
#include <array>
#include <vector>

namespace sillok::core {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Reads 1..maxDigits digits at s[i]; fails when more digits follow.
std::optional<int> readNumber(std::string_view s, std::size_t &i, std::size_t maxDigits)
{
    std::size_t j = i;
    int value = 0;
    while (j < s.size() && isDigit(s[j]) && j - i < maxDigits)
        value = value * 10 + (s[j++] - '0');
    if (j == i || (j < s.size() && isDigit(s[j])))
        return std::nullopt;
    i = j;
    return value;
}

void skipSpaces(std::string_view s, std::size_t &i)
{
    while (i < s.size() && s[i] == ' ')
        ++i;
}

bool consume(std::string_view s, std::size_t &i, std::string_view word)
{
    if (s.substr(i).starts_with(word)) {
        i += word.size();
        return true;
    }
    return false;
}

bool validDay(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m); }

// "THH:MM[:SS[.fff]](Z|±HH[:]MM)" after an ISO day; shifts the day to KST when an offset is given.
void applyIsoTime(std::string_view s, std::size_t &i, PartialDate &date)
{
    std::size_t j = i;
    if (j >= s.size() || s[j] != 'T')
        return;
    ++j;
    const auto hh = readNumber(s, j, 2);
    if (!hh || !consume(s, j, ":"))
        return;
    const auto mm = readNumber(s, j, 2);
    if (!mm)
        return;
    if (consume(s, j, ":")) {
        if (!readNumber(s, j, 2))
            return;
        if (consume(s, j, "."))
            while (j < s.size() && isDigit(s[j]))
                ++j;
    }
    int offset = 0;
    bool hasOffset = false;
    if (consume(s, j, "Z")) {
        hasOffset = true;
    } else if (j < s.size() && (s[j] == '+' || s[j] == '-')) {
        const int sign = s[j] == '-' ? -1 : 1;
        ++j;
        std::size_t k = j;
        const auto oh = readNumber(s, k, 2);
        if (oh) {
            j = k;
            consume(s, j, ":");
            const auto om = readNumber(s, j, 2);
            offset = sign * (*oh * 60 + om.value_or(0));
            hasOffset = true;
        }
    }
    i = j;
    if (!hasOffset)
        return;
    const int minutes = *hh * 60 + *mm - offset + 9 * 60;
    const long shift = minutes >= 24 * 60 ? 1 : minutes < 0 ? -1 : 0;
    if (shift != 0)
        date = civilFromDays(daysFromCivil(date.year, date.month, date.day) + shift);
}

std::optional<DateHit> dateAt(std::string_view s, std::size_t start)
{
    std::size_t i = start;
    const auto year = readNumber(s, i, 4);
    if (!year || i - start != 4 || *year < 1990 || *year > 2099)
        return std::nullopt;
    std::size_t j = i;
    skipSpaces(s, j);
    if (consume(s, j, "년")) { // yyyy년 m월 [d일]
        skipSpaces(s, j);
        const auto month = readNumber(s, j, 2);
        if (!month || *month < 1 || *month > 12)
            return std::nullopt;
        skipSpaces(s, j);
        if (!consume(s, j, "월"))
            return std::nullopt;
        std::size_t k = j;
        skipSpaces(s, k);
        if (const auto day = readNumber(s, k, 2)) {
            std::size_t e = k;
            skipSpaces(s, e);
            if (consume(s, e, "일") && validDay(*year, *month, *day))
                return DateHit{PartialDate::ofDay(*year, *month, *day), start, e};
        }
        return DateHit{PartialDate::ofMonth(*year, *month), start, j};
    }
    if (i >= s.size() || (s[i] != '.' && s[i] != '-' && s[i] != '/'))
        return std::nullopt;
    const char sep = s[i];
    j = i + 1;
    if (sep == '.')
        skipSpaces(s, j);
    const auto month = readNumber(s, j, 2);
    if (!month || *month < 1 || *month > 12)
        return std::nullopt;
    std::size_t k = j;
    if (k < s.size() && s[k] == sep) {
        ++k;
        if (sep == '.')
            skipSpaces(s, k);
        if (const auto day = readNumber(s, k, 2); day && validDay(*year, *month, *day)) {
            PartialDate date = PartialDate::ofDay(*year, *month, *day);
            if (sep == '.' && k < s.size() && s[k] == '.')
                ++k; // "2024. 1. 19."
            if (sep == '-')
                applyIsoTime(s, k, date);
            return DateHit{date, start, k};
        }
        return std::nullopt;
    }
    if (sep == '/')
        return std::nullopt; // "2024/3" is too ambiguous
    return DateHit{PartialDate::ofMonth(*year, *month), start, j};
}

struct Label {
    std::string_view word;
    DatelineRank rank;
};

// Longer words first so "최종수정" is not read as "수정" only (same rank anyway) and
// "기사입력" wins over "입력".
constexpr std::array<Label, 24> kLabels = {{
    {"기사입력", DatelineRank::Published}, {"기사승인", DatelineRank::Approved},
    {"최종수정", DatelineRank::Modified},  {"최종 수정", DatelineRank::Modified},
    {"업데이트", DatelineRank::Modified},  {"입력", DatelineRank::Published},
    {"등록", DatelineRank::Published},     {"게재", DatelineRank::Published},
    {"발행", DatelineRank::Published},     {"작성", DatelineRank::Published},
    {"송고", DatelineRank::Published},     {"승인", DatelineRank::Approved},
    {"수정", DatelineRank::Modified},      {"Published", DatelineRank::Published},
    {"published", DatelineRank::Published}, {"PUBLISHED", DatelineRank::Published},
    {"Posted", DatelineRank::Published},   {"posted", DatelineRank::Published},
    {"Updated", DatelineRank::Modified},   {"updated", DatelineRank::Modified},
    {"UPDATED", DatelineRank::Modified},   {"Modified", DatelineRank::Modified},
    {"Date", DatelineRank::Published},     {"날짜", DatelineRank::Published},
}};

const Label *labelIn(std::string_view segment)
{
    for (const Label &l : kLabels)
        if (segment.find(l.word) != std::string_view::npos)
            return &l;
    return nullptr;
}

std::size_t wordLetters(std::string_view s);

// "기사입력 : ", "| 수정 ", "홍길동 기자 | 입력 ": the label ends the segment (up to a "일"/"시"),
// and whatever precedes it is closed off by a separator.
bool labelOpensSegment(std::string_view segment, const Label &label)
{
    const std::size_t at = segment.find(label.word);
    if (wordLetters(segment.substr(at + label.word.size())) > 1)
        return false;
    const std::string_view before = trimSpaces(segment.substr(0, at));
    if (wordLetters(before) == 0)
        return true;
    for (const std::string_view sep : {"|", "/", "·", "]", ")", ",", "ㅣ"})
        if (before.ends_with(sep))
            return true;
    return false;
}

// Letters in `s`, not counting the time words of a dateline (오전/오후, 시/분/초, 일).
std::size_t wordLetters(std::string_view s)
{
    std::size_t letters = 0;
    for (const char32_t c : toU32(s)) {
        if (c == U'오' || c == U'전' || c == U'후' || c == U'시' || c == U'분' || c == U'초' || c == U'일')
            continue;
        if ((c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || isHangulSyllable(c))
            ++letters;
    }
    return letters;
}

// Byte offset in `after` where an author credit starts when `after` is only a time followed by
// one ("09:15  작성자: 홍길동 기자", "| 글쓴이 홍길동", "09:15 홍길동 기자"); npos otherwise.
std::size_t authorCreditAfterTime(std::string_view after)
{
    std::size_t i = 0;
    while (i < after.size()) {
        const char c = after[i];
        if (isDigit(c) || c == ':' || c == ' ' || c == '|' || c == '/' || c == ',' || c == '(' || c == ')') {
            ++i;
            continue;
        }
        bool timeWord = false;
        for (const std::string_view w : {"오전", "오후", "시", "분", "초", "·", "ㅣ", "KST"})
            if (after.substr(i).starts_with(w)) {
                i += w.size();
                timeWord = true;
                break;
            }
        if (!timeWord)
            break;
    }
    const std::string_view rest = trimSpaces(after.substr(i));
    if (rest.empty() || codePointCount(rest) > 30)
        return std::string_view::npos;
    for (const std::string_view label : {"작성자", "글쓴이", "글 ", "글=", "글:", "기자", "필자", "By ", "by "})
        if (rest.starts_with(label))
            return i;
    std::string_view name = rest;
    while (!name.empty() && (name.back() == ' ' || name.back() == '|'))
        name.remove_suffix(1);
    return name.ends_with("기자") || name.ends_with("특파원") ? i : std::string_view::npos;
}

} // namespace

std::optional<DateHit> findDate(std::string_view text)
{
    for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
        if (!isDigit(text[i]) || (i > 0 && isDigit(text[i - 1])))
            continue;
        if (auto hit = dateAt(text, i))
            return hit;
    }
    return std::nullopt;
}

std::optional<Dateline> parseDateline(std::string_view rawLine, bool allowBare)
{
    const std::string_view line = trimSpaces(rawLine);
    if (line.empty() || codePointCount(line) > 90)
        return std::nullopt;
    struct Piece {
        DateHit hit;
        std::size_t segmentBegin;
    };
    std::vector<Piece> pieces;
    std::size_t from = 0;
    while (from < line.size()) {
        auto hit = findDate(line.substr(from));
        if (!hit)
            break;
        hit->begin += from;
        hit->end += from;
        pieces.push_back({*hit, from});
        from = hit->end;
    }
    if (pieces.empty())
        return std::nullopt;
    std::optional<Dateline> best;
    for (std::size_t n = 0; n < pieces.size(); ++n) {
        const Piece &p = pieces[n];
        const std::string_view segment = line.substr(p.segmentBegin, p.hit.begin - p.segmentBegin);
        const std::size_t textEnd = n + 1 < pieces.size() ? pieces[n + 1].segmentBegin : line.size();
        const std::string_view after = line.substr(p.hit.end, textEnd - p.hit.end);
        const Label *label = labelIn(segment);
        // The label is all the segment says ("기사입력 : ", "| 수정 "), and after the date only a
        // time (or the next label / a reporter's name) follows: "등록 마감은 2024년 3월 5일까지다"
        // is prose, not a dateline.
        // "2024년 08월 28일 09:15  작성자: 홍길동 기자": a date whose time is followed by the author.
        const std::size_t credit = authorCreditAfterTime(after);
        const bool afterIsTime = wordLetters(after) <= 2 || after.find("기자") != std::string_view::npos
            || credit != std::string_view::npos || (n + 1 < pieces.size() && labelIn(after) != nullptr);
        std::optional<DatelineRank> rank;
        if (label && labelOpensSegment(segment, *label) && afterIsTime)
            rank = label->rank;
        else if (!label && n == 0 && allowBare && pieces.size() == 1 && wordLetters(segment) == 0
                 && (wordLetters(after) <= 2 || credit != std::string_view::npos))
            rank = DatelineRank::Bare;
        if (!rank || codePointCount(segment) > 40)
            continue;
        // The words: from the label to the next label (or the end), without separators.
        std::size_t wordsBegin = label ? p.segmentBegin + segment.find(label->word) : p.hit.begin;
        std::size_t wordsEnd = line.size();
        if (n + 1 < pieces.size()) {
            const std::string_view nextSegment =
                line.substr(pieces[n + 1].segmentBegin, pieces[n + 1].hit.begin - pieces[n + 1].segmentBegin);
            const Label *next = labelIn(nextSegment);
            wordsEnd = next ? pieces[n + 1].segmentBegin + nextSegment.find(next->word) : pieces[n + 1].hit.begin;
        }
        if (credit != std::string_view::npos)
            wordsEnd = std::min(wordsEnd, p.hit.end + credit); // the author is not part of the date's words
        std::string_view words = trimSpaces(line.substr(wordsBegin, wordsEnd - wordsBegin));
        while (!words.empty() && (words.back() == '|' || words.back() == '/' || words.back() == ','))
            words = trimSpaces(words.substr(0, words.size() - 1));
        if (!best || *rank < best->rank)
            best = Dateline{p.hit.date, *rank, std::string(words)};
    }
    return best;
}

} // namespace sillok::core
