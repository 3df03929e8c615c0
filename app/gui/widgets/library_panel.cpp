#include "widgets/library_panel.h"

#include "models/article_model.h"
#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"
#include "widgets/error_text.h"
#include "widgets/row_table.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sillok::gui {

namespace {

struct FirstPage {
    std::vector<core::ArticleSummary> rows;
    int total = 0;
};

} // namespace

LibraryPanel::LibraryPanel(LibraryService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_model(new ArticleModel(this)), m_filter(new QLineEdit(this)),
      m_filterBar(new QWidget(this)), m_filterText(new QLabel(m_filterBar)),
      m_clearFilter(new QToolButton(m_filterBar)), m_view(new QTableView(this)), m_status(new QLabel(this)),
      m_filterDelay(new QTimer(this))
{
    setUpFilter();
    setUpView();
    setUpCopiesMenu();
    m_status->setWordWrap(true);
    m_status->hide();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        if (i.isValid())
            emit articleActivated(i.data(ArticleModel::IdRole).toLongLong());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    connect(service, &LibraryService::changed, this, [this](int c) {
        if (c & LibraryService::Articles)
            refresh();
    });
}

// The filter line (applied 250 ms after the last key, or on Return) and the bar that says a
// filter is on.
void LibraryPanel::setUpFilter()
{
    m_filter->setObjectName(QStringLiteral("libraryFilter"));
    m_filter->setPlaceholderText(tr("Filter articles (title and text)…"));
    m_filter->setToolTip(
        tr("Finds the articles whose title or text contains the words, names and their aliases included"));
    m_filter->setClearButtonEnabled(true);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &LibraryPanel::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterDelay->stop();
        applyFilter();
    });
    // While a filter is on, a bar says so: Next/Previous and the list follow it.
    m_filterBar->setObjectName(QStringLiteral("libraryFilterBar"));
    m_filterBar->setAutoFillBackground(true);
    m_filterBar->setStyleSheet(QStringLiteral("#libraryFilterBar{background:#fef3c7;border-radius:3px}"));
    m_filterText->setWordWrap(true);
    m_clearFilter->setText(tr("Show all"));
    m_clearFilter->setObjectName(QStringLiteral("clearLibraryFilter"));
    connect(m_clearFilter, &QToolButton::clicked, this, &LibraryPanel::clearFilter);
    auto *barLayout = new QHBoxLayout(m_filterBar);
    barLayout->setContentsMargins(6, 2, 2, 2);
    barLayout->addWidget(m_filterText, 1);
    barLayout->addWidget(m_clearFilter);
    m_filterBar->hide();
}

// The table: sorted by the store (date or title), its columns shown or hidden from the header's
// context menu.
void LibraryPanel::setUpView()
{
    m_model->setFetcher([this] { fetchPage(); });
    connect(m_model, &ArticleModel::sortRequested, this, [this](int column, Qt::SortOrder order) {
        if (column != ArticleModel::TitleColumn && column != ArticleModel::DateColumn) {
            // The store sorts by date or title: the indicator goes back to the order in force.
            m_view->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
            return;
        }
        if (column == m_sortColumn && order == m_sortOrder)
            return;
        m_sortColumn = column;
        m_sortOrder = order;
        refresh();
    });
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSortIndicator(ArticleModel::DateColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    setUpRowTable(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(ArticleModel::TitleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ArticleModel::DateColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ArticleModel::AnnotationsColumn, QHeaderView::ResizeToContents);
    // Source starts hidden; a right-click on the header shows or hides any column but the title,
    // and the choice is remembered.
    const QStringList hidden =
        QSettings().value(QStringLiteral("library/hiddenColumns"), QStringList{QString::number(ArticleModel::SourceColumn)})
            .toStringList();
    for (int c = 0; c < ArticleModel::ColumnCount; ++c)
        m_view->setColumnHidden(c, c != ArticleModel::TitleColumn && hidden.contains(QString::number(c)));
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (int c = 0; c < ArticleModel::ColumnCount; ++c) {
            if (c == ArticleModel::TitleColumn)
                continue;
            QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
            a->setCheckable(true);
            a->setChecked(!m_view->isColumnHidden(c));
            connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnShown(c, on); });
        }
        menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
    });
}

