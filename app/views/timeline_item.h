#pragma once
// One item of one lane on the timeline. Geometry is in pixels at the current zoom (the
// scene is re-laid-out on zoom rather than scaled), so markers and text stay crisp.

#include "timeline_layout.h"

#include <QColor>
#include <QGraphicsItem>
#include <QString>

namespace sillok::gui::timeline {

class TimelineItemGraphic : public QGraphicsItem {
public:
    static constexpr qreal kHeight = 16;     // bar height in pixels
    static constexpr qreal kMarker = 12;     // diameter of a point marker
    static constexpr qreal kLabelGap = 4;
    static constexpr qreal kInsidePadding = 6; // label inset when it fits inside its span
    enum { Type = UserType + 101 };

    TimelineItemGraphic(qint64 entityId, int entityType, SpanStyle style, QColor color, QString label,
                        QString toolTip);

    qint64 entityId() const { return m_entityId; }
    // Places the item: its span runs over [x0, x1) in scene pixels, top edge at y.
    void setGeometry(qreal x0, qreal x1, qreal y, bool labelled);
    // True when the span is too narrow to read and is drawn as a point marker instead.
    bool isPoint() const { return m_width < kMarker; }
    qreal spanWidth() const { return m_width; }
    qreal labelWidth() const { return m_labelWidth; }
    // Horizontal extent [left, right) of marker (+ label) for a span [x0, x1): what packRows needs.
    std::pair<double, double> extent(qreal x0, qreal x1, bool labelled) const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QRectF markerRect() const;
    bool labelInside() const { return m_width >= m_labelWidth + kInsidePadding * 2; }

    qint64 m_entityId;
    int m_entityType;
    SpanStyle m_style;
    QColor m_color;
    QString m_label;
    qreal m_labelWidth = 0;
    qreal m_width = 0;
    bool m_labelled = true;
    bool m_hovered = false;
};

} // namespace sillok::gui::timeline
