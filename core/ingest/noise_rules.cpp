#include "ingest/noise_rules.h"

#include "common/utf.h"
#include "ingest/source_line.h"

#include <algorithm>
#include <array>

namespace sillok::core::noise {

namespace {

constexpr std::u32string_view kEdgeChars =
    U" \t•·ㆍ-–—*※▶►▷■□▲△▼◆◇○●◎☞[](){}<>【】〔〕「」|:;.,!?~#/";

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool containsAny(std::string_view hay, std::initializer_list<std::string_view> needles)
{
    return std::any_of(needles.begin(), needles.end(),
                       [&](std::string_view n) { return hay.find(n) != std::string_view::npos; });
}

bool isLetter(char32_t c)
{
    return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || isHangulSyllable(c)
        || (c >= 0x00C0 && c <= 0x024F) || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x4E00 && c <= 0x9FFF);
}

std::size_t letterCount(std::string_view s)
{
    std::size_t n = 0;
    for (const char32_t c : toU32(s))
        n += isLetter(c);
    return n;
}

bool isDigitStr(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }); }

// "2023.11.07" / "2024-01-19"
bool isDateToken(std::string_view t, bool allowDash)
{
    if (t.size() < 8 || t.size() > 10 || !isDigitStr(t.substr(0, 4)))
        return false;
    const char sep = t[4];
    if (sep != '.' && !(allowDash && sep == '-'))
        return false;
    const std::size_t second = t.find(sep, 5);
    if (second == std::string_view::npos)
        return false;
    std::string_view day = t.substr(second + 1);
    if (!day.empty() && day.back() == '.')
        day.remove_suffix(1);
    return isDigitStr(t.substr(5, second - 5)) && isDigitStr(day) && day.size() <= 2;
}

bool isEmailToken(std::string_view t)
{
    const std::size_t at = t.find('@');
    if (at == std::string_view::npos || at == 0)
        return false;
    const std::size_t dot = t.find('.', at + 2);
    return dot != std::string_view::npos && dot + 1 < t.size();
}

std::string_view lastToken(std::string_view s, std::string_view *before = nullptr)
{
    s = trimSpaces(s);
    const std::size_t sp = s.find_last_of(' ');
    if (before)
        *before = sp == std::string_view::npos ? std::string_view{} : trimSpaces(s.substr(0, sp));
    return sp == std::string_view::npos ? s : s.substr(sp + 1);
}

std::size_t countOf(std::string_view hay, std::string_view needle)
{
    std::size_t n = 0;
    for (std::size_t p = hay.find(needle); p != std::string_view::npos; p = hay.find(needle, p + needle.size()))
        ++n;
    return n;
}

// Code points after the last occurrence of `mark`, or npos when absent.
std::size_t tailAfter(std::string_view s, std::string_view mark)
{
    const std::size_t p = s.rfind(mark);
    if (p == std::string_view::npos)
        return std::string_view::npos;
    return codePointCount(trimSpaces(s.substr(p + mark.size())));
}

std::string_view stripTrailingBars(std::string_view s)
{
    s = trimSpaces(s);
    while (!s.empty() && (s.back() == '|' || s.back() == ' '))
        s = trimSpaces(s.substr(0, s.size() - 1));
    return s;
}

bool isOpenBracket(char32_t c) { return c == U'[' || c == U'(' || c == U'【' || c == U'〔' || c == U'<'; }
bool isCloseBracket(char32_t c) { return c == U']' || c == U')' || c == U'】' || c == U'〕' || c == U'>'; }

bool endsWithReporter(std::string_view s)
{
    s = trimSpaces(s);
    for (const std::string_view w : {"기자", "특파원", "기자단", "통신원", "에디터", "리포터", "전문기자", "객원기자", "위원"})
        if (s.ends_with(w))
            return true;
    return false;
}

} // namespace

std::size_t length(std::string_view line) { return codePointCount(line); }

std::string_view core(std::string_view line)
{
    const std::u32string u = toU32(line);
    std::size_t b = 0, e = u.size();
    while (b < e && kEdgeChars.find(u[b]) != std::u32string_view::npos)
        ++b;
    while (e > b && kEdgeChars.find(u[e - 1]) != std::u32string_view::npos)
        --e;
    const std::size_t byteBegin = byteOffsetOfCodePoint(line, b);
    const std::size_t byteEnd = byteOffsetOfCodePoint(line, e);
    return trimSpaces(line.substr(byteBegin, byteEnd - byteBegin));
}

