#include "widgets/search_popup.h"
#include "widgets/search_popup_p.h"

#include "models/search_result_model.h"
#include "services/display.h"
#include "store/library.h"
#include "widgets/html_delegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace sillok::gui {

using searchpopup::ArticlesOnly;

namespace {

constexpr int kFacetsShown = 8;

} // namespace

SearchPopup::SearchPopup(LibraryService *service, QWidget *parent)
    : QDialog(parent), m_service(service), m_query(new QLineEdit(this)), m_type(new QComboBox(this)),
      m_organization(new QComboBox(this)), m_from(new QLineEdit(this)), m_to(new QLineEdit(this)),
      m_filterLabel(new QLabel(this)), m_clearFilters(new QPushButton(this)), m_view(new QListView(this)),
      m_facets(new QTreeWidget(this)), m_status(new QLabel(this)), m_model(new SearchResultModel(this)),
      m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Search"));
    m_query->setPlaceholderText(tr("Search entities, articles and notes (Korean or English)…"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_type->addItem(tr("Everything"), -1);
    m_type->addItem(tr("Articles only"), ArticlesOnly);
    for (auto t : {core::EntityType::Organization, core::EntityType::Person, core::EntityType::Initiative,
                   core::EntityType::Meeting})
        m_type->addItem(Display::entityTypePlural(t), int(t));
    m_organization->addItem(tr("Any organization"), qint64(0));
    m_organization->setMinimumContentsLength(14);
    m_organization->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_from->setPlaceholderText(tr("from (2024-01)"));
    m_to->setPlaceholderText(tr("to (2024-12-31)"));
    m_from->setMaximumWidth(110);
    m_to->setMaximumWidth(110);
    m_filterLabel->setWordWrap(true);
    m_clearFilters->setText(tr("Clear filters"));
    m_clearFilters->setToolTip(tr("Remove every filter: type, organization, dates and facets"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new HtmlDelegate(SearchResultModel::HtmlRole, m_view));
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_facets->setColumnCount(2);
    m_facets->setHeaderLabels({tr("Refine"), tr("Articles")});
    m_facets->header()->setStretchLastSection(false);
    m_facets->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_facets->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_facets->setRootIsDecorated(false);
    m_facets->setToolTip(tr("Click a value to show only the articles that have it"));
    m_status->setWordWrap(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(180);
    connect(m_debounce, &QTimer::timeout, this, &SearchPopup::search);
    connect(service, &LibraryService::changed, this, [this](int changes) {
        if (changes & LibraryService::Entities)
            m_organizationsStale = true;
    });
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_type, m_organization})
        connect(box, &QComboBox::currentIndexChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QLineEdit *edit : {m_from, m_to})
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_type, &QComboBox::currentIndexChanged, this, &SearchPopup::updateFilterLabel);
    connect(m_organization, &QComboBox::currentIndexChanged, this, &SearchPopup::updateFilterLabel);
    for (QLineEdit *edit : {m_from, m_to})
        connect(edit, &QLineEdit::textChanged, this, &SearchPopup::updateFilterLabel);
    connect(m_clearFilters, &QPushButton::clicked, this, [this] {
        resetFilters();
        runNow();
    });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &i) { openRow(i.row()); });
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &i) { openRow(i.row()); });
    connect(m_facets, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { facetClicked(item); });
    connect(m_facets, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { facetClicked(item); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_type);
    filters->addWidget(m_organization, 1);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    auto *active = new QHBoxLayout;
    active->addWidget(m_filterLabel, 1);
    active->addWidget(m_clearFilters);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_facets);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addLayout(filters);
    layout->addLayout(active);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    resize(1100, 640);
    split->setSizes({760, 320});
    updateFilterLabel();
}

SearchPopup::~SearchPopup()
{
    // Drop a queued search without touching the service (it may be gone first); a running one
    // finishes and its answer finds no popup.
    if (m_ticket)
        m_ticket->cancelled = true;
}

