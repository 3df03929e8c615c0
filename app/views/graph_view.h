#pragma once
// GraphView: the neighbourhood of one entity (see README.md). Typed nodes (colour and shape
// by entity type, size by mention count) and predicate-labelled edges, laid out by a
// deterministic force-directed layout that animates briefly and then stays put; the centre
// is highlighted. Type filter, relation filter (per predicate), 1/2-hop selector, the co-mention
// layer switch, zoom/pan, node dragging, legend, PNG and SVG export.

#include <QSet>
#include <QStringList>
#include <QWidget>

#include <memory>

class QGraphicsView;
class QPaintDevice;

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
    // 500 nodes get fewer). Edges and co-mentions whose ends are not in `graph.nodes` are
    // dropped. Co-mentions (graph.coMentions) are drawn as their own dashed layer.
    void setGraph(sillok::core::Graph graph, qint64 centerId);
    // Relation filter: predicates whose edges are hidden (codes such as "partnership").
    void setHiddenPredicates(const QSet<QString> &predicates);
    QSet<QString> hiddenPredicates() const;
    // The predicates of the edges in the graph, in display order (typed relations first).
    QStringList predicates() const;
    // The co-mention switch (off by default). Toggling it by hand emits coMentionsToggled; the
    // embedding panel then fetches a graph with or without co-mentions.
    void setCoMentionsShown(bool shown);
    bool coMentionsShown() const;
    // Whole-graph mode: no hop button is checked (either returns to an ego network) and the
    // co-mention switch is off and disabled (co-mentions are shown around a centre).
    void setWholeGraphMode(bool whole);
    void setTypeFilter(const QSet<int> &visibleTypes); // values of core::EntityType
    QSet<int> typeFilter() const;
    int hops() const;
    // Selects 1 or 2 hops (clamped); emits hopsChanged when the value changes.
    void setHops(int hops);
    qint64 centerId() const;

    // Appends a widget (e.g. a button of the embedding panel) to the end of the view's own
    // control row, so the panel needs no second row. The view takes ownership.
    void addToolBarWidget(QWidget *widget);

    // Render every visible node and edge with the legend; false when it cannot be written.
    bool exportPng(const QString &path);
    bool exportSvg(const QString &path);

    // Stops the animation and runs the remaining layout iterations at once.
    void finishLayout();
    bool isLayoutRunning() const;
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    // The legend in the graph's corner (the Legend button): Fit keeps the graph clear of it.
    void setLegendShown(bool shown);
    bool isLegendShown() const;
    // Where the legend and the node names are on screen (viewport coordinates), for tests.
    QRectF legendViewportRect() const;
    QList<QRectF> labelViewportRects() const;

    // For tests and tools: how many nodes pass the type filter, whether one does, and where a
    // node's centre is in viewport coordinates (null point when not shown).
    int visibleNodeCount() const;
    // Visible relation edges (of one predicate, or all when empty) and co-mention lines.
    int visibleEdgeCount(const QString &predicate = {}) const;
    int visibleCoMentionCount() const;
    // Entities hidden because only hidden entities or relations linked them to the rest.
    int leftOutCount() const;
    bool isNodeVisible(qint64 entityId) const;
    QPoint nodeViewportPosition(qint64 entityId) const;
    QGraphicsView *graphicsView() const;

signals:
    void entityActivated(qint64 entityId);   // single click
    void recenterRequested(qint64 entityId); // double click: fetch that entity's neighbourhood
    void hopsChanged(int hops);              // the 1/2-hop selector changed
    void hopsClicked(int hops);              // a hop button was clicked (also when unchanged)
    void coMentionsToggled(bool shown);      // the co-mention switch was toggled by the user

private:
    void buildToolBar();
    void advanceLayout();
    void applyTypeFilter();
    void refreshRelationMenu();
    QRectF visibleBounds() const;
    bool renderTo(QPaintDevice &device, const QRectF &bounds, qreal scale, QSizeF legend);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sillok::gui
