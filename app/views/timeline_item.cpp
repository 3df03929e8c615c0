#include "timeline_item.h"

#include "view_style.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace sillok::gui::timeline {

TimelineItemGraphic::TimelineItemGraphic(qint64 entityId, int entityType, SpanStyle style, QColor color, QString label,
                                         QString toolTip)
    : m_entityId(entityId), m_entityType(entityType), m_style(style), m_color(color), m_label(std::move(label))
{
    m_labelWidth = QFontMetricsF(QApplication::font()).horizontalAdvance(m_label) + 2;
    setToolTip(toolTip);
    setAcceptHoverEvents(true);
    setCacheMode(DeviceCoordinateCache);
    setCursor(Qt::PointingHandCursor);
}

void TimelineItemGraphic::setGeometry(qreal x0, qreal x1, qreal y, bool labelled)
{
    prepareGeometryChange();
    m_width = std::max<qreal>(x1 - x0, 0);
    m_labelled = labelled;
    setPos(x0, y);
}

std::pair<double, double> TimelineItemGraphic::extent(qreal x0, qreal x1, bool labelled) const
{
    const qreal width = x1 - x0;
    qreal left = x0, right = x1;
    if (width < kMarker) {
        const qreal mid = (x0 + x1) / 2;
        left = mid - kMarker / 2;
        right = mid + kMarker / 2;
    }
    if (labelled && width < m_labelWidth + kInsidePadding * 2)
        right += kLabelGap + m_labelWidth;
    return {left, right + 2};
}

QRectF TimelineItemGraphic::markerRect() const
{
    if (isPoint())
        return QRectF(m_width / 2 - kMarker / 2, (kHeight - kMarker) / 2, kMarker, kMarker);
    return QRectF(0, 0, m_width, kHeight);
}

QRectF TimelineItemGraphic::boundingRect() const
{
    QRectF r = markerRect().adjusted(-2, -2, 2, 2);
    if (m_labelled && !labelInside())
        r.setRight(r.right() + kLabelGap + m_labelWidth);
    return r;
}

QPainterPath TimelineItemGraphic::shape() const
{
    QPainterPath path;
    path.addRect(boundingRect());
    return path;
}

void TimelineItemGraphic::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF marker = markerRect();
    const bool meeting = m_entityType == 3;
    QColor fill = m_color;
    QColor edge = m_color.darker(135);
    QBrush pattern;
    switch (m_style) {
    case SpanStyle::Day:
    case SpanStyle::Range: break;
    case SpanStyle::Month:
        fill = QColor::fromHslF(m_color.hslHueF(), m_color.hslSaturationF() * 0.7, 0.82);
        pattern = QBrush(m_color.lighter(105), Qt::BDiagPattern);
        break;
    case SpanStyle::Year:
        fill = QColor::fromHslF(m_color.hslHueF(), m_color.hslSaturationF() * 0.45, 0.91);
        pattern = QBrush(m_color.lighter(130), Qt::Dense6Pattern);
        edge = m_color.lighter(110);
        break;
    }
    if (m_hovered)
        edge = QColor(20, 20, 20);

    QPen pen(edge, m_hovered ? 2 : 1);
    if (m_style == SpanStyle::Year)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(fill);
    if (isPoint()) {
        const qreal radius = kMarker / 2;
        painter->save();
        painter->translate(marker.center());
        painter->drawPath(style::typeShape(m_entityType, radius - 0.5));
        painter->restore();
    } else {
        // Meetings are rounded capsules, initiatives square-cornered bars with a flag edge.
        const qreal r = meeting ? kHeight / 2 : 2;
        painter->drawRoundedRect(marker, std::min(r, marker.width() / 2), r);
        if (pattern.style() != Qt::NoBrush) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(pattern);
            painter->drawRoundedRect(marker.adjusted(1, 1, -1, -1), std::min(r, marker.width() / 2), r);
        }
        if (!meeting && marker.width() > 8) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(m_color.darker(140));
            painter->drawRect(QRectF(marker.left(), marker.top(), 3, marker.height()));
        }
    }
    if (m_labelled) {
        painter->setFont(QApplication::font());
        if (labelInside()) {
            const bool solid = m_style == SpanStyle::Day || m_style == SpanStyle::Range;
            painter->setPen(solid ? QColor(255, 255, 255) : QColor(25, 25, 30));
            const QRectF text(marker.left() + kInsidePadding, 0, m_labelWidth + 4, kHeight);
            if (!solid) { // keep hatching from running through the letters
                painter->save();
                painter->setPen(Qt::NoPen);
                painter->setBrush(QColor(255, 255, 255, 190));
                painter->drawRoundedRect(text.adjusted(-3, 2, -1, -2), 3, 3);
                painter->restore();
            }
            painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, m_label);
        } else {
            painter->setPen(QColor(25, 25, 30));
            const QRectF text(marker.right() + kLabelGap, 0, m_labelWidth + 4, kHeight);
            painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, m_label);
        }
    }
}

void TimelineItemGraphic::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void TimelineItemGraphic::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace sillok::gui::timeline