std::string_view widgetReason(std::string_view line)
{
    if (length(line) > 60)
        return {};
    const std::string c = lowerAscii(core(line));
    static constexpr std::array<std::string_view, 19> kShare = {
        "공유", "공유하기", "기사 공유하기", "url 복사", "url복사", "링크 복사", "링크복사", "주소복사",
        "페이스북", "트위터", "카카오톡", "카카오스토리", "네이버 블로그", "facebook", "twitter",
        "kakaotalk", "share", "copy url", "카카오톡 공유"};
    static constexpr std::array<std::string_view, 8> kLabel = {
        "사진", "포토", "영상", "그래픽", "사진 확대", "이미지 확대", "photo", "video"};
    static constexpr std::array<std::string_view, 66> kWidget = {
        "전체기사", "최신뉴스", "속보", "더보기", "더 보기", "본문 글자 크기 조정", "글자 크기 조정",
        "글자크기", "글자 크기", "더 작게", "작게", "보통", "크게", "더 크게", "번역할 언어 선택",
        "기사 번역", "번역", "기사제목", "기사가 번역된 내용입니다", "결과물 출력을 준비하고 있어요",
        "종목 추적기", "안다쇼핑", "top", "top으로 이동", "맨 위로", "맨위로", "위로 가기", "위로가기",
        "이전", "다음", "이전기사", "다음기사", "이전 기사", "다음 기사", "목록", "목록보기", "메뉴",
        "전체메뉴", "검색", "로그인", "회원가입", "로그아웃", "구독", "구독하기", "좋아요", "싫어요",
        "추천", "추천하기", "기사 듣기", "기사듣기", "음성으로 듣기", "닫기", "홈", "home", "광고",
        "ad", "advertisement", "이 기사에 대해 어떻게 생각하시나요", "기사를 추천하시겠습니까", "가",
        "인쇄", "프린트", "스크랩", "북마크", "이메일", "print"};
    if (std::find(kShare.begin(), kShare.end(), c) != kShare.end())
        return "share";
    if (std::find(kLabel.begin(), kLabel.end(), c) != kLabel.end())
        return "label";
    if (std::find(kWidget.begin(), kWidget.end(), c) != kWidget.end())
        return "widget";
    if (length(c) <= 40 && containsAny(c, {" > ", " › ", " » ", " >> "}))
        return "nav"; // breadcrumbs: "홈 > 경제 > 산업"
    if (length(c) <= 30
        && containsAny(c, {"전체기사", "최신뉴스", "본문 글자", "글자 크기", "번역할 언어", "종목 추적",
                           "top으로", "기사제보", "기사 제보", "구독하기", "공유하기", "url 복사",
                           "뉴스레터", "앱 다운로드", "바로가기", "기사 듣기", "글자크기"}))
        return "widget";
    return {};
}

bool isCounter(std::string_view line)
{
    std::string_view t = trimSpaces(line);
    if (t.empty() || t.size() > 9)
        return false;
    if (t.front() == '+' || t.front() == '-')
        t.remove_prefix(1);
    return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return (c >= '0' && c <= '9') || c == ','; })
        && t.front() != ',';
}

bool isCommentMarker(std::string_view line)
{
    if (length(line) > 80)
        return false;
    const std::string c = lowerAscii(core(line));
    if (c.starts_with("댓글") && length(c) <= 40)
        return true;
    for (const std::string_view p : {"please enter your", "leave a reply", "leave a comment", "you must be logged in",
                                     "save my name", "you have entered an incorrect", "post comment", "add a comment"})
        if (c.starts_with(p))
            return true;
    return c == "comments" || c == "comment" || c == "0 comments" || c == "reply";
}

bool isRelatedMarker(std::string_view line)
{
    const std::string c = lowerAscii(core(line));
    if (c.empty() || length(c) > 30)
        return false;
    return containsAny(c, {"관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "베스트 기사", "베스트기사", "많이 본",
                           "많이본", "인기기사", "인기 기사", "인기뉴스", "추천기사", "추천 기사", "추천뉴스",
                           "주요뉴스", "주요 뉴스", "함께 보면", "함께 읽으면", "함께 볼만한", "이 시각",
                           "이시각", "포토뉴스", "포토 뉴스", "최신기사", "최신뉴스", "다른 기사", "다른기사",
                           "핫뉴스", "핫 뉴스", "랭킹뉴스", "많이 읽은", "related", "most read", "most viewed",
                           "you may also like", "more from", "tin liên quan", "recommended", "read more"});
}

bool isShoppingMarker(std::string_view line)
{
    const std::string c = lowerAscii(core(line));
    return !c.empty() && length(c) <= 20
        && containsAny(c, {"종목 추적기", "종목추적기", "안다쇼핑", "쇼핑", "오늘의 특가", "핫딜", "shopping"});
}

