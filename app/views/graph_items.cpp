#include "graph_items.h"

#include "view_style.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <array>
#include <cmath>
#include <numbers>

namespace sillok::gui::graph {
namespace {

constexpr qreal kLabelGap = 3;

} // namespace

NodeItem::NodeItem(qint64 entityId, int entityType, QString name, int weight, bool center)
    : m_entityId(entityId), m_entityType(entityType), m_name(std::move(name)), m_center(center)
{
    m_radius = std::clamp(9.0 + 3.0 * std::log2(1.0 + std::max(weight, 0)), 9.0, 24.0) + (center ? 4 : 0);
    QFont font = QApplication::font();
    font.setBold(center);
    m_labelWidth = QFontMetricsF(font).horizontalAdvance(m_name) + 8;
    setFlags(ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(center ? 3 : 2);
    setToolTip(QStringLiteral("<b>%1</b><br>%2").arg(m_name.toHtmlEscaped(), style::typeName(entityType)));
}

QRectF NodeItem::boundingRect() const
{
    // Room for the marker drawn up to twice its size when zoomed far out (paint()).
    const qreal labelHeight = QFontMetricsF(QApplication::font()).height() + 4;
    const qreal extent = 2 * m_radius + 4;
    const qreal w = std::max(2 * extent, m_labelWidth);
    return QRectF(-w / 2, -extent, w, extent + std::max(extent, m_radius + 4 + kLabelGap + labelHeight));
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), m_radius + 2, m_radius + 2);
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const qreal lod = option ? option->levelOfDetailFromTransform(painter->worldTransform()) : 1.0;
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = style::typeColor(m_entityType);
    // Zoomed far out, a marker keeps at least ~5 px of radius on screen (up to twice its size),
    // so a large graph shows nodes, not only their labels.
    const qreal onScreen = m_radius * lod;
    const qreal grow = onScreen > 0 && onScreen < 5 ? std::min(2.0, 5 / onScreen) : 1.0;
    painter->save();
    painter->scale(grow, grow);
    if (m_center) {
        // The centre: a halo ring so it is found at a glance.
        painter->setPen(QPen(QColor(255, 196, 0), 4));
        painter->setBrush(QColor(255, 230, 140, 120));
        painter->drawEllipse(QPointF(0, 0), m_radius + 1, m_radius + 1);
    }
    painter->setPen(QPen(m_hovered ? QColor(20, 20, 20) : color.darker(150), m_hovered ? 2.5 : 1.5));
    painter->setBrush(m_hovered ? color.lighter(115) : color);
    painter->drawPath(style::typeShape(m_entityType, m_center ? m_radius - 5 : m_radius - 1));
    painter->restore();
    // On screen the canvas draws the labels (GraphCanvas::paintNodeLabels). Rendered to an
    // image: always for the centre, otherwise once they are legible.
    if (widget != nullptr || (lod < 0.45 && !m_center))
        return;
    QFont font = QApplication::font();
    font.setBold(m_center);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const QRectF text(-m_labelWidth / 2, m_radius + kLabelGap, m_labelWidth, fm.height() + 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 200));
    painter->drawRoundedRect(text, 3, 3);
    painter->setPen(QColor(25, 25, 30));
    painter->drawText(text, Qt::AlignCenter, m_name);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (LinkItem *edge : m_edges)
            edge->adjust();
        if (m_dragging && m_moved)
            m_moved(this);
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_dragging = true;
    QGraphicsItem::mousePressEvent(event);
}

void NodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    m_dragging = false;
    QGraphicsItem::mouseReleaseEvent(event);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    setZValue(4);
    for (LinkItem *edge : m_edges)
        edge->update();
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    setZValue(m_center ? 3 : 2);
    for (LinkItem *edge : m_edges)
        edge->update();
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

EdgeItem::EdgeItem(NodeItem *from, NodeItem *to, QString predicate)
    : m_from(from), m_to(to), m_predicate(std::move(predicate)), m_label(predicateName(m_predicate)),
      m_style(relationStyle(m_predicate))
{
    setAcceptHoverEvents(true);
    setZValue(m_style.typed ? 1.5 : 1);
    setToolTip(QStringLiteral("%1 → %2 → %3").arg(from->toolTip().section(QStringLiteral("<br>"), 0, 0), m_label.toHtmlEscaped(),
                                                    to->toolTip().section(QStringLiteral("<br>"), 0, 0)));
    from->addEdge(this);
    to->addEdge(this);
    adjust();
}

void EdgeItem::adjust()
{
    prepareGeometryChange();
    m_p1 = m_from->pos();
    m_p2 = m_to->pos();
}

QPainterPath EdgeItem::path() const
{
    QPainterPath path(m_p1);
    if (m_bend == 0) {
        path.lineTo(m_p2);
        return path;
    }
    const QPointF mid = (m_p1 + m_p2) / 2;
    const QPointF d = m_p2 - m_p1;
    const qreal len = std::hypot(d.x(), d.y());
    const QPointF normal = len > 0 ? QPointF(-d.y() / len, d.x() / len) : QPointF(0, 0);
    path.quadTo(mid + normal * m_bend * 2, m_p2);
    return path;
}

