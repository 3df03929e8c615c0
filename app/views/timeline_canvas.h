#pragma once
// The timeline's QGraphicsView: zoom (Ctrl+wheel, pinch, +/- keys) anchored under the
// pointer, pan by dragging or scrolling, a sticky time axis and lane titles, and clicks
// turned into entity ids. It zooms by re-laying-out the scene, never by scaling it.
// (No core headers here: moc cannot parse <compare>.)

#include <QGraphicsView>

namespace sillok::gui::timeline {

class TimelineScene;

class TimelineCanvas : public QGraphicsView {
    Q_OBJECT
public:
    explicit TimelineCanvas(TimelineScene *scene, QWidget *parent = nullptr);

    double pixelsPerDay() const;
    // Zooms to `pixelsPerDay` (clamped) keeping the day under viewport x `anchorX` in place.
    void setPixelsPerDay(double pixelsPerDay, int anchorX);
    void zoomBy(double factor, int anchorX);
    void zoomBy(double factor) { zoomBy(factor, viewport()->width() / 2); }
    // Fits the time range of the items shown into the viewport width; back to the first lane.
    void zoomToFit();
    double minimumPixelsPerDay() const;
    // Zooms so that the days [first, lastExclusive) fill most of the width, centred.
    void zoomToDays(long first, long lastExclusive);
    // Zooms in on count cell `index` (its month, or its year for items dated to a year only).
    void openCountCell(int index);
    static constexpr double kMaximumPixelsPerDay = 400;

signals:
    void entityClicked(qint64 entityId);
    void entityDoubleClicked(qint64 entityId);
    void zoomChanged(double pixelsPerDay);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    // Arrow keys walk the count cells (the first one on screen to begin with), Enter opens one;
    // false when the key is not for the cells.
    bool countCellKey(QKeyEvent *event);
    void showCurrentCell();

    TimelineScene *m_scene;
    QPoint m_pressPos;
    bool m_pressed = false;
};

} // namespace sillok::gui::timeline
