// GraphView's filters: which entity types, relations and co-mentions are drawn, the entities
// only hidden ones linked left out, and what is visible (counts and positions).

#include "graph_view.h"
#include "graph_view_p.h"

#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

#include <algorithm>
#include <set>

namespace sillok::gui {

using graph::CoMentionItem;
using graph::EdgeItem;
using graph::NodeItem;

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
        edge->setVisible(edge->from()->isVisible() && edge->to()->isVisible()
                         && !d->hiddenPredicates.contains(edge->predicate()));
    for (CoMentionItem *co : d->coMentions)
        co->setVisible(d->coMentionsShown && co->from()->isVisible() && co->to()->isVisible());
    // An entity linked to the rest only through hidden entities or relations would float with
    // no edge: it is left out too (and counted), while the relations that do link entities —
    // typed relations between organizations, say — keep them in view.
    std::set<const NodeItem *> linked, hadLinks;
    for (const EdgeItem *edge : d->edges) {
        hadLinks.insert(edge->from());
        hadLinks.insert(edge->to());
        if (edge->isVisible()) {
            linked.insert(edge->from());
            linked.insert(edge->to());
        }
    }
    for (const CoMentionItem *co : d->coMentions)
        if (co->isVisible()) {
            linked.insert(co->from());
            linked.insert(co->to());
        }
    d->leftOut = 0;
    for (NodeItem *node : d->nodes)
        if (node->isVisible() && !node->isCenter() && hadLinks.contains(node) && !linked.contains(node)) {
            node->setVisible(false);
            ++d->leftOut;
        }
    d->leftOutLabel->setText(tr("%n left out: linked only through what is hidden", nullptr, d->leftOut));
    d->leftOutLabel->setVisible(d->leftOut > 0);
    QStringList shown;
    for (const QString &p : predicates())
        if (!d->hiddenPredicates.contains(p))
            shown << p;
    d->canvas->setLegendContent(shown, d->coMentionsShown && !d->coMentions.empty());
    d->canvas->viewport()->update();
}

void GraphView::refreshRelationMenu()
{
    d->relationMenu->clear();
    const QStringList present = predicates();
    for (const QString &predicate : present) {
        const graph::RelationStyle style = graph::relationStyle(predicate);
        QPixmap swatch(16, 16);
        swatch.fill(Qt::transparent);
        QPainter painter(&swatch);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(style.color, style.typed ? 3 : 1.5));
        painter.drawLine(QPointF(1, 8), QPointF(15, 8));
        painter.end();
        QAction *action = d->relationMenu->addAction(QIcon(swatch), graph::predicateName(predicate));
        action->setData(predicate);
        action->setCheckable(true);
        action->setChecked(!d->hiddenPredicates.contains(predicate));
        connect(action, &QAction::toggled, this, [this, predicate](bool on) {
            QSet<QString> hidden = d->hiddenPredicates;
            if (on)
                hidden.remove(predicate);
            else
                hidden.insert(predicate);
            setHiddenPredicates(hidden);
        });
    }
    d->relationButton->setEnabled(!present.isEmpty());
}

void GraphView::setHiddenPredicates(const QSet<QString> &predicates)
{
    d->hiddenPredicates = predicates;
    for (QAction *a : d->relationMenu->actions()) {
        const QSignalBlocker block(a);
        a->setChecked(!predicates.contains(a->data().toString()));
    }
    int hiddenHere = 0;
    for (const QString &p : this->predicates())
        hiddenHere += predicates.contains(p) ? 1 : 0;
    d->relationButton->setText(hiddenHere ? tr("Relations (%1 hidden)").arg(hiddenHere) : tr("Relations"));
    applyTypeFilter();
}

QSet<QString> GraphView::hiddenPredicates() const
{
    return d->hiddenPredicates;
}

QStringList GraphView::predicates() const
{
    QStringList out;
    for (const EdgeItem *edge : d->edges)
        if (!out.contains(edge->predicate()))
            out << edge->predicate();
    graph::sortPredicates(out);
    return out;
}

void GraphView::setCoMentionsShown(bool shown)
{
    d->coMentionsShown = shown;
    const QSignalBlocker block(d->coMentionBox);
    d->coMentionBox->setChecked(shown);
    applyTypeFilter();
}

bool GraphView::coMentionsShown() const
{
    return d->coMentionsShown;
}

int GraphView::visibleNodeCount() const
{
    return static_cast<int>(std::ranges::count_if(d->nodes, [](const NodeItem *n) { return n->isVisible(); }));
}

int GraphView::visibleEdgeCount(const QString &predicate) const
{
    return static_cast<int>(std::ranges::count_if(d->edges, [&](const EdgeItem *e) {
        return e->isVisible() && (predicate.isEmpty() || e->predicate() == predicate);
    }));
}

int GraphView::leftOutCount() const
{
    return d->leftOut;
}

int GraphView::visibleCoMentionCount() const
{
    return static_cast<int>(
        std::ranges::count_if(d->coMentions, [](const CoMentionItem *c) { return c->isVisible(); }));
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

} // namespace sillok::gui
