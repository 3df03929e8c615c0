#include "ingest/noise_rules.h"

#include "ingest/noise_util.h"

#include <array>

namespace sillok::core::noise {

using namespace detail;

std::size_t length(std::string_view line) { return codePointCount(line); }

namespace {

// The line of the innermost live ValidLineScope (null data: none) and what is known of it.
struct ScopedLine {
    std::string_view line;
    enum class Utf8 : unsigned char {
        Unknown,
        Valid,
        Invalid
    } utf8 = Utf8::Unknown;
};
thread_local ScopedLine t_scoped;

} // namespace

ValidLineScope::ValidLineScope(std::string_view line)
    : m_previous(t_scoped.line), m_previousState(static_cast<unsigned char>(t_scoped.utf8))
{
    t_scoped = ScopedLine{line, ScopedLine::Utf8::Unknown};
}

ValidLineScope::ValidLineScope(std::string_view line, bool valid)
    : m_previous(t_scoped.line), m_previousState(static_cast<unsigned char>(t_scoped.utf8))
{
    t_scoped = ScopedLine{line, valid ? ScopedLine::Utf8::Valid : ScopedLine::Utf8::Invalid};
}

ValidLineScope::~ValidLineScope()
{
    t_scoped = ScopedLine{m_previous, static_cast<ScopedLine::Utf8>(m_previousState)};
}

bool ValidLineScope::isScoped(std::string_view line)
{
    return t_scoped.line.data() != nullptr && line.data() == t_scoped.line.data()
           && line.size() == t_scoped.line.size();
}

bool ValidLineScope::vouches(std::string_view line)
{
    if (!isScoped(line))
        return false;
    if (t_scoped.utf8 == ScopedLine::Utf8::Unknown) // validated once, when a rule first asks
        t_scoped.utf8 = isValidUtf8(line) ? ScopedLine::Utf8::Valid : ScopedLine::Utf8::Invalid;
    return t_scoped.utf8 == ScopedLine::Utf8::Valid;
}

std::string_view core(std::string_view line)
{
    const auto isEdge = [](char32_t c) { return kEdgeChars.find(c) != std::u32string_view::npos; };
    if (ValidLineScope::isScoped(line) ? ValidLineScope::vouches(line) : isValidUtf8(line)) {
        // Well-formed (a decoded page's lines are): the edges are read on the UTF-8 itself, from
        // the front and from the back, instead of converting the whole line.
        std::size_t b = 0, e = line.size();
        while (b < e) {
            std::size_t next = b;
            if (!isEdge(decodeUtf8(line, next)))
                break;
            b = next;
        }
        while (e > b) {
            std::size_t start = e - 1;
            while (start > b && (static_cast<unsigned char>(line[start]) & 0xC0) == 0x80)
                --start;
            std::size_t next = start;
            if (!isEdge(decodeUtf8(line, next)))
                break;
            e = start;
        }
        return trimSpaces(line.substr(b, e - b));
    }
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
    // The notices grouped by a word they share, so that a line without it is searched once.
    if (findBytes(c, "무단") != std::string::npos && containsAny(c, {"무단전재", "무단 전재", "무단 복제", "무단복제"}))
        return true;
    if (findBytes(c, "배포") != std::string::npos
        && containsAny(c, {"복제·배포", "복제 및 배포", "배포를 금", "재배포 금지", "재배포금지"}))
        return true;
    if (containsAny(c, {"저작권자", "copyright", "all rights reserved", "권유하지 않습니다"}))
        return true;
    if (findBytes(c, "투자") == std::string::npos)
        return false;
    return containsAny(c, {"투자 판단 및", "투자판단의 참고"})
           || (findBytes(c, "책임") != std::string::npos && findBytes(c, "권유") != std::string::npos);
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
    return findBytes(line, "다. ") != std::string_view::npos || findBytes(line, "니다") != std::string_view::npos;
}

bool isProse(std::string_view line)
{
    std::size_t hangul = 0, latin = 0;
    forEachCodePoint(line, [&hangul, &latin](char32_t c) {
        hangul += isHangulSyllable(c);
        latin += (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
    });
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
    // Section names between bars ("종합 | 메모리 | 팹리스 | 칼럼") are a menu, not a headline: three
    // or more items, none longer than a section name.
    std::size_t items = 0;
    bool shortItems = true;
    for (std::size_t from = 0;;) {
        const std::size_t bar = line.find('|', from);
        const std::string_view item = trimSpaces(line.substr(from, bar == std::string_view::npos ? bar : bar - from));
        ++items;
        shortItems = shortItems && !item.empty() && length(item) <= 8;
        if (bar == std::string_view::npos)
            break;
        from = bar + 1;
    }
    if (items >= 3 && shortItems)
        return false;
    const std::string_view t = trimSpaces(line);
    return !(t.ends_with("다.") || t.ends_with("요.") || t.ends_with("니다"));
}

} // namespace sillok::core::noise
