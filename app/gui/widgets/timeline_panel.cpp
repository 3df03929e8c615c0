#include "widgets/timeline_panel.h"

#include "services/display.h"
#include "widgets/error_text.h"
#include "services/library_service.h"
#include "store/library.h"
#include "timeline_view.h"

#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sillok::gui {

TimelinePanel::TimelinePanel(LibraryService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_view(new TimelineView(this)),
      m_status(new QLabel(this))
{
    auto *png = new QPushButton(tr("Export PNG…"), this);
    auto *svg = new QPushButton(tr("Export SVG…"), this);
    connect(png, &QPushButton::clicked, this, [this] { exportImage(false); });
    connect(svg, &QPushButton::clicked, this, [this] { exportImage(true); });
    connect(m_view, &TimelineView::entityActivated, this, &TimelinePanel::entityActivated);
    // One control row: TimelineView's own (lanes, filters, zoom), the item count, the exports.
    m_view->addToolBarWidget(m_status);
    m_view->addToolBarWidget(png);
    m_view->addToolBarWidget(svg);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    connect(service, &LibraryService::changed, this, [this](int c) {
        if (c & LibraryService::Entities)
            refresh();
    });
}

void TimelinePanel::refresh()
{
    const int generation = ++m_generation;
    m_service->run(this, [](core::Library &lib) { return lib.timeline(); },
                   [this, generation](core::Result<std::vector<core::TimelineItem>> r) {
        if (generation != m_generation)
            return;
        if (!r) {
            setErrorText(m_status, r.error());
            m_count = 0;
            m_view->setItems({});
            emit loaded();
            return;
        }
        clearErrorText(m_status);
        m_status->setText(tr("%n item(s)", nullptr, int(r->size())));
        m_count = int(r->size());
        m_view->setItems(std::move(*r));
        emit loaded();
    });
}

void TimelinePanel::exportImage(bool svg)
{
    const QString path = QFileDialog::getSaveFileName(this, svg ? tr("Export timeline as SVG") : tr("Export timeline as PNG"),
                                                      svg ? QStringLiteral("timeline.svg") : QStringLiteral("timeline.png"),
                                                      svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!(svg ? m_view->exportSvg(path) : m_view->exportPng(path)))
        emit errorOccurred(tr("Could not write %1.").arg(path), QString());
}

} // namespace sillok::gui
