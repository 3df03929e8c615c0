// TimelineView: PNG and SVG export of the whole timeline (all lanes, the full time range).

#include "timeline_view.h"
#include "timeline_view_p.h"

#include "timeline_axis.h"
#include "timeline_canvas.h"
#include "timeline_legend.h"
#include "timeline_scene.h"

#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QFileInfo>

#include <cmath>

namespace sillok::gui {
namespace {

constexpr qreal kMaxExportWidth = 16000;
constexpr qreal kMinExportWidth = 1000;

// Lays the scene out at least kMinExportWidth wide for the export (a hidden or tiny view
// has a tiny fitted zoom) and restores the on-screen zoom afterwards.
class ExportZoom {
public:
    explicit ExportZoom(timeline::TimelineScene &scene) : m_scene(scene), m_saved(scene.pixelsPerDay())
    {
        const double days = std::max<long>(scene.dayCount(), 1);
        if (days * m_saved < kMinExportWidth)
            scene.setPixelsPerDay(kMinExportWidth / days);
    }
    ~ExportZoom()
    {
        if (m_scene.pixelsPerDay() != m_saved)
            m_scene.setPixelsPerDay(m_saved);
    }
    ExportZoom(const ExportZoom &) = delete;
    ExportZoom &operator=(const ExportZoom &) = delete;

private:
    timeline::TimelineScene &m_scene;
    double m_saved;
};

} // namespace

QSize TimelineView::exportSize(qreal *scale) const
{
    const QRectF scene = d->scene->sceneRect();
    *scale = scene.width() > kMaxExportWidth ? kMaxExportWidth / scene.width() : 1.0;
    const int width = static_cast<int>(std::ceil(scene.width() * *scale));
    const int legend = d->legend->heightForWidth(width);
    return {width, static_cast<int>(std::ceil(scene.height() * *scale)) + legend};
}

bool TimelineView::renderTo(QPaintDevice &device, const QSize &size, qreal scale)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    const QRectF scene = d->scene->sceneRect();
    painter.save();
    painter.scale(scale, scale);
    d->scene->render(&painter, scene, scene);
    d->scene->paintLaneTitles(painter, scene);
    painter.setFont(font());
    timeline::Axis::paint(painter, scene, 0, d->scene->originDay(), d->scene->pixelsPerDay(), d->scene->locale());
    painter.restore();
    painter.translate(0, std::ceil(scene.height() * scale));
    painter.setFont(font());
    d->legend->paintLegend(painter, size.width());
    return painter.end();
}

bool TimelineView::exportPng(const QString &path)
{
    const ExportZoom zoom(*d->scene);
    qreal scale = 1;
    const QSize size = exportSize(&scale);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    if (!renderTo(image, size, scale))
        return false;
    return image.save(path, "PNG");
}

bool TimelineView::exportSvg(const QString &path)
{
    const ExportZoom zoom(*d->scene);
    qreal scale = 1;
    const QSize size = exportSize(&scale);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(tr("Timeline"));
    svg.setDescription(tr("Sillok timeline of initiatives and meetings"));
    if (!renderTo(svg, size, scale))
        return false;
    // QSvgGenerator reports no write errors; an unwritable path leaves no file behind.
    return QFileInfo::exists(path) && QFileInfo(path).size() > 0;
}

} // namespace sillok::gui
