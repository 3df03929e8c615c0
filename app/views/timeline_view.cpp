#include "timeline_view.h"

#include "store/records.h"

namespace sillok::gui {

struct TimelineView::Private {
    std::vector<sillok::core::TimelineItem> items;
};

TimelineView::TimelineView(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>()) {}
TimelineView::~TimelineView() = default;

void TimelineView::setItems(std::vector<sillok::core::TimelineItem> items) { d->items = std::move(items); }
void TimelineView::setGrouping(Grouping) {}
void TimelineView::setOrganizationFilter(const QString &) {}
void TimelineView::setKindFilter(const QStringList &) {}
bool TimelineView::exportPng(const QString &) { return false; }
bool TimelineView::exportSvg(const QString &) { return false; }

} // namespace sillok::gui
