#include "graph_canvas.h"

#include "graph_items.h"
#include "view_style.h"

#include <QApplication>
#include <QGestureEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QWheelEvent>

#include <cmath>

namespace sillok::gui::graph {

GraphCanvas::GraphCanvas(QGraphicsScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setDragMode(ScrollHandDrag);
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(MinimalViewportUpdate);
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
    QRectF bounds;
    for (QGraphicsItem *item : scene()->items())
        if (item->isVisible() && item->type() == NodeItem::Type)
            bounds |= item->sceneBoundingRect();
    if (bounds.isEmpty())
        return;
    setSceneRect(bounds.adjusted(-2000, -2000, 2000, 2000));
    fitInView(bounds.adjusted(-30, -30, 30, 30), Qt::KeepAspectRatio);
    if (zoom() > 1.5) // few nodes: do not blow them up
        setTransform(QTransform::fromScale(1.5, 1.5));
    centerOn(bounds.center());
    m_fitted = true;
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

QSizeF GraphCanvas::paintLegend(QPainter &painter, QPointF topLeft, const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QFontMetricsF fm(font);
    constexpr qreal line = 20;
    qreal width = 0;
    QStringList texts;
    for (int t = 0; t < style::kEntityTypeCount; ++t)
        texts << style::typeName(t);
    texts << QCoreApplication::translate("sillok::gui::GraphView", "Centre of the view");
    for (const QString &text : texts)
        width = std::max(width, fm.horizontalAdvance(text));
    const QSizeF size(width + 42, line * texts.size() + 10);
    painter.setPen(QPen(QColor(210, 214, 222), 1));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(QRectF(topLeft, size), 5, 5);
    for (int i = 0; i < texts.size(); ++i) {
        const QPointF center = topLeft + QPointF(16, 5 + line * i + line / 2);
        if (i < style::kEntityTypeCount) {
            const QColor color = style::typeColor(i);
            painter.setPen(QPen(color.darker(150), 1.2));
            painter.setBrush(color);
            painter.drawPath(style::typeShape(i, 6.5).translated(center));
        } else {
            painter.setPen(QPen(QColor(255, 196, 0), 3));
            painter.setBrush(QColor(255, 230, 140, 120));
            painter.drawEllipse(center, 7, 7);
        }
        painter.setPen(QColor(40, 42, 48));
        painter.drawText(QRectF(topLeft.x() + 32, center.y() - line / 2, width + 8, line),
                         Qt::AlignLeft | Qt::AlignVCenter, texts[i]);
    }
    painter.restore();
    return size;
}

void GraphCanvas::drawForeground(QPainter *painter, const QRectF &)
{
    painter->save();
    painter->resetTransform(); // viewport coordinates
    const QFont f = font();
    const QSizeF size = paintLegend(*painter, QPointF(-1000, -1000), f); // measure only
    paintLegend(*painter, QPointF(8, viewport()->height() - size.height() - 8), f);
    painter->restore();
}

} // namespace sillok::gui::graph
