#include "graph_view.h"
#include "graph_view_p.h"

#include "flow_layout.h"
#include "graph_canvas.h"
#include "graph_items.h"
#include "graph_layout.h"
#include "model/records.h"
#include "stay_open_menu.h"
#include "view_style.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace sillok::gui {

using graph::CoMentionItem;
using graph::EdgeItem;
using graph::NodeItem;

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
    // A flow layout: at 1280 px the row wraps onto a second line instead of widening the dock
    // (and the window) past the screen.
    auto *bar = new FlowLayout(nullptr, 10);
    d->toolBar = bar;
    bar->setContentsMargins(4, 4, 4, 0);
    auto *typeFilters = new QWidget(this);
    auto *typeRow = new QHBoxLayout(typeFilters);
    typeRow->setContentsMargins(0, 0, 0, 0);
    typeRow->setSpacing(6);
    typeRow->addWidget(new QLabel(tr("Show:"), typeFilters));
    for (int t = 0; t < style::kEntityTypeCount; ++t) {
        auto *box = new QCheckBox(style::typeName(t), typeFilters);
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
        typeRow->addWidget(box);
    }
    bar->addWidget(typeFilters);
    d->leftOutLabel = new QLabel(this);
    d->leftOutLabel->setObjectName(QStringLiteral("leftOut"));
    d->leftOutLabel->setStyleSheet(QStringLiteral("color: #666"));
    d->leftOutLabel->hide();
    bar->addWidget(d->leftOutLabel);
    d->hopGroup = new QButtonGroup(this);
    QWidget *hopButtons[2] = {};
    for (int hop : {1, 2}) {
        auto *button = new QToolButton(this);
        button->setText(hop == 1 ? tr("1 hop") : tr("2 hops"));
        button->setToolTip(tr("Show entities up to %n step(s) away from the centre", nullptr, hop));
        button->setCheckable(true);
        button->setChecked(hop == d->hops);
        d->hopGroup->addButton(button, hop);
        hopButtons[hop - 1] = button;
    }
    bar->addWidget(groupWidgets(this, {new QLabel(tr("Depth:"), this), hopButtons[0], hopButtons[1]}));
    connect(d->hopGroup, &QButtonGroup::idClicked, this, [this](int hops) {
        setHops(hops);
        emit hopsClicked(hops);
    });
    d->relationButton = new QToolButton(this);
    d->relationButton->setText(tr("Relations"));
    d->relationButton->setToolTip(tr("Show or hide each kind of relation"));
    d->relationButton->setPopupMode(QToolButton::InstantPopup);
    d->relationMenu = new StayOpenMenu(d->relationButton);
    d->relationButton->setMenu(d->relationMenu);
    d->coMentionBox = new QCheckBox(tr("Co-mentions"), this);
    d->coMentionBox->setToolTip(tr("Also draw the entities named in the same sentences as the centre, as dashed "
                                   "lines weighted by how often (a co-occurrence, not a stated relation)"));
    connect(d->coMentionBox, &QCheckBox::toggled, this, [this](bool on) {
        d->coMentionsShown = on;
        emit coMentionsToggled(on);
    });
    bar->addWidget(groupWidgets(this, {d->relationButton, d->coMentionBox}));
    bar->addStretch();
    QList<QWidget *> zoom;
    const auto addButton = [&](const QString &text, const QString &tip, auto slot) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, slot);
        zoom << button;
    };
    addButton(QStringLiteral("−"), tr("Zoom out (wheel, -)"), &GraphView::zoomOut);
    addButton(QStringLiteral("+"), tr("Zoom in (wheel, +)"), &GraphView::zoomIn);
    addButton(tr("Fit"), tr("Show the whole graph"), &GraphView::zoomToFit);
    d->legendButton = new QToolButton(this);
    d->legendButton->setObjectName(QStringLiteral("graphLegend"));
    d->legendButton->setText(tr("Legend"));
    d->legendButton->setToolTip(tr("Show or hide the legend (shapes, colours and lines) in the corner of the graph"));
    d->legendButton->setCheckable(true);
    d->legendButton->setChecked(true);
    d->legendButton->setAutoRaise(true);
    connect(d->legendButton, &QToolButton::toggled, this, [this](bool on) { setLegendShown(on); });
    zoom << d->legendButton;
    bar->addWidget(groupWidgets(this, {zoom[0], zoom[1], zoom[2], zoom[3]}));
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
    d->coMentions.clear();
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
    for (const auto &co : graph.coMentions) {
        const auto a = d->index.find(co.from), b = d->index.find(co.to);
        if (a == d->index.end() || b == d->index.end() || a->second == b->second)
            continue;
        auto *item = new CoMentionItem(d->nodes[static_cast<std::size_t>(a->second)],
                                       d->nodes[static_cast<std::size_t>(b->second)], co.sentences, co.articles);
        d->coMentions.push_back(item);
        d->scene->addItem(item);
        pairs.emplace_back(a->second, b->second);
    }
    QStringList ranking; // the co-mentioned entities, strongest first (as the store ranks them)
    for (const CoMentionItem *co : d->coMentions)
        ranking << tr("%1 (%2)", "co-mentioned entity and sentence count").arg(co->to()->name()).arg(co->sentences());
    d->canvas->setRanking(ranking);
    refreshRelationMenu();
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

void GraphView::setWholeGraphMode(bool whole)
{
    d->wholeGraph = whole;
    d->hopGroup->setExclusive(!whole);
    for (QAbstractButton *button : d->hopGroup->buttons())
        button->setChecked(!whole && d->hopGroup->id(button) == d->hops);
    d->hopGroup->setExclusive(true);
    if (whole)
        setCoMentionsShown(false);
    d->coMentionBox->setEnabled(!whole);
    d->coMentionBox->setToolTip(whole ? tr("Co-mentions are shown around one entity: double-click an entity first")
                                      : tr("Also draw the entities named in the same sentences as the centre, as dashed "
                                           "lines weighted by how often (a co-occurrence, not a stated relation)"));
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

void GraphView::setLegendShown(bool shown)
{
    const QSignalBlocker block(d->legendButton);
    d->legendButton->setChecked(shown);
    d->canvas->setLegendShown(shown);
}

bool GraphView::isLegendShown() const
{
    return d->canvas->isLegendShown();
}
QRectF GraphView::legendViewportRect() const
{
    return d->canvas->legendRect();
}

QList<QRectF> GraphView::labelViewportRects() const
{
    QList<QRectF> boxes;
    for (const auto &label : d->canvas->placeNodeLabels())
        boxes << label.box;
    return boxes;
}

QGraphicsView *GraphView::graphicsView() const { return d->canvas; }

} // namespace sillok::gui
