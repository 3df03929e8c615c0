#include "graph_view.h"

#include "store/records.h"

namespace sillok::gui {

struct GraphView::Private {
    sillok::core::Graph graph;
    qint64 centerId = 0;
    int hops = 1;
};

GraphView::GraphView(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>()) {}
GraphView::~GraphView() = default;

void GraphView::setGraph(sillok::core::Graph graph, qint64 centerId)
{
    d->graph = std::move(graph);
    d->centerId = centerId;
}
void GraphView::setTypeFilter(const QSet<int> &) {}
int GraphView::hops() const { return d->hops; }

} // namespace sillok::gui
