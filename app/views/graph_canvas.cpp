#include "graph_canvas.h"

#include "graph_items.h"
#include "view_style.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QGestureEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace sillok::gui::graph {

GraphCanvas::GraphCanvas(QGraphicsScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setDragMode(ScrollHandDrag);
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    // Labels are placed over the whole view at once (paintNodeLabels): repaint it whole.
    setViewportUpdateMode(FullViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    setBackgroundBrush(QColor(252, 252, 253));
    // Panning is by dragging; the generous scene margin would make scroll bars meaningless.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void GraphCanvas::zoomBy(double factor)
{
    m_fitted = false;
    const double next = std::clamp(zoom() * factor, 0.05, 8.0);
    const double f = next / zoom();
    scale(f, f);
}

void GraphCanvas::zoomToFit()
{
    if (!scene())
        return;
    // Node discs and their names: the names are drawn at screen size (placeNodeLabels), so
    // their room does not scale with the zoom. Each node needs its disc and a name's box
    // below it or above it (where placeNodeLabels puts it first), as wide as the name.
    struct Extent {
        QPointF pos;
        qreal radius;
        qreal halfLabel;
    };
    std::vector<Extent> nodes;
    QRectF bounds;
    for (QGraphicsItem *item : scene()->items())
        if (item->isVisible() && item->type() == NodeItem::Type) {
            const auto *node = static_cast<const NodeItem *>(item);
            nodes.push_back({item->pos(), node->radius(), node->labelWidth() / 2 + 2});
            bounds |= QRectF(item->pos() - QPointF(node->radius(), node->radius()),
                             QSizeF(2 * node->radius(), 2 * node->radius()));
        }
    if (nodes.empty())
        return;
    setSceneRect(bounds.adjusted(-4000, -4000, 4000, 4000));
    const qreal lineHeight = QFontMetricsF(QApplication::font()).height() + 2;
    // The box (pixels, at scale s, origin at the scene origin) the nodes and names take.
    const auto needed = [&](qreal s) {
        QRectF box;
        for (const Extent &e : nodes) {
            const qreal r = e.radius * s;
            const qreal half = std::max(r, e.halfLabel);
            const qreal v = r + 4 + lineHeight;
            box |= QRectF(e.pos.x() * s - half, e.pos.y() * s - v, 2 * half, 2 * v);
        }
        return box;
    };
    // The largest scale (few nodes: never blown up past 1.5) at which they fit `area`.
    constexpr qreal kMin = 0.02, kMax = 1.5;
    const auto bestScale = [&](const QRectF &area) {
        const auto fits = [&](qreal s) {
            const QRectF box = needed(s);
            return box.width() <= area.width() && box.height() <= area.height();
        };
        if (fits(kMax))
            return kMax;
        if (!fits(kMin))
            return 0.0;
        qreal lo = kMin, hi = kMax;
        for (int i = 0; i < 30; ++i) {
            const qreal mid = (lo + hi) / 2;
            (fits(mid) ? lo : hi) = mid;
        }
        return lo;
    };
    // With the legend shown the graph goes beside it or above it, whichever lets it be larger.
    const QRectF view = QRectF(viewport()->rect()).adjusted(6, 6, -6, -6);
    std::vector<QRectF> areas;
    if (const QRectF legend = legendRect(); !legend.isEmpty()) {
        areas.emplace_back(QPointF(legend.right() + 8, view.top()), view.bottomRight());
        areas.emplace_back(view.topLeft(), QPointF(view.right(), legend.top() - 8));
    } else {
        areas.push_back(view);
    }
    qreal scale = 0;
    QRectF area = areas.front();
    for (const QRectF &candidate : areas) {
        if (candidate.width() < 20 || candidate.height() < 20)
            continue;
        if (const qreal s = bestScale(candidate); s > scale) {
            scale = s;
            area = candidate;
        }
    }
    if (scale <= 0) { // not even at the smallest zoom: as small as it goes, in the larger area
        scale = kMin;
        for (const QRectF &candidate : areas)
            if (candidate.width() * candidate.height() > area.width() * area.height())
                area = candidate;
    }
    setTransform(QTransform::fromScale(scale, scale));
    const QPointF boxCenter = needed(scale).center() / scale; // scene coordinates
    centerOn(boxCenter - (area.center() - QRectF(viewport()->rect()).center()) / scale);
    m_fitted = true;
}

void GraphCanvas::setLegendShown(bool shown)
{
    if (shown == m_legendShown)
        return;
    m_legendShown = shown;
    if (m_fitted)
        zoomToFit();
    viewport()->update();
}

QRectF GraphCanvas::legendRect() const
{
    if (!m_legendShown)
        return {};
    const QSizeF size = legendSize(font());
    return {QPointF(8, viewport()->height() - size.height() - 8), size};
}

void GraphCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        zoomToFit();
}

void GraphCanvas::wheelEvent(QWheelEvent *event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void GraphCanvas::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)
        zoomBy(1.25);
    else if (event->key() == Qt::Key_Minus)
        zoomBy(0.8);
    else
        QGraphicsView::keyPressEvent(event);
}

