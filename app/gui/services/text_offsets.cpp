#include "services/text_offsets.h"

#include <algorithm>

namespace sillok::gui {

TextOffsets::TextOffsets(const QString &text) : m_utf16(int(text.size()))
{
    for (int i = 0; i < m_utf16; ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < m_utf16 && text.at(i + 1).isLowSurrogate()) {
            m_supplementaryUtf16.push_back(i);
            ++i;
        }
    }
    m_codePoints = m_utf16 - int(m_supplementaryUtf16.size());
}

int TextOffsets::toUtf16(int codePoint) const
{
    codePoint = std::clamp(codePoint, 0, m_codePoints);
    // Each supplementary character before the target adds one unit. Its code-point index is
    // its UTF-16 index minus the supplementary characters before it.
    int extra = 0;
    for (int u : m_supplementaryUtf16) {
        if (u - extra >= codePoint)
            break;
        ++extra;
    }
    return codePoint + extra;
}

int TextOffsets::toCodePoint(int utf16) const
{
    utf16 = std::clamp(utf16, 0, m_utf16);
    const auto before = std::lower_bound(m_supplementaryUtf16.begin(), m_supplementaryUtf16.end(), utf16);
    int count = int(before - m_supplementaryUtf16.begin());
    // Inside a pair (utf16 == pair start + 1): lower_bound excluded it, so the pair counts as
    // one code point before the position; step back to the character itself.
    if (before != m_supplementaryUtf16.begin() && *(before - 1) == utf16 - 1)
        return utf16 - 1 - (count - 1);
    return utf16 - count;
}

} // namespace sillok::gui
