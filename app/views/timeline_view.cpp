#include "timeline_view.h"
#include "timeline_view_p.h"

#include "flow_layout.h"
#include "model/records.h"
#include "stay_open_menu.h"
#include "timeline_axis.h"
#include "timeline_canvas.h"
#include "timeline_item.h"
#include "timeline_legend.h"
#include "timeline_scene.h"
#include "view_style.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <set>

namespace sillok::gui {

using timeline::TimelineCanvas;
using timeline::TimelineScene;

TimelineView::TimelineView(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    d->scene = new TimelineScene(this);
    d->scene->setLocale(locale());
    d->canvas = new TimelineCanvas(d->scene, this);
    d->legend = new timeline::TimelineLegend(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    buildToolBar();
    layout->addWidget(d->canvas, 1);
    layout->addWidget(d->legend);
    connect(d->canvas, &TimelineCanvas::entityClicked, this, &TimelineView::entityActivated);
    connect(d->canvas, &TimelineCanvas::entityDoubleClicked, this, &TimelineView::entityDoubleClicked);
    const auto visible = [this] {
        const auto [first, last] = visibleDays();
        emit visibleDaysChanged(first, last);
    };
    connect(d->canvas, &TimelineCanvas::zoomChanged, this, visible);
    connect(d->canvas->horizontalScrollBar(), &QScrollBar::valueChanged, this, visible);
}

TimelineView::~TimelineView()
{
    // The scene goes before the canvas: its scroll bars must not report to a view half gone.
    disconnect(d->canvas->horizontalScrollBar(), nullptr, this, nullptr);
    disconnect(d->canvas, nullptr, this, nullptr);
}

void TimelineView::buildToolBar()
{
    // A flow layout: the row wraps at narrow widths instead of widening the window.
    auto *bar = new FlowLayout(nullptr, 10);
    d->toolBar = bar;
    bar->setContentsMargins(4, 4, 4, 0);
    d->groupingBox = new QComboBox(this);
    d->groupingBox->addItem(tr("By initiative"));
    d->groupingBox->addItem(tr("By organization"));
    d->groupingBox->setToolTip(tr("Group the timeline into lanes"));
    connect(d->groupingBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!d->updatingControls)
            setGrouping(index == 1 ? Grouping::ByOrganization : Grouping::ByInitiative);
    });
    d->organizationBox = new QComboBox(this);
    d->organizationBox->setToolTip(tr("Show only items of one organization"));
    // Long organization names must not widen the row: the list shows them whole.
    d->organizationBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    d->organizationBox->setMinimumContentsLength(16);
    connect(d->organizationBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!d->updatingControls)
            setOrganizationFilter(d->organizationBox->itemData(index).toString());
    });
    d->kindButton = new QToolButton(this);
    d->kindButton->setText(tr("Kinds"));
    d->kindButton->setToolTip(tr("Show only some kinds of meetings and initiatives"));
    d->kindButton->setPopupMode(QToolButton::InstantPopup);
    d->kindMenu = new StayOpenMenu(d->kindButton); // several kinds are ticked in one go
    d->kindButton->setMenu(d->kindMenu);

    QList<QWidget *> zoom;
    const auto addButton = [&](const QString &text, const QString &tip, auto slot) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, slot);
        zoom << button;
    };
    bar->addWidget(
        groupWidgets(this, {new QLabel(tr("Lanes:", "how the timeline is grouped into rows"), this), d->groupingBox}));
    bar->addWidget(groupWidgets(this, {new QLabel(tr("Organization:"), this), d->organizationBox, d->kindButton}));
    bar->addStretch();
    addButton(QStringLiteral("−"), tr("Zoom out (Ctrl+wheel, -)"), &TimelineView::zoomOut);
    addButton(QStringLiteral("+"), tr("Zoom in (Ctrl+wheel, +)"), &TimelineView::zoomIn);
    addButton(tr("Fit"), tr("Show the whole time range"), &TimelineView::zoomToFit);
    bar->addWidget(groupWidgets(this, {zoom[0], zoom[1], zoom[2]}));
    static_cast<QVBoxLayout *>(QWidget::layout())->addLayout(bar);
    refreshFilterControls();
}

void TimelineView::addToolBarWidget(QWidget *widget)
{
    d->toolBar->addWidget(widget);
}