void LibraryPanel::setUpCopiesMenu()
{
    // A story listed once: its copies (other files telling it) open from the context menu.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex i = m_view->indexAt(pos);
        if (!i.isValid())
            return;
        const qint64 id = i.data(ArticleModel::IdRole).toLongLong();
        const QPoint global = m_view->viewport()->mapToGlobal(pos);
        m_service->run(this, [id](core::Library &lib) { return lib.articleCopies(id); },
                       [this, global](core::Result<std::vector<core::ArticleSummary>> copies) {
            if (!copies || copies->size() < 2)
                return;
            QMenu menu(this);
            menu.addSection(tr("Copies of this story"));
            for (const core::ArticleSummary &c : *copies) {
                const qint64 copyId = c.id;
                menu.addAction(QFileInfo(QString::fromStdString(c.source)).fileName(), this,
                               [this, copyId] { emit articleActivated(copyId); })
                    ->setToolTip(QString::fromStdString(c.source));
            }
            menu.exec(global);
        });
    });
}

int LibraryPanel::order() const
{
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (m_sortColumn == ArticleModel::TitleColumn)
        return int(ascending ? core::ArticleOrder::TitleAscending : core::ArticleOrder::TitleDescending);
    return int(ascending ? core::ArticleOrder::OldestFirst : core::ArticleOrder::NewestFirst);
}

bool LibraryPanel::isFiltered() const
{
    return !m_activeFilter.isEmpty();
}

void LibraryPanel::clearFilter()
{
    m_filter->clear();
    m_filterDelay->stop();
    applyFilter();
}

void LibraryPanel::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    if (text == m_activeFilter)
        return;
    m_activeFilter = text;
    refresh();
}

void LibraryPanel::refresh()
{
    const int generation = ++m_generation;
    const auto order = core::ArticleOrder(this->order());
    const std::string filter = toStd(m_activeFilter);
    const int pageSize = m_pageSize;
    m_service->run(
        this,
        [order, filter, pageSize](core::Library &lib) -> core::Result<FirstPage> {
            FirstPage page;
            auto total = lib.articleCount();
            if (!total)
                return std::unexpected(total.error());
            page.total = *total;
            if (filter.empty()) {
                auto rows = lib.articlePage(order, 0, pageSize);
                if (!rows)
                    return std::unexpected(rows.error());
                page.rows = std::move(*rows);
                return page;
            }
            // Title and body through the search (aliases expanded), then in the list's order.
            core::SearchOptions options;
            options.limit = kFilterLimit;
            auto hits = lib.search(filter, options);
            if (!hits)
                return std::unexpected(hits.error());
            std::vector<std::int64_t> ids;
            for (const auto &h : *hits)
                ids.push_back(h.articleId);
            auto rows = lib.articlesById(ids);
            if (!rows)
                return std::unexpected(rows.error());
            const auto key = [order](const core::ArticleSummary &a) {
                const bool byTitle =
                    order == core::ArticleOrder::TitleAscending || order == core::ArticleOrder::TitleDescending;
                return std::pair{byTitle ? a.title : a.published.toString(), a.id};
            };
            const bool descending =
                order == core::ArticleOrder::NewestFirst || order == core::ArticleOrder::TitleDescending;
            std::ranges::sort(*rows, [&](const core::ArticleSummary &a, const core::ArticleSummary &b) {
                return descending ? key(b) < key(a) : key(a) < key(b);
            });
            page.rows = std::move(*rows);
            return page;
        },
        [this, generation](core::Result<FirstPage> r) {
            if (generation != m_generation)
                return;
            if (!r) {
                setErrorText(m_status, r.error());
                m_status->show();
                emit answered();
                return;
            }
            m_status->hide();
            m_total = r->total;
            const qint64 current = m_view->currentIndex().data(ArticleModel::IdRole).toLongLong();
            const QSignalBlocker block(m_view->selectionModel());
            const bool more = m_activeFilter.isEmpty() && int(r->rows.size()) == m_pageSize;
            m_model->setResults(std::move(r->rows), more);
            if (current)
                selectArticle(current);
            updateFilterBar();
            emit loaded();
            emit answered();
        });
}

