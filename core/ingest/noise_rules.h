#pragma once
// Line-level signals the cleaner combines: widget phrases common to Korean news sites, photo
// captions and credits, bylines, related-news and comment markers, sentence shape. Each
// predicate looks at one trimmed NFC line and knows nothing about any particular article.

#include <cstddef>
#include <string>
#include <string_view>

namespace sillok::core::noise {

// Code points in the line.
std::size_t length(std::string_view line);

// The line stripped of bullets, brackets and separators at both ends ("• 더 작게" → "더 작게").
std::string_view core(std::string_view line);

// While it lives, core() validates the UTF-8 of `line` (these very bytes: the same address and
// size, not a part of them) once, when first asked, or not at all when the caller says what it
// found, instead of at every call: the cleaner asks a dozen rules of each line, and each rule trims
// it. Scopes nest; the innermost one's line counts.
class ValidLineScope {
public:
    explicit ValidLineScope(std::string_view line);
    // The caller has validated the line already: `valid` is isValidUtf8(line).
    ValidLineScope(std::string_view line, bool valid);
    ~ValidLineScope();
    ValidLineScope(const ValidLineScope &) = delete;
    ValidLineScope &operator=(const ValidLineScope &) = delete;
    // True when the innermost live scope is for exactly these bytes.
    static bool isScoped(std::string_view line);
    // True when the innermost live scope is for exactly these bytes and they are well-formed UTF-8.
    static bool vouches(std::string_view line);

private:
    std::string_view m_previous;
    unsigned char m_previousState = 0;
};

// Page furniture: menus, font-size and translation widgets, share/print buttons, scroll-to-top,
// reaction prompts, photo labels, breadcrumbs. Returns the reason tag ("widget", "share",
// "label", "nav") or "".
std::string_view widgetReason(std::string_view line);

// "+1", "0", "23", "1,024": reaction and view counters.
bool isCounter(std::string_view line);

// A one-line reaction widget: counters with the button words common to Korean news sites
// ("+1 0", "[ 0 ] 좋아요", "좋아요 0", "추천 3 비추천 0", "공감 12", "이 기사를 추천합니다 +1 0"). Every
// token must be a count, a reaction word, a pictograph or a prompt word, and one must be a count.
bool isReactionWidget(std::string_view line);

// A row of share/print/account buttons, possibly with counters: "공유  페이스북  트위터  URL복사  +1 0",
// "[페이스북] [X] [링크 복사]  |  가  가  가", "로그인 | 회원가입 | 기사검색". Every token must be a toolbar, reaction or prompt word
// or a count, and at least two must be toolbar buttons.
bool isToolbarRow(std::string_view line);

// A short call to act on the article: "이 기사를 공유합니다", "이 기사를 추천하시겠습니까?".
bool isArticleActionPrompt(std::string_view line);

// Comment-box furniture ("댓글 (0)", "댓글을 남겨주세요", "Please enter your comment!").
bool isCommentMarker(std::string_view line);

// Short headings that open a related/popular-news list ("관련기사", "[뉴스핌 베스트 기사]").
bool isRelatedMarker(std::string_view line);

// Headings that open a stock-tracker or shopping box ("종목 추적기", "안다쇼핑").
bool isShoppingMarker(std::string_view line);

// Copyright notices and investment disclaimers.
bool isCopyrightOrDisclaimer(std::string_view line);

// A photo caption: credit tails ("ⓒ연합뉴스", "(출처: NIC) |", "…있다./과기정통부",
// "2023.11.07 someone@site.com"), "[사진=…]" credits, image-alt runs ("- ảnh 1").
bool isCaption(std::string_view line);

// A caption line cut into what the photo shows and who took or gave it. `text` is the caption
// with every credit removed ("ⓒ연합뉴스", "[사진=…]", "(출처: …)", "…있다./과기정통부",
// "… 2024.01.18 someone@site.com", "[X 제공]"); a caption repeated after its credit (the same
// sentence twice) is kept once. `credit` holds the removed pieces, joined by a space.
struct CaptionParts {
    std::string text;
    std::string credit;
};
CaptionParts splitCaption(std::string_view line);

// A line that is only a byline or contact: "biggerthanseoul@newspim.com", "홍길동 기자".
bool isBylineLine(std::string_view line);

// Byte length of a leading byline/dateline prefix such as "[세종=뉴스핌] 이경태 기자 = " or
// "(서울=연합뉴스) 홍길동 기자 = ", 0 when the line has none.
std::size_t bylinePrefixLength(std::string_view line);

// Reads like prose: ends in sentence-final punctuation or holds "다." somewhere.
bool isSentenceLike(std::string_view line);

// Prose: Korean text with sentence-final endings (-다. / -니다 / -요.), other text ending a sentence.
bool isProse(std::string_view line);

// A paragraph of article prose: long enough and sentence-like.
bool isStrongBody(std::string_view line);

// A teaser of another story: a byline bracket in mid-line, or a trailing time stamp or e-mail.
bool isTeaserLike(std::string_view line);

// Could be a headline: 8-150 code points, at least two words, letters, not sentence-final.
bool isHeadlineLike(std::string_view line);

// One headline of another story as related-news lists print them: 10-90 code points, a
// headline's shape, no sentence ending, not a "label: value" fact line.
bool isListedHeadline(std::string_view line);

// What makes a short line read as a listed headline rather than a phrase of the article: a date
// or time stamp, a source tag ("[단독]", "(가상일보)", "- 가상뉴스"), a byline bracket, quotes, an
// ellipsis or a "Subject, …" lead.
bool hasHeadlineEvidence(std::string_view line);

// The enumerator opening an item of the article's own list ("▲", "①", "1.", "첫째"), "" if none.
std::string_view listEnumerator(std::string_view line);

// True when the line holds an e-mail address.
bool hasEmail(std::string_view line);

} // namespace sillok::core::noise