void SearchPopup::popup()
{
    // Each opening starts unfiltered: a filter left from an earlier search would silently empty
    // the next one. The query text stays (selected), as a person expects of a search box.
    resetFilters();
    if (std::exchange(m_organizationsStale, false))
        loadOrganizations();
    show();
    raise();
    activateWindow();
    m_query->setFocus();
    m_query->selectAll();
    if (!m_query->text().trimmed().isEmpty())
        m_debounce->start();
}

void SearchPopup::resetFilters()
{
    const QSignalBlocker b1(m_type), b2(m_organization), b3(m_from), b4(m_to);
    m_type->setCurrentIndex(0);
    m_organization->setCurrentIndex(0);
    m_from->clear();
    m_to->clear();
    m_facetFilters.clear();
    updateFilterLabel();
}

void SearchPopup::updateFilterLabel()
{
    QStringList parts;
    if (m_type->currentIndex() > 0)
        parts << m_type->currentText();
    if (m_organization->currentIndex() > 0)
        parts << m_organization->currentText();
    for (const FacetFilter &f : m_facetFilters)
        parts << Display::entityType(f.type) + QStringLiteral(": ") + toQ(f.name);
    if (!m_from->text().trimmed().isEmpty() || !m_to->text().trimmed().isEmpty())
        parts << m_from->text().trimmed() + QStringLiteral(" – ") + m_to->text().trimmed();
    m_filterLabel->setText(parts.isEmpty() ? tr("No filters") : tr("Filtered by: %1").arg(parts.join(QStringLiteral(" · "))));
    m_clearFilters->setEnabled(!parts.isEmpty());
}

void SearchPopup::loadOrganizations()
{
    m_service->run(
        this,
        [](core::Library &lib) {
            return lib.entities(core::EntityFilter{core::EntityType::Organization, {}, false});
        },
        [this](core::Result<std::vector<core::EntitySummary>> r) {
            if (!r) {
                m_organizationsStale = true; // asked again at the next opening
                return;
            }
            std::sort(r->begin(), r->end(),
                      [](const auto &a, const auto &b) { return a.articleCount > b.articleCount; });
            const qint64 current = m_organization->currentData().toLongLong();
            const QSignalBlocker block(m_organization);
            m_organization->clear();
            m_organization->addItem(tr("Any organization"), qint64(0));
            for (const auto &e : *r)
                m_organization->addItem(toQ(e.name), qint64(e.id));
            m_organization->setCurrentIndex(std::max(0, m_organization->findData(current)));
        });
}

void SearchPopup::runNow()
{
    m_debounce->stop();
    search();
}

void SearchPopup::search()
{
    const QString text = m_query->text().trimmed();
    const int generation = ++m_generation;
    const int type = m_type->currentData().toInt();
    const qint64 organization = m_organization->currentData().toLongLong();
    core::SearchOptions options;
    options.limit = 30;
    options.facetLimit = kFacetsShown;
    options.entityId = organization;
    const auto from = core::PartialDate::parse(toStd(m_from->text().trimmed()));
    const auto to = core::PartialDate::parse(toStd(m_to->text().trimmed()));
    if (from)
        options.from = *from;
    if (to)
        options.to = *to;
    const bool filtered = organization != 0 || type >= 0 || !m_facetFilters.empty() || options.from.isValid()
        || options.to.isValid();
    m_service->cancel(m_ticket); // a newer query replaces the running one (and its facets)
    m_ticket.reset();
    m_facetsPending = false;
    m_facets->setEnabled(true);
    if (text.isEmpty() && !filtered) {
        m_model->clear();
        m_facets->clear();
        m_status->clear();
        m_articleTotal = 0;
        m_searching = false;
        emit searched();
        return;
    }
    const searchpopup::Request request{toStd(text), type, options, m_facetFilters};
    m_searching = true;
    m_ticket = std::make_shared<LibraryService::Ticket>();
    m_service->runCancellable(
        this, m_ticket, [request](core::Library &lib) { return searchpopup::find(lib, request); },
        [this, generation](core::Result<searchpopup::Found> r) {
            if (generation != m_generation)
                return; // a newer search is on its way (this one was cancelled or overtaken)
            m_searching = false;
            showFound(r);
            emit searched();
        });
    if (type >= 0 && type != ArticlesOnly)
        return; // entities only: no article facets
    // The facets count over every match (slower at scale than the page): a second request on
    // the same ticket, so the results show first and a newer query cancels both.
    m_facetsPending = true;
    m_facets->setEnabled(false); // the counts shown are the previous query's until these arrive
    m_service->runCancellable(
        this, m_ticket, [request](core::Library &lib) { return searchpopup::facets(lib, request); },
        [this, generation](core::Result<core::SearchFacets> r) {
            if (generation != m_generation)
                return;
            m_facetsPending = false;
            m_facets->setEnabled(true);
            if (r)
                showFacets(*r);
            else
                m_facets->clear();
            emit facetsShown();
        });
}

