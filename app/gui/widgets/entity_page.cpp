#include "widgets/entity_page.h"
#include "widgets/entity_page_p.h"

#include "models/annotation_model.h"
#include "models/article_model.h"
#include "models/fact_model.h"
#include "services/display.h"
#include "widgets/error_text.h"
#include "services/library_service.h"
#include "store/library.h"
#include "timeline_view.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sillok::gui {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

} // namespace

EntityPage::EntityPage(LibraryService *service, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), d(std::make_unique<Private>())
{
    d->service = service;
    d->undo = undoStack;
    d->header = new QLabel(this);
    d->header->setWordWrap(true);
    d->header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->status = new QLabel(this);
    d->status->setWordWrap(true);
    d->status->setStyleSheet(QStringLiteral("color:#9a3412"));
    d->status->hide();
    d->aliases = new QListWidget(this);
    d->aliases->setMaximumHeight(90);
    d->aliases->setFlow(QListView::LeftToRight);
    d->aliases->setWrapping(true);
    d->aliases->setSpacing(2);

    auto *bar = new QHBoxLayout;
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
    bar->addStretch();

    d->facts = new FactModel(this);
    d->articles = new ArticleModel(this);
    d->mentions = new EvidenceModel(this);
    d->evidence = new AnnotationModel(this);
    d->tabs = new QTabWidget(this);
    QTableView *factView = makeTable(d->facts, this);
    QTableView *articleView = makeTable(d->articles, this);
    articleView->setColumnHidden(ArticleModel::SourceColumn, true);
    articleView->horizontalHeader()->setSectionResizeMode(ArticleModel::TitleColumn, QHeaderView::Stretch);
    QTableView *mentionView = makeTable(d->mentions, this);
    mentionView->horizontalHeader()->setSectionResizeMode(EvidenceModel::QuoteColumn, QHeaderView::Stretch);
    d->tabs->addTab(factView, tr("Facts"));
    d->tabs->addTab(mentionView, tr("Mentions"));
    d->tabs->addTab(articleView, tr("Articles"));
    d->evidenceView = makeTable(d->evidence, this);
    d->evidenceView->setColumnHidden(AnnotationModel::EntityColumn, true);
    d->evidenceView->setColumnHidden(AnnotationModel::TagsColumn, true);
    d->evidenceView->horizontalHeader()->setSectionResizeMode(AnnotationModel::QuoteColumn, QHeaderView::Stretch);
    d->evidenceView->setToolTip(tr("Your highlights linked to this entity as evidence; double-click to read one in place."));
    d->tabs->addTab(d->evidenceView, tr("Evidence"));
    d->timeline = new TimelineView(this);
    d->tabs->addTab(d->timeline, tr("Meetings timeline"));

    connect(factView, &QTableView::activated, this, [this](const QModelIndex &i) {
        if (i.column() == FactModel::OtherColumn && i.data(FactModel::OtherIdRole).toLongLong())
            emit entityActivated(i.data(FactModel::OtherIdRole).toLongLong());
        else if (i.data(FactModel::ArticleIdRole).toLongLong())
            emit openArticle(i.data(FactModel::ArticleIdRole).toLongLong(), i.data(FactModel::SentenceStartRole).toInt(),
                             i.data(FactModel::SentenceEndRole).toInt());
    });
    connect(mentionView, &QTableView::activated, this, [this](const QModelIndex &i) {
        emit openArticle(i.data(EvidenceModel::ArticleIdRole).toLongLong(), i.data(EvidenceModel::SentenceStartRole).toInt(),
                         i.data(EvidenceModel::SentenceEndRole).toInt());
    });
    connect(d->evidenceView, &QTableView::activated, this, [this](const QModelIndex &i) {
        const bool placed = !i.data(AnnotationModel::OrphanedRole).toBool();
        emit openArticle(i.data(AnnotationModel::ArticleIdRole).toLongLong(), placed ? i.data(AnnotationModel::StartRole).toInt() : -1,
                         placed ? i.data(AnnotationModel::EndRole).toInt() : -1);
    });
    connect(articleView, &QTableView::activated, this, [this](const QModelIndex &i) {
        emit openArticle(i.data(ArticleModel::IdRole).toLongLong(), -1, -1);
    });
    connect(d->timeline, &TimelineView::entityActivated, this, &EntityPage::entityActivated);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(d->header);
    layout->addWidget(d->status);
    layout->addWidget(new QLabel(tr("Names and aliases:"), this));
    layout->addWidget(d->aliases);
    layout->addLayout(bar);
    layout->addWidget(d->tabs, 1);
    connect(service, &LibraryService::changed, this, [this](int c) {
        if ((c & (LibraryService::Entities | LibraryService::Annotations)) && d->requested)
            reload();
    });
    render();
}

EntityPage::~EntityPage() = default;

void EntityPage::setArticleTitles(const QHash<qint64, QString> &titles) { d->evidence->setArticleTitles(titles); }
int EntityPage::evidenceCount() const { return d->data ? int(d->data->evidence.size()) : 0; }
QTableView *EntityPage::evidenceView() const { return d->evidenceView; }

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
    d->requested = id;
    reload();
}

