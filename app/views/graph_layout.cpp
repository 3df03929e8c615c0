#include "graph_layout.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <random>

namespace sillok::gui::graph {

ForceLayout::ForceLayout(int nodeCount, std::vector<std::pair<int, int>> edges, int center, std::uint32_t seed)
    : m_positions(static_cast<std::size_t>(std::max(nodeCount, 0))), m_edges(std::move(edges)), m_center(center),
      m_pinned(static_cast<std::size_t>(std::max(nodeCount, 0)), false)
{
    const auto n = static_cast<std::size_t>(std::max(nodeCount, 0));
    // Hop distance from the centre (breadth first); unreachable nodes go on the outer ring.
    std::vector<std::vector<int>> adjacent(n);
    for (const auto &[a, b] : m_edges) {
        adjacent[static_cast<std::size_t>(a)].push_back(b);
        adjacent[static_cast<std::size_t>(b)].push_back(a);
    }
    std::vector<int> depth(n, -1);
    std::vector<int> queue;
    if (center >= 0 && static_cast<std::size_t>(center) < n) {
        depth[static_cast<std::size_t>(center)] = 0;
        queue.push_back(center);
    }
    for (std::size_t q = 0; q < queue.size(); ++q)
        for (int other : adjacent[static_cast<std::size_t>(queue[q])])
            if (depth[static_cast<std::size_t>(other)] < 0) {
                depth[static_cast<std::size_t>(other)] = depth[static_cast<std::size_t>(queue[q])] + 1;
                queue.push_back(other);
            }
    int maxDepth = 0;
    for (int dep : depth)
        maxDepth = std::max(maxDepth, dep);
    for (int &dep : depth)
        if (dep < 0)
            dep = maxDepth + 1;

    m_k = 110;
    std::mt19937 random(seed);
    std::vector<int> ringCount(static_cast<std::size_t>(maxDepth + 2), 0), ringIndex(n);
    for (std::size_t i = 0; i < n; ++i)
        ringIndex[i] = ringCount[static_cast<std::size_t>(depth[i])]++;
    for (std::size_t i = 0; i < n; ++i) {
        const int ring = depth[i];
        if (ring == 0) {
            m_positions[i] = {0, 0};
            continue;
        }
        const int count = ringCount[static_cast<std::size_t>(ring)];
        const double jitter = (static_cast<double>(random() % 1000) / 1000.0 - 0.5) * 0.3;
        const double angle = 2 * std::numbers::pi * (ringIndex[i] + 0.5 + jitter) / count + ring * 0.4;
        // Rings wide enough that their nodes start about k apart.
        const double radius = std::max(ring * m_k * 1.3, count * m_k * 0.9 / (2 * std::numbers::pi));
        m_positions[i] = {radius * std::cos(angle), radius * std::sin(angle)};
    }
    if (center >= 0 && static_cast<std::size_t>(center) < n)
        m_pinned[static_cast<std::size_t>(center)] = true;
    else
        m_center = -1;
    m_temperature = m_k * 1.5;
    m_iterations = n > 500 ? 80 : 300;
}

bool ForceLayout::step()
{
    if (isDone())
        return false;
    const std::size_t n = m_positions.size();
    std::vector<QPointF> shift(n, QPointF(0, 0));
    const double k2 = m_k * m_k;
    // Without a centre (the whole graph: many small components) repulsion reaches only a few
    // edge lengths and gravity is stronger, so components pack around the middle instead of
    // drifting apart until every node is a dot.
    const bool compact = m_center < 0;
    const double reach2 = compact ? (3.5 * m_k) * (3.5 * m_k) : std::numeric_limits<double>::infinity();
    const double gravity = compact ? 0.06 : 0.02;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            QPointF delta = m_positions[i] - m_positions[j];
            double dist2 = delta.x() * delta.x() + delta.y() * delta.y();
            if (dist2 > reach2)
                continue;
            if (dist2 < 1e-6) { // coincident: push apart along a fixed direction per pair
                delta = QPointF(std::cos(static_cast<double>(i + 3 * j)), std::sin(static_cast<double>(i + 3 * j)));
                dist2 = 1;
            }
            const QPointF force = delta * (k2 / dist2); // k²/d along the unit vector
            shift[i] += force;
            shift[j] -= force;
        }
    for (const auto &[a, b] : m_edges) {
        if (a == b)
            continue;
        const auto ia = static_cast<std::size_t>(a), ib = static_cast<std::size_t>(b);
        const QPointF delta = m_positions[ia] - m_positions[ib];
        const double dist = std::hypot(delta.x(), delta.y());
        const QPointF force = delta * (dist / m_k); // d²/k along the unit vector
        shift[ia] -= force;
        shift[ib] += force;
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (m_pinned[i])
            continue;
        // Gentle gravity keeps disconnected parts from drifting away.
        shift[i] -= m_positions[i] * gravity;
        const double length = std::hypot(shift[i].x(), shift[i].y());
        if (length > 0)
            m_positions[i] += shift[i] * (std::min(length, m_temperature) / length);
    }
    ++m_iteration;
    // Linear cooling to a small floor, so the last steps only polish.
    m_temperature = std::max(m_k * 1.5 * (1.0 - static_cast<double>(m_iteration) / m_iterations), 0.5);
    return !isDone();
}

void ForceLayout::finish()
{
    while (step()) {
    }
}

} // namespace sillok::gui::graph
