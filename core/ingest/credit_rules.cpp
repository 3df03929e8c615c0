// Photo captions, credits and bylines (see noise_rules.h).
#include "ingest/noise_rules.h"

#include "ingest/noise_util.h"

#include <algorithm>
#include <vector>

namespace sillok::core::noise {

using namespace detail;

namespace {

// "[사진=…", "(출처=…", "사진 제공"…: a photo or source credit anywhere in the line. The bracketed
// forms are looked for only where a bracket opens (one pass instead of a search for each).
bool hasPhotoCredit(std::string_view t)
{
    static constexpr std::string_view kBracketed[] = {
        "[사진=", "(사진=", "<사진=", "[사진 =", "(사진 =",  "[사진]",   "<사진>",   "(사진)",
        "[출처=", "(출처=", "[자료=", "(자료=",  "[이미지=", "(이미지=", "[그래픽=", "(그래픽="};
    for (std::size_t i = 0; i < t.size(); ++i) { // find_first_of("[(<") calls memchr for every byte
        if (t[i] != '[' && t[i] != '(' && t[i] != '<')
            continue;
        const std::string_view rest = t.substr(i);
        for (const std::string_view form : kBracketed) {
            if (rest.starts_with(form))
                return true;
        }
    }
    return containsAny(t, {"사진제공", "사진 제공"});
}

} // namespace

bool isCaption(std::string_view line)
{
    const std::size_t len = length(line);
    if (len > 400)
        return false;
    const std::string_view t = stripTrailingBars(line);
    // Copyright-sign credit at the end: "…있다. ⓒ연합뉴스".
    for (const std::string_view mark : {"ⓒ", "©"}) {
        const std::size_t tail = tailAfter(t, mark);
        if (tail <= 20 && rfindBytes(t, mark) > 0) // npos is never <= 20
            return true;
    }
    if (len <= 300 && hasPhotoCredit(t))
        return true;
    // "(출처: NIC)" or "(Photo: …)" closing the line.
    if (!t.empty() && t.back() == ')') {
        const std::size_t open = t.rfind('(');
        if (open != std::string_view::npos && open > 0) {
            const std::string inner = lowerAscii(t.substr(open + 1));
            if (inner.starts_with("출처") || inner.starts_with("사진") || inner.starts_with("photo")
                || inner.starts_with("source") || inner.starts_with("자료"))
                return true;
        }
    }
    // "…답변하고 있다./과기정통부": a short credit after a slash that closes a sentence.
    if (len <= 250) {
        const std::size_t slash = t.rfind('/');
        if (slash != std::string_view::npos && slash > 0) {
            const std::string_view credit = trimSpaces(t.substr(slash + 1));
            const std::string_view before = trimSpaces(t.substr(0, slash));
            const std::size_t creditLen = codePointCount(credit);
            if (creditLen >= 2 && creditLen <= 20 && credit.find_first_of(".,/:") == std::string_view::npos
                && !before.empty() && (before.back() == '.' || before.back() == ')' || before.ends_with("”"))
                && countOf(before, "다.") <= 2 && !endsWithReporter(credit))
                return true;
        }
    }
    // "화웨이 로고 / 로이터=연합뉴스", "행사 모습 / AP 연합뉴스", "시제품 / 회사 제공": a short label and a
    // photo credit after a slash — the credit names a wire service ("X=Y") or ends in "제공".
    if (len <= 80 && !isSentenceLike(t)) {
        const std::size_t slash = t.rfind(" /");
        if (slash != std::string_view::npos && slash > 0) {
            const std::string_view credit = trimSpaces(t.substr(slash + 2));
            const std::size_t creditLen = codePointCount(credit);
            const std::size_t eq = credit.find('=');
            const bool wire = eq != std::string_view::npos && eq > 0 && eq + 1 < credit.size()
                && credit.find(' ') == std::string_view::npos;
            const std::string_view lastWord = lastToken(credit);
            const bool agency = std::ranges::any_of(
                std::initializer_list<std::string_view>{"연합뉴스", "뉴시스", "뉴스1", "로이터", "AFP", "AP", "EPA",
                                                        "게티이미지", "게티이미지코리아", "신화통신", "교도통신",
                                                        "Reuters", "Images"},
                [&](std::string_view w) { return lastWord == w; });
            if (creditLen >= 2 && creditLen <= 25 && (wire || agency || credit.ends_with("제공")))
                return true;
        }
    }
    // "… 2023.11.07 someone@site.com" or "…있다. 2024.01.18".
    std::string_view before;
    const std::string_view last = lastToken(t, &before);
    if (isEmailToken(last) && isDateToken(lastToken(before), false))
        return true;
    if (isDateToken(last, false) && findBytes(before, "다.") != std::string_view::npos && len <= 300)
        return true;
    // Image-alt runs of Vietnamese news sites: "Headline - ảnh 1Caption".
    const std::size_t anh = findBytes(t, "ảnh ");
    if (anh != std::string_view::npos && anh + 5 < t.size() + 1) {
        const std::size_t d = anh + std::string_view("ảnh ").size();
        if (d < t.size() && t[d] >= '0' && t[d] <= '9')
            return true;
    }
    return false;
}

namespace {

void appendPiece(std::string &to, std::string_view piece)
{
    piece = trimSpaces(piece);
    if (piece.empty())
        return;
    if (!to.empty())
        to += ' ';
    to += piece;
}

// Removes "[사진=…]", "(자료=…)", "<사진>"… and "[X 제공]" segments anywhere in the line.
std::string removeBracketCredits(std::string_view t, std::string &credit)
{
    std::string out;
    std::size_t i = 0;
    while (i < t.size()) {
        const char open = t[i];
        const char close = open == '[' ? ']' : open == '(' ? ')' : open == '<' ? '>' : '\0';
        if (close != '\0') {
            const std::size_t end = t.find(close, i + 1);
            if (end != std::string_view::npos && end - i <= 90) {
                const std::string_view inner = trimSpaces(t.substr(i + 1, end - i - 1));
                const bool credit_ = inner.starts_with("사진") || inner.starts_with("출처") || inner.starts_with("자료")
                                     || inner.starts_with("이미지") || inner.starts_with("그래픽") || inner.ends_with("제공")
                                     || lowerAscii(inner).starts_with("photo") || lowerAscii(inner).starts_with("source");
                if (credit_) {
                    appendPiece(credit, t.substr(i, end - i + 1));
                    i = end + 1;
                    continue;
                }
            }
        }
        out += t[i];
        ++i;
    }
    return out;
}

} // namespace

// A credit after the caption's last full stop: "…대통령. 연합", "…총리. 자료사진", "…있다. 사진=대통령실",
// "…답하고 있다. 김도윤 기자": short, no sentence of its own, and shaped like a credit (a "=",
// a reporter, "제공", or one short word).
bool isTrailingCredit(std::string_view tail)
{
    tail = trimSpaces(tail);
    const std::size_t len = codePointCount(tail);
    if (len == 0 || len > 20 || findBytes(tail, "다") != std::string_view::npos)
        return false;
    return tail.find('=') != std::string_view::npos || endsWithReporter(tail) || tail.ends_with("제공") || tail.starts_with("사진")
           || tail.find(' ') == std::string_view::npos;
}

CaptionParts splitCaption(std::string_view line)
{
    CaptionParts parts;
    // "[서울=뉴스핌] 최지환 기자 = …": a byline opening the caption is credit.
    if (const std::size_t cut = bylinePrefixLength(line); cut > 0) {
        appendPiece(parts.credit, line.substr(0, cut));
        line = line.substr(cut);
    }
    std::string t(stripTrailingBars(line));
    // "▲ …": a pointer to the photo.
    for (const std::string_view mark : {"▲", "△", "▶"}) {
        if (std::string_view(t).starts_with(mark))
            t = std::string(trimSpaces(std::string_view(t).substr(mark.size())));
    }
    // "…있다. ⓒ연합뉴스 …있다. ⓒ연합뉴스": each copyright mark ends a caption with its credit.
    std::vector<std::string> segments;
    for (;;) {
        std::size_t mark = std::string::npos;
        std::size_t markLen = 0;
        for (const std::string_view m : {"ⓒ", "©"}) {
            const std::size_t p = t.find(m);
            if (p != std::string::npos && p < mark) {
                mark = p;
                markLen = m.size();
            }
        }
        if (mark == std::string::npos)
            break;
        // The credit is all that follows the mark when that is short and no sentence ("ⓒ 연합",
        // "ⓒ재팬포커스 자료사진"), else the word after it ("ⓒ연합뉴스 윤석열 대통령이 …").
        const std::string_view rest = trimSpaces(std::string_view(t).substr(mark + markLen));
        const bool shortRest = codePointCount(rest) <= 25 && findBytes(rest, "다") == std::string_view::npos && rest.find('.') == std::string_view::npos;
        std::size_t end = t.find(' ', mark + markLen);
        if (shortRest || end == std::string::npos)
            end = t.size();
        segments.emplace_back(trimSpaces(std::string_view(t).substr(0, mark)));
        appendPiece(parts.credit, std::string_view(t).substr(mark, end - mark));
        t = std::string(trimSpaces(std::string_view(t).substr(end)));
    }
    segments.push_back(t);
    std::string text;
    std::vector<std::string> seen;
    for (auto &seg : segments) {
        std::string cleaned = removeBracketCredits(seg, parts.credit);
        std::string_view c = trimSpaces(cleaned);
        // "(출처: NIC)", "(Photo: …)" closing the caption.
        if (!c.empty() && c.back() == ')') {
            const std::size_t open = c.rfind('(');
            if (open != std::string_view::npos && open > 0) {
                const std::string inner = lowerAscii(c.substr(open + 1));
                if (inner.starts_with("출처") || inner.starts_with("사진") || inner.starts_with("photo") || inner.starts_with("source")
                    || inner.starts_with("자료")) {
                    appendPiece(parts.credit, c.substr(open));
                    c = trimSpaces(c.substr(0, open));
                }
            }
        }
        // "…답변하고 있다./과기정통부": a short credit after a slash that closes a sentence.
        const std::size_t slash = c.rfind('/');
        if (slash != std::string_view::npos && slash > 0) {
            const std::string_view credit = trimSpaces(c.substr(slash + 1));
            const std::string_view before = trimSpaces(c.substr(0, slash));
            const std::size_t creditLen = codePointCount(credit);
            if (creditLen >= 2 && creditLen <= 25 && credit.find_first_of(".,:") == std::string_view::npos && !before.empty()
                && (before.back() == '.' || before.back() == ')' || before.ends_with("”") || credit.find('=') != std::string_view::npos
                    || credit.ends_with("제공"))) {
                appendPiece(parts.credit, c.substr(slash));
                c = before;
            }
        }
        // "…대통령. 연합", "…있다. 사진=대통령실".
        if (const std::size_t stop = c.rfind(". "); stop != std::string_view::npos && isTrailingCredit(c.substr(stop + 2))) {
            appendPiece(parts.credit, c.substr(stop + 2));
            c = c.substr(0, stop + 1);
        }
        // "… 2023.11.07 someone@site.com", "…있다. 2024.01.18".
        std::string_view before;
        std::string_view last = lastToken(c, &before);
        if (isEmailToken(last)) {
            appendPiece(parts.credit, last);
            c = before;
            last = lastToken(c, &before);
        }
        if (isDateToken(last, false) && !before.empty()) {
            appendPiece(parts.credit, last);
            c = before;
        }
        const std::string piece(trimSpaces(c));
        if (!piece.empty() && std::ranges::find(seen, piece) == seen.end()) {
            seen.push_back(piece);
            appendPiece(text, piece);
        }
    }
    parts.text = std::move(text);
    return parts;
}

bool hasEmail(std::string_view line)
{
    for (std::size_t at = line.find('@'); at != std::string_view::npos; at = line.find('@', at + 1)) {
        std::size_t b = at;
        while (b > 0 && (std::isalnum(static_cast<unsigned char>(line[b - 1])) || line[b - 1] == '.'
                         || line[b - 1] == '_' || line[b - 1] == '-' || line[b - 1] == '+'))
            --b;
        std::size_t e = at + 1;
        while (e < line.size() && (std::isalnum(static_cast<unsigned char>(line[e])) || line[e] == '.' || line[e] == '-'))
            ++e;
        const std::string_view domain = line.substr(at + 1, e - at - 1);
        if (b < at && domain.find('.') != std::string_view::npos && domain.back() != '.')
            return true;
    }
    return false;
}

bool isBylineLine(std::string_view line)
{
    const std::size_t len = length(line);
    if (len > 60)
        return false;
    if (hasEmail(line)) {
        std::string rest;
        for (std::string_view t = trimSpaces(line); !t.empty();) {
            const std::size_t sp = t.find(' ');
            const std::string_view tok = t.substr(0, sp);
            if (tok.find('@') == std::string_view::npos)
                rest += std::string(tok);
            t = sp == std::string_view::npos ? std::string_view{} : trimSpaces(t.substr(sp));
        }
        if (letterCount(rest) <= 15)
            return true;
    }
    const std::string_view c = core(line);
    if (len <= 25 && endsWithReporter(c) && c.find('.') == std::string_view::npos)
        return true;
    return len <= 30 && (c.starts_with("글=") || c.starts_with("취재=") || c.starts_with("사진="));
}

std::size_t bylinePrefixLength(std::string_view line)
{
    const std::u32string u = toU32(line.substr(0, std::min<std::size_t>(line.size(), 240)));
    auto bytesOf = [&](std::size_t cp) { return byteOffsetOfCodePoint(line, cp); };
    auto skip = [&](std::size_t i) {
        while (i < u.size() && (u[i] == U' ' || u[i] == 0xA0))
            ++i;
        return i;
    };
    // A reporter segment ending in " = " within `limit` code points from `from`.
    auto reporterEquals = [&](std::size_t from, std::size_t limit) -> std::size_t {
        for (std::size_t i = from; i < u.size() && i < from + limit; ++i) {
            if (u[i] == U'.' || isOpenBracket(u[i]))
                return 0;
            if (u[i] == U'=') {
                const std::string seg = toUtf8(std::u32string_view(u).substr(from, i - from));
                return endsWithReporter(seg) ? skip(i + 1) : 0;
            }
        }
        return 0;
    };
    if (!u.empty() && isOpenBracket(u[0])) {
        std::size_t close = 1;
        while (close < u.size() && close < 32 && !isCloseBracket(u[close]))
            ++close;
        if (close >= u.size() || !isCloseBracket(u[close]))
            return 0;
        const std::string inner = toUtf8(std::u32string_view(u).substr(1, close - 1));
        const bool hasEq = inner.find('=') != std::string::npos;
        if (!hasEq && !endsWithReporter(inner))
            return 0;
        const std::size_t after = skip(close + 1);
        if (endsWithReporter(inner))
            return bytesOf(after);
        if (const std::size_t eq = reporterEquals(after, 30))
            return bytesOf(eq);
        return bytesOf(after);
    }
    if (const std::size_t eq = reporterEquals(0, 20))
        return bytesOf(eq);
    return 0;
}

} // namespace sillok::core::noise
