#pragma once
// ReaderDocument: the text the reader shows for one article and the map between its offsets
// and the body's (the core's annotation and mention offsets are code points in the body).
// With noise shown, the text is the full text and body blocks map piecewise.

#include "services/text_offsets.h"

#include <QString>

#include <utility>
#include <vector>

namespace sillok::core {
struct ArticleRecord;
}

namespace sillok::gui {

class ReaderDocument {
public:
    static ReaderDocument build(const core::ArticleRecord &article, bool showNoise);

    const QString &text() const { return m_text; }
    bool showsNoise() const { return m_showsNoise; }
    // Body code point -> UTF-16 index in text(); -1 when not shown.
    int utf16FromBody(int bodyCodePoint) const;
    // UTF-16 index in text() -> body code point; -1 inside noise.
    int bodyFromUtf16(int utf16) const;
    // UTF-16 spans of the noise blocks (for greying them out).
    const std::vector<std::pair<int, int>> &noiseSpans() const { return m_noise; }

private:
    struct Segment {
        int body;    // code point in the body
        int display; // code point in text()
        int length;
    };
    QString m_text;
    TextOffsets m_offsets;
    std::vector<Segment> m_segments;
    std::vector<std::pair<int, int>> m_noise;
    bool m_showsNoise = false;
};

} // namespace sillok::gui
