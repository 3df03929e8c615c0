// Reaction widgets: one-line counters and prompts of Korean news pages (see noise_rules.h).
#include "ingest/noise_rules.h"

#include "ingest/noise_util.h"

#include <array>
#include <vector>

namespace sillok::core::noise {

using namespace detail;

namespace {

// Words of reaction buttons common to Korean news sites (and a few English ones).
constexpr std::array<std::string_view, 43> kReactionWords = {
    "좋아요", "싫어요", "추천", "비추천", "반대", "찬성", "공감", "비공감", "추천수", "공감수", "조회", "조회수",
    "훈훈해요", "슬퍼요", "화나요", "후속기사", "원해요", "후속기사 원해요", "최고예요", "감동이에요",
    "놀랐어요", "궁금해요", "응원해요", "추천해요", "흥미로워요", "유익해요", "재밌어요", "기뻐요", "댓글",
    "공유", "스크랩", "like", "likes", "dislike", "dislikes", "up", "down", "vote", "votes", "upvote",
    "downvote", "+", "-"};

// Prompt words that may stand next to the counters ("이 기사를 추천합니다 +1 0").
constexpr std::array<std::string_view, 14> kPromptWords = {
    "이", "기사를", "기사", "기사가", "추천합니다", "추천하기", "공감합니다", "공감하기", "좋아요를",
    "눌러주세요", "마음에", "드셨나요", "도움이", "되셨나요"};

bool isNumberToken(std::string_view t)
{
    if (!t.empty() && (t.front() == '+' || t.front() == '-'))
        t.remove_prefix(1);
    return !t.empty() && t.size() <= 7 && t.front() != ','
        && std::all_of(t.begin(), t.end(), [](char c) { return (c >= '0' && c <= '9') || c == ','; });
}

// Pictographs used as reaction buttons (emoji, hearts, thumbs).
bool isSymbolToken(std::string_view t)
{
    const std::u32string u = toU32(t);
    return !u.empty() && std::all_of(u.begin(), u.end(), [](char32_t c) {
        return (c >= 0x2190 && c <= 0x2BFF) || (c >= 0x1F300 && c <= 0x1FAFF) || c == 0xFE0F || c == 0x200D;
    });
}

// Splits on spaces, brackets, bars and colons; "좋아요(3)" gives "좋아요", "3".
std::vector<std::string> reactionTokens(std::string_view line)
{
    std::vector<std::string> out;
    std::string cur;
    for (const char32_t c : toU32(line)) {
        const bool sep = c == U' ' || c == U'\t' || c == 0xA0 || c == 0x3000 || c == U'|' || c == U':' || c == U'·'
            || c == U'/' || isOpenBracket(c) || isCloseBracket(c) || c == U'{' || c == U'}' || c == U'「' || c == U'」';
        if (sep) {
            if (!cur.empty())
                out.push_back(std::move(cur));
            cur.clear();
            continue;
        }
        cur += toUtf8(std::u32string_view(&c, 1));
    }
    if (!cur.empty())
        out.push_back(std::move(cur));
    return out;
}

template <std::size_t N>
bool inList(const std::array<std::string_view, N> &list, std::string_view word)
{
    return std::find(list.begin(), list.end(), word) != list.end();
}

// Buttons of a share/print toolbar row ("공유  페이스북  트위터  URL복사", "[페이스북] [X] [링크 복사]").
constexpr std::array<std::string_view, 45> kToolbarWords = {
    "공유", "공유하기", "공유합니다", "페이스북", "트위터", "카카오", "카카오톡", "카카오스토리", "밴드", "네이버",
    "블로그", "텔레그램", "라인", "링크", "복사", "링크복사", "url", "url복사", "주소복사", "x", "스크랩", "인쇄",
    "프린트", "글자크기", "가", "이메일", "메일", "북마크", "저장", "facebook", "twitter", "kakaotalk", "share",
    "print", "email", "copy", "글자", "크기", "로그인", "로그아웃", "회원가입", "검색", "기사검색", "구독", "구독하기"};

} // namespace

bool isToolbarRow(std::string_view line)
{
    if (length(line) > 60)
        return false;
    const std::vector<std::string> tokens = reactionTokens(line);
    if (tokens.size() < 2 || tokens.size() > 16)
        return false;
    std::size_t buttons = 0;
    for (const std::string &raw : tokens) {
        const std::string t = lowerAscii(raw);
        if (inList(kToolbarWords, t))
            ++buttons;
        else if (!isNumberToken(t) && !inList(kReactionWords, t) && !inList(kPromptWords, t) && t != "+1")
            return false;
    }
    // Two share buttons at least: one word alone ("공유") may be a heading or a word of the text.
    return buttons >= 2;
}

bool isReactionWidget(std::string_view line)
{
    if (length(line) > 50)
        return false;
    const std::vector<std::string> tokens = reactionTokens(line);
    if (tokens.empty() || tokens.size() > 12)
        return false;
    std::size_t numbers = 0, reactions = 0, signedNumbers = 0;
    for (const std::string &raw : tokens) {
        const std::string t = lowerAscii(raw);
        if (isNumberToken(t)) {
            ++numbers;
            signedNumbers += t.front() == '+';
        } else if (inList(kReactionWords, t) || isSymbolToken(t)) {
            ++reactions;
        } else if (!inList(kPromptWords, t)) {
            // "좋아요3", "추천0": a word glued to its count.
            const std::size_t digits = t.find_first_of("0123456789");
            if (digits == std::string::npos || digits == 0 || !isNumberToken(t.substr(digits))
                || !inList(kReactionWords, std::string_view(t).substr(0, digits)))
                return false;
            ++numbers;
            ++reactions;
        }
    }
    // Counters need a number; a bare row of numbers needs a "+1" to read as votes, not data.
    return numbers > 0 && (reactions > 0 || signedNumbers > 0);
}

bool isArticleActionPrompt(std::string_view line)
{
    const std::string_view c = core(line);
    if (length(c) > 25)
        return false;
    const bool opens = c.starts_with("이 기사를") || c.starts_with("기사를") || c.starts_with("이 기사");
    if (!opens)
        return false;
    return containsAny(c, {"추천", "공유", "스크랩", "저장", "인쇄", "평가", "구독", "신고"})
        && (c.ends_with("니다") || c.ends_with("하기") || c.ends_with("하세요") || c.ends_with("까") || c.ends_with("요"));
}

} // namespace sillok::core::noise