QRectF EdgeItem::boundingRect() const
{
    const QRectF r = path().boundingRect();
    // Room for the midpoint label.
    return r.adjusted(-80, -20, 80, 20);
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path());
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (!m_from->isVisible() || !m_to->isVisible())
        return;
    const qreal lod = option ? option->levelOfDetailFromTransform(painter->worldTransform()) : 1.0;
    painter->setRenderHint(QPainter::Antialiasing);
    const QPainterPath p = path();
    const bool hot = m_hovered || m_from->isUnderMouse() || m_to->isUnderMouse();
    const QColor color = hot ? (m_style.typed ? m_style.color.darker(130) : QColor(40, 40, 50)) : m_style.color;
    QPen pen(color, hot ? m_style.width + 0.8 : m_style.width);
    pen.setCosmetic(true); // as wide on screen at any zoom: a zoomed-out graph keeps its edges
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(p);

    // An arrowhead at the object end, stopping at its node's rim (none for symmetric relations).
    const qreal len = p.length();
    if (!m_style.symmetric && len > m_to->radius() + 8) {
        const qreal t = p.percentAtLength(len - m_to->radius() - 2);
        const QPointF tip = p.pointAtPercent(t);
        // angleAtPercent is counter-clockwise degrees with y up; scene y points down.
        const qreal deg = p.angleAtPercent(t) * std::numbers::pi / 180.0;
        const QPointF back(std::cos(deg), -std::sin(deg));
        const QPointF side(-back.y(), back.x());
        QPolygonF head;
        const qreal size = m_style.typed ? 11 : 9;
        head << tip << tip - back * size + side * size * 0.45 << tip - back * size - side * size * 0.45;
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(head);
    }
    if (!hot && lod < m_labelZoom)
        return;
    const QPointF mid = p.pointAtPercent(0.5);
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const QRectF box(mid.x() - fm.horizontalAdvance(m_label) / 2 - 4, mid.y() - fm.height() / 2 - 1,
                     fm.horizontalAdvance(m_label) + 8, fm.height() + 2);
    painter->setPen(QPen(m_style.typed ? m_style.color : QColor(200, 204, 212), 1));
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawRoundedRect(box, 3, 3);
    painter->setPen(m_style.typed ? m_style.color.darker(140) : QColor(60, 64, 72));
    painter->drawText(box, Qt::AlignCenter, m_label);
}

void EdgeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void EdgeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace sillok::gui::graph

namespace sillok::gui::graph {

CoMentionItem::CoMentionItem(NodeItem *from, NodeItem *to, int sentences, int articles)
    : m_from(from), m_to(to), m_sentences(sentences)
{
    setAcceptHoverEvents(true);
    setZValue(0.5); // under every relation
    setToolTip(QCoreApplication::translate("sillok::gui::GraphView",
                                           "<b>%1</b> and <b>%2</b> are named in the same sentence %3 time(s), in %4 "
                                           "article(s).<br>A co-mention, not a stated relation.")
                   .arg(from->name().toHtmlEscaped(), to->name().toHtmlEscaped())
                   .arg(sentences)
                   .arg(articles));
    from->addEdge(this);
    to->addEdge(this);
    adjust();
}

void CoMentionItem::adjust()
{
    prepareGeometryChange();
    m_p1 = m_from->pos();
    m_p2 = m_to->pos();
}

QRectF CoMentionItem::boundingRect() const
{
    return QRectF(m_p1, m_p2).normalized().adjusted(-30, -14, 30, 14);
}

QPainterPath CoMentionItem::shape() const
{
    QPainterPath line(m_p1);
    line.lineTo(m_p2);
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(line);
}

void CoMentionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_from->isVisible() || !m_to->isVisible())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const bool hot = m_hovered || m_from->isUnderMouse() || m_to->isUnderMouse();
    QColor color = coMentionColor();
    color.setAlpha(hot ? 255 : 190);
    QPen pen(color, coMentionWidth(m_sentences), Qt::CustomDashLine, Qt::FlatCap);
    pen.setDashPattern({3, 2.5});
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawLine(m_p1, m_p2);
    // The strength on a small pill in the middle.
    const QString text = QString::number(m_sentences);
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const QPointF mid = (m_p1 + m_p2) / 2;
    const QRectF box(mid.x() - fm.horizontalAdvance(text) / 2 - 4, mid.y() - fm.height() / 2, fm.horizontalAdvance(text) + 8,
                     fm.height());
    painter->setPen(QPen(color, 1));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(box, box.height() / 2, box.height() / 2);
    painter->setPen(color.darker(130));
    painter->drawText(box, Qt::AlignCenter, text);
}

void CoMentionItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void CoMentionItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace sillok::gui::graph
