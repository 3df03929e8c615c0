#pragma once
// Sentence spans of a text (ICU sentence BreakIterator, root locale), in code points. Spans
// are trimmed of surrounding whitespace; empty sentences are dropped. Never fails: on an ICU
// error the whole text is one sentence.

#include "extract/extraction.h"

#include <string_view>
#include <vector>

namespace sillok::core {

std::vector<Sentence> splitSentences(std::u32string_view text);
std::vector<Sentence> splitSentences(std::string_view utf8Text);

} // namespace sillok::core
