#include "widgets/timeline_panel.h"

#include "services/display.h"
#include "widgets/error_text.h"
#include "widgets/export_paths.h"
#include "services/library_service.h"
#include "store/library.h"
#include "timeline_view.h"

#include <QDir>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <climits>

namespace sillok::gui {

TimelinePanel::TimelinePanel(LibraryService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_view(new TimelineView(this)),
      m_status(new QLabel(this))
{
    auto *png = new QPushButton(tr("Export PNG…"), this);
    auto *svg = new QPushButton(tr("Export SVG…"), this);
    connect(png, &QPushButton::clicked, this, [this] { exportImage(false); });
    connect(svg, &QPushButton::clicked, this, [this] { exportImage(true); });
    connect(m_view, &TimelineView::entityActivated, this, &TimelinePanel::entityActivated);
    connect(m_view, &TimelineView::entityDoubleClicked, this, &TimelinePanel::openArticleOf);
    connect(m_view, &TimelineView::shownChanged, this, &TimelinePanel::updateCount);
    connect(m_view, &TimelineView::shownChanged, this, &TimelinePanel::viewChanged);
    // Zooming and scrolling a large library: read the items of the window once it is small.
    m_windowTimer.setSingleShot(true);
    m_windowTimer.setInterval(150);
    connect(&m_windowTimer, &QTimer::timeout, this, &TimelinePanel::loadWindow);
    connect(m_view, &TimelineView::visibleDaysChanged, this, [this] {
        if (m_aggregated)
            m_windowTimer.start();
    });
    // One control row: TimelineView's own (lanes, filters, zoom), the item count, the exports.
    // The row wraps at narrow widths: the two exports stay together.
    auto *exports = new QWidget(this);
    auto *exportRow = new QHBoxLayout(exports);
    exportRow->setContentsMargins(0, 0, 0, 0);
    exportRow->setSpacing(4);
    exportRow->addWidget(png);
    exportRow->addWidget(svg);
    m_view->addToolBarWidget(m_status);
    m_view->addToolBarWidget(exports);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    connect(service, &LibraryService::changed, this, [this](int c) {
        if (c & LibraryService::Entities)
            refresh();
    });
}

namespace {

// What refresh() reads: all items of a small library, or the counts of a large one.
struct Loaded {
    std::vector<core::TimelineItem> items;
    std::vector<core::TimelineCount> counts;
    QStringList organizations;
    bool aggregated = false;
};

int countTotal(const std::vector<core::TimelineCount> &counts, long first = LONG_MIN, long last = LONG_MAX)
{
    int total = 0;
    for (const auto &c : counts) {
        const long start = core::daysFromCivil(c.month.year, std::max(c.month.month, 1), 1);
        const long end = c.month.precision == core::DatePrecision::Year ? core::daysFromCivil(c.month.year + 1, 1, 1)
                                                                        : start + core::daysInMonth(c.month.year, c.month.month);
        if (end > first && start < last)
            total += c.count;
    }
    return total;
}

core::Library::TimelineQuery queryOf(const TimelineView *view)
{
    core::Library::TimelineQuery q;
    q.byOrganization = view->grouping() == TimelineView::Grouping::ByOrganization;
    q.organization = view->organizationFilter().toStdString();
    return q;
}

} // namespace

TimelinePanel::~TimelinePanel() = default;

void TimelinePanel::refresh()
{
    const int generation = ++m_generation;
    const int limit = m_itemLimit;
    const core::Library::TimelineQuery query = queryOf(m_view);
    m_service->run(
        this,
        [limit, query](core::Library &lib) -> core::Result<Loaded> {
            // One read decides: a library with few items shows them all, a large one its counts for
            // the view's grouping and filter, with every organization for the filter's list.
            auto overview = lib.timelineOverview(query);
            if (!overview)
                return std::unexpected(overview.error());
            Loaded out;
            if (overview->laneTotal <= limit) {
                auto items = lib.timeline();
                if (!items)
                    return std::unexpected(items.error());
                out.items = std::move(*items);
                return out;
            }
            out.aggregated = true;
            out.organizations.reserve(static_cast<qsizetype>(overview->organizations.size()));
            for (const std::string &name : overview->organizations)
                out.organizations.push_back(QString::fromStdString(name));
            out.organizations.sort();
            out.counts = std::move(overview->counts);
            return out;
        },
        [this, generation, query](core::Result<Loaded> r) {
            if (generation != m_generation)
                return;
            if (!r) {
                setErrorText(m_status, r.error());
                m_count = 0;
                m_view->setItems({});
                emit loaded();
                return;
            }
            clearErrorText(m_status);
            m_aggregated = r->aggregated;
            m_countsQuery = {query.byOrganization, QString::fromStdString(query.organization)};
            m_windowFirst = m_windowLast = 0;
            if (!r->aggregated) {
                m_counts.clear();
                m_count = int(r->items.size());
                m_view->clearRange();
                m_view->setItems(std::move(r->items)); // updateCount() through shownChanged
            } else {
                m_counts = std::move(r->counts);
                m_organizations = r->organizations;
                m_count = countTotal(m_counts);
                m_view->clearRange();
                m_view->setCounts(m_counts, m_organizations, true);
                const auto range = m_view->range();
                m_view->setRange(range.first, range.second); // the axis stays put while items come and go
            }
            updateCount();
            emit loaded();
        });
}

void TimelinePanel::setItemLimit(int limit)
{
    m_itemLimit = std::max(limit, 1);
}

void TimelinePanel::viewChanged()
{
    if (!m_aggregated)
        return;
    // Another grouping or organization: the counts are read again for it.
    const core::Library::TimelineQuery query = queryOf(m_view);
    if (query.byOrganization != m_countsQuery.first || QString::fromStdString(query.organization) != m_countsQuery.second) {
        refresh();
        return;
    }
    m_windowTimer.start();
}

void TimelinePanel::loadWindow()
{
    if (!m_aggregated)
        return;
    const auto [first, last] = m_view->visibleDays();
    if (countTotal(m_counts, first, last) > m_itemLimit) {
        if (!m_view->isAggregated())
            m_view->setCounts(m_counts, m_organizations, false);
        m_windowFirst = m_windowLast = 0;
        return;
    }
    if (!m_view->isAggregated() && first >= m_windowFirst && last <= m_windowLast)
        return; // the items loaded cover what is shown
    // Read the window and as much again on each side, from the first of its months.
    const long width = last - first;
    const core::PartialDate from = core::civilFromDays(first - width);
    const core::PartialDate to = core::civilFromDays(last + width);
    core::Library::TimelineQuery query = queryOf(m_view);
    query.from = core::PartialDate::ofMonth(from.year, from.month);
    query.to = to;
    const int generation = ++m_generation;
    const long windowFirst = core::daysFromCivil(from.year, from.month, 1), windowLast = last + width;
    m_service->run(this, [query](core::Library &lib) { return lib.timeline(query); },
                   [this, generation, windowFirst, windowLast](core::Result<std::vector<core::TimelineItem>> r) {
        if (generation != m_generation)
            return;
        if (!r) {
            emit errorOccurred(Display::error(r.error()), Display::errorDetail(r.error()));
            return;
        }
        m_windowFirst = windowFirst;
        m_windowLast = windowLast;
        m_view->setWindowItems(std::move(*r));
        emit loaded();
    });
}

int TimelinePanel::shownCount() const { return m_view->shownEntityCount(); }

void TimelinePanel::updateCount()
{
    if (m_aggregated && m_view->isAggregated()) {
        m_status->setText(tr("Counts by lane and month: zoom in to see the items"));
        return;
    }
    const int shown = m_view->shownEntityCount();
    const int all = m_view->totalItemCount();
    m_status->setText(shown == all ? tr("%n item(s)", nullptr, all)
                                   : tr("%1 of %n item(s)", "items passing the filters, of all", all).arg(shown));
}

void TimelinePanel::openArticleOf(qint64 entityId)
{
    m_service->run(this, [entityId](core::Library &lib) { return lib.firstArticleOf(entityId); },
                   [this](core::Result<std::int64_t> r) {
        if (!r) {
            emit errorOccurred(Display::error(r.error()), Display::errorDetail(r.error()));
            return;
        }
        if (*r != 0)
            emit articleActivated(*r);
    });
}

void TimelinePanel::exportImage(bool svg)
{
    const QString path = askExportPath(this, svg ? tr("Export timeline as SVG") : tr("Export timeline as PNG"),
                                       svg ? QStringLiteral("timeline.svg") : QStringLiteral("timeline.png"),
                                       svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportTo(svg, path);
}

void TimelinePanel::exportTo(bool svg, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!(svg ? m_view->exportSvg(path) : m_view->exportPng(path))) {
        emit errorOccurred(tr("Could not write %1.").arg(shown), QString());
        return;
    }
    emit statusMessage(tr("Timeline exported to %1.").arg(shown));
    emit exported(path);
}

} // namespace sillok::gui
