#pragma once
// Graphics items of the graph view: typed, draggable nodes and predicate-labelled edges.
// Edge labels use level of detail: they show when hovered or zoomed in. Node labels are drawn
// by GraphCanvas at screen size (legible at any zoom, placed without overlaps); a node paints
// its own label only when the scene is rendered outside a view (the PNG export).

#include "graph_relations.h"

#include <QGraphicsItem>
#include <QString>

#include <functional>
#include <vector>

namespace sillok::gui::graph {

// What a node re-positions when it moves: a relation or a co-mention line.
class LinkItem : public QGraphicsItem {
public:
    virtual void adjust() = 0;
};

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
    void addEdge(LinkItem *edge) { m_edges.push_back(edge); }
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
    std::vector<LinkItem *> m_edges;
    std::function<void(NodeItem *)> m_moved;
};

class EdgeItem : public LinkItem {
public:
    enum { Type = UserType + 202 };
    EdgeItem(NodeItem *from, NodeItem *to, QString predicate);

    NodeItem *from() const { return m_from; }
    NodeItem *to() const { return m_to; }
    const QString &predicate() const { return m_predicate; }
    const RelationStyle &style() const { return m_style; }
    // Re-reads the end points after a node moved.
    void adjust() override;
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
    RelationStyle m_style;
    QPointF m_p1, m_p2;
    qreal m_bend = 0;
    qreal m_labelZoom = 1.3;
    bool m_hovered = false;
};

// A co-mention: the two entities are named in the same sentences (`sentences` of them). Dashed,
// blue-grey, wider for stronger pairs, the count on a pill; no arrow, no relation colour.
class CoMentionItem : public LinkItem {
public:
    enum { Type = UserType + 203 };
    CoMentionItem(NodeItem *from, NodeItem *to, int sentences, int articles);

    NodeItem *from() const { return m_from; }
    NodeItem *to() const { return m_to; }
    int sentences() const { return m_sentences; }
    void adjust() override;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    NodeItem *m_from;
    NodeItem *m_to;
    int m_sentences;
    QPointF m_p1, m_p2;
    bool m_hovered = false;
};

} // namespace sillok::gui::graph
