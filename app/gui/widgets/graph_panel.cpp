#include "widgets/graph_panel.h"

#include "export/library_export.h"
#include "graph_view.h"
#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"
#include "widgets/error_text.h"
#include "widgets/export_paths.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>

namespace sillok::gui {

GraphPanel::GraphPanel(LibraryService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_view(new GraphView(this)), m_status(new QLabel(this)),
      m_more(new QPushButton(this))
{
    // GraphView's control row (filters, hops, co-mentions, zoom) on top; the panel's own
    // buttons under the graph, beside the line that says how much of it is shown. In one row
    // they made the dock over 1,000 px wide at least, and the window wider than a 1600 px screen.
    auto *whole = new QPushButton(tr("Whole graph"), this);
    whole->setObjectName(QStringLiteral("wholeGraph"));
    whole->setToolTip(tr("Show the best-connected entities of the whole library"));
    connect(whole, &QPushButton::clicked, this, [this] { showNeighbourhood(0); });
    m_more->setObjectName(QStringLiteral("showMore"));
    m_more->setText(tr("Show more"));
    connect(m_more, &QPushButton::clicked, this, &GraphPanel::showMore);
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("graphExport"));
    exportButton->setText(tr("Export"));
    exportButton->setToolTip(tr("Save the graph shown here as an image (PNG, SVG) or as GraphML; "
                                "File → Export saves the whole graph."));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("PNG image…"), this, [this] { askExport(ExportFormat::Png); })->setObjectName(QStringLiteral("exportPng"));
    menu->addAction(tr("SVG image…"), this, [this] { askExport(ExportFormat::Svg); })->setObjectName(QStringLiteral("exportSvg"));
    menu->addAction(tr("GraphML…"), this, [this] { askExport(ExportFormat::GraphMl); })->setObjectName(QStringLiteral("exportGraphMl"));
    exportButton->setMenu(menu);
    m_status->setWordWrap(true);
    m_status->setContentsMargins(6, 0, 6, 0);
    m_status->hide();
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(4, 0, 4, 4);
    bottom->addWidget(m_status, 1);
    bottom->addStretch();
    bottom->addWidget(whole);
    bottom->addWidget(m_more);
    bottom->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    connect(m_view, &GraphView::entityActivated, this, &GraphPanel::entityActivated);
    connect(m_view, &GraphView::recenterRequested, this, &GraphPanel::showNeighbourhood);
    connect(m_view, &GraphView::hopsChanged, this, [this](int) {
        if (m_center != 0)
            reload();
    });
    connect(m_view, &GraphView::hopsClicked, this, [this](int) {
        // In the whole graph a hop button goes back to the neighbourhood of the last centre.
        if (m_center == 0 && m_lastCenter != 0)
            showNeighbourhood(m_lastCenter);
        else if (m_center == 0)
            m_view->setWholeGraphMode(true); // nothing to return to yet
    });
    connect(m_view, &GraphView::coMentionsToggled, this, [this](bool) { reload(); });
    connect(service, &LibraryService::changed, this, [this](int c) {
        if (c & LibraryService::Entities)
            reload();
    });
    m_view->setWholeGraphMode(true);
    m_more->hide();
}

void GraphPanel::showNeighbourhood(qint64 centerId)
{
    m_center = centerId;
    if (centerId != 0)
        m_lastCenter = centerId;
    else
        m_topLimit = m_topStep;
    reload();
}

void GraphPanel::showMore()
{
    m_topLimit += m_topStep;
    reload();
}

void GraphPanel::setCoMentionsShown(bool shown)
{
    m_view->setCoMentionsShown(shown);
    reload();
}

