#pragma once
// Private to core/extract: mining a very long body in paragraph-aligned windows. The window
// boundaries and the merge of per-window extractions into one, with mentions and sentences at
// their offsets in the whole body and each entity once.

#include "extract/extraction.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sillok::core::extract {

// Byte lengths of consecutive windows covering `body` (they sum to body.size()), each at most
// `maxBytes` unless one UTF-8 character is longer. A window ends after a line break when there
// is one in its second half, else after a space, else at a character boundary.
std::vector<std::size_t> windowLengths(std::string_view body, std::size_t maxBytes);

// Accumulates per-window extractions into one. Entities are the same across windows when they
// have the same gazetteer id (organisations) or the same normalised name; their mentions,
// aliases and list fields are joined and empty fields filled from later windows. Not
// thread-safe; one merger per body.
class WindowMerger {
public:
    // `part` was extracted from the window starting at code point `cpOffset` of the body.
    void append(Extraction part, int cpOffset);
    Extraction take() { return std::move(m_x); }

private:
    Extraction m_x;
    std::unordered_map<std::string, std::size_t> m_orgs, m_people, m_initiatives, m_meetings;
};

} // namespace sillok::core::extract
