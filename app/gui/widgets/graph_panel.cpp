#include "widgets/graph_panel.h"

#include "export/graphml_writer.h"
#include "graph_view.h"
#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sillok::gui {

GraphPanel::GraphPanel(LibraryService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_view(new GraphView(this)), m_status(new QLabel(this))
{
    auto *bar = new QHBoxLayout;
    for (auto t : {core::EntityType::Organization, core::EntityType::Person, core::EntityType::Initiative,
                   core::EntityType::Meeting}) {
        auto *box = new QCheckBox(Display::entityTypePlural(t), this);
        box->setChecked(true);
        box->setStyleSheet(QStringLiteral("color:%1").arg(Display::entityColor(t).name()));
        m_types.insert(int(t));
        connect(box, &QCheckBox::toggled, this, [this, t](bool on) {
            if (on)
                m_types.insert(int(t));
            else
                m_types.remove(int(t));
            m_view->setTypeFilter(m_types);
        });
        bar->addWidget(box);
    }
    bar->addStretch();
    auto *whole = new QPushButton(tr("Whole graph"), this);
    connect(whole, &QPushButton::clicked, this, [this] { showNeighbourhood(0); });
    auto *graphMl = new QPushButton(tr("Export GraphML…"), this);
    connect(graphMl, &QPushButton::clicked, this, &GraphPanel::exportGraphMl);
    bar->addWidget(whole);
    bar->addWidget(graphMl);
    m_status->setWordWrap(true);
    m_status->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
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
            m_status->setText(Display::error(r.error()));
            m_status->show();
            m_view->setGraph({}, 0);
        } else {
            m_status->hide();
            m_view->setGraph(std::move(*r), center);
            m_view->setTypeFilter(m_types);
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
    m_service->run(this, [center, hops](core::Library &lib) -> core::Result<std::string> {
        auto graph = lib.graph(center, hops);
        if (!graph)
            return std::unexpected(graph.error());
        return core::writeGraphMl(*graph);
    }, [this, path](core::Result<std::string> r) {
        if (!r) {
            emit errorOccurred(Display::error(r.error()));
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(r->data(), qint64(r->size())) != qint64(r->size()))
            emit errorOccurred(tr("Could not write %1.").arg(path));
    });
}

} // namespace sillok::gui
