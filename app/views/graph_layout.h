#pragma once
// Force-directed layout (Fruchterman–Reingold) for the graph view. Deterministic: the same
// graph and seed give the same picture. Nodes start on rings by hop distance from the centre,
// which the forces then relax; pinned nodes (the centre, dragged nodes) stay where they are.
// Plain computation, no Qt widgets; not thread-safe (one layout per view).

#include <QPointF>

#include <cstdint>
#include <utility>
#include <vector>

namespace sillok::gui::graph {

class ForceLayout {
public:
    // `edges` index into [0, nodeCount); `center` is pinned at (0,0) (-1 for none).
    ForceLayout(int nodeCount, std::vector<std::pair<int, int>> edges, int center, std::uint32_t seed = 1);

    // One iteration; returns false once the layout has cooled down (nothing left to do).
    bool step();
    // Runs the remaining iterations.
    void finish();
    bool isDone() const { return m_iteration >= m_iterations; }
    int iteration() const { return m_iteration; }
    int iterations() const { return m_iterations; }

    const std::vector<QPointF> &positions() const { return m_positions; }
    void setPosition(int node, QPointF position) { m_positions[static_cast<std::size_t>(node)] = position; }
    void setPinned(int node, bool pinned) { m_pinned[static_cast<std::size_t>(node)] = pinned; }
    // The ideal edge length k.
    double idealLength() const { return m_k; }

private:
    std::vector<QPointF> m_positions;
    std::vector<std::pair<int, int>> m_edges;
    int m_center = -1; // -1: no centre (compact packing of many components)
    std::vector<bool> m_pinned;
    double m_k = 90;
    double m_temperature = 0;
    int m_iteration = 0;
    int m_iterations = 300;
};

} // namespace sillok::gui::graph
