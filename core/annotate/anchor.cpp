#include "annotate/anchor.h"

#include "common/utf.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace sillok::core {

namespace {

// A side of context must be at least this similar to count as "matching substantially".
constexpr double kSideThreshold = 0.6;
// Another place must beat the old place's context by this much before we leave the old place.
constexpr double kStayMargin = 0.25;

struct Candidate {
    int start = 0;
    double prefix = 0;
    double suffix = 0;
    double total() const { return prefix + suffix; }
    double best() const { return std::max(prefix, suffix); }
};

// 1 - Levenshtein(a, b) / max(|a|, |b|).
double similarity(std::u32string_view a, std::u32string_view b)
{
    if (a.empty() && b.empty())
        return 1.0;
    std::vector<int> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    const auto longest = static_cast<double>(std::max(a.size(), b.size()));
    return 1.0 - row[b.size()] / longest;
}

// Compares stored context with what lies beside a candidate. A stored side shorter than
// kAnchorContext was cut by the edge of the body, so it is compared with everything available
// up to kAnchorContext: text inserted beyond that edge counts as a mismatch.
Candidate scoreAt(std::u32string_view storedPrefix, std::u32string_view storedSuffix,
                  std::u32string_view body, std::size_t start, std::size_t end)
{
    const auto width = [](std::u32string_view stored) {
        return stored.size() < static_cast<std::size_t>(kAnchorContext) ? static_cast<std::size_t>(kAnchorContext)
                                                                         : stored.size();
    };
    const std::size_t prefixLength = std::min(start, width(storedPrefix));
    const std::size_t suffixLength = std::min(body.size() - end, width(storedSuffix));
    return Candidate{static_cast<int>(start), similarity(storedPrefix, body.substr(start - prefixLength, prefixLength)),
                     similarity(storedSuffix, body.substr(end, suffixLength))};
}

} // namespace

AnnotationRecord makeAnchor(std::string_view body, int start, int end)
{
    const std::u32string text = toU32(body);
    const int size = static_cast<int>(text.size());
    start = std::clamp(start, 0, size);
    end = std::clamp(end, start, size);
    AnnotationRecord a;
    a.start = start;
    a.end = end;
    const auto s = static_cast<std::size_t>(start);
    const auto e = static_cast<std::size_t>(end);
    const std::size_t prefixBegin = s - std::min<std::size_t>(s, kAnchorContext);
    a.exact = toUtf8(std::u32string_view(text).substr(s, e - s));
    a.prefix = toUtf8(std::u32string_view(text).substr(prefixBegin, s - prefixBegin));
    a.suffix = toUtf8(std::u32string_view(text).substr(e, std::min<std::size_t>(kAnchorContext, text.size() - e)));
    return a;
}

double anchorContextScore(const AnnotationRecord &annotation, std::u32string_view body, int start, int end)
{
    if (start < 0 || end < start || static_cast<std::size_t>(end) > body.size())
        return 0.0;
    const std::u32string prefix = toU32(annotation.prefix);
    const std::u32string suffix = toU32(annotation.suffix);
    return scoreAt(prefix, suffix, body, static_cast<std::size_t>(start), static_cast<std::size_t>(end)).best();
}

Reanchor reanchor(const AnnotationRecord &annotation, std::string_view newBody)
{
    Reanchor orphan{Reanchor::Orphaned, annotation.start, annotation.end};
    const std::u32string exact = toU32(annotation.exact);
    if (exact.empty())
        return orphan;
    const std::u32string body = toU32(newBody);
    const std::u32string prefix = toU32(annotation.prefix);
    const std::u32string suffix = toU32(annotation.suffix);
    const bool noContext = prefix.empty() && suffix.empty();

    std::vector<Candidate> found;
    for (std::size_t at = body.find(exact); at != std::u32string::npos; at = body.find(exact, at + 1))
        found.push_back(scoreAt(prefix, suffix, body, at, at + exact.size()));
    if (found.empty())
        return orphan;
    const int length = static_cast<int>(exact.size());

    // A quote that was the whole body has no context to check: accept it only when unique.
    if (noContext) {
        if (found.size() != 1)
            return orphan;
        const int start = found.front().start;
        return {start == annotation.start ? Reanchor::Exact : Reanchor::Moved, start, start + length};
    }

    const Candidate *old = nullptr;
    const Candidate *best = nullptr;
    for (const Candidate &c : found) {
        if (c.best() < kSideThreshold)
            continue; // a lookalike with unrelated surroundings is never taken
        if (c.start == annotation.start)
            old = &c;
        if (!best || c.total() > best->total() + 1e-9
            || (std::abs(c.total() - best->total()) <= 1e-9
                && std::abs(c.start - annotation.start) < std::abs(best->start - annotation.start)))
            best = &c;
    }
    if (old && old->total() + kStayMargin >= best->total())
        return {Reanchor::Exact, annotation.start, annotation.start + length};
    if (!best)
        return orphan;
    return {best->start == annotation.start ? Reanchor::Exact : Reanchor::Moved, best->start, best->start + length};
}

} // namespace sillok::core