qint64 GraphCanvas::nodeAt(QPoint viewportPos) const
{
    for (QGraphicsItem *item : items(viewportPos))
        if (item->type() == NodeItem::Type && item->isVisible())
            return static_cast<NodeItem *>(item)->entityId();
    return 0;
}

void GraphCanvas::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_pressed = event->button() == Qt::LeftButton;
    QGraphicsView::mousePressEvent(event);
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (!m_pressed || event->button() != Qt::LeftButton)
        return;
    m_pressed = false;
    const QPoint pos = event->position().toPoint();
    if ((pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        return; // a drag (pan or node move), not a click
    if (const qint64 id = nodeAt(pos))
        emit nodeClicked(id);
}

void GraphCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        if (const qint64 id = nodeAt(event->position().toPoint())) {
            emit nodeDoubleClicked(id);
            event->accept();
            return;
        }
    QGraphicsView::mouseDoubleClickEvent(event);
}

bool GraphCanvas::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        auto *gesture = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gesture->gesture(Qt::PinchGesture))) {
            zoomBy(pinch->scaleFactor());
            gesture->accept(pinch);
            return true;
        }
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + native->value());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void GraphCanvas::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    viewport()->update(); // the legend overlay is pinned to the viewport
}

void GraphCanvas::setLegendContent(const QStringList &predicates, bool coMentions)
{
    m_legendPredicates = predicates;
    m_legendCoMentions = coMentions;
    viewport()->update();
}

void GraphCanvas::setRanking(const QStringList &ranking)
{
    m_ranking = ranking;
    viewport()->update();
}

QSizeF GraphCanvas::legendSize(const QFont &font) const
{
    QImage probe(1, 1, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&probe);
    return paintLegendAt(painter, QPointF(-10000, -10000), font);
}

QSizeF GraphCanvas::paintLegendAt(QPainter &painter, QPointF topLeft, const QFont &font) const
{
    // Entries: the node types and the centre, then one per relation drawn, then co-mention.
    enum class Kind { Type, Centre, Relation, CoMention };
    struct Entry {
        Kind kind;
        int type = 0;
        QString predicate;
        QString text;
    };
    std::vector<Entry> entries;
    for (int t = 0; t < style::kEntityTypeCount; ++t)
        entries.push_back({Kind::Type, t, {}, style::typeName(t)});
    entries.push_back({Kind::Centre, 0, {}, QCoreApplication::translate("sillok::gui::GraphView", "Centre of the view")});
    for (const QString &p : m_legendPredicates)
        entries.push_back({Kind::Relation, 0, p, graph::predicateName(p)});
    if (m_legendCoMentions)
        entries.push_back({Kind::CoMention, 0, {}, QCoreApplication::translate("sillok::gui::GraphView",
                                                                              "co-mention (same sentence)")});
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QFontMetricsF fm(font);
    constexpr qreal line = 20;
    constexpr int rowsPerColumn = 5;
    const int columns = static_cast<int>((entries.size() + rowsPerColumn - 1) / rowsPerColumn);
    std::vector<qreal> widths(static_cast<std::size_t>(columns), 0);
    for (std::size_t i = 0; i < entries.size(); ++i)
        widths[i / rowsPerColumn] = std::max(widths[i / rowsPerColumn], fm.horizontalAdvance(entries[i].text) + 42);
    qreal width = 0;
    for (qreal w : widths)
        width += w;
    const QSizeF size(width + 4, line * std::min<qreal>(rowsPerColumn, static_cast<qreal>(entries.size())) + 10);
    painter.setPen(QPen(QColor(210, 214, 222), 1));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(QRectF(topLeft, size), 5, 5);
    qreal x = topLeft.x();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i > 0 && i % rowsPerColumn == 0)
            x += widths[i / rowsPerColumn - 1];
        const Entry &e = entries[i];
        const QPointF center(x + 16, topLeft.y() + 5 + line * static_cast<qreal>(i % rowsPerColumn) + line / 2);
        switch (e.kind) {
        case Kind::Type: {
            const QColor color = style::typeColor(e.type);
            painter.setPen(QPen(color.darker(150), 1.2));
            painter.setBrush(color);
            painter.drawPath(style::typeShape(e.type, 6.5).translated(center));
            break;
        }
        case Kind::Centre:
            painter.setPen(QPen(QColor(255, 196, 0), 3));
            painter.setBrush(QColor(255, 230, 140, 120));
            painter.drawEllipse(center, 7, 7);
            break;
        case Kind::Relation: {
            const graph::RelationStyle rs = graph::relationStyle(e.predicate);
            painter.setPen(QPen(rs.color, rs.width));
            painter.drawLine(center - QPointF(10, 0), center + QPointF(8, 0));
            if (!rs.symmetric) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(rs.color);
                painter.drawPolygon(QPolygonF{center + QPointF(11, 0), center + QPointF(5, -3.5), center + QPointF(5, 3.5)});
            }
            break;
        }
        case Kind::CoMention: {
            QPen pen(graph::coMentionColor(), 2.2, Qt::CustomDashLine, Qt::FlatCap);
            pen.setDashPattern({3, 2.5});
            painter.setPen(pen);
            painter.drawLine(center - QPointF(10, 0), center + QPointF(10, 0));
            break;
        }
        }
        painter.setPen(QColor(40, 42, 48));
        painter.drawText(QRectF(x + 32, center.y() - line / 2, widths[i / rowsPerColumn] - 32, line),
                         Qt::AlignLeft | Qt::AlignVCenter, e.text);
    }
    painter.restore();
    return size;
}

