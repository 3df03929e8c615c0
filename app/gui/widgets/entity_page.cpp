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
#include "widgets/row_table.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
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
    d->mentions->setFetcher([this] { fetchMentions(); });
    d->articles->setFetcher([this] { fetchArticles(); });
    d->factsShown = new QLabel(this);
    d->factsShown->setObjectName(QStringLiteral("entityFactsShown"));
    d->factsShown->setWordWrap(true);
    d->factsShown->setTextFormat(Qt::RichText);
    d->factsShown->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    d->factsShown->hide();
    connect(d->factsShown, &QLabel::linkActivated, this, &EntityPage::showAllFacts);
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
    d->timeline = new TimelineView(this);
    d->timeline->setMinimumHeight(200);
    d->tabs->addTab(d->timeline, tr("Meetings timeline"));

    const auto openFact = [this](const QModelIndex &i) {
        if (i.column() == FactModel::OtherColumn && i.data(FactModel::OtherIdRole).toLongLong())
            emit entityActivated(i.data(FactModel::OtherIdRole).toLongLong());
        else if (i.data(FactModel::ArticleIdRole).toLongLong())
            emit openArticle(i.data(FactModel::ArticleIdRole).toLongLong(), i.data(FactModel::SentenceStartRole).toInt(),
                             i.data(FactModel::SentenceEndRole).toInt());
    };
    connect(d->factView, &QTableView::activated, this, openFact);
    connect(d->relationView, &QTableView::activated, this, openFact);
    // Articles and mentions open on one click, as search results do.
    const auto openMention = [this](const QModelIndex &i) {
        emit openArticle(i.data(EvidenceModel::ArticleIdRole).toLongLong(), i.data(EvidenceModel::SentenceStartRole).toInt(),
                         i.data(EvidenceModel::SentenceEndRole).toInt());
    };
    connect(d->mentionView, &QTableView::clicked, this, openMention);
    connect(d->mentionView, &QTableView::activated, this, openMention);
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

