#pragma once
// The graph's QGraphicsView: zoom (wheel, pinch, +/- keys) under the pointer, pan by
// dragging the background, node dragging, clicks and double clicks on nodes turned into
// entity ids, and the legend painted as an overlay.

#include <QGraphicsView>
#include <QStringList>

#include <vector>

namespace sillok::gui::graph {

class GraphCanvas : public QGraphicsView {
    Q_OBJECT
public:
    explicit GraphCanvas(QGraphicsScene *scene, QWidget *parent = nullptr);
    void zoomBy(double factor);
    void zoomToFit();
    double zoom() const { return transform().m11(); }

    // Where node names go (viewport coordinates): the centre and the hovered node always, the
    // others by importance (size) below, right of, left of or above their node, wherever the
    // box overlaps no label or node already placed. Nodes without a box go unlabelled.
    struct PlacedLabel {
        qint64 entityId = 0;
        QRectF box;
        QString text;
        bool center = false;
        bool hovered = false;
    };
    std::vector<PlacedLabel> placeNodeLabels() const;

    // What the legend shows besides the node types: the relations drawn (predicate codes, in
    // display order) and whether the co-mention layer is.
    void setLegendContent(const QStringList &predicates, bool coMentions);
    // The co-mentioned entities, strongest first ("name (count)"), listed top right while the
    // co-mention layer is shown; empty for none.
    void setRanking(const QStringList &ranking);
    // Paints the legend (node types, the centre marker, relations, co-mention) with its top-left
    // at `topLeft`, in columns of at most five rows; returns the size it took. Shared with the
    // image exports.
    QSizeF paintLegendAt(QPainter &painter, QPointF topLeft, const QFont &font) const;
    QSizeF legendSize(const QFont &font) const;
    // The legend is painted in the bottom-left corner while shown (the default); zoomToFit()
    // keeps the graph and its labels beside or above it, never under it.
    void setLegendShown(bool shown);
    bool isLegendShown() const { return m_legendShown; }
    // Where the legend is painted (viewport coordinates); empty while hidden.
    QRectF legendRect() const;

signals:
    void nodeClicked(qint64 entityId);
    void nodeDoubleClicked(qint64 entityId);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;
    // Until the user zooms, the graph stays fitted when the view gets its size (a graph laid
    // out while hidden behind another tab was fitted to no size at all).
    void resizeEvent(QResizeEvent *event) override;

private:
    // Node names at screen size, legible at any zoom (placeNodeLabels()).
    void paintNodeLabels(QPainter &painter) const;
    qint64 nodeAt(QPoint viewportPos) const; // 0 when none
    void paintRanking(QPainter &painter) const;
    QStringList m_legendPredicates;
    bool m_legendCoMentions = false;
    QStringList m_ranking;
    QPoint m_pressPos;
    bool m_pressed = false;
    bool m_fitted = false; // the last zoom was zoomToFit(), not the user's
    bool m_legendShown = true;
};

} // namespace sillok::gui::graph