void TimelineView::refreshFilterControls()
{
    d->updatingControls = true;
    std::set<QString> organizations;
    std::set<std::pair<int, QString>> kinds;
    organizations.insert(d->countOrganizations.begin(), d->countOrganizations.end());
    if (d->scene->isCountsMode()) {
        for (const auto &c : d->scene->counts())
            kinds.emplace(c.type == core::EntityType::Meeting ? 0 : 1, QString::fromStdString(c.kind));
    }
    for (const auto &item : d->scene->items()) {
        for (const auto &org : item.organizations)
            organizations.insert(QString::fromStdString(org));
        kinds.emplace(item.type == core::EntityType::Meeting ? 0 : 1, QString::fromStdString(item.kind));
    }
    if (!d->organization.isEmpty())
        organizations.insert(d->organization); // the filter in use stays choosable
    d->organizationBox->clear();
    d->organizationBox->addItem(tr("All organizations"), QString());
    for (const QString &org : organizations)
        d->organizationBox->addItem(org, org);
    d->organizationBox->setCurrentIndex(std::max(0, d->organizationBox->findData(d->organization)));

    d->kindMenu->clear();
    QList<timeline::LegendKind> legend;
    QSet<QString> seen;
    for (const auto &[order, kind] : kinds) {
        const int type = order == 0 ? 3 : 2;
        legend.push_back({type, kind, d->scene->kindColors(type).value(kind)});
        if (seen.contains(kind))
            continue;
        seen.insert(kind);
        QAction *action = d->kindMenu->addAction(style::kindName(kind));
        action->setData(kind);
        action->setCheckable(true);
        action->setChecked(d->kinds.isEmpty() || d->kinds.contains(kind));
        connect(action, &QAction::toggled, this, [this] {
            QStringList checked;
            bool all = true;
            for (QAction *a : d->kindMenu->actions()) {
                if (a->isChecked())
                    checked << a->data().toString();
                else
                    all = false;
            }
            setKindFilter(all ? QStringList() : checked);
        });
    }
    d->kindButton->setEnabled(!seen.isEmpty());
    d->legend->setKinds(legend);
    d->legend->setCountScale(d->scene->isCountsMode() ? d->scene->countScaleMaximum() : 0);
    d->updatingControls = false;
}

void TimelineView::setItems(std::vector<sillok::core::TimelineItem> items)
{
    d->countOrganizations.clear();
    d->scene->setItems(std::move(items));
    refreshFilterControls();
    zoomToFit();
    emit shownChanged();
}

void TimelineView::setCounts(std::vector<sillok::core::TimelineCount> counts, const QStringList &organizations, bool fit)
{
    const int scroll = d->canvas->horizontalScrollBar()->value();
    d->countOrganizations = organizations;
    d->scene->setCounts(std::move(counts));
    refreshFilterControls();
    if (fit)
        zoomToFit();
    else
        d->canvas->horizontalScrollBar()->setValue(scroll);
    d->canvas->viewport()->update();
    emit shownChanged();
}

void TimelineView::setWindowItems(std::vector<sillok::core::TimelineItem> items)
{
    const int scroll = d->canvas->horizontalScrollBar()->value();
    const int top = d->canvas->verticalScrollBar()->value();
    d->scene->setItems(std::move(items));
    refreshFilterControls();
    d->canvas->horizontalScrollBar()->setValue(scroll);
    d->canvas->verticalScrollBar()->setValue(top);
    d->canvas->viewport()->update();
    emit shownChanged();
}

bool TimelineView::isAggregated() const { return d->scene->isCountsMode(); }
int TimelineView::countCellCount() const { return d->scene->countCellCount(); }
void TimelineView::setRange(long firstDay, long lastDay) { d->scene->setRange(firstDay, lastDay); }
void TimelineView::clearRange() { d->scene->clearRange(); }
std::pair<long, long> TimelineView::range() const { return {d->scene->originDay(), d->scene->originDay() + d->scene->dayCount()}; }
QString TimelineView::organizationFilter() const { return d->organization; }
QStringList TimelineView::kindFilter() const { return d->kinds; }

std::pair<long, long> TimelineView::visibleDays() const
{
    const double ppd = std::max(d->scene->pixelsPerDay(), 1e-6);
    const QRectF shown = d->canvas->mapToScene(d->canvas->viewport()->rect()).boundingRect();
    const long first = d->scene->originDay() + static_cast<long>(std::floor(shown.left() / ppd));
    const long last = d->scene->originDay() + static_cast<long>(std::ceil(shown.right() / ppd));
    return {first, std::max(last, first + 1)};
}

