#include "extract/sentence_splitter.h"

#include "common/utf.h"
#include "extract/text_scan.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>

namespace sillok::core {

namespace {

// The text in UTF-16 as UnicodeString::append(UChar32) would give it one code point at a time (a
// unit up to U+FFFF, a surrogate pair above, nothing past U+10FFFF), written into the string's
// buffer in one pass, and the code-point index of each UTF-16 unit.
void toUtf16(std::u32string_view text, icu::UnicodeString &u16, std::vector<int> &cpAt)
{
    cpAt.reserve(text.size() + 1);
    char16_t *dst = u16.getBuffer(static_cast<int32_t>(text.size() * 2 + 1));
    if (dst == nullptr) // no memory for the buffer: append one code point at a time below
        u16.remove();
    int32_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        cpAt.push_back(static_cast<int>(i));
        if (c > 0xFFFF)
            cpAt.push_back(static_cast<int>(i));
        if (dst == nullptr) {
            u16.append(static_cast<UChar32>(c));
        } else if (c <= 0xFFFF) {
            dst[n++] = static_cast<char16_t>(c);
        } else if (c <= 0x10FFFF) {
            dst[n++] = static_cast<char16_t>(0xD7C0 + (c >> 10));
            dst[n++] = static_cast<char16_t>(0xDC00 | (c & 0x3FF));
        }
    }
    if (dst != nullptr)
        u16.releaseBuffer(n);
    cpAt.push_back(static_cast<int>(text.size()));
}

// ICU's sentence iterator, made once per thread (making one reads its rules from ICU's cache and
// clones them), with the UTF-16 text it reads: setText() starts it afresh on each text and keeps a
// reference to the string, which therefore lives as long as the iterator (declared first, so
// destroyed last).
struct SentenceBreaker {
    icu::UnicodeString u16;
    std::unique_ptr<icu::BreakIterator> it;
    SentenceBreaker()
    {
        UErrorCode status = U_ZERO_ERROR;
        it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status))
            it.reset();
    }
};

} // namespace

std::vector<Sentence> splitSentences(std::string_view utf8Text)
{
    return splitSentences(std::u32string_view(toU32(utf8Text)));
}

std::vector<Sentence> splitSentences(std::u32string_view text)
{
    std::vector<Sentence> out;
    if (text.empty())
        return out;
    // UTF-16 copy plus a map from UTF-16 index to code-point index.
    thread_local SentenceBreaker breaker;
    std::vector<int> cpAt;
    toUtf16(text, breaker.u16, cpAt);

    auto add = [&](int s, int e) {
        while (s < e && extract::isSpace(text[static_cast<std::size_t>(s)]))
            ++s;
        while (e > s && extract::isSpace(text[static_cast<std::size_t>(e - 1)]))
            --e;
        if (e > s)
            out.push_back({s, e});
    };

    icu::BreakIterator *it = breaker.it.get();
    if (it == nullptr) {
        add(0, static_cast<int>(text.size()));
        return out;
    }
    it->setText(breaker.u16);
    int prev = it->first();
    for (int b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
        add(cpAt[static_cast<std::size_t>(prev)], cpAt[static_cast<std::size_t>(b)]);
        prev = b;
    }
    return out;
}

} // namespace sillok::core
