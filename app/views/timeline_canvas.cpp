#include "timeline_canvas.h"

#include "timeline_axis.h"
#include "timeline_counts.h"
#include "timeline_item.h"
#include "timeline_scene.h"

#include <QApplication>
#include <QGestureEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace sillok::gui::timeline {

TimelineCanvas::TimelineCanvas(TimelineScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setDragMode(ScrollHandDrag);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setRenderHint(QPainter::Antialiasing);
    setTransformationAnchor(NoAnchor);
    // The axis and lane titles are sticky overlays: blitting scrolled pixels would smear them.
    setViewportUpdateMode(MinimalViewportUpdate);
    setOptimizationFlag(DontSavePainterState);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    setMouseTracking(true);
}

double TimelineCanvas::pixelsPerDay() const { return m_scene->pixelsPerDay(); }

double TimelineCanvas::minimumPixelsPerDay() const
{
    const double days = std::max<long>(m_scene->dayCount(), 1);
    return std::max(1e-3, 0.5 * std::max(viewport()->width(), 200) / days);
}

void TimelineCanvas::setPixelsPerDay(double pixelsPerDay, int anchorX)
{
    const double ppd = std::clamp(pixelsPerDay, minimumPixelsPerDay(), kMaximumPixelsPerDay);
    const double old = m_scene->pixelsPerDay();
    const int viewTop = verticalScrollBar()->value();
    const double anchorScene = mapToScene(QPoint(anchorX, 0)).x();
    const double anchorDay = anchorScene / old; // days since the origin
    m_scene->setPixelsPerDay(ppd);
    horizontalScrollBar()->setValue(static_cast<int>(std::lround(anchorDay * ppd - anchorX)));
    verticalScrollBar()->setValue(viewTop);
    viewport()->update();
    if (ppd != old)
        emit zoomChanged(ppd);
}

void TimelineCanvas::zoomBy(double factor, int anchorX) { setPixelsPerDay(pixelsPerDay() * factor, anchorX); }

void TimelineCanvas::zoomToFit()
{
    // The days of the items shown (after filters), with a little room on both sides, fill the
    // width; the view returns to the first lane.
    const auto [first, last] = m_scene->shownDays();
    const long margin = std::max<long>(7, (last - first) / 40);
    const double days = std::max<long>(last - first + 2 * margin, 1);
    const double ppd = std::clamp((viewport()->width() - 4) / days, minimumPixelsPerDay(), kMaximumPixelsPerDay);
    m_scene->setPixelsPerDay(ppd);
    horizontalScrollBar()->setValue(static_cast<int>(std::lround((first - margin - m_scene->originDay()) * ppd)));
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    viewport()->update();
    emit zoomChanged(ppd);
}

void TimelineCanvas::zoomToDays(long first, long lastExclusive)
{
    // The span takes about 60% of the width: its neighbours stay in sight on both sides.
    const double days = std::max<long>(lastExclusive - first, 1);
    const double ppd = std::clamp(0.6 * viewport()->width() / days, minimumPixelsPerDay(), kMaximumPixelsPerDay);
    const int top = verticalScrollBar()->value();
    m_scene->setPixelsPerDay(ppd);
    const double middle = ((first + lastExclusive) / 2.0 - m_scene->originDay()) * ppd;
    horizontalScrollBar()->setValue(static_cast<int>(std::lround(middle - viewport()->width() / 2.0)));
    verticalScrollBar()->setValue(top);
    viewport()->update();
    emit zoomChanged(ppd);
}

void TimelineCanvas::openCountCell(int index)
{
    if (const TimelineCountGraphic *g = m_scene->countCell(index))
        zoomToDays(g->cell().first, g->cell().lastExclusive);
}

