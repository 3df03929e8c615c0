#include "widgets/entity_panel.h"

#include "models/entity_model.h"
#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"
#include "widgets/error_text.h"
#include "widgets/row_table.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace sillok::gui {

namespace {

core::EntityOrder orderOf(int column)
{
    switch (column) {
    case EntityModel::NameColumn:
        return core::EntityOrder::Name;
    case EntityModel::TypeColumn:
        return core::EntityOrder::Type;
    case EntityModel::KindColumn:
        return core::EntityOrder::Kind;
    case EntityModel::DateColumn:
        return core::EntityOrder::Date;
    case EntityModel::MentionsColumn:
        return core::EntityOrder::Mentions;
    default:
        return core::EntityOrder::Articles;
    }
}

} // namespace

EntityPanel::EntityPanel(LibraryService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_model(new EntityModel(this)), m_type(new QComboBox(this)),
      m_filter(new QLineEdit(this)), m_filterDelay(new QTimer(this)), m_view(new QTableView(this)),
      m_status(new QLabel(this)), m_sortColumn(EntityModel::ArticlesColumn)
{
    m_type->addItem(tr("All types"), -1);
    for (auto t : {core::EntityType::Organization, core::EntityType::Person, core::EntityType::Initiative,
                   core::EntityType::Meeting})
        m_type->addItem(Display::entityTypePlural(t), int(t));
    connect(m_type, &QComboBox::currentIndexChanged, this, &EntityPanel::refresh);
    m_filter->setPlaceholderText(tr("Filter by name or alias…"));
    m_filter->setClearButtonEnabled(true);
    // The store filters (every name and alias of every entity): once typing pauses.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] {
        const QString text = m_filter->text().trimmed();
        if (text == m_activeFilter)
            return;
        m_activeFilter = text;
        refresh();
    });
    m_model->setFetcher([this] { fetchWindow(); });
    connect(m_model, &EntityModel::sortRequested, this, [this](int column, Qt::SortOrder order) {
        const bool descending = order == Qt::DescendingOrder;
        if (column == m_sortColumn && descending == m_descending)
            return;
        m_sortColumn = column;
        m_descending = descending;
        refresh();
    });
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSortIndicator(EntityModel::ArticlesColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    setUpRowTable(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(EntityModel::NameColumn, QHeaderView::Stretch);
    m_view->setColumnHidden(EntityModel::KindColumn, true);
    m_view->setColumnHidden(EntityModel::DateColumn, true);
    m_view->setColumnHidden(EntityModel::MentionsColumn, true);
    m_status->setWordWrap(true);
    m_status->hide();
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) {
        emit entityActivated(i.data(EntityModel::IdRole).toLongLong());
    });
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &i) {
        emit entityActivated(i.data(EntityModel::IdRole).toLongLong());
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_type);
    top->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    connect(service, &LibraryService::changed, this, [this](int c) {
        if (c & LibraryService::Entities)
            refresh();
    });
}

void EntityPanel::setWindowSize(int rows)
{
    m_windowSize = std::max(1, rows);
}

core::EntityWindow EntityPanel::windowAt(int offset) const
{
    core::EntityWindow w;
    const int type = m_type->currentData().toInt();
    if (type >= 0)
        w.filter.type = core::EntityType(type);
    w.filter.text = toStd(m_activeFilter);
    w.order = orderOf(m_sortColumn);
    w.descending = m_descending;
    w.offset = offset;
    w.limit = m_windowSize;
    return w;
}

void EntityPanel::refresh()
{
    const int generation = ++m_generation;
    const core::EntityWindow window = windowAt(0);
    // A window, not the whole list. On the Bulk lane, asked for before the completion names
    // (MainWindow::refreshAll): it arrives alongside the library's first page, not after it.
    m_service->run(
        this, [window](core::Library &lib) { return lib.entityWindow(window); },
        [this, generation, size = window.limit](core::Result<std::vector<core::EntitySummary>> r) {
            if (generation != m_generation)
                return;
            if (!r) {
                setErrorText(m_status, r.error());
                m_status->show();
                m_model->setResults({});
            } else {
                m_status->hide();
                const bool more = int(r->size()) == size;
                m_model->setResults(std::move(*r), more);
            }
            if (m_shown)
                selectEntity(m_shown);
            emit loaded();
        },
        LibraryService::Lane::Bulk);
}

void EntityPanel::fetchWindow()
{
    const int generation = m_generation;
    const core::EntityWindow window = windowAt(m_model->rowCount());
    // The next rows while scrolling: on the Query lane, never behind a whole-list read.
    m_service->run(
        this, [window](core::Library &lib) { return lib.entityWindow(window); },
        [this, generation, size = window.limit](core::Result<std::vector<core::EntitySummary>> r) {
            if (generation != m_generation)
                return; // a refresh replaced the list meanwhile
            if (!r) {
                m_model->append({}, false);
                setErrorText(m_status, r.error());
                m_status->show();
                return;
            }
            const bool more = int(r->size()) == size;
            m_model->append(std::move(*r), more);
            if (m_shown && selectedEntity() != m_shown)
                selectEntity(m_shown);
        });
}

void EntityPanel::selectEntity(qint64 id)
{
    m_shown = id;
    const int row = m_model->rowOfId(id);
    const QModelIndex i = row < 0 ? QModelIndex() : m_model->index(row, 0);
    const QSignalBlocker block(m_view->selectionModel());
    if (!i.isValid()) {
        m_view->selectionModel()->clear();
        return;
    }
    m_view->setCurrentIndex(i);
    m_view->selectRow(i.row());
    m_view->scrollTo(i);
}

qint64 EntityPanel::selectedEntity() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.front().data(EntityModel::IdRole).toLongLong();
}

} // namespace sillok::gui