void EntityPage::reload()
{
    const qint64 id = d->requested;
    const int kPage = d->pageSize;
    const int perPredicate = d->factsPerPredicate;
    d->loading = true;
    d->service->run(
        this,
        [id, kPage, perPredicate](core::Library &lib) -> core::Result<EntityPageData> {
            core::EntityPageOptions options;
            options.mentions = 0; // paged below, with their cursors
            options.articles = 0;
            // A company named in tens of thousands of articles has thousands of people "member
            // of" it: the page shows each predicate's most stated facts and offers the rest.
            options.factsPerPredicate = perPredicate;
            // The facts' tables show one sentence a fact (the first, newest article): each
            // sentence read is its article's text unpacked.
            options.evidencePerFact = 1;
            auto detail = lib.entityPage(id, options);
            if (!detail)
                return std::unexpected(detail.error());
            EntityPageData loaded{std::move(*detail), {}, 0, 0, {}, {}};
            const auto &s = loaded.detail.summary;
            auto mentions = lib.entityMentions(s.id, {0, kPage}, &loaded.nextMention);
            if (!mentions)
                return std::unexpected(mentions.error());
            loaded.detail.mentions = std::move(*mentions);
            auto articles = lib.entityArticles(s.id, {0, kPage}, &loaded.nextArticle);
            if (!articles)
                return std::unexpected(articles.error());
            loaded.detail.articles = std::move(*articles);
            if (auto evidence = lib.entityAnnotations(id))
                loaded.evidence = std::move(*evidence);
            else
                loaded.partError = evidence.error();
            if (s.type != core::EntityType::Person) {
                if (auto items = lib.entityTimeline(id))
                    loaded.meetings = std::move(*items);
                else if (!loaded.partError)
                    loaded.partError = items.error();
            }
            return loaded;
        },
        [this, id](core::Result<EntityPageData> r) {
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

void EntityPage::fetchMentions()
{
    if (!d->data || d->data->nextMention == 0) {
        d->mentions->append({}, false);
        return;
    }
    const qint64 id = d->data->detail.summary.id;
    const std::int64_t after = d->data->nextMention;
    const int kPage = d->pageSize;
    d->service->run(
        this,
        [id, after,
         kPage](core::Library &lib) -> core::Result<std::pair<std::vector<core::EvidenceRecord>, std::int64_t>> {
            std::int64_t next = 0;
            auto page = lib.entityMentions(id, {after, kPage}, &next);
            if (!page)
                return std::unexpected(page.error());
            return std::pair{std::move(*page), next};
        },
        [this, id](core::Result<std::pair<std::vector<core::EvidenceRecord>, std::int64_t>> r) {
            if (!d->data || d->data->detail.summary.id != id)
                return;
            if (!r) {
                d->mentions->append({}, false);
                emit errorOccurred(Display::error(r.error()), Display::errorDetail(r.error()));
                return;
            }
            d->data->nextMention = r->second;
            d->mentions->append(std::move(r->first), r->second != 0);
        });
}

void EntityPage::fetchArticles()
{
    if (!d->data || d->data->nextArticle == 0) {
        d->articles->append({}, false);
        return;
    }
    const qint64 id = d->data->detail.summary.id;
    const std::int64_t after = d->data->nextArticle;
    const int kPage = d->pageSize;
    d->service->run(
        this,
        [id, after,
         kPage](core::Library &lib) -> core::Result<std::pair<std::vector<core::ArticleSummary>, std::int64_t>> {
            std::int64_t next = 0;
            auto page = lib.entityArticles(id, {after, kPage}, &next);
            if (!page)
                return std::unexpected(page.error());
            return std::pair{std::move(*page), next};
        },
        [this, id](core::Result<std::pair<std::vector<core::ArticleSummary>, std::int64_t>> r) {
            if (!d->data || d->data->detail.summary.id != id)
                return;
            if (!r) {
                d->articles->append({}, false);
                emit errorOccurred(Display::error(r.error()), Display::errorDetail(r.error()));
                return;
            }
            d->data->nextArticle = r->second;
            d->articles->append(std::move(r->first), r->second != 0);
        });
}

QStringList EntityPage::postLines() const
{
    QStringList lines;
    if (!d->data || d->data->detail.summary.type != core::EntityType::Person)
        return lines;
    const auto &e = d->data->detail;
    struct Post {
        const core::FactRecord *fact;
        core::PartialDate first, last; // publication dates of the articles that state it
    };
    std::vector<Post> current, former;
    for (const auto &f : e.facts) {
        if (f.subjectId != e.summary.id || !f.objectId)
            continue;
        if (f.predicate == "role" || f.predicate == "member_of")
            current.push_back({&f, f.firstArticle, f.lastArticle});
        else if (f.predicate == "former_role" || f.predicate == "former_member_of")
            former.push_back({&f, f.firstArticle, f.lastArticle});
    }
    // A post that a later (or the same) article states as past is a former post, whatever older
    // articles said: "지난해까지 X 대표" ends it. Its dates then cover both.
    const auto widen = [](Post &p, const Post &o) {
        if (o.first.isValid() && (!p.first.isValid() || o.first < p.first))
            p.first = o.first;
        if (o.last.isValid() && (!p.last.isValid() || p.last < o.last))
            p.last = o.last;
    };
    std::erase_if(current, [&](const Post &c) {
        for (Post &f : former)
            if (f.fact->objectId == c.fact->objectId && (f.fact->value == c.fact->value || c.fact->value.empty())
                && !(f.last < c.last)) {
                widen(f, c);
                return true;
            }
        return false;
    });
    const auto latestFirst = [](const Post &a, const Post &b) { return b.last < a.last; };
    std::ranges::sort(current, latestFirst);
    std::ranges::sort(former, latestFirst);
    const auto post = [](const core::FactRecord &f) {
        return f.value.empty() ? toQ(f.objectName) : tr("%1, %2").arg(toQ(f.value), toQ(f.objectName));
    };
    const auto seen = [](const Post &p) {
        if (!p.first.isValid())
            return QString();
        if (p.first == p.last || !p.last.isValid())
            return tr(" (article of %1)").arg(Display::date(p.first));
        return tr(" (articles of %1 – %2)").arg(Display::date(p.first), Display::date(p.last));
    };
    // The post the latest article gives is the current one; posts only older articles give are
    // earlier ones.
    for (std::size_t i = 0; i < current.size(); ++i)
        lines << (i == 0 ? tr("Current post: %1%2") : tr("Earlier post: %1%2"))
                     .arg(post(*current[i].fact), seen(current[i]));
    for (const Post &f : former) {
        QString line = tr("Former post: %1").arg(post(*f.fact));
        if (!f.fact->dateText.empty())
            line += tr(" (“%1”)").arg(toQ(f.fact->dateText));
        lines << line + seen(f);
    }
    return lines;
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
        d->relations->setResults({}, 0);
        d->articles->setResults({});
        d->mentions->setResults({});
        d->evidence->setResults({});
        d->factsShown->hide();
        d->timeline->setItems({});
        d->renderedId = 0;
        fitAliases();
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
    for (const QString &post : postLines())
        lines << post.toHtmlEscaped();
    lines << tr("%n article(s)", nullptr, s.articleCount) + QStringLiteral(" · ") + tr("%n mention(s)", nullptr, s.mentionCount);
    if (s.rejected) lines << QStringLiteral("<b>") + tr("Marked as not an entity") + QStringLiteral("</b>");
    d->header->setText(QStringLiteral("<h2 style='margin:0;color:%1'>").arg(Display::entityColor(s.type).name())
                       + toQ(s.name).toHtmlEscaped() + QStringLiteral(" <small>") + Display::entityType(s.type)
                       + QStringLiteral("</small></h2>") + lines.join(QStringLiteral("<br>")));
    for (const auto &a : e.aliases) {
        if (a.form == s.name)
            continue;
        auto *item = new QListWidgetItem(toQ(a.form), d->aliases);
        item->setToolTip(Display::aliasKind(a.kind));
    }
    std::vector<core::FactRecord> facts, relations;
    for (const auto &f : e.facts)
        (Display::isTypedRelation(f.predicate) ? relations : facts).push_back(f);
    // Relations: the most recently stated first.
    std::ranges::stable_sort(
        relations, [](const core::FactRecord &a, const core::FactRecord &b) { return b.lastArticle < a.lastArticle; });
    d->facts->setResults(std::move(facts), s.id);
    d->relations->setResults(std::move(relations), s.id);
    const int shown = int(e.facts.size());
    if (shown < e.factTotal) {
        d->factsShown->setText(tr("Showing the %1 most stated of %2 facts and relations.").arg(shown).arg(e.factTotal)
                               + QStringLiteral(" <a href=\"all\">") + tr("Show all %1").arg(e.factTotal)
                               + QStringLiteral("</a>"));
        d->factsShown->show();
    } else {
        d->factsShown->hide();
    }
    d->articles->setResults(e.articles, d->data->nextArticle != 0);
    d->mentions->setResults(e.mentions, d->data->nextMention != 0);
    d->evidence->setResults(d->data->evidence);
    // A tab's name with its count ("31k": the exact count in its tooltip); fitTabs() keeps the
    // counts only while every name stays whole.
    const auto label = [this](QWidget *tab, const QString &name, int n) {
        const int index = d->tabs->indexOf(tab);
        const QString counted = n ? tr("%1 (%2)").arg(name, timeline::abbreviatedCount(n)) : name;
        d->tabs->tabBar()->setTabData(index, QStringList{name, counted});
        d->tabs->setTabToolTip(index, n ? tr("%1 (%2)").arg(name, locale().toString(n)) : QString());
    };
    label(d->factView, tr("Facts"), d->facts->rowCount());
    label(d->relationView, tr("Relations"), d->relations->rowCount());
    label(d->articleView, tr("Articles"), s.articleCount);
    label(d->mentionView, tr("Mentions"), s.mentionCount);
    label(d->evidenceView, tr("Evidence"), int(d->data->evidence.size()));
    const bool timeline = !d->data->meetings.empty();
    d->tabs->setTabVisible(d->tabs->indexOf(d->timeline), timeline);
    d->timeline->setItems(d->data->meetings);
    fitAliases();
    fitTabs();
    // A newly shown entity opens on the tab that was in use if it has something to show, else
    // on the first tab that has (facts, relations, articles, mentions).
    if (std::exchange(d->renderedId, s.id) != s.id) {
        const auto rows = [this](QWidget *tab) -> int {
            if (tab == d->timeline)
                return d->tabs->isTabVisible(d->tabs->indexOf(d->timeline)) ? 1 : 0;
            auto *view = qobject_cast<QTableView *>(tab);
            return view && view->model() ? view->model()->rowCount() : 0;
        };
        if (rows(d->tabs->currentWidget()) == 0) {
            for (QWidget *tab : {static_cast<QWidget *>(d->factView), static_cast<QWidget *>(d->relationView),
                                 static_cast<QWidget *>(d->articleView), static_cast<QWidget *>(d->mentionView)}) {
                if (rows(tab) > 0) {
                    d->tabs->setCurrentWidget(tab);
                    break;
                }
            }
        }
    }
}

} // namespace sillok::gui
