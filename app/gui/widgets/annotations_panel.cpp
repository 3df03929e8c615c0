#include "widgets/annotations_panel.h"

#include "models/annotation_model.h"
#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"
#include "widgets/annotation_dialog.h"
#include "widgets/error_text.h"
#include "widgets/row_table.h"
#include "widgets/undo_commands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPixmap>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sillok::gui {

AnnotationsPanel::AnnotationsPanel(LibraryService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_model(new AnnotationModel(this)), m_proxy(new AnnotationFilterProxy(this)),
      m_color(new QComboBox(this)), m_tag(new QComboBox(this)), m_thisArticle(new QCheckBox(tr("This article"), this)),
      m_search(new QLineEdit(this)), m_view(new QTableView(this)), m_status(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_color->addItem(tr("All colours"), QString());
    for (const QString &name : Display::annotationColorNames()) {
        QPixmap swatch(12, 12);
        swatch.fill(Display::annotationColor(name));
        m_color->addItem(QIcon(swatch), Display::annotationColorLabel(name), name);
    }
    connect(m_color, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setColor(m_color->currentData().toString()); });
    m_tag->addItem(tr("All tags"), QString());
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setTag(m_tag->currentData().toString()); });
    connect(m_thisArticle, &QCheckBox::toggled, this, [this](bool on) { m_proxy->setArticleId(on ? m_article : 0); });
    m_search->setPlaceholderText(tr("Search highlights and notes…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &AnnotationFilterProxy::setText);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    setUpRowTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(AnnotationModel::QuoteColumn, QHeaderView::Stretch);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex i = m_view->indexAt(pos);
        if (!i.isValid())
            return;
        QMenu menu;
        const int row = i.row();
        menu.addAction(tr("Open in reader"), this, [this, row] { openRow(row); });
        menu.addAction(tr("Edit highlight…"), this, [this, row] { editRow(row); });
        menu.addAction(tr("Delete highlight"), this, [this, row] { deleteRow(row); });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) { openRow(i.row()); });
    m_status->setWordWrap(true);
    m_status->hide();
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_color);
    filters->addWidget(m_tag);
    filters->addWidget(m_thisArticle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    connect(service, &LibraryService::changed, this, [this](int c) {
        if (c & LibraryService::Annotations)
            refresh();
    });
}

void AnnotationsPanel::setCurrentArticle(qint64 id)
{
    m_article = id;
    if (m_thisArticle->isChecked())
        m_proxy->setArticleId(id);
}

void AnnotationsPanel::setArticleTitles(const QHash<qint64, QString> &titles)
{
    m_model->setArticleTitles(titles);
}

void AnnotationsPanel::setEntityNames(const QHash<QString, QString> &names)
{
    m_model->setEntityNames(names);
}

void AnnotationsPanel::openRow(int row)
{
    if (const auto *a = m_model->annotationAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()))
        emit openArticle(a->articleId, a->orphaned ? -1 : a->start, a->orphaned ? -1 : a->end);
}

void AnnotationsPanel::editRow(int row)
{
    const core::AnnotationRecord *a = m_model->annotationAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    if (!a || !m_undo)
        return;
    const core::AnnotationRecord before = *a; // the dialog's event loop may refresh the model
    core::AnnotationRecord after = before;
    if (AnnotationDialog::editRecord(after, m_entities, this))
        m_undo->push(new EditAnnotationCommand({m_service, m_undo, reportTo(this)}, before, std::move(after)));
}

void AnnotationsPanel::deleteRow(int row)
{
    const core::AnnotationRecord *a = m_model->annotationAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    if (a && m_undo)
        m_undo->push(new DeleteAnnotationCommand({m_service, m_undo, reportTo(this)}, *a));
}

void AnnotationsPanel::refresh()
{
    const int generation = ++m_generation;
    m_service->run(this, [](core::Library &lib) { return lib.annotations(0); },
                   [this, generation](core::Result<std::vector<core::AnnotationRecord>> r) {
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
        const QString tag = m_tag->currentData().toString();
        const QSignalBlocker block(m_tag);
        m_tag->clear();
        m_tag->addItem(tr("All tags"), QString());
        for (const QString &t : m_model->allTags())
            m_tag->addItem(u'#' + t, t);
        m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
        emit loaded();
    });
}

} // namespace sillok::gui
