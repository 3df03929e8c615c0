#pragma once
// Graphics items of the graph view: typed, draggable nodes and predicate-labelled edges.
// Edge labels use level of detail: they show when hovered or zoomed in. Node labels are drawn
// by GraphCanvas at screen size (legible at any zoom, placed without overlaps); a node paints
// its own label only when the scene is rendered outside a view (the PNG export).

#include <QGraphicsItem>
#include <QString>

#include <functional>
#include <vector>

namespace sillok::gui::graph {

class EdgeItem;

class NodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 201 };
    NodeItem(qint64 entityId, int entityType, QString name, int weight, bool center);

    qint64 entityId() const { return m_entityId; }
    int entityType() const { return m_entityType; }
    bool isCenter() const { return m_center; }
    bool isHovered() const { return m_hovered; }
    const QString &name() const { return m_name; }
    // Width of the name's label box in the application font (bold for the centre), measured once.
    qreal labelWidth() const { return m_labelWidth; }
    qreal radius() const { return m_radius; }
    void addEdge(EdgeItem *edge) { m_edges.push_back(edge); }
    // Called with the new position whenever the user drags the node.
    void setMovedCallback(std::function<void(NodeItem *)> callback) { m_moved = std::move(callback); }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    qint64 m_entityId;
    int m_entityType;
    QString m_name;
    qreal m_radius;
    qreal m_labelWidth;
    bool m_center;
    bool m_hovered = false;
    bool m_dragging = false;
    std::vector<EdgeItem *> m_edges;
    std::function<void(NodeItem *)> m_moved;
};

class EdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 202 };
    EdgeItem(NodeItem *from, NodeItem *to, QString predicate);

    NodeItem *from() const { return m_from; }
    NodeItem *to() const { return m_to; }
    const QString &predicate() const { return m_predicate; }
    // Re-reads the end points after a node moved.
    void adjust();
    // Edges between the same two nodes fan out: `offset` is this edge's bend in pixels.
    void setBend(qreal offset) { m_bend = offset; adjust(); }
    // The zoom from which predicate labels show without hovering (small graphs: earlier).
    void setLabelZoom(qreal zoom) { m_labelZoom = zoom; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QPainterPath path() const;

    NodeItem *m_from;
    NodeItem *m_to;
    QString m_predicate;
    QString m_label;
    QPointF m_p1, m_p2;
    qreal m_bend = 0;
    qreal m_labelZoom = 1.3;
    bool m_hovered = false;
};

// Translated name of a fact predicate ("organizer" → "Organizer" / "주최").
QString predicateName(const QString &predicate);

} // namespace sillok::gui::graph
