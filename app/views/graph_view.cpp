#include "graph_view.h"

#include "graph_canvas.h"
#include "graph_items.h"
#include "graph_layout.h"
#include "model/records.h"
#include "view_style.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <map>

namespace sillok::gui {

using graph::EdgeItem;
using graph::NodeItem;

struct GraphView::Private {
    QGraphicsScene *scene = nullptr;
    graph::GraphCanvas *canvas = nullptr;
    QTimer *timer = nullptr;
    std::unique_ptr<graph::ForceLayout> layout;
    std::vector<NodeItem *> nodes; // in layout order
    std::vector<EdgeItem *> edges;
    std::map<qint64, int> index;   // entity id -> layout index
    QCheckBox *typeBoxes[style::kEntityTypeCount] = {};
    QButtonGroup *hopGroup = nullptr;
    QHBoxLayout *toolBar = nullptr;
    QSet<int> visibleTypes{0, 1, 2, 3};
    qint64 centerId = 0;
    int hops = 1;
    // Layout x is drawn stretched by this factor so a neighbourhood fills a wide, short dock
    // instead of a circle in its middle (the layout itself is isotropic).
    double stretch = 1.0;

    QPointF toScene(QPointF p) const { return {p.x() * stretch, p.y()}; }
    QPointF toLayout(QPointF p) const { return {p.x() / stretch, p.y()}; }
    // The stretch that gives the laid-out graph the viewport's proportions (at most 2.2×; graphs
    // up to 400 nodes).
    void fitStretch(const std::vector<QPointF> &positions, QSize viewport)
    {
        // Large graphs are left round: stretched, they fill the view and a frame paints twice the
        // pixels (2,000 nodes: ~2× the frame time), for a picture that stays a hairball anyway.
        if (positions.size() < 3 || positions.size() > 400 || viewport.height() < 60 || viewport.width() < 60)
            return;
        QRectF box;
        for (const QPointF &p : positions)
            box |= QRectF(p, QSizeF(1, 1));
        if (box.width() < 1 || box.height() < 1)
            return;
        const double wanted = (double(viewport.width()) / viewport.height()) / (box.width() / box.height());
        stretch = std::clamp(wanted, 1.0, 2.2);
    }
};

namespace {

QIcon typeIcon(int type)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(style::typeColor(type).darker(150), 1));
    painter.setBrush(style::typeColor(type));
    painter.drawPath(style::typeShape(type, 6).translated(8, 8));
    return QIcon(pixmap);
}

} // namespace

GraphView::GraphView(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    d->scene = new QGraphicsScene(this);
    d->scene->setItemIndexMethod(QGraphicsScene::NoIndex); // nodes move while the layout runs
    d->canvas = new graph::GraphCanvas(d->scene, this);
    d->timer = new QTimer(this);
    d->timer->setInterval(16);
    connect(d->timer, &QTimer::timeout, this, &GraphView::advanceLayout);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    buildToolBar();
    layout->addWidget(d->canvas, 1);
    connect(d->canvas, &graph::GraphCanvas::nodeClicked, this, &GraphView::entityActivated);
    connect(d->canvas, &graph::GraphCanvas::nodeDoubleClicked, this, &GraphView::recenterRequested);
}

GraphView::~GraphView() = default;

void GraphView::buildToolBar()
{
    auto *bar = new QHBoxLayout;
    d->toolBar = bar;
    bar->setContentsMargins(4, 4, 4, 0);
    bar->addWidget(new QLabel(tr("Show:"), this));
    for (int t = 0; t < style::kEntityTypeCount; ++t) {
        auto *box = new QCheckBox(style::typeName(t), this);
        box->setIcon(typeIcon(t));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, [this, t](bool on) {
            QSet<int> types = d->visibleTypes;
            if (on)
                types.insert(t);
            else
                types.remove(t);
            setTypeFilter(types);
        });
        d->typeBoxes[t] = box;
        bar->addWidget(box);
    }
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Depth:"), this));
    d->hopGroup = new QButtonGroup(this);
    for (int hop : {1, 2}) {
        auto *button = new QToolButton(this);
        button->setText(hop == 1 ? tr("1 hop") : tr("2 hops"));
        button->setToolTip(tr("Show entities up to %n step(s) away from the centre", nullptr, hop));
        button->setCheckable(true);
        button->setChecked(hop == d->hops);
        d->hopGroup->addButton(button, hop);
        bar->addWidget(button);
    }
    connect(d->hopGroup, &QButtonGroup::idClicked, this, &GraphView::setHops);
    bar->addStretch(1);
    const auto addButton = [&](const QString &text, const QString &tip, auto slot) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, slot);
        bar->addWidget(button);
    };
    addButton(QStringLiteral("−"), tr("Zoom out (wheel, -)"), &GraphView::zoomOut);
    addButton(QStringLiteral("+"), tr("Zoom in (wheel, +)"), &GraphView::zoomIn);
    addButton(tr("Fit"), tr("Show the whole graph"), &GraphView::zoomToFit);
    static_cast<QVBoxLayout *>(layout())->addLayout(bar);
}

