#include "app/screenshots.h"

#include "graph_view.h"
#include "models/entity_model.h"
#include "models/entity_name_model.h"
#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"
#include "timeline_view.h"
#include "widgets/annotation_dialog.h"
#include "widgets/entity_page.h"
#include "widgets/entity_panel.h"
#include "widgets/graph_panel.h"
#include "widgets/library_panel.h"
#include "widgets/main_window.h"
#include "widgets/reader_view.h"
#include "widgets/search_popup.h"
#include "widgets/timeline_panel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <memory>

namespace sillok::gui {

namespace {

struct Step {
    std::function<void()> prepare;
    QString name; // "" = no grab
    std::function<QPixmap()> grab = {}; // the picture; the window's when unset
};

// What the demo highlight ended up on.
struct Demo {
    qint64 articleId = 0;
    qint64 entityId = 0;
    int start = -1;
    int end = -1;
    QString quote;
    QString entityUid;
};

// Calls `fn` once both reading lanes have done what was queued before (a no-op sent down each
// lane comes back), a moment after a step so that debounced work (search, timeline windows) has
// been queued too. A large library takes longer than any fixed wait.
void whenIdle(MainWindow *w, LibraryService *service, std::function<void()> fn, int round = 0)
{
    QTimer::singleShot(round == 0 ? 600 : 250, w, [w, service, fn, round] {
        service->run(
            w, [](core::Library &) -> core::Result<int> { return 0; },
            [w, service, fn, round](core::Result<int>) {
                service->run(
                    w, [](core::Library &) -> core::Result<int> { return 0; },
                    [w, service, fn, round](core::Result<int>) {
                        if (round < 2) // work queued by what just came back (e.g. the page after a list)
                            whenIdle(w, service, fn, round + 1);
                        else
                            QTimer::singleShot(300, w, fn); // painted
                    },
                    LibraryService::Lane::Bulk);
            });
    });
}

void runSteps(MainWindow *w, LibraryService *service, QString dir, QString suffix,
              std::shared_ptr<std::vector<Step>> steps, std::size_t i, std::function<void()> done)
{
    if (i >= steps->size()) {
        done();
        return;
    }
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    (*steps)[i].prepare();
    whenIdle(w, service, [w, service, dir, suffix, steps, i, done, clock] {
        const Step &s = (*steps)[i];
        // How long the step took to settle: at scale, what an analyst waits for.
        qInfo("screenshot step %zu %s: ready after %lld ms", i, qPrintable(s.name),
              static_cast<long long>(clock->elapsed()));
        if (!s.name.isEmpty()) {
            const QPixmap shot = s.grab ? s.grab() : w->grab();
            if (!shot.isNull())
                shot.save(QDir(dir).filePath(s.name + suffix + QStringLiteral(".png")));
        }
        runSteps(w, service, dir, suffix, steps, i + 1, done);
    });
}

qint64 topEntity(MainWindow *w, int type)
{
    EntityModel *m = w->entityPanel()->model();
    qint64 best = 0;
    int most = -1;
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex i = m->index(r, EntityModel::ArticlesColumn);
        if ((type < 0 || i.data(EntityModel::TypeRole).toInt() == type) && i.data(EntityModel::SortRole).toInt() > most) {
            most = i.data(EntityModel::SortRole).toInt();
            best = i.data(EntityModel::IdRole).toLongLong();
        }
    }
    return best;
}

// Highlights the sentence of the first organisation mention of `articleId`, as evidence for
// that organisation (any entity when the article names no organisation).
void addDemoAnnotation(LibraryService *service, MainWindow *w, qint64 articleId, std::shared_ptr<Demo> demo)
{
    const std::string note = toStd(QCoreApplication::translate(
        "Screenshots", "Example note: this sentence is evidence for the highlighted organisation."));
    service->run(w, [articleId, note](core::Library &lib) -> core::Result<Demo> {
        auto article = lib.article(articleId);
        if (!article)
            return std::unexpected(article.error());
        const core::MentionRecord *pick = nullptr;
        for (const auto &m : article->mentions)
            if (m.entityId != 0 && (!pick || (m.entityType == core::EntityType::Organization
                                             && pick->entityType != core::EntityType::Organization)))
                pick = &m;
        if (!pick)
            return core::fail(core::ErrorCode::NotFound, "no entity mention in the first article");
        // Only its uid is needed: the bounded page (no mentions, articles, one fact of each
        // predicate), not entity(), which reads every fact with all its evidence (seconds for a
        // busy organisation at 100,000 articles).
        core::EntityPageOptions bounded;
        bounded.mentions = 0;
        bounded.articles = 0;
        bounded.evidencePerFact = 1;
        bounded.factsPerPredicate = 1;
        auto entity = lib.entityPage(pick->entityId, bounded);
        if (!entity)
            return std::unexpected(entity.error());
        core::AnnotationRecord a;
        a.articleId = articleId;
        a.start = pick->start;
        a.end = pick->end;
        for (const auto &[s, e] : article->sentences)
            if (s <= pick->start && pick->end <= e) {
                a.start = s;
                a.end = e;
            }
        a.color = "yellow";
        a.note = note;
        a.tags = {"demo"};
        a.entityUid = entity->summary.uid;
        auto existing = lib.annotations(0);
        if (existing && !existing->empty()) // never a second demo on a database that has notes
            a = existing->front();
        else if (auto stored = lib.addAnnotation(a); stored)
            a = *stored;
        else
            return std::unexpected(stored.error());
        return Demo{a.articleId, pick->entityId, a.start, a.end, toQ(a.exact), toQ(a.entityUid)};
    }, [service, demo](core::Result<Demo> r) {
        if (r)
            *demo = *r;
        service->notifyChanged(LibraryService::Annotations | LibraryService::Articles);
    });
}

// Runs `fn` once the library and entity lists have loaded (polls; gives up after ~20 s).
void whenLoaded(MainWindow *w, std::function<void()> fn, int attempt = 0)
{
    if ((w->libraryPanel()->articleCount() > 0 && w->entityPanel()->model()->rowCount() > 0) || attempt > 100) {
        fn();
        return;
    }
    QTimer::singleShot(200, w, [w, fn, attempt] { whenLoaded(w, fn, attempt + 1); });
}

// The window with a dialog over it where it stands (the window's own grab() leaves out the
// dialog, a window of its own).
QPixmap windowWithDialog(QWidget *window, QWidget *dialog)
{
    QPixmap shot = window->grab();
    QPainter painter(&shot);
    const QPoint at = dialog->mapToGlobal(QPoint()) - window->mapToGlobal(QPoint());
    painter.drawPixmap(at, dialog->grab());
    painter.setPen(QColor(0x80, 0x80, 0x80));
    painter.drawRect(QRect(at, dialog->size()).adjusted(-1, -1, 0, 0));
    return shot;
}

void selectEvidenceTab(MainWindow *w, bool evidence)
{
    if (auto *tabs = w->entityPage()->findChild<QTabWidget *>())
        tabs->setCurrentIndex(evidence ? tabs->indexOf(w->entityPage()->evidenceView()) : 0);
}

} // namespace

