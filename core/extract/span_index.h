#pragma once
// Private to core/extract: indexes that keep the recognizers' candidate look-ups logarithmic in
// the number of candidates, so extraction time stays linear in body size.
//
// SpanSet answers "does any stored span overlap [start, end)?" (half-open overlap:
// a.start < end && start < a.end), "contain it?" or "start in [lo, hi]?" exactly as a linear
// scan over the spans would, in O(log n + spans near the query). Not thread-safe.

#include <algorithm>
#include <limits>
#include <set>
#include <utility>

namespace sillok::core::extract {

class SpanSet {
public:
    void insert(int start, int end)
    {
        m_spans.emplace(start, end);
        m_maxLength = std::max(m_maxLength, end - start);
    }
    // Removes one stored copy of [start, end); no-op when absent.
    void erase(int start, int end)
    {
        if (auto it = m_spans.find({start, end}); it != m_spans.end())
            m_spans.erase(it);
    }
    bool overlaps(int start, int end) const
    {
        // A span overlapping [start, end) starts before `end` and, being at most m_maxLength
        // long, after start - m_maxLength.
        for (auto it = m_spans.lower_bound({start - m_maxLength, std::numeric_limits<int>::min()});
             it != m_spans.end() && it->first < end; ++it) {
            if (start < it->second)
                return true;
        }
        return false;
    }

    // Some span starts in [lo, hi].
    bool anyStartingIn(int lo, int hi) const
    {
        const auto it = m_spans.lower_bound({lo, std::numeric_limits<int>::min()});
        return it != m_spans.end() && it->first <= hi;
    }
    // Some span contains [start, end): span.start <= start && end <= span.end.
    bool anyContaining(int start, int end) const
    {
        for (auto it = m_spans.lower_bound({end - m_maxLength, std::numeric_limits<int>::min()});
             it != m_spans.end() && it->first <= start; ++it) {
            if (end <= it->second)
                return true;
        }
        return false;
    }

private:
    std::multiset<std::pair<int, int>> m_spans;
    int m_maxLength = 0; // never shrinks: only widens the scanned window
};

} // namespace sillok::core::extract
