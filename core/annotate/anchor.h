#pragma once
// Anchoring annotations to article text (W3C TextQuoteSelector + TextPositionSelector).
//
// An anchor stores the quoted text, up to kAnchorContext code points of context on each side,
// and its code-point position in the NFC body it was made on. When the body changes, reanchor()
// places the quote again or reports it as an orphan. It never moves an annotation to a lookalike
// quote whose surroundings do not match the stored context (cf. Hypothesis client #7571): an
// orphan is always preferred over a wrong anchor.
//
// Pure functions over UTF-8 strings; thread-safe; never throw.

#include "model/records.h"

#include <string_view>

namespace sillok::core {

// Code points of context kept on each side of the quote.
inline constexpr int kAnchorContext = 32;

// An annotation over body[start, end) (code points; clamped to the body, start <= end).
// Fills start, end, exact, prefix and suffix; the caller fills textHash, uid, note, etc.
AnnotationRecord makeAnchor(std::string_view body, int start, int end);

struct Reanchor {
    enum Status { Exact, Moved, Orphaned };
    Status status = Orphaned;
    // The new position (code points) for Exact/Moved; the old position for Orphaned.
    int start = 0;
    int end = 0;
};

// Places `annotation` (its exact/prefix/suffix/start/end) in `newBody`.
//  * Exact: the quote is still at [start, end) and its context agrees.
//  * Moved: the quote occurs elsewhere and its prefix or suffix context matches substantially;
//    among several such places the best context wins, ties go to the nearest to the old place.
//  * Orphaned: the quote is gone or edited, or it occurs only with unrelated context.
Reanchor reanchor(const AnnotationRecord &annotation, std::string_view newBody);

// Context agreement in [0, 1] of a quote found at body[start, end) (code points) with the
// stored prefix and suffix: the better side's similarity. Exposed for tests and diagnostics.
double anchorContextScore(const AnnotationRecord &annotation, std::u32string_view body, int start, int end);

} // namespace sillok::core
