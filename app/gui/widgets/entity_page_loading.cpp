// EntityPage's reading: the page of an entity (facts, first mentions and articles, evidence,
// meetings) off the GUI thread, and the later pages of mentions and articles as they scroll.
#include "widgets/entity_page.h"
#include "widgets/entity_page_p.h"

#include "export/csv_writer.h"
#include "export/library_export.h"
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

#include <QFile>
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

namespace {

// One page of a list of the entity page, read on the library's thread: `read(lib, &next)` gives
// the rows and the cursor of the page after (0: none). The answer is appended to `model` while
// `current()` still wants it (the entity or the fact it was asked for is still shown), and
// `keep(next)` stores the cursor; a failure ends the list and reports it through `page`.
template <class Row, class Read, class Current, class Keep>
void appendPage(EntityPage *page, LibraryService *service, PagedRows<Row> *model, Read read, Current current, Keep keep)
{
    using Page = std::pair<std::vector<Row>, std::int64_t>;
    service->run(
        page,
        [read](core::Library &lib) -> core::Result<Page> {
            std::int64_t next = 0;
            auto rows = read(lib, &next);
            if (!rows)
                return std::unexpected(rows.error());
            return Page{std::move(*rows), next};
        },
        [page, model, current, keep](core::Result<Page> r) {
            if (!current())
                return;
            if (!r) {
                model->append({}, false);
                emit page->errorOccurred(Display::error(r.error()), Display::errorDetail(r.error()));
                return;
            }
            keep(r->second);
            model->append(std::move(r->first), r->second != 0);
        });
}

} // namespace

void EntityPage::fetchMentions()
{
    if (!d->data || d->data->nextMention == 0) {
        d->mentions->append({}, false);
        return;
    }
    const qint64 id = d->data->detail.summary.id;
    const core::EntityPageCursor cursor{d->data->nextMention, d->pageSize};
    appendPage(
        this, d->service, d->mentions,
        [id, cursor](core::Library &lib, std::int64_t *next) { return lib.entityMentions(id, cursor, next); },
        [this, id] { return d->data && d->data->detail.summary.id == id; },
        [this](std::int64_t next) { d->data->nextMention = next; });
}

void EntityPage::fetchArticles()
{
    if (!d->data || d->data->nextArticle == 0) {
        d->articles->append({}, false);
        return;
    }
    const qint64 id = d->data->detail.summary.id;
    const core::EntityPageCursor cursor{d->data->nextArticle, d->pageSize};
    appendPage(
        this, d->service, d->articles,
        [id, cursor](core::Library &lib, std::int64_t *next) { return lib.entityArticles(id, cursor, next); },
        [this, id] { return d->data && d->data->detail.summary.id == id; },
        [this](std::int64_t next) { d->data->nextArticle = next; });
}

void EntityPage::showSources(QTableView *view, int row)
{
    auto *model = view ? qobject_cast<FactModel *>(view->model()) : nullptr;
    const core::FactRecord *f = model ? model->factAt(row) : nullptr;
    if (!f || f->foldedIds.empty() || !d->data)
        return;
    listSources(*f);
    d->tabs->setTabVisible(d->tabs->indexOf(d->sourcesTab), true);
    fitTabs();
    d->tabs->setCurrentWidget(d->sourcesTab);
    d->sourceView->setFocus();
}

// Lists the sentences of `f` from the first page on (its title, its rows, the list emptied).
void EntityPage::listSources(const core::FactRecord &f)
{
    const bool asSubject = f.subjectId == d->data->detail.summary.id;
    const QString other = toQ(asSubject ? f.objectName : f.subjectName);
    const QString relation = Display::predicateFrom(f.predicate, asSubject);
    const QString what =
        other.isEmpty() ? relation + QStringLiteral(" ") + toQ(f.value) : relation + QStringLiteral(" ") + other;
    const int sentences = f.evidenceCount ? f.evidenceCount : int(f.evidence.size());
    d->sourcesTitle->setText(
        tr("Every sentence that states “%1 · %2”: %n sentence(s), newest article first. Enter opens one in the reader.",
           nullptr, sentences)
            .arg(toQ(d->data->detail.summary.name), what.trimmed()));
    d->sourceIds = f.foldedIds;
    d->sourceFact = f;
    d->sourcesTotal = sentences;
    d->sourcesNext = 0;
    ++d->sourcesAsked;
    d->sources->setResults({}, false);
    fetchSources();
}