void GraphView::addToolBarWidget(QWidget *widget)
{
    d->toolBar->addWidget(widget);
}

void GraphView::setGraph(sillok::core::Graph graph, qint64 centerId)
{
    d->timer->stop();
    d->scene->clear();
    d->nodes.clear();
    d->edges.clear();
    d->index.clear();
    d->centerId = centerId;
    d->stretch = 1.0;
    for (const auto &node : graph.nodes) {
        if (d->index.contains(node.id))
            continue;
        d->index[node.id] = static_cast<int>(d->nodes.size());
        auto *item = new NodeItem(node.id, static_cast<int>(node.type), QString::fromStdString(node.name), node.weight,
                                  node.id == centerId);
        d->nodes.push_back(item);
        d->scene->addItem(item);
    }
    std::vector<std::pair<int, int>> pairs;
    std::map<std::pair<int, int>, int> parallel; // how many edges already join this pair
    for (const auto &edge : graph.edges) {
        const auto a = d->index.find(edge.from), b = d->index.find(edge.to);
        if (a == d->index.end() || b == d->index.end() || a->second == b->second)
            continue;
        auto *item = new EdgeItem(d->nodes[static_cast<std::size_t>(a->second)],
                                  d->nodes[static_cast<std::size_t>(b->second)], QString::fromStdString(edge.predicate));
        const auto key = std::minmax(a->second, b->second);
        const int n = parallel[key]++;
        if (n > 0) // fan out: +1, -1, +2, -2 ... times 14 px
            item->setBend((n % 2 ? 1 : -1) * ((n + 1) / 2) * 14.0 * (a->second < b->second ? 1 : -1));
        d->edges.push_back(item);
        d->scene->addItem(item);
        pairs.emplace_back(a->second, b->second);
    }
    for (EdgeItem *edge : d->edges)
        edge->setLabelZoom(d->edges.size() <= 40 ? 0.9 : 1.3);
    const auto center = d->index.find(centerId);
    d->layout = std::make_unique<graph::ForceLayout>(static_cast<int>(d->nodes.size()), std::move(pairs),
                                                     center == d->index.end() ? -1 : center->second);
    for (std::size_t i = 0; i < d->nodes.size(); ++i) {
        const int layoutIndex = static_cast<int>(i);
        d->nodes[i]->setPos(d->toScene(d->layout->positions()[i]));
        d->nodes[i]->setMovedCallback([this, layoutIndex](NodeItem *node) {
            // A dragged node stays where the user put it, also while the layout still runs.
            if (d->layout) {
                d->layout->setPinned(layoutIndex, true);
                d->layout->setPosition(layoutIndex, d->toLayout(node->pos()));
            }
        });
    }
    applyTypeFilter();
    d->canvas->resetTransform();
    d->canvas->zoomToFit();
    if (!d->nodes.empty())
        d->timer->start();
}

