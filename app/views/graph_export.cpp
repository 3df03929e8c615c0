// GraphView's export: the visible graph with its legend as PNG or SVG.

#include "graph_view.h"
#include "graph_view_p.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace sillok::gui {

using graph::CoMentionItem;
using graph::EdgeItem;
using graph::NodeItem;

QRectF GraphView::visibleBounds() const
{
    QRectF bounds;
    for (const NodeItem *node : d->nodes)
        if (node->isVisible())
            bounds |= node->sceneBoundingRect(); // includes the label below the node
    // Room for labels wider than their node on either side.
    return bounds.isEmpty() ? QRectF(0, 0, 200, 200) : bounds.adjusted(-60, -30, 60, 30);
}

bool GraphView::renderTo(QPaintDevice &device, const QRectF &bounds, qreal scale, QSizeF legend)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(0, 0, std::max(bounds.width() * scale, legend.width() + 16),
                            bounds.height() * scale + legend.height() + 16),
                     QColor(252, 252, 253));
    d->scene->render(&painter, QRectF(0, 0, bounds.width() * scale, bounds.height() * scale), bounds);
    d->canvas->paintLegendAt(painter, QPointF(8, bounds.height() * scale + 8), font());
    return painter.end();
}

bool GraphView::exportPng(const QString &path)
{
    const QRectF bounds = visibleBounds();
    const QSizeF legend = d->canvas->legendSize(font());
    // Scene units as pixels, at most 8000 px on the long side.
    const qreal scale = std::min(1.0, 8000 / std::max(bounds.width(), bounds.height()));
    const QSize size(static_cast<int>(std::ceil(std::max(bounds.width() * scale, legend.width() + 16))),
                     static_cast<int>(std::ceil(bounds.height() * scale + legend.height() + 16)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(252, 252, 253));
    if (!renderTo(image, bounds, scale, legend))
        return false;
    return image.save(path, "PNG");
}

bool GraphView::exportSvg(const QString &path)
{
    const QRectF bounds = visibleBounds();
    const QSizeF legend = d->canvas->legendSize(font());
    const QSize size(static_cast<int>(std::ceil(std::max(bounds.width(), legend.width() + 16))),
                     static_cast<int>(std::ceil(bounds.height() + legend.height() + 16)));
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(tr("Graph"));
    svg.setDescription(tr("Sillok graph of organizations, people, initiatives and meetings"));
    if (!renderTo(svg, bounds, 1.0, legend))
        return false;
    // QSvgGenerator reports no write errors; an unwritable path leaves no file behind.
    return QFileInfo::exists(path) && QFileInfo(path).size() > 0;
}

} // namespace sillok::gui