// The same entity read again (a merge, a split, an import) while a fact's sources are listed:
// the fact as it is now, found by a row it folds, is listed again when its rows or sentences
// changed (a merged entity's statements of it fold in); a fact no longer on the page (its other
// end merged into this entity, rejected) takes the tab away.
void EntityPage::keepSourcesListed()
{
    if (!d->sourceFact)
        return;
    const auto &facts = d->data->detail.facts;
    const auto now = std::ranges::find_if(facts, [this](const core::FactRecord &f) {
        return std::ranges::find_first_of(f.foldedIds, d->sourceIds) != f.foldedIds.end();
    });
    if (now == facts.end()) {
        dropSources();
        return;
    }
    if (now->foldedIds != d->sourceIds || now->evidenceCount != d->sourcesTotal
        || now->objectName != d->sourceFact->objectName || now->subjectName != d->sourceFact->subjectName)
        listSources(*now);
}

// No fact's sentences listed: the list emptied, pages still coming for it dropped, the tab hidden
// until S asks again.
void EntityPage::dropSources()
{
    d->sourceIds.clear();
    d->sourceFact.reset();
    d->sourcesTotal = 0;
    d->sourcesNext = 0;
    ++d->sourcesAsked;
    d->sources->setResults({}, false);
    d->tabs->setTabVisible(d->tabs->indexOf(d->sourcesTab), false);
}

// The page of sources after those shown (sourcesNext: the cursor the last page gave).
void EntityPage::fetchSources()
{
    const bool first = d->sources->rowCount() == 0;
    if (d->sourceIds.empty() || (!first && d->sourcesNext == 0)) {
        d->sources->append({}, false);
        return;
    }
    const int asked = d->sourcesAsked;
    const core::EntityPageCursor cursor{first ? 0 : d->sourcesNext, d->pageSize};
    appendPage(
        this, d->service, d->sources,
        [ids = d->sourceIds, cursor](core::Library &lib, std::int64_t *next) {
            return lib.factSources(ids, cursor, next);
        },
        [this, asked] { return asked == d->sourcesAsked; }, [this](std::int64_t next) { d->sourcesNext = next; });
}

void EntityPage::exportSources(const QString &path)
{
    if (!d->sourceFact) {
        emit sourcesExported(path, tr("No fact's sources are listed."));
        return;
    }
    core::FactRecord fact = *d->sourceFact;
    const std::string target = QFile::encodeName(path).toStdString();
    d->service->run(
        this,
        [fact = std::move(fact), target](core::Library &lib) mutable -> core::Status {
            fact.evidence.clear();
            std::int64_t cursor = 0;
            do {
                std::int64_t next = 0;
                auto page = lib.factSources(fact.foldedIds, {cursor, 1000}, &next);
                if (!page)
                    return std::unexpected(page.error());
                fact.evidence.insert(fact.evidence.end(), std::make_move_iterator(page->begin()),
                                     std::make_move_iterator(page->end()));
                cursor = next;
            } while (cursor != 0);
            return core::writeFileAtomically(target, core::writeFactsCsv({fact}, core::CsvOptions{true}));
        },
        [this, path](core::Status written) {
            if (written) {
                rememberExportFolder(path);
                emit sourcesExported(path, QString());
                return;
            }
            const QString error = tr("Could not export: %1").arg(Display::error(written.error()));
            emit sourcesExported(path, error);
            emit errorOccurred(error, Display::errorDetail(written.error()));
        });
}

} // namespace sillok::gui