void takeScreenshots(MainWindow *w, LibraryService *service, const QString &dir, const QString &suffix,
                     std::function<void()> done)
{
    QDir().mkpath(dir);
    auto demo = std::make_shared<Demo>();
    auto dialog = std::make_shared<AnnotationDialog *>(nullptr);
    auto steps = std::make_shared<std::vector<Step>>();
    steps->push_back({[w, service, demo] { whenLoaded(w, [w, service, demo] {
        addDemoAnnotation(service, w, w->libraryPanel()->neighbour(0, 0), demo);
    }); }, {}});
    steps->push_back({[w, demo] {
        w->openArticle(demo->articleId ? demo->articleId : w->libraryPanel()->neighbour(0, 0));
        if (demo->entityId)
            w->openEntity(demo->entityId);
        w->dock(QStringLiteral("timeline"))->raise();
        w->dock(QStringLiteral("library"))->raise();
    }, QStringLiteral("reader")});
    steps->push_back({[w] { w->reader()->setShowNoise(true); }, QStringLiteral("reader-hidden-blocks")});
    steps->push_back({[w] {
        w->reader()->setShowNoise(false);
        w->dock(QStringLiteral("annotations"))->raise();
    }, QStringLiteral("annotations")});
    steps->push_back({[w, demo] {
        if (demo->entityId)
            w->openEntity(demo->entityId);
        selectEvidenceTab(w, true);
        w->dock(QStringLiteral("entities"))->raise();
    }, QStringLiteral("entity-evidence")});
    steps->push_back(
        {[w, demo, dialog] {
             auto *d = new AnnotationDialog(demo->quote, w);
             d->setAttribute(Qt::WA_DeleteOnClose);
             d->setEntityModel(w->entityNames());
             d->setNote(QCoreApplication::translate(
                 "Screenshots", "Example note: this sentence is evidence for the highlighted organisation."));
             d->setTags({QStringLiteral("demo")});
             d->setEntityUid(demo->entityUid);
             d->show();
             *dialog = d;
         },
         QStringLiteral("annotation-dialog"), [dialog] { return *dialog ? (*dialog)->grab() : QPixmap(); }});
    steps->push_back({[w, dialog] {
        if (*dialog)
            (*dialog)->close();
        selectEvidenceTab(w, false);
        w->openEntity(topEntity(w, int(core::EntityType::Meeting)));
        w->dock(QStringLiteral("timeline"))->raise();
        w->dock(QStringLiteral("library"))->raise();
    }, QStringLiteral("timeline")});
    // One year of it, as an analyst zooms in on it: the year in the middle of the range.
    steps->push_back({[w] {
                          TimelineView *view = w->timelinePanel()->view();
                          const auto [first, last] = view->range();
                          const int year = QDate(1970, 1, 1).addDays((first + last) / 2).year();
                          view->zoomToDays(QDate(1970, 1, 1).daysTo(QDate(year, 1, 1)),
                                           QDate(1970, 1, 1).daysTo(QDate(year + 1, 1, 1)));
                      },
                      QStringLiteral("timeline-year")});
    // The graph: the best-connected organization's neighbourhood (typed relations and legend),
    // then with the co-mention layer, then the whole graph's best-connected entities.
    steps->push_back({[w] {
        w->graphPanel()->view()->setHops(1);
        w->graphPanel()->showNeighbourhood(topEntity(w, int(core::EntityType::Organization)));
        w->dock(QStringLiteral("graph"))->raise();
    }, QStringLiteral("graph")});
    steps->push_back({[w] { w->graphPanel()->setCoMentionsShown(true); }, QStringLiteral("graph-comentions")});
    steps->push_back({[w] {
                          w->graphPanel()->setCoMentionsShown(false);
                          w->graphPanel()->showNeighbourhood(0);
                      },
                      {}});
    // Laid out, then fitted beside the legend, as Fit does for a person.
    steps->push_back({[w] {
                          w->graphPanel()->view()->finishLayout();
                          w->graphPanel()->view()->zoomToFit();
                      },
                      QStringLiteral("graph-whole")});
    steps->push_back({[w] { w->showChanges(); }, QStringLiteral("changes")});
    steps->push_back({[w] { w->showReview(); }, QStringLiteral("review")});
    // The search popup over the window, as it is seen: a query with its facets, then filters
    // alone (no query): the meetings the best-connected organization took part in.
    steps->push_back({[w] {
                          w->searchPopup()->popup();
                          w->searchPopup()->queryEdit()->setText(QStringLiteral("반도체"));
                      },
                      QStringLiteral("search"), [w] { return windowWithDialog(w, w->searchPopup()); }});
    steps->push_back(
        {[w] {
             SearchPopup *popup = w->searchPopup();
             popup->queryEdit()->clear();
             popup->typeBox()->setCurrentIndex(popup->typeBox()->findData(int(core::EntityType::Meeting)));
             popup->organizationBox()->setCurrentIndex(
                 std::max(0, popup->organizationBox()->findData(topEntity(w, int(core::EntityType::Organization)))));
         },
         QStringLiteral("search-filters"), [w] { return windowWithDialog(w, w->searchPopup()); }});
    runSteps(w, service, dir, suffix, steps, 0, std::move(done));
}

} // namespace sillok::gui
