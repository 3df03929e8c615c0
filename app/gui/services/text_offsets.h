#pragma once
// Code points (the core's offsets) <-> UTF-16 units (QString indexes). Korean is in the BMP but
// emoji and some CJK extensions are not, so the two differ after any supplementary character.

#include <QString>

#include <vector>

namespace sillok::gui {

class TextOffsets {
public:
    TextOffsets() = default;
    explicit TextOffsets(const QString &text);

    // Both clamp to the text. A UTF-16 index inside a surrogate pair maps to that code point.
    int toUtf16(int codePoint) const;
    int toCodePoint(int utf16) const;
    int codePointLength() const { return m_codePoints; }

private:
    std::vector<int> m_supplementaryUtf16; // UTF-16 index of each supplementary character, sorted
    int m_codePoints = 0;
    int m_utf16 = 0;
};

} // namespace sillok::gui
