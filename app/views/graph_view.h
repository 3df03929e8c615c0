#pragma once
// GraphView: the neighbourhood of one entity (see README.md). Typed nodes (colour and shape
// by entity type, size by mention count) and predicate-labelled edges, laid out by a
// deterministic force-directed layout that animates briefly and then stays put; the centre
// is highlighted. Type filter, 1/2-hop selector, zoom/pan, node dragging, legend, PNG export.

#include <QSet>
#include <QWidget>

#include <memory>

class QGraphicsView;

namespace sillok::core {
struct Graph;
}

// Headers seen by moc forward-declare core types: Qt 6.4 moc cannot parse <compare>.
namespace sillok::gui {

class GraphView : public QWidget {
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    // Replaces the graph and starts the layout animation (about 300 iterations; graphs over
    // 500 nodes get fewer). Edges whose ends are not in `graph.nodes` are dropped.
    void setGraph(sillok::core::Graph graph, qint64 centerId);
    void setTypeFilter(const QSet<int> &visibleTypes); // values of core::EntityType
    QSet<int> typeFilter() const;
    int hops() const;
    // Selects 1 or 2 hops (clamped); emits hopsChanged when the value changes.
    void setHops(int hops);
    qint64 centerId() const;

    // Appends a widget (e.g. a button of the embedding panel) to the end of the view's own
    // control row, so the panel needs no second row. The view takes ownership.
    void addToolBarWidget(QWidget *widget);

    // Renders every visible node and edge with the legend; false when it cannot be written.
    bool exportPng(const QString &path);

    // Stops the animation and runs the remaining layout iterations at once.
    void finishLayout();
    bool isLayoutRunning() const;
    void zoomIn();
    void zoomOut();
    void zoomToFit();

    // For tests and tools: how many nodes pass the type filter, whether one does, and where a
    // node's centre is in viewport coordinates (null point when not shown).
    int visibleNodeCount() const;
    bool isNodeVisible(qint64 entityId) const;
    QPoint nodeViewportPosition(qint64 entityId) const;
    QGraphicsView *graphicsView() const;

signals:
    void entityActivated(qint64 entityId);   // single click
    void recenterRequested(qint64 entityId); // double click: fetch that entity's neighbourhood
    void hopsChanged(int hops);              // the 1/2-hop selector changed

private:
    void buildToolBar();
    void advanceLayout();
    void applyTypeFilter();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sillok::gui
