#include "widgets/entity_page.h"
#include "widgets/entity_page_p.h"

#include "flow_layout.h"
#include "models/annotation_model.h"
#include "models/article_model.h"
#include "models/fact_model.h"
#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"
#include "timeline_counts.h"
#include "timeline_view.h"
#include "widgets/error_text.h"
#include "widgets/export_paths.h"
#include "widgets/row_table.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace sillok::gui {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setModel(model);
    setUpRowTable(t);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

EntityPage::EntityPage(LibraryService *service, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), d(std::make_unique<Private>())
{
    d->service = service;
    d->undo = undoStack;
    d->header = new QLabel(this);
    d->header->setObjectName(QStringLiteral("entityHeader"));
    d->header->setWordWrap(true);
    d->header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->status = new QLabel(this);
    d->status->setWordWrap(true);
    d->status->setStyleSheet(QStringLiteral("color:#9a3412"));
    d->status->hide();
    d->aliases = new QListWidget(this);
    d->aliases->setObjectName(QStringLiteral("entityAliases"));
    d->aliases->setFlow(QListView::LeftToRight);
    d->aliases->setWrapping(true);
    d->aliases->setResizeMode(QListView::Adjust);
    d->aliases->setSpacing(2);
    d->aliases->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    d->aliases->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    d->aliases->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    d->aliasLabel = new QLabel(tr("Names and aliases:"), this);

    // Wraps onto a second line in a narrow dock (at 1280 px) rather than widening the window.
    auto *bar = new FlowLayout(nullptr, 6);
    auto button = [&](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        bar->addWidget(b);
        d->actions << b;
        return b;
    };
    button(tr("Rename…"), &EntityPage::askRename);
    button(tr("Add alias…"), &EntityPage::askAddAlias);
    button(tr("Remove alias"), &EntityPage::askRemoveAlias);
    button(tr("Merge with…"), &EntityPage::askMerge);
    d->split = button(tr("Split"), &EntityPage::splitLastMerge);
    button(tr("Not an entity"), &EntityPage::reject);

    d->facts = new FactModel(this);
    d->relations = new FactModel(this);
    d->articles = new ArticleModel(this);
    d->mentions = new EvidenceModel(this);
    d->evidence = new AnnotationModel(this);
    d->sources = new EvidenceModel(this);
    d->sources->setFetcher([this] { fetchSources(); });
    d->mentions->setFetcher([this] { fetchMentions(); });
    d->articles->setFetcher([this] { fetchArticles(); });
    d->factsShown = new QLabel(this);
    d->factsShown->setObjectName(QStringLiteral("entityFactsShown"));
    d->factsShown->setWordWrap(true);
    d->factsShown->setTextFormat(Qt::RichText);
    d->factsShown->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    d->factsShown->hide();
    connect(d->factsShown, &QLabel::linkActivated, this, &EntityPage::showAllFacts);
    createTabs();

    connectTabs();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(d->header);
    layout->addWidget(d->status);
    layout->addWidget(d->aliasLabel);
    layout->addWidget(d->aliases);
    layout->addLayout(bar);
    layout->addWidget(d->factsShown);
    layout->addWidget(d->tabs, 1);
    connect(service, &LibraryService::changed, this, [this](int c) {
        if ((c & (LibraryService::Entities | LibraryService::Annotations)) && d->requested)
            reload();
    });
    render();
}

