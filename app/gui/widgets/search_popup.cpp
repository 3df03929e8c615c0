#include "widgets/search_popup.h"

#include "models/search_result_model.h"
#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"
#include "widgets/html_delegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace sillok::gui {

namespace {

constexpr int ArticlesOnly = 100;

struct Found {
    std::vector<core::EntitySummary> entities;
    std::vector<core::SearchHit> hits;
    std::optional<core::Error> entityError;
};

} // namespace

SearchPopup::SearchPopup(LibraryService *service, QWidget *parent)
    : QDialog(parent), m_service(service), m_query(new QLineEdit(this)), m_type(new QComboBox(this)),
      m_organization(new QComboBox(this)), m_from(new QLineEdit(this)), m_to(new QLineEdit(this)),
      m_view(new QListView(this)), m_status(new QLabel(this)), m_model(new SearchResultModel(this)),
      m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Search"));
    m_query->setPlaceholderText(tr("Search entities and articles (Korean or English)…"));
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
    m_view->setModel(m_model);
    m_view->setItemDelegate(new HtmlDelegate(SearchResultModel::HtmlRole, m_view));
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_status->setWordWrap(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(180);
    connect(m_debounce, &QTimer::timeout, this, &SearchPopup::search);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_type, m_organization})
        connect(box, &QComboBox::currentIndexChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QLineEdit *edit : {m_from, m_to})
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &i) { openRow(i.row()); });
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &i) { openRow(i.row()); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_type);
    filters->addWidget(m_organization, 1);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    resize(720, 520);
}

void SearchPopup::popup()
{
    loadOrganizations();
    show();
    raise();
    activateWindow();
    m_query->setFocus();
    m_query->selectAll();
}

void SearchPopup::loadOrganizations()
{
    m_service->run(this, [](core::Library &lib) {
        return lib.entities(core::EntityFilter{core::EntityType::Organization, {}, false});
    }, [this](core::Result<std::vector<core::EntitySummary>> r) {
        if (!r)
            return;
        std::sort(r->begin(), r->end(), [](const auto &a, const auto &b) { return a.articleCount > b.articleCount; });
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
    if (text.isEmpty()) {
        m_model->clear();
        m_status->clear();
        m_searching = false;
        emit searched();
        return;
    }
    const int type = m_type->currentData().toInt();
    core::SearchOptions options;
    options.limit = 30;
    options.entityId = m_organization->currentData().toLongLong();
    const auto from = core::PartialDate::parse(toStd(m_from->text().trimmed()));
    const auto to = core::PartialDate::parse(toStd(m_to->text().trimmed()));
    if (from)
        options.from = *from;
    if (to)
        options.to = *to;
    const std::string query = toStd(text);
    m_searching = true;
    m_service->run(this, [query, type, options](core::Library &lib) -> core::Result<Found> {
        Found found;
        if (type != ArticlesOnly && options.entityId == 0) {
            core::EntityFilter filter;
            filter.text = query;
            if (type >= 0)
                filter.type = core::EntityType(type);
            if (auto e = lib.entities(filter)) {
                std::sort(e->begin(), e->end(), [](const auto &a, const auto &b) { return a.articleCount > b.articleCount; });
                if (e->size() > 12)
                    e->resize(12);
                found.entities = std::move(*e);
            } else {
                found.entityError = e.error();
            }
        }
        if (type < 0 || type == ArticlesOnly) {
            auto hits = lib.search(query, options);
            if (!hits)
                return std::unexpected(hits.error());
            found.hits = std::move(*hits);
        }
        return found;
    }, [this, generation](core::Result<Found> r) {
        if (generation != m_generation)
            return;
        m_searching = false;
        if (!r) {
            m_status->setText(Display::error(r.error()));
            m_model->clear();
        } else {
            m_model->setResults(r->entities, r->hits);
            QString status = tr("%n article(s)", nullptr, int(r->hits.size()));
            if (r->entityError)
                status += QStringLiteral(" · ") + tr("Entities: %1").arg(Display::error(*r->entityError));
            m_status->setText(status);
            const int best = m_model->bestRow();
            if (best >= 0)
                m_view->setCurrentIndex(m_model->index(best));
            if (std::exchange(m_openBest, false) && best >= 0)
                openRow(best);
        }
        emit searched();
    });
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
    else if (kind == SearchResultModel::ArticleRow)
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