void LibraryPanel::fetchPage()
{
    const int generation = m_generation;
    const auto order = core::ArticleOrder(this->order());
    const int offset = m_model->rowCount();
    const int pageSize = m_pageSize;
    m_service->run(
        this, [order, offset, pageSize](core::Library &lib) { return lib.articlePage(order, offset, pageSize); },
        [this, generation](core::Result<std::vector<core::ArticleSummary>> r) {
            if (generation != m_generation)
                return; // a refresh replaced the list meanwhile
            if (!r) {
                m_model->append({}, false);
                setErrorText(m_status, r.error());
                m_status->show();
                return;
            }
            const bool more = int(r->size()) == m_pageSize;
            m_model->append(std::move(*r), more);
        });
}

void LibraryPanel::updateFilterBar()
{
    m_filterBar->setVisible(isFiltered());
    if (isFiltered())
        m_filterText->setText(tr("Filtered by “%1”: %2 of %3 articles")
                                  .arg(m_activeFilter.toHtmlEscaped())
                                  .arg(m_model->rowCount())
                                  .arg(m_total));
}

int LibraryPanel::articleCount() const { return m_model->rowCount(); }

qint64 LibraryPanel::neighbour(qint64 current, int step) const
{
    const int row = m_model->rowOfId(current);
    if (row < 0)
        return m_model->rowCount() ? m_model->index(0, 0).data(ArticleModel::IdRole).toLongLong() : 0;
    const int n = row + step;
    return n >= 0 && n < m_model->rowCount() ? m_model->index(n, 0).data(ArticleModel::IdRole).toLongLong() : 0;
}

void LibraryPanel::neighbourInLibrary(qint64 current, int step, std::function<void(qint64)> done)
{
    const auto order = core::ArticleOrder(this->order());
    m_service->run(
        this, [current, step, order](core::Library &lib) { return lib.adjacentArticle(current, order, step); },
        [this, done = std::move(done)](core::Result<std::int64_t> r) {
            if (!r) {
                setErrorText(m_status, r.error());
                m_status->show();
                done(0);
                return;
            }
            done(*r);
        });
}

void LibraryPanel::selectArticle(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex i = m_model->index(row, 0);
    if (!i.isValid() || i == m_view->currentIndex())
        return;
    const QSignalBlocker block(m_view->selectionModel());
    m_view->setCurrentIndex(i);
    m_view->scrollTo(i);
}

QHash<qint64, QString> LibraryPanel::titles() const
{
    QHash<qint64, QString> out;
    for (int r = 0; r < m_model->rowCount(); ++r)
        out.insert(m_model->index(r, 0).data(ArticleModel::IdRole).toLongLong(), m_model->index(r, 0).data().toString());
    return out;
}

void LibraryPanel::setColumnShown(int column, bool shown)
{
    if (column == ArticleModel::TitleColumn || column < 0 || column >= ArticleModel::ColumnCount)
        return;
    m_view->setColumnHidden(column, !shown);
    QStringList hidden;
    for (int c = 0; c < ArticleModel::ColumnCount; ++c)
        if (m_view->isColumnHidden(c))
            hidden << QString::number(c);
    QSettings().setValue(QStringLiteral("library/hiddenColumns"), hidden);
}

bool LibraryPanel::isColumnShown(int column) const { return !m_view->isColumnHidden(column); }

} // namespace sillok::gui