bool isCopyrightOrDisclaimer(std::string_view line)
{
    if (length(line) > 400)
        return false;
    const std::string c = lowerAscii(trimSpaces(line));
    if (c.starts_with("ⓒ") || c.starts_with("©") || c.starts_with("(c)"))
        return true;
    if (containsAny(c, {"무단전재", "무단 전재", "재배포 금지", "재배포금지", "저작권자", "copyright", "all rights reserved",
                        "권유하지 않습니다", "투자 판단 및", "투자판단의 참고"}))
        return true;
    return c.find("투자") != std::string::npos && c.find("책임") != std::string::npos
        && c.find("권유") != std::string::npos;
}

bool isCaption(std::string_view line)
{
    const std::size_t len = length(line);
    if (len > 400)
        return false;
    const std::string_view t = stripTrailingBars(line);
    // Copyright-sign credit at the end: "…있다. ⓒ연합뉴스".
    for (const std::string_view mark : {"ⓒ", "©"}) {
        const std::size_t tail = tailAfter(t, mark);
        if (tail != std::string_view::npos && tail <= 20 && t.rfind(mark) > 0)
            return true;
    }
    if (len <= 300
        && containsAny(t, {"[사진=", "(사진=", "<사진=", "[사진 =", "(사진 =", "사진제공", "사진 제공", "[사진]",
                           "<사진>", "(사진)", "[출처=", "(출처=", "[자료=", "(자료=", "[이미지=", "(이미지=",
                           "[그래픽=", "(그래픽="}))
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
    // "… 2023.11.07 someone@site.com" or "…있다. 2024.01.18".
    std::string_view before;
    const std::string_view last = lastToken(t, &before);
    if (isEmailToken(last) && isDateToken(lastToken(before), false))
        return true;
    if (isDateToken(last, false) && before.find("다.") != std::string_view::npos && len <= 300)
        return true;
    // Image-alt runs of Vietnamese news sites: "Headline - ảnh 1Caption".
    const std::size_t anh = t.find("ảnh ");
    if (anh != std::string_view::npos && anh + 5 < t.size() + 1) {
        const std::size_t d = anh + std::string_view("ảnh ").size();
        if (d < t.size() && t[d] >= '0' && t[d] <= '9')
            return true;
    }
    return false;
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

bool isSentenceLike(std::string_view line)
{
    std::u32string u = toU32(trimSpaces(line));
    while (!u.empty() && (u.back() == U'”' || u.back() == U'"' || u.back() == U'’' || u.back() == U'\''
                          || u.back() == U')' || u.back() == U']' || u.back() == U'|' || u.back() == U' '
                          || u.back() == U'>' || u.back() == U'」'))
        u.pop_back();
    if (u.empty())
        return false;
    const char32_t last = u.back();
    if (last == U'.' || last == U'!' || last == U'?' || last == U'。' || last == U'다' || last == U'요' || last == U'…')
        return true;
    return line.find("다. ") != std::string_view::npos || line.find("니다") != std::string_view::npos;
}

bool isProse(std::string_view line)
{
    std::size_t hangul = 0, latin = 0;
    for (const char32_t c : toU32(line)) {
        hangul += isHangulSyllable(c);
        latin += (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
    }
    if (hangul < latin)
        return isSentenceLike(line);
    // Korean news prose ends its sentences in -다 / -니다 / -요; list notes ("…예상됨.") do not.
    if (containsAny(line, {"다.", "다”", "다\"", "다’", "니다", "요.", "다!", "다?"}))
        return true;
    std::string_view t = trimSpaces(line);
    while (!t.empty() && std::string_view("|”\"’') ").find(t.back()) != std::string_view::npos)
        t = trimSpaces(t.substr(0, t.size() - 1));
    return t.ends_with("다") || t.ends_with("요");
}

bool isStrongBody(std::string_view line)
{
    return length(line) >= 40 && letterCount(line) >= 15 && isProse(line);
}

bool isTeaserLike(std::string_view line)
{
    const std::u32string u = toU32(line);
    for (std::size_t i = 1; i < u.size(); ++i) {
        if (!isOpenBracket(u[i]))
            continue;
        std::size_t j = i + 1;
        bool eq = false;
        while (j < u.size() && j < i + 20 && !isCloseBracket(u[j]) && u[j] != U' ')
            eq |= u[j++] == U'=';
        if (eq && j < u.size() && isCloseBracket(u[j]))
            return true;
    }
    std::string_view before;
    const std::string_view last = lastToken(line, &before);
    if (isEmailToken(last))
        return true;
    // "… 2025-10-22 09:32"
    if (last.size() == 5 && last[2] == ':' && isDateToken(lastToken(before), true))
        return true;
    return false;
}

bool isHeadlineLike(std::string_view line)
{
    const std::size_t len = length(line);
    if (len < 8 || len > 150 || line.find(' ') == std::string_view::npos || letterCount(line) < 5)
        return false;
    const std::string_view t = trimSpaces(line);
    return !(t.ends_with("다.") || t.ends_with("요.") || t.ends_with("니다"));
}

} // namespace sillok::core::noise
