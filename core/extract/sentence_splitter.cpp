#include "extract/sentence_splitter.h"

#include "common/utf.h"
#include "extract/text_scan.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>

namespace sillok::core {

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
    icu::UnicodeString u16;
    std::vector<int> cpAt;
    cpAt.reserve(text.size() + 1);
    for (std::size_t i = 0; i < text.size(); ++i) {
        cpAt.push_back(static_cast<int>(i));
        if (text[i] > 0xFFFF)
            cpAt.push_back(static_cast<int>(i));
        u16.append(static_cast<UChar32>(text[i]));
    }
    cpAt.push_back(static_cast<int>(text.size()));

    auto add = [&](int s, int e) {
        while (s < e && extract::isSpace(text[static_cast<std::size_t>(s)]))
            ++s;
        while (e > s && extract::isSpace(text[static_cast<std::size_t>(e - 1)]))
            --e;
        if (e > s)
            out.push_back({s, e});
    };

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) || !it) {
        add(0, static_cast<int>(text.size()));
        return out;
    }
    it->setText(u16);
    int prev = it->first();
    for (int b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
        add(cpAt[static_cast<std::size_t>(prev)], cpAt[static_cast<std::size_t>(b)]);
        prev = b;
    }
    return out;
}

} // namespace sillok::core