void TimelineView::setGrouping(Grouping grouping)
{
    d->grouping = grouping;
    d->updatingControls = true;
    d->groupingBox->setCurrentIndex(grouping == Grouping::ByOrganization ? 1 : 0);
    d->updatingControls = false;
    d->scene->setGrouping(grouping == Grouping::ByOrganization);
    d->canvas->viewport()->update();
    emit shownChanged();
}

TimelineView::Grouping TimelineView::grouping() const { return d->grouping; }

void TimelineView::setOrganizationFilter(const QString &organization)
{
    d->organization = organization;
    d->updatingControls = true;
    d->organizationBox->setCurrentIndex(std::max(0, d->organizationBox->findData(organization)));
    d->updatingControls = false;
    applyFilter();
}

void TimelineView::setKindFilter(const QStringList &kinds)
{
    d->kinds = kinds;
    d->updatingControls = true;
    for (QAction *a : d->kindMenu->actions()) {
        const QSignalBlocker block(a);
        a->setChecked(kinds.isEmpty() || kinds.contains(a->data().toString()));
    }
    d->updatingControls = false;
    d->kindButton->setText(kinds.isEmpty() ? tr("Kinds") : tr("Kinds (%1)").arg(kinds.size()));
    applyFilter();
}

void TimelineView::applyFilter()
{
    d->scene->setFilter({d->organization, d->kinds});
    d->legend->setCountScale(d->scene->isCountsMode() ? d->scene->countScaleMaximum() : 0);
    d->canvas->viewport()->update();
    emit shownChanged();
}

double TimelineView::pixelsPerDay() const { return d->canvas->pixelsPerDay(); }
void TimelineView::setPixelsPerDay(double pixelsPerDay)
{
    d->canvas->setPixelsPerDay(pixelsPerDay, d->canvas->viewport()->width() / 2);
}
void TimelineView::zoomIn() { d->canvas->zoomBy(1.5); }
void TimelineView::zoomOut() { d->canvas->zoomBy(1 / 1.5); }
void TimelineView::zoomToFit() { d->canvas->zoomToFit(); }
void TimelineView::zoomToDays(long firstDay, long lastDay)
{
    d->canvas->zoomToDays(firstDay, lastDay);
}

QStringList TimelineView::laneTitles() const
{
    QStringList titles;
    for (const auto &band : d->scene->lanes())
        titles << band.title;
    return titles;
}

int TimelineView::laneItemCount(int lane) const
{
    const auto &lanes = d->scene->lanes();
    return lane >= 0 && lane < static_cast<int>(lanes.size()) ? lanes[static_cast<std::size_t>(lane)].itemCount : 0;
}

int TimelineView::fullyVisibleLaneCount() const
{
    const QRectF visible = d->canvas->mapToScene(d->canvas->viewport()->rect()).boundingRect();
    const qreal top = visible.top() + timeline::Axis::kHeight;
    return static_cast<int>(std::ranges::count_if(d->scene->lanes(), [&](const timeline::LaneBand &band) {
        return band.top >= top - 0.5 && band.top + band.height <= visible.bottom() + 0.5;
    }));
}

int TimelineView::shownItemCount() const { return d->scene->itemCount(); }
int TimelineView::shownEntityCount() const { return d->scene->entityCount(); }
int TimelineView::totalItemCount() const { return static_cast<int>(d->scene->items().size()); }
QMenu *TimelineView::kindMenu() const { return d->kindMenu; }

QRect TimelineView::itemViewportRect(qint64 entityId) const
{
    const auto *g = d->scene->graphicFor(entityId);
    if (!g)
        return {};
    QRectF marker = g->isPoint()
                        ? QRectF(g->spanWidth() / 2 - timeline::TimelineItemGraphic::kMarker / 2, 2,
                                 timeline::TimelineItemGraphic::kMarker, timeline::TimelineItemGraphic::kMarker)
                        : QRectF(0, 0, g->spanWidth(), timeline::TimelineItemGraphic::kHeight);
    return d->canvas->mapFromScene(g->mapToScene(marker)).boundingRect();
}

QGraphicsView *TimelineView::graphicsView() const { return d->canvas; }

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LocaleChange) {
        d->scene->setLocale(locale());
        d->canvas->viewport()->update();
    }
    if (event->type() == QEvent::LanguageChange)
        d->scene->setFilter({d->organization, d->kinds}); // re-translate lane and tooltip text
    QWidget::changeEvent(event);
}

} // namespace sillok::gui
