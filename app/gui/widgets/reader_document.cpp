#include "widgets/reader_document.h"

#include "common/utf.h"
#include "services/display.h"

namespace sillok::gui {


ReaderDocument ReaderDocument::build(const core::ArticleRecord &article, bool showNoise)
{
    ReaderDocument doc;
    const int bodyLength = int(core::codePointCount(article.body));
    if (showNoise && !article.fullText.empty()) {
        // Body blocks are joined with "\n\n" in the body; check that before trusting the map.
        int body = 0;
        bool first = true;
        bool consistent = true;
        for (const auto &block : article.blocks) {
            const int len = block.end - block.start;
            if (block.kind == core::BlockKind::Noise) {
                doc.m_noise.emplace_back(block.start, block.end);
                continue;
            }
            if (block.kind != core::BlockKind::Body)
                continue;
            if (!first)
                body += 2;
            first = false;
            if (core::substrCodePoints(article.body, std::size_t(body), std::size_t(body + len)) != block.text)
                consistent = false;
            doc.m_segments.push_back({body, block.start, len});
            body += len;
        }
        if (consistent && body == bodyLength) {
            doc.m_text = toQ(article.fullText);
            doc.m_offsets = TextOffsets(doc.m_text);
            doc.m_showsNoise = true;
            for (auto &span : doc.m_noise)
                span = {doc.m_offsets.toUtf16(span.first), doc.m_offsets.toUtf16(span.second)};
            return doc;
        }
    }
    doc = ReaderDocument();
    doc.m_text = toQ(article.body);
    doc.m_offsets = TextOffsets(doc.m_text);
    doc.m_segments.push_back({0, 0, bodyLength});
    return doc;
}

int ReaderDocument::utf16FromBody(int bodyCodePoint) const
{
    for (const Segment &s : m_segments)
        if (bodyCodePoint >= s.body && bodyCodePoint <= s.body + s.length)
            return m_offsets.toUtf16(s.display + bodyCodePoint - s.body);
    return -1;
}

int ReaderDocument::bodyFromUtf16(int utf16) const
{
    const int cp = m_offsets.toCodePoint(utf16);
    for (const Segment &s : m_segments)
        if (cp >= s.display && cp <= s.display + s.length)
            return s.body + cp - s.display;
    return -1;
}

} // namespace sillok::gui
