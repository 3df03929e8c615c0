#include "widgets/graph_panel.h"

#include "export/graphml_writer.h"
#include "export/library_export.h"
#include "graph_view.h"
#include "services/display.h"
#include "widgets/error_text.h"
#include "services/library_service.h"
#include "store/library.h"

#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sillok::gui {

GraphPanel::GraphPanel(LibraryService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_view(new GraphView(this)), m_status(new QLabel(this))
{
    // One control row: GraphView's own (type filter, hops, zoom) plus the panel's two buttons.
    auto *whole = new QPushButton(tr("Whole graph"), this);
    connect(whole, &QPushButton::clicked, this, [this] { showNeighbourhood(0); });
    auto *graphMl = new QPushButton(tr("Export GraphML…"), this);
    graphMl->setToolTip(tr("Save the graph shown here (this neighbourhood) as GraphML; File → Export saves the whole graph."));
    connect(graphMl, &QPushButton::clicked, this, &GraphPanel::exportGraphMl);
    m_view->addToolBarWidget(whole);
    m_view->addToolBarWidget(graphMl);
    m_status->setWordWrap(true);
    m_status->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    connect(m_view, &GraphView::entityActivated, this, &GraphPanel::entityActivated);
    connect(m_view, &GraphView::recenterRequested, this, &GraphPanel::showNeighbourhood);
    connect(m_view, &GraphView::hopsChanged, this, [this](int) { reload(); });
    connect(service, &LibraryService::changed, this, [this](int c) {
        if (c & LibraryService::Entities)
            reload();
    });
}

void GraphPanel::showNeighbourhood(qint64 centerId)
{
    m_center = centerId;
    reload();
}

void GraphPanel::reload()
{
    const int generation = ++m_generation;
    const qint64 center = m_center;
    const int hops = m_view->hops();
    m_service->run(this, [center, hops](core::Library &lib) { return lib.graph(center, hops); },
                   [this, generation, center](core::Result<core::Graph> r) {
        if (generation != m_generation)
            return;
        if (!r) {
            setErrorText(m_status, r.error());
            m_status->show();
            m_view->setGraph({}, 0);
        } else {
            m_status->hide();
            m_view->setGraph(std::move(*r), center); // keeps the view's type filter
        }
        emit loaded();
    });
}

void GraphPanel::exportGraphMl()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export graph as GraphML"), QStringLiteral("sillok.graphml"),
                                                      tr("GraphML files (*.graphml)"));
    if (path.isEmpty())
        return;
    const qint64 center = m_center;
    const int hops = m_view->hops();
    const std::string target = QFile::encodeName(path).toStdString();
    m_service->run(this, [center, hops, target](core::Library &lib) -> core::Status {
        auto graph = lib.graph(center, hops);
        if (!graph)
            return std::unexpected(graph.error());
        return core::writeFileAtomically(target, core::writeGraphMl(*graph));
    }, [this](core::Status written) {
        if (!written)
            emit errorOccurred(tr("Could not export: %1").arg(Display::error(written.error())),
                               Display::errorDetail(written.error()));
    });
}

} // namespace sillok::gui
