#include "widgets/entity_panel.h"

#include "models/entity_model.h"
#include "services/display.h"
#include "widgets/error_text.h"
#include "services/library_service.h"
#include "store/library.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace sillok::gui {

EntityPanel::EntityPanel(LibraryService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_model(new EntityModel(this)), m_proxy(new EntityFilterProxy(this)),
      m_type(new QComboBox(this)), m_filter(new QLineEdit(this)), m_view(new QTableView(this)),
      m_status(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_type->addItem(tr("All types"), -1);
    for (auto t : {core::EntityType::Organization, core::EntityType::Person, core::EntityType::Initiative,
                   core::EntityType::Meeting})
        m_type->addItem(Display::entityTypePlural(t), int(t));
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setType(m_type->currentData().toInt()); });
    m_filter->setPlaceholderText(tr("Filter by name or alias…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &EntityFilterProxy::setText);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EntityModel::ArticlesColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
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

void EntityPanel::refresh()
{
    const int generation = ++m_generation;
    m_service->run(
        this, [](core::Library &lib) { return lib.entities(); },
        [this, generation](core::Result<std::vector<core::EntitySummary>> r) {
            if (generation != m_generation)
                return;
            if (!r) {
                setErrorText(m_status, r.error());
                m_status->show();
                m_model->setResults({});
            } else {
                m_status->hide();
                m_model->setResults(std::move(*r));
            }
            if (m_shown)
                selectEntity(m_shown);
            emit loaded();
        },
        LibraryService::Lane::Bulk); // the whole list: never in the way of a page or an article
}

void EntityPanel::selectEntity(qint64 id)
{
    m_shown = id;
    const int row = m_model->rowOfId(id);
    const QModelIndex i = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
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