void GraphView::advanceLayout()
{
    if (!d->layout)
        return;
    // Iterate for up to ~10 ms per frame (at least once), then move the items: the layout
    // settles in about the same number of frames whatever the graph size, and repainting —
    // not the force computation — stays the per-frame cost.
    QElapsedTimer budget;
    budget.start();
    bool more = true;
    do
        more = d->layout->step();
    while (more && budget.elapsed() < 10);
    const auto &positions = d->layout->positions();
    d->fitStretch(positions, d->canvas->viewport()->size());
    for (std::size_t i = 0; i < d->nodes.size(); ++i)
        if (!d->nodes[i]->isUnderMouse() || !(QApplication::mouseButtons() & Qt::LeftButton))
            d->nodes[i]->setPos(d->toScene(positions[i]));
    if (!more) {
        d->timer->stop();
        d->canvas->zoomToFit();
    }
}

void GraphView::finishLayout()
{
    if (!d->layout)
        return;
    d->timer->stop();
    d->layout->finish();
    advanceLayout();
}

bool GraphView::isLayoutRunning() const { return d->timer->isActive(); }

void GraphView::setTypeFilter(const QSet<int> &visibleTypes)
{
    d->visibleTypes = visibleTypes;
    for (int t = 0; t < style::kEntityTypeCount; ++t) {
        const QSignalBlocker block(d->typeBoxes[t]);
        d->typeBoxes[t]->setChecked(visibleTypes.contains(t));
    }
    applyTypeFilter();
}

void GraphView::applyTypeFilter()
{
    for (NodeItem *node : d->nodes)
        // The centre stays visible: hiding it would leave the neighbourhood without its anchor.
        node->setVisible(node->isCenter() || d->visibleTypes.contains(node->entityType()));
    for (EdgeItem *edge : d->edges)
        edge->setVisible(edge->from()->isVisible() && edge->to()->isVisible());
}

QSet<int> GraphView::typeFilter() const { return d->visibleTypes; }
int GraphView::hops() const { return d->hops; }
qint64 GraphView::centerId() const { return d->centerId; }

void GraphView::setHops(int hops)
{
    hops = std::clamp(hops, 1, 2);
    if (QAbstractButton *button = d->hopGroup->button(hops))
        button->setChecked(true);
    if (hops == d->hops)
        return;
    d->hops = hops;
    emit hopsChanged(hops);
}

void GraphView::zoomIn() { d->canvas->zoomBy(1.25); }
void GraphView::zoomOut() { d->canvas->zoomBy(0.8); }
void GraphView::zoomToFit() { d->canvas->zoomToFit(); }

int GraphView::visibleNodeCount() const
{
    return static_cast<int>(std::ranges::count_if(d->nodes, [](const NodeItem *n) { return n->isVisible(); }));
}

bool GraphView::isNodeVisible(qint64 entityId) const
{
    const auto it = d->index.find(entityId);
    return it != d->index.end() && d->nodes[static_cast<std::size_t>(it->second)]->isVisible();
}

QPoint GraphView::nodeViewportPosition(qint64 entityId) const
{
    if (!isNodeVisible(entityId))
        return {};
    return d->canvas->mapFromScene(d->nodes[static_cast<std::size_t>(d->index.at(entityId))]->pos());
}

QGraphicsView *GraphView::graphicsView() const { return d->canvas; }

bool GraphView::exportPng(const QString &path)
{
    QRectF bounds;
    for (const NodeItem *node : d->nodes)
        if (node->isVisible())
            bounds |= node->sceneBoundingRect();
    bounds = bounds.isEmpty() ? QRectF(0, 0, 200, 200) : bounds.adjusted(-40, -40, 40, 40);
    QImage probe(1, 1, QImage::Format_ARGB32_Premultiplied);
    QPainter measure(&probe);
    const QSizeF legend = graph::GraphCanvas::paintLegend(measure, QPointF(-1000, -1000), font());
    measure.end();
    // Scene units as pixels, at most 8000 px on the long side.
    const qreal scale = std::min(1.0, 8000 / std::max(bounds.width(), bounds.height()));
    const QSize size(static_cast<int>(std::max(bounds.width() * scale, legend.width() + 16)),
                     static_cast<int>(bounds.height() * scale + legend.height() + 16));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(252, 252, 253));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    d->scene->render(&painter, QRectF(0, 0, bounds.width() * scale, bounds.height() * scale), bounds);
    graph::GraphCanvas::paintLegend(painter, QPointF(8, bounds.height() * scale + 8), font());
    painter.end();
    return image.save(path, "PNG");
}

} // namespace sillok::gui
