#include "widgets/library_panel.h"

#include "models/article_model.h"
#include "services/display.h"
#include "widgets/error_text.h"
#include "services/library_service.h"
#include "store/library.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace sillok::gui {

LibraryPanel::LibraryPanel(LibraryService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_model(new ArticleModel(this)), m_proxy(new ArticleFilterProxy(this)),
      m_filter(new QLineEdit(this)), m_view(new QTableView(this)), m_status(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_filter->setPlaceholderText(tr("Filter articles…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ArticleFilterProxy::setText);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ArticleModel::DateColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
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
    m_status->setWordWrap(true);
    m_status->hide();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        if (i.isValid())
            emit articleActivated(i.data(ArticleModel::IdRole).toLongLong());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    connect(service, &LibraryService::changed, this, [this](int c) {
        if (c & LibraryService::Articles)
            refresh();
    });
}

void LibraryPanel::refresh()
{
    const int generation = ++m_generation;
    m_service->run(this, [](core::Library &lib) { return lib.articles(); },
                   [this, generation](core::Result<std::vector<core::ArticleSummary>> r) {
        if (generation != m_generation)
            return;
        if (!r) {
            setErrorText(m_status, r.error());
            m_status->show();
            return;
        }
        m_status->hide();
        const qint64 current = m_view->currentIndex().data(ArticleModel::IdRole).toLongLong();
        const QSignalBlocker block(m_view->selectionModel());
        m_model->setResults(std::move(*r));
        if (current)
            selectArticle(current);
        emit loaded();
    });
}

int LibraryPanel::articleCount() const { return m_model->rowCount(); }

qint64 LibraryPanel::neighbour(qint64 current, int step) const
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (m_proxy->index(r, 0).data(ArticleModel::IdRole).toLongLong() != current)
            continue;
        const int n = r + step;
        return n >= 0 && n < m_proxy->rowCount() ? m_proxy->index(n, 0).data(ArticleModel::IdRole).toLongLong() : 0;
    }
    return m_proxy->rowCount() ? m_proxy->index(0, 0).data(ArticleModel::IdRole).toLongLong() : 0;
}

void LibraryPanel::selectArticle(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
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
