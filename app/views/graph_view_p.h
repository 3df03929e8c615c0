#pragma once
// GraphView's private state, shared by its .cpp files (view and layout, filters, export).

#include "graph_canvas.h"
#include "graph_items.h"
#include "graph_layout.h"
#include "graph_view.h"
#include "view_style.h"

#include <QGraphicsScene>
#include <QPointF>
#include <QSet>
#include <QSize>

#include <algorithm>
#include <map>
#include <memory>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QMenu;
class QTimer;
class QToolButton;

namespace sillok::gui {

class FlowLayout;

struct GraphView::Private {
    QGraphicsScene *scene = nullptr;
    graph::GraphCanvas *canvas = nullptr;
    QTimer *timer = nullptr;
    std::unique_ptr<graph::ForceLayout> layout;
    std::vector<graph::NodeItem *> nodes; // in layout order
    std::vector<graph::EdgeItem *> edges;
    std::vector<graph::CoMentionItem *> coMentions;
    std::map<qint64, int> index; // entity id -> layout index
    QCheckBox *typeBoxes[style::kEntityTypeCount] = {};
    QButtonGroup *hopGroup = nullptr;
    QToolButton *relationButton = nullptr;
    QMenu *relationMenu = nullptr;
    QCheckBox *coMentionBox = nullptr;
    QSet<QString> hiddenPredicates;
    bool coMentionsShown = false;
    bool wholeGraph = false;
    QLabel *leftOutLabel = nullptr;
    int leftOut = 0; // entities hidden because only hidden entities or relations linked them
    FlowLayout *toolBar = nullptr;
    QToolButton *legendButton = nullptr;
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

} // namespace sillok::gui