bool TimelineCanvas::countCellKey(QKeyEvent *event)
{
    if (!m_scene->isCountsMode() || m_scene->countCellCount() == 0 || event->modifiers() & Qt::ControlModifier)
        return false;
    const int key = event->key();
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (m_scene->currentCell() < 0)
            return false;
        openCountCell(m_scene->currentCell());
        return true;
    }
    const int dx = key == Qt::Key_Left ? -1 : key == Qt::Key_Right ? 1 : 0;
    const int dy = key == Qt::Key_Up ? -1 : key == Qt::Key_Down ? 1 : 0;
    if (dx == 0 && dy == 0)
        return false;
    int next = m_scene->currentCell();
    if (next < 0) {
        // The first cell on screen, below the sticky axis.
        const QRectF visible = mapToScene(viewport()->rect()).boundingRect().adjusted(0, Axis::kHeight, 0, 0);
        next = 0;
        for (int i = 0; i < m_scene->countCellCount(); ++i)
            if (visible.intersects(m_scene->countCell(i)->sceneBoundingRect())) {
                next = i;
                break;
            }
    } else {
        next = m_scene->neighbourCell(next, dx, dy);
    }
    m_scene->setCurrentCell(next);
    showCurrentCell();
    return true;
}

void TimelineCanvas::showCurrentCell()
{
    const TimelineCountGraphic *g = m_scene->countCell(m_scene->currentCell());
    if (!g)
        return;
    // In sight below the axis and clear of the lane titles, with its tooltip read out.
    ensureVisible(g->sceneBoundingRect(), 60, static_cast<int>(Axis::kHeight) + 30);
    const QRect onScreen = mapFromScene(g->sceneBoundingRect()).boundingRect();
    QToolTip::showText(viewport()->mapToGlobal(onScreen.bottomLeft()), g->toolTip(), viewport(), onScreen);
    viewport()->update();
}

void TimelineCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double factor = std::pow(1.0015, event->angleDelta().y());
        zoomBy(factor, static_cast<int>(event->position().x()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void TimelineCanvas::keyPressEvent(QKeyEvent *event)
{
    if (countCellKey(event))
        return;
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
        zoomBy(1.5);
        return;
    }
    if (event->key() == Qt::Key_Minus) {
        zoomBy(1 / 1.5);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void TimelineCanvas::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_pressed = event->button() == Qt::LeftButton;
    QGraphicsView::mousePressEvent(event);
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    if (!m_pressed || event->button() != Qt::LeftButton)
        return;
    m_pressed = false;
    if ((pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        return; // a pan, not a click
    for (QGraphicsItem *item : items(pos)) {
        if (item->type() == TimelineItemGraphic::Type) {
            emit entityClicked(static_cast<TimelineItemGraphic *>(item)->entityId());
            return;
        }
        if (item->type() == TimelineCountGraphic::Type) { // the keyboard goes on from the cell clicked
            for (int i = 0; i < m_scene->countCellCount(); ++i)
                if (m_scene->countCell(i) == item)
                    m_scene->setCurrentCell(i);
            return;
        }
    }
}

void TimelineCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        for (QGraphicsItem *item : items(event->position().toPoint())) {
            if (item->type() == TimelineItemGraphic::Type) {
                emit entityDoubleClicked(static_cast<TimelineItemGraphic *>(item)->entityId());
                event->accept();
                return;
            }
            if (item->type() == TimelineCountGraphic::Type) { // a month's counts: zoom in on it
                const auto &cell = static_cast<TimelineCountGraphic *>(item)->cell();
                zoomToDays(cell.first, cell.lastExclusive);
                event->accept();
                return;
            }
        }
    QGraphicsView::mouseDoubleClickEvent(event);
}

bool TimelineCanvas::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        auto *gesture = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gesture->gesture(Qt::PinchGesture))) {
            const QPoint center = viewport()->mapFromGlobal(pinch->centerPoint().toPoint());
            zoomBy(pinch->scaleFactor(), center.x());
            gesture->accept(pinch);
            return true;
        }
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + native->value(), static_cast<int>(native->position().x()));
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void TimelineCanvas::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    viewport()->update(); // repaint the sticky overlays
}

void TimelineCanvas::drawForeground(QPainter *painter, const QRectF &)
{
    // Painted in scene coordinates; the view is never scaled, so scene units are pixels.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    m_scene->paintLaneTitles(*painter, visible);
    painter->setFont(font());
    Axis::paint(*painter, visible, visible.top(), m_scene->originDay(), m_scene->pixelsPerDay(), m_scene->locale());
}

} // namespace sillok::gui::timeline