void EntityPage::reload()
{
    const qint64 id = d->requested;
    d->loading = true;
    d->service->run(this, [id](core::Library &lib) -> core::Result<EntityPageData> {
        auto detail = lib.entity(id);
        if (!detail)
            return std::unexpected(detail.error());
        EntityPageData loaded{std::move(*detail), {}, {}, {}};
        if (auto evidence = lib.entityAnnotations(id))
            loaded.evidence = std::move(*evidence);
        else
            loaded.partError = evidence.error();
        if (loaded.detail.summary.type == core::EntityType::Initiative) {
            if (auto items = lib.timeline()) {
                for (auto &item : *items)
                    if (std::find(item.initiatives.begin(), item.initiatives.end(), loaded.detail.summary.name)
                            != item.initiatives.end() || item.entityId == id)
                        loaded.meetings.push_back(std::move(item));
            } else if (!loaded.partError) {
                loaded.partError = items.error();
            }
        }
        return loaded;
    }, [this, id](core::Result<EntityPageData> r) {
        if (id != d->requested)
            return;
        d->loading = false;
        if (!r) {
            d->data.reset();
            setErrorText(d->status, r.error());
            d->status->show();
        } else if (r->partError) {
            // The page shows what loaded; the status line says what is missing and why.
            d->status->setText(tr("Part of this page could not be loaded. %1").arg(Display::error(*r->partError)));
            const QString detail = Display::errorDetail(*r->partError);
            d->status->setToolTip(detail.isEmpty() ? QString() : tr("Details: %1").arg(detail));
            d->status->show();
            d->data = std::move(*r);
            d->requested = d->data->detail.summary.id;
        } else {
            d->status->hide();
            d->data = std::move(*r);
            // A merged-away entity resolves to its survivor: follow it.
            d->requested = d->data->detail.summary.id;
        }
        render();
        emit loaded();
    });
}

void EntityPage::render()
{
    const bool has = d->data.has_value();
    for (QPushButton *b : d->actions)
        b->setEnabled(has);
    d->split->setEnabled(canSplit());
    d->aliases->clear();
    if (!has) {
        d->header->setText(QStringLiteral("<i>") + tr("Choose an entity in the Entities list, the reader, the timeline or the graph.")
                           + QStringLiteral("</i>"));
        d->facts->setResults({}, 0);
        d->articles->setResults({});
        d->mentions->setResults({});
        d->evidence->setResults({});
        d->timeline->setItems({});
        return;
    }
    const core::EntityDetail &e = d->data->detail;
    const core::EntitySummary &s = e.summary;
    QStringList lines;
    if (!s.kind.empty()) lines << tr("Kind: %1").arg(Display::entityKind(s.kind).toHtmlEscaped());
    if (!s.country.empty()) lines << tr("Country: %1").arg(toQ(s.country).toHtmlEscaped());
    if (!s.english.empty()) lines << tr("English: %1").arg(toQ(s.english).toHtmlEscaped());
    if (s.date.isValid()) {
        QString when = Display::dateWithPrecision(s.date);
        if (s.endDate.isValid() && s.endDate != s.date)
            when += QStringLiteral(" – ") + Display::date(s.endDate);
        if (!s.dateText.empty())
            when += QStringLiteral(" (“") + toQ(s.dateText).toHtmlEscaped() + QStringLiteral("”)");
        lines << tr("Date: %1").arg(when);
    }
    if (!s.place.empty()) lines << tr("Place: %1").arg(toQ(s.place).toHtmlEscaped());
    lines << tr("%n article(s)", nullptr, s.articleCount) + QStringLiteral(" · ") + tr("%n mention(s)", nullptr, s.mentionCount);
    if (s.rejected) lines << QStringLiteral("<b>") + tr("Marked as not an entity") + QStringLiteral("</b>");
    d->header->setText(QStringLiteral("<h2 style='margin:0;color:%1'>").arg(Display::entityColor(s.type).name())
                       + toQ(s.name).toHtmlEscaped() + QStringLiteral(" <small>") + Display::entityType(s.type)
                       + QStringLiteral("</small></h2>") + lines.join(QStringLiteral("<br>")));
    for (const auto &a : e.aliases) {
        auto *item = new QListWidgetItem(toQ(a.form), d->aliases);
        item->setToolTip(Display::aliasKind(a.kind));
    }
    d->facts->setResults(e.facts, s.id);
    d->articles->setResults(e.articles);
    d->mentions->setResults(e.mentions);
    d->evidence->setResults(d->data->evidence);
    d->tabs->setTabText(d->tabs->indexOf(d->evidenceView),
                        d->data->evidence.empty() ? tr("Evidence") : tr("Evidence (%1)").arg(d->data->evidence.size()));
    const bool initiative = s.type == core::EntityType::Initiative;
    d->tabs->setTabVisible(d->tabs->indexOf(d->timeline), initiative);
    d->timeline->setItems(initiative ? d->data->meetings : std::vector<core::TimelineItem>{});
}

} // namespace sillok::gui