// The results of a search, and the header that counts them.
void SearchPopup::showFound(const core::Result<searchpopup::Found> &r)
{
    if (!r) {
        m_status->setText(Display::error(r.error()));
        m_model->clear();
        m_facets->clear();
        m_articleTotal = 0;
    } else {
        m_model->setResults(r->results);
        m_articleTotal = r->articleTotal;
        // The header counts what is listed: entities, articles (of how many) and notes.
        QStringList parts;
        const int entities = m_model->count(SearchResultModel::EntityRow);
        if (entities > 0 || !r->articlesSearched)
            parts << tr("%n entity(s)", nullptr, entities);
        if (r->articlesSearched) {
            const int shown = m_model->count(SearchResultModel::ArticleRow);
            parts << (shown < r->articleTotal ? tr("%1 of %n article(s)", nullptr, r->articleTotal).arg(shown)
                                              : tr("%n article(s)", nullptr, r->articleTotal));
        }
        if (!r->results.notes.empty())
            parts << tr("%n note(s)", nullptr, int(r->results.notes.size()));
        QString status = parts.join(QStringLiteral(" · "));
        if (r->entityError)
            status += QStringLiteral(" · ") + tr("Entities: %1").arg(Display::error(*r->entityError));
        m_status->setText(status);
        if (!r->articlesSearched)
            showFacetsNote(tr("Articles not searched"),
                           tr("Refine counts articles. Choose Everything or Articles only to refine by "
                              "organization, person, initiative, meeting, year or source."));
        const int best = m_model->bestRow();
        if (best >= 0)
            m_view->setCurrentIndex(m_model->index(best));
        if (std::exchange(m_openBest, false) && best >= 0)
            openRow(best);
    }
}

void SearchPopup::openRow(int row)
{
    const QModelIndex i = m_model->index(row);
    if (!i.isValid())
        return;
    const int kind = i.data(SearchResultModel::KindRole).toInt();
    const qint64 id = i.data(SearchResultModel::IdRole).toLongLong();
    if (kind == SearchResultModel::EntityRow)
        emit entityChosen(id);
    else if (kind == SearchResultModel::ArticleRow || kind == SearchResultModel::NoteRow)
        emit articleChosen(id);
    else
        return;
    hide();
}

bool SearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_debounce->isActive() || m_searching) {
                m_openBest = true; // open the best hit as soon as the pending search answers
                if (m_debounce->isActive())
                    runNow();
                return true;
            }
            const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : m_model->bestRow();
            openRow(row);
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            int row = m_view->currentIndex().row();
            for (int r = row + step; r >= 0 && r < m_model->rowCount(); r += step) {
                if (m_model->index(r).data(SearchResultModel::KindRole).toInt() != SearchResultModel::HeaderRow) {
                    m_view->setCurrentIndex(m_model->index(r));
                    break;
                }
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace sillok::gui