void GraphCanvas::paintRanking(QPainter &painter) const
{
    if (m_ranking.isEmpty() || !m_legendCoMentions)
        return;
    painter.save();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF fm(font()), fb(bold);
    const QString title = QCoreApplication::translate("sillok::gui::GraphView", "Named with the centre most often");
    const int shown = static_cast<int>(std::min<qsizetype>(m_ranking.size(), 12));
    qreal width = fb.horizontalAdvance(title);
    for (int i = 0; i < shown; ++i)
        width = std::max(width, fm.horizontalAdvance(QStringLiteral("%1. %2").arg(i + 1).arg(m_ranking[i])));
    const qreal line = fm.height() + 3;
    const QRectF box(viewport()->width() - width - 28, 8, width + 20, line * (shown + 1) + 10);
    painter.setPen(QPen(QColor(210, 214, 222), 1));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(box, 5, 5);
    painter.setFont(bold);
    painter.setPen(graph::coMentionColor().darker(120));
    painter.drawText(QRectF(box.left() + 10, box.top() + 5, width, line), Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(font());
    painter.setPen(QColor(40, 42, 48));
    for (int i = 0; i < shown; ++i)
        painter.drawText(QRectF(box.left() + 10, box.top() + 5 + line * (i + 1), width, line), Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("%1. %2").arg(i + 1).arg(m_ranking[i]));
    painter.restore();
}

namespace {

// Rectangles (viewport pixels) bucketed in 64-px cells, each with the index of the node it
// belongs to (kNoOwner for a label).
class OccupancyGrid {
public:
    static constexpr std::size_t kNoOwner = static_cast<std::size_t>(-1);

    void add(const QRectF &r, std::size_t owner)
    {
        forEachCell(r, [&](qint64 key) { m_cells[key].push_back({r, owner}); });
    }
    // Whether `r` meets a rectangle not owned by `self`.
    bool hits(const QRectF &r, std::size_t self) const
    {
        bool hit = false;
        forEachCell(r, [&](qint64 key) {
            const auto it = m_cells.find(key);
            hit = hit || (it != m_cells.end() && std::ranges::any_of(it->second, [&](const Entry &e) {
                return e.owner != self && e.box.intersects(r);
            }));
        });
        return hit;
    }

private:
    struct Entry {
        QRectF box;
        std::size_t owner;
    };
    template <class F>
    static void forEachCell(const QRectF &r, F &&fn)
    {
        constexpr qreal kCell = 64;
        for (auto x = static_cast<qint64>(std::floor(r.left() / kCell)); x <= static_cast<qint64>(std::floor(r.right() / kCell)); ++x)
            for (auto y = static_cast<qint64>(std::floor(r.top() / kCell)); y <= static_cast<qint64>(std::floor(r.bottom() / kCell)); ++y)
                fn((x << 32) ^ (y & 0xffffffff));
    }
    std::unordered_map<qint64, std::vector<Entry>> m_cells;
};

} // namespace

std::vector<GraphCanvas::PlacedLabel> GraphCanvas::placeNodeLabels() const
{
    const QRectF view = viewport()->rect();
    const qreal scale = zoom();
    std::vector<const NodeItem *> nodes;
    for (QGraphicsItem *item : scene()->items()) {
        if (item->type() != NodeItem::Type || !item->isVisible())
            continue;
        const auto *node = static_cast<const NodeItem *>(item);
        const QPointF at = mapFromScene(node->pos());
        const qreal r = node->radius() * scale;
        if (view.adjusted(-200, -r - 40, 200, r).contains(at))
            nodes.push_back(node);
    }
    std::ranges::stable_sort(nodes, [](const NodeItem *a, const NodeItem *b) {
        const int pa = a->isHovered() ? 2 : a->isCenter() ? 1 : 0;
        const int pb = b->isHovered() ? 2 : b->isCenter() ? 1 : 0;
        if (pa != pb)
            return pa > pb;
        return a->radius() > b->radius();
    });
    // Node discs and placed labels in one coarse grid of the viewport, so placing stays linear
    // in the nodes. A label may touch its own node's disc, nothing else.
    OccupancyGrid occupied;
    std::vector<QRectF> discs;
    discs.reserve(nodes.size());
    for (const NodeItem *node : nodes) {
        const QPointF at = mapFromScene(node->pos());
        const qreal r = node->radius() * scale + 1;
        discs.emplace_back(at.x() - r, at.y() - r, 2 * r, 2 * r);
        occupied.add(discs.back(), discs.size() - 1);
    }
    std::vector<PlacedLabel> placed;
    const QRectF legend = legendRect();
    const qreal lineHeight = QFontMetricsF(QApplication::font()).height() + 2;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const NodeItem *node = nodes[i];
        const bool always = node->isCenter() || node->isHovered();
        const qreal w = node->labelWidth(); // measured once per node: shaping every frame is slow
        const QRectF &disc = discs[i];
        const qreal h = lineHeight;
        // Below the node, else to its right, its left, or above it.
        const QRectF candidates[] = {
            QRectF(disc.center().x() - w / 2, disc.bottom() + 2, w, h),
            QRectF(disc.right() + 3, disc.center().y() - h / 2, w, h),
            QRectF(disc.left() - 3 - w, disc.center().y() - h / 2, w, h),
            QRectF(disc.center().x() - w / 2, disc.top() - 2 - h, w, h),
        };
        // A name goes where it is whole on screen and clear of the legend (else it is left out),
        // the centre's and the hovered node's wherever it can.
        const auto onScreen = [&](const QRectF &c) { return view.contains(c) && !c.intersects(legend); };
        const auto free =
            std::ranges::find_if(candidates, [&](const QRectF &c) { return onScreen(c) && !occupied.hits(c, i); });
        QRectF box = candidates[0];
        if (free != std::end(candidates)) {
            box = *free;
        } else if (!always) {
            continue;
        } else if (const auto shown = std::ranges::find_if(candidates, onScreen); shown != std::end(candidates)) {
            box = *shown;
        }
        occupied.add(box, OccupancyGrid::kNoOwner);
        placed.push_back({node->entityId(), box, node->name(), node->isCenter(), node->isHovered()});
    }
    return placed;
}

void GraphCanvas::paintNodeLabels(QPainter &painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont plain = font();
    QFont bold = plain;
    bold.setBold(true);
    for (const PlacedLabel &label : placeNodeLabels()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, label.hovered ? 245 : 215));
        painter.drawRoundedRect(label.box, 3, 3);
        painter.setFont(label.center ? bold : plain);
        painter.setPen(QColor(25, 25, 30));
        painter.drawText(label.box, Qt::AlignCenter, label.text);
    }
    painter.restore();
}

void GraphCanvas::drawForeground(QPainter *painter, const QRectF &)
{
    painter->save();
    painter->resetTransform(); // viewport coordinates
    paintNodeLabels(*painter);
    if (const QRectF legend = legendRect(); !legend.isEmpty())
        paintLegendAt(*painter, legend.topLeft(), font());
    paintRanking(*painter);
    painter->restore();
}

} // namespace sillok::gui::graph