void GraphPanel::reload()
{
    const int generation = ++m_generation;
    const qint64 center = m_center;
    const int hops = m_view->hops();
    const int limit = m_topLimit;
    const bool coMentions = center != 0 && m_view->coMentionsShown();
    m_view->setWholeGraphMode(center == 0);
    m_service->run(this, [center, hops, limit, coMentions](core::Library &lib) -> core::Result<core::Graph> {
        if (center == 0)
            return lib.topGraph(limit);
        auto graph = lib.graph(center, hops, kMaxEgoNodes);
        if (!graph || !coMentions)
            return graph;
        auto co = lib.coMentions(center, kCoMentionLimit);
        if (!co)
            return std::unexpected(co.error());
        std::set<std::int64_t> present;
        for (const auto &node : graph->nodes)
            present.insert(node.id);
        for (auto &node : co->nodes)
            if (present.insert(node.id).second)
                graph->nodes.push_back(std::move(node));
        graph->coMentions = std::move(co->coMentions);
        return graph;
    }, [this, generation, center](core::Result<core::Graph> r) {
        if (generation != m_generation)
            return;
        if (!r) {
            setErrorText(m_status, r.error());
            m_status->show();
            m_more->hide();
            m_view->setGraph({}, 0);
            emit loaded();
            return;
        }
        clearErrorText(m_status);
        m_total = r->totalNodes;
        const int shown = static_cast<int>(r->nodes.size());
        const QLocale locale;
        if (center == 0) {
            m_status->setText(shown < m_total
                                  ? tr("The %1 best-connected entities of %2 with relations (most relations first). "
                                       "Double-click one to see its neighbourhood.")
                                        .arg(locale.toString(shown), locale.toString(m_total))
                                  : tr("All %1 entities with relations. Double-click one to see its neighbourhood.")
                                        .arg(locale.toString(shown)));
            m_status->show();
            m_more->setVisible(shown < m_total);
            m_more->setText(tr("Show %1 more").arg(locale.toString(std::min(m_topStep, m_total - shown))));
        } else {
            m_more->hide();
            const int others = static_cast<int>(r->nodes.size()) - 1 - static_cast<int>(r->coMentions.size());
            if (m_total - 1 > others && r->coMentions.empty()) {
                m_status->setText(tr("The %1 most strongly linked of %2 related entities are shown.")
                                      .arg(locale.toString(others), locale.toString(m_total - 1)));
                m_status->show();
            } else {
                m_status->hide();
            }
        }
        m_view->setGraph(std::move(*r), center); // keeps the view's type and relation filters
        emit loaded();
    });
}

void GraphPanel::askExport(ExportFormat format)
{
    const QString path = format == ExportFormat::Png   ? askExportPath(this, tr("Export graph as PNG"), QStringLiteral("graph.png"),
                                                                       tr("PNG images (*.png)"))
                         : format == ExportFormat::Svg ? askExportPath(this, tr("Export graph as SVG"), QStringLiteral("graph.svg"),
                                                                       tr("SVG images (*.svg)"))
                                                       : askExportPath(this, tr("Export graph as GraphML"),
                                                                       QStringLiteral("graph.graphml"), tr("GraphML files (*.graphml)"));
    if (!path.isEmpty())
        exportTo(format, path);
}

void GraphPanel::exportTo(ExportFormat format, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (format != ExportFormat::GraphMl) {
        const bool ok = format == ExportFormat::Png ? m_view->exportPng(path) : m_view->exportSvg(path);
        if (!ok) {
            emit errorOccurred(tr("Could not write %1.").arg(shown), QString());
            return;
        }
        emit statusMessage(tr("Graph exported to %1.").arg(shown));
        emit exported(path);
        return;
    }
    const qint64 center = m_center;
    const int hops = m_view->hops();
    const int limit = m_topLimit;
    const std::string target = QFile::encodeName(path).toStdString();
    m_service->run(this, [center, hops, limit, target](core::Library &lib) -> core::Status {
        auto graph = center == 0 ? lib.topGraph(limit) : lib.graph(center, hops, kMaxEgoNodes);
        if (!graph)
            return std::unexpected(graph.error());
        auto xml = core::renderGraphMl(lib, *graph); // each edge with its merged fact
        if (!xml)
            return std::unexpected(xml.error());
        return core::writeFileAtomically(target, *xml);
    }, [this, path, shown](core::Status written) {
        if (!written) {
            emit errorOccurred(tr("Could not export: %1").arg(Display::error(written.error())),
                               Display::errorDetail(written.error()));
            return;
        }
        emit statusMessage(tr("Graph exported to %1.").arg(shown));
        emit exported(path);
    });
}

} // namespace sillok::gui