// The tabs: facts, relations, articles, mentions, evidence and the meetings timeline.
void EntityPage::createTabs()
{
    d->tabs = new QTabWidget(this);
    d->tabs->setObjectName(QStringLiteral("entityTabs"));
    d->tabs->setMinimumHeight(260);
    // Every tab in sight, its label shortened if need be: at the default width the last tab
    // (Meetings timeline) was hidden behind scroll arrows.
    d->tabs->setUsesScrollButtons(false);
    d->tabs->setElideMode(Qt::ElideRight);
    d->factView = makeTable(d->facts, this);
    d->factView->setObjectName(QStringLiteral("entityFacts"));
    d->relationView = makeTable(d->relations, this);
    d->relationView->setObjectName(QStringLiteral("entityRelations"));
    for (QTableView *v : {d->factView, d->relationView}) {
        QHeaderView *h = v->horizontalHeader();
        h->setStretchLastSection(false);
        h->setSectionResizeMode(QHeaderView::ResizeToContents);
        h->setSectionResizeMode(FactModel::OtherColumn, QHeaderView::Stretch);
        h->setMinimumSectionSize(40);
    }
    // Facts: who and what (the value is a role); relations: when, and how well attested.
    d->factView->setColumnHidden(FactModel::DateColumn, true);
    d->factView->setColumnHidden(FactModel::ArticlesColumn, true);
    d->relationView->setColumnHidden(FactModel::ValueColumn, true);
    d->relationView->setColumnHidden(FactModel::SourcesColumn, true);
    d->articleView = makeTable(d->articles, this);
    d->articleView->setObjectName(QStringLiteral("entityArticles"));
    d->articleView->setColumnHidden(ArticleModel::SourceColumn, true);
    d->articleView->horizontalHeader()->setSectionResizeMode(ArticleModel::TitleColumn, QHeaderView::Stretch);
    d->articleView->horizontalHeader()->setSectionResizeMode(ArticleModel::DateColumn, QHeaderView::ResizeToContents);
    d->articleView->horizontalHeader()->setStretchLastSection(false);
    d->mentionView = makeTable(d->mentions, this);
    d->mentionView->setObjectName(QStringLiteral("entityMentions"));
    d->mentionView->horizontalHeader()->setSectionResizeMode(EvidenceModel::QuoteColumn, QHeaderView::Stretch);
    d->mentionView->horizontalHeader()->setStretchLastSection(false);
    d->mentionView->horizontalHeader()->setSectionResizeMode(EvidenceModel::ArticleColumn, QHeaderView::Interactive);
    d->mentionView->horizontalHeader()->resizeSection(EvidenceModel::ArticleColumn, 160);
    // A date's width, fixed: sized to its contents the column was measured before its rows came.
    const int dateWidth = fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 16;
    d->mentionView->horizontalHeader()->setSectionResizeMode(EvidenceModel::DateColumn, QHeaderView::Fixed);
    d->mentionView->horizontalHeader()->resizeSection(EvidenceModel::DateColumn, dateWidth);
    d->tabs->addTab(d->factView, tr("Facts"));
    d->tabs->addTab(d->relationView, tr("Relations"));
    d->tabs->addTab(d->articleView, tr("Articles"));
    d->tabs->addTab(d->mentionView, tr("Mentions"));
    d->evidenceView = makeTable(d->evidence, this);
    d->evidenceView->setColumnHidden(AnnotationModel::EntityColumn, true);
    d->evidenceView->setColumnHidden(AnnotationModel::TagsColumn, true);
    d->evidenceView->horizontalHeader()->setSectionResizeMode(AnnotationModel::QuoteColumn, QHeaderView::Stretch);
    d->evidenceView->setToolTip(tr("Your highlights linked to this entity as evidence; double-click to read one in place."));
    d->tabs->addTab(d->evidenceView, tr("Evidence"));
    d->sourcesTab = new QWidget(this);
    d->sourcesTitle = new QLabel(d->sourcesTab);
    d->sourcesTitle->setObjectName(QStringLiteral("entitySourcesTitle"));
    d->sourcesTitle->setWordWrap(true);
    d->sourceView = makeTable(d->sources, d->sourcesTab);
    d->sourceView->setObjectName(QStringLiteral("entitySources"));
    d->sourceView->horizontalHeader()->setStretchLastSection(false);
    d->sourceView->horizontalHeader()->setSectionResizeMode(EvidenceModel::QuoteColumn, QHeaderView::Stretch);
    d->sourceView->horizontalHeader()->setSectionResizeMode(EvidenceModel::DateColumn, QHeaderView::Fixed);
    d->sourceView->horizontalHeader()->resizeSection(EvidenceModel::DateColumn, dateWidth);
    d->sourceView->horizontalHeader()->setSectionResizeMode(EvidenceModel::ArticleColumn, QHeaderView::Interactive);
    d->sourceView->horizontalHeader()->resizeSection(EvidenceModel::ArticleColumn, 160);
    auto *exportSources = new QPushButton(tr("Export CSV…"), d->sourcesTab);
    exportSources->setObjectName(QStringLiteral("entitySourcesExport"));
    exportSources->setToolTip(tr("Every sentence listed here, as the Facts CSV export writes them"));
    connect(exportSources, &QPushButton::clicked, this, [this] {
        const QString path =
            askExportPath(this, tr("Export sources"), QStringLiteral("sillok-sources.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            this->exportSources(path);
    });
    auto *sourcesTop = new QHBoxLayout;
    sourcesTop->addWidget(d->sourcesTitle, 1);
    sourcesTop->addWidget(exportSources, 0, Qt::AlignTop);
    auto *sourcesLayout = new QVBoxLayout(d->sourcesTab);
    sourcesLayout->setContentsMargins(0, 4, 0, 0);
    sourcesLayout->addLayout(sourcesTop);
    sourcesLayout->addWidget(d->sourceView, 1);
    d->tabs->addTab(d->sourcesTab, tr("Sources"));
    d->tabs->setTabVisible(d->tabs->indexOf(d->sourcesTab), false); // until a fact's are asked for
    d->timeline = new TimelineView(this);
    d->timeline->setMinimumHeight(200);
    d->tabs->addTab(d->timeline, tr("Meetings timeline"));
}

// What a click or Enter in a tab opens: an article at its sentence, or another entity.
void EntityPage::connectTabs()
{
    const auto openFact = [this](QTableView *view, const QModelIndex &i) {
        if (i.column() == FactModel::SourcesColumn || i.column() == FactModel::ArticlesColumn) {
            showSources(view, i.row());
            return;
        }
        if (i.column() == FactModel::OtherColumn && i.data(FactModel::OtherIdRole).toLongLong())
            emit entityActivated(i.data(FactModel::OtherIdRole).toLongLong());
        else if (i.data(FactModel::ArticleIdRole).toLongLong())
            emit openArticle(i.data(FactModel::ArticleIdRole).toLongLong(), i.data(FactModel::SentenceStartRole).toInt(),
                             i.data(FactModel::SentenceEndRole).toInt());
    };
    for (QTableView *view : {d->factView, d->relationView}) {
        connect(view, &QTableView::activated, this, [openFact, view](const QModelIndex &i) { openFact(view, i); });
        auto *sources = new QShortcut(QKeySequence(Qt::Key_S), view);
        sources->setContext(Qt::WidgetShortcut);
        connect(sources, &QShortcut::activated, this, [this, view] { showSources(view, view->currentIndex().row()); });
        view->setToolTip(tr("Enter opens the sentence it rests on; S lists every sentence that states it."));
    }
    // Articles and mentions open on one click, as search results do.
    const auto openMention = [this](const QModelIndex &i) {
        emit openArticle(i.data(EvidenceModel::ArticleIdRole).toLongLong(), i.data(EvidenceModel::SentenceStartRole).toInt(),
                         i.data(EvidenceModel::SentenceEndRole).toInt());
    };
    connect(d->mentionView, &QTableView::clicked, this, openMention);
    connect(d->mentionView, &QTableView::activated, this, openMention);
    connect(d->sourceView, &QTableView::clicked, this, openMention);
    connect(d->sourceView, &QTableView::activated, this, openMention);
    connect(d->evidenceView, &QTableView::activated, this, [this](const QModelIndex &i) {
        const bool placed = !i.data(AnnotationModel::OrphanedRole).toBool();
        emit openArticle(i.data(AnnotationModel::ArticleIdRole).toLongLong(), placed ? i.data(AnnotationModel::StartRole).toInt() : -1,
                         placed ? i.data(AnnotationModel::EndRole).toInt() : -1);
    });
    const auto openListed = [this](const QModelIndex &i) {
        emit openArticle(i.data(ArticleModel::IdRole).toLongLong(), -1, -1);
    };
    connect(d->articleView, &QTableView::clicked, this, openListed);
    connect(d->articleView, &QTableView::activated, this, openListed);
    connect(d->timeline, &TimelineView::entityActivated, this, &EntityPage::entityActivated);
}

EntityPage::~EntityPage() = default;

void EntityPage::setArticleTitles(const QHash<qint64, QString> &titles) { d->evidence->setArticleTitles(titles); }
int EntityPage::evidenceCount() const { return d->data ? int(d->data->evidence.size()) : 0; }
QTableView *EntityPage::evidenceView() const { return d->evidenceView; }
QTableView *EntityPage::factView() const
{
    return d->factView;
}
QTableView *EntityPage::relationView() const
{
    return d->relationView;
}
QTableView *EntityPage::mentionView() const
{
    return d->mentionView;
}
QTableView *EntityPage::articleView() const
{
    return d->articleView;
}
QTabWidget *EntityPage::tabs() const
{
    return d->tabs;
}
QTableView *EntityPage::sourceView() const
{
    return d->sourceView;
}
QString EntityPage::sourcesTitle() const
{
    return d->sourcesTitle->text();
}
int EntityPage::sourcesTotal() const
{
    return d->sourcesTotal;
}
void EntityPage::setPageSize(int rows)
{
    d->pageSize = std::max(1, rows);
}

qint64 EntityPage::entityId() const { return d->data ? d->data->detail.summary.id : 0; }
QString EntityPage::entityName() const { return d->data ? toQ(d->data->detail.summary.name) : QString(); }
bool EntityPage::isLoading() const { return d->loading; }

QStringList EntityPage::aliases() const
{
    QStringList out;
    if (d->data)
        for (const auto &a : d->data->detail.aliases)
            out << toQ(a.form);
    return out;
}

void EntityPage::showEntity(qint64 id)
{
    if (id != d->requested)
        d->factsPerPredicate = d->factsPerPredicateFirst;
    d->requested = id;
    reload();
}

void EntityPage::setFactsPerPredicate(int facts)
{
    d->factsPerPredicateFirst = d->factsPerPredicate = std::max(0, facts);
}

void EntityPage::showAllFacts()
{
    if (!d->data || d->factsPerPredicate == 0)
        return;
    d->factsPerPredicate = 0;
    reload();
}

int EntityPage::factsShown() const
{
    return d->data ? int(d->data->detail.facts.size()) : 0;
}

int EntityPage::factTotal() const
{
    return d->data ? d->data->detail.factTotal : 0;
}

void EntityPage::fitAliases()
{
    // The alias box takes the height its names need (at most four lines), nothing when empty,
    // so the tabs below keep the room.
    const bool any = d->aliases->count() > 0;
    d->aliases->setVisible(any);
    d->aliasLabel->setVisible(any);
    if (!any)
        return;
    d->aliases->doItemsLayout();
    int bottom = 0;
    for (int i = 0; i < d->aliases->count(); ++i)
        bottom = std::max(bottom, d->aliases->visualItemRect(d->aliases->item(i)).bottom());
    const int line = d->aliases->sizeHintForRow(0) + 2 * d->aliases->spacing();
    const int frame = 2 * d->aliases->frameWidth();
    d->aliases->setFixedHeight(
        std::clamp(bottom + d->aliases->verticalScrollBar()->value() + d->aliases->spacing() + 1, line, 4 * line)
        + frame);
}

void EntityPage::fitTabs()
{
    // A busy entity of a large library ("Articles (31209)", "Mentions (65473)") cut every tab's
    // name short at 1600 px: counts while every name stays whole, else the names alone (the
    // header counts the articles and mentions; the tooltips give every count).
    QTabBar *bar = d->tabs->tabBar();
    for (int withCounts = 1; withCounts >= 0; --withCounts) {
        for (int i = 0; i < bar->count(); ++i) {
            const QStringList texts = bar->tabData(i).toStringList();
            if (texts.size() == 2)
                bar->setTabText(i, texts[withCounts]);
        }
        if (bar->sizeHint().width() <= d->tabs->width()) // every visible tab at its whole name's width
            return;
    }
}

void EntityPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitAliases();
    fitTabs();
}

} // namespace sillok::gui
