// gui_bench: the Sillok main window against an existing library, on the offscreen platform unless
// QT_QPA_PLATFORM says otherwise. Prints, in milliseconds from the start of the process:
//   - the window built, its first paint, and "interactive" (the first page of the library list
//     shown; every view answers from then on);
//   - for each view (library, entities, timeline, graph, annotations) when its data arrived and
//     when it was first painted with it;
//   - the longest stall of the GUI thread during start-up (a 5 ms timer's largest gap);
//   - the Entities list's reads in the core (Library::entityWindow, and the whole list);
//   - the entity page of the organization with the most articles (or --entity ID): open to
//     loaded and painted, through the GUI, and the core's Library::entityPage alone (median).
// Usage: gui_bench DATABASE [--entity ID] [--runs N]
// Build a library first, e.g.: gen_corpus.py 5000 DIR && sillok-cli --db DB import DIR

#include "allocator.h"
#include "services/library_service.h"
#include "store/library.h"
#include "widgets/annotations_panel.h"
#include "widgets/entity_page.h"
#include "widgets/entity_panel.h"
#include "widgets/graph_panel.h"
#include "widgets/library_panel.h"
#include "widgets/main_window.h"
#include "widgets/timeline_panel.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <deque>
#include <map>
#include <string>
#include <vector>

using namespace sillok;

namespace {

QElapsedTimer g_clock;

double now()
{
    return g_clock.nsecsElapsed() / 1e6;
}

// Records the first paint of a widget after `armed` is set.
class PaintWatch : public QObject {
public:
    double armedAt = -1;
    double paintedAt = -1;
    void arm()
    {
        if (armedAt < 0)
            armedAt = now();
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && armedAt >= 0 && paintedAt < 0)
            paintedAt = now();
        return false;
    }
};

// Runs the event loop until `done` or `timeoutMs`.
template <class Pred>
bool spin(Pred done, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

void watch(QWidget *widget, PaintWatch *w)
{
    widget->installEventFilter(w);
    for (QWidget *child : widget->findChildren<QWidget *>())
        child->installEventFilter(w);
}

} // namespace

int main(int argc, char **argv)
{
    g_clock.start();
    sillok::app::returnFreedMemoryPromptly(); // as the application does (app/gui/main.cpp)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QString database;
    qint64 entity = 0;
    int runs = 5;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--entity" && i + 1 < argc)
            entity = std::stoll(argv[++i]);
        else if (a == "--runs" && i + 1 < argc)
            runs = std::max(1, std::stoi(argv[++i]));
        else
            database = QString::fromLocal8Bit(argv[i]);
    }
    if (database.isEmpty() || !QFileInfo::exists(database)) {
        std::fprintf(stderr, "usage: gui_bench DATABASE [--entity ID] [--runs N]\n");
        return 2;
    }
    QApplication app(argc, argv);
    // Settings in a temporary folder: the first-run layout, and the user's settings untouched.
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    const double appReady = now();

    // Largest gap between 5 ms ticks: how long the GUI thread could not answer.
    double lastTick = now(), worstStall = 0;
    bool measuringStalls = true;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const double t = now();
        if (measuringStalls)
            worstStall = std::max(worstStall, t - lastTick - 5);
        lastTick = t;
    });
    ticker.start();

    gui::LibraryService service(database);
    gui::MainWindow window(&service);
    window.setWindowState(Qt::WindowNoState);
    window.resize(1600, 1000);
    const double built = now();

    struct View {
        View(const char *n, QWidget *w) : name(n), widget(w) {}
        const char *name;
        QWidget *widget;
        double loadedAt = -1;
        PaintWatch paint;
    };
    std::deque<View> views; // never moved: PaintWatch is a QObject
    views.emplace_back("library", window.libraryPanel());
    views.emplace_back("entities", window.entityPanel());
    views.emplace_back("timeline", window.timelinePanel());
    views.emplace_back("graph", window.graphPanel());
    views.emplace_back("annotations", window.annotationsPanel());
    for (View &v : views)
        watch(v.widget, &v.paint);
    auto loaded = [&](std::size_t i) {
        return [&views, i] {
            if (views[i].loadedAt < 0) {
                views[i].loadedAt = now();
                views[i].paint.arm();
                views[i].widget->update();
            }
        };
    };
    QObject::connect(window.libraryPanel(), &gui::LibraryPanel::loaded, loaded(0));
    QObject::connect(window.entityPanel(), &gui::EntityPanel::loaded, loaded(1));
    QObject::connect(window.timelinePanel(), &gui::TimelinePanel::loaded, loaded(2));
    QObject::connect(window.graphPanel(), &gui::GraphPanel::loaded, loaded(3));
    QObject::connect(window.annotationsPanel(), &gui::AnnotationsPanel::loaded, loaded(4));
    PaintWatch windowPaint;
    windowPaint.arm();
    window.installEventFilter(&windowPaint);
    window.show();
    // The timeline and graph share a dock area (tabs): each view is painted once raised.
    if (!spin([&] { return views[0].paint.paintedAt >= 0; })) {
        std::fprintf(stderr, "the library list never showed\n");
        return 1;
    }
    const double interactive = views[0].paint.paintedAt;
    spin([&] { return std::all_of(views.begin(), views.end(), [](const View &v) { return v.loadedAt >= 0; }); });
    window.dock(QStringLiteral("entities"))->raise();
    window.dock(QStringLiteral("graph"))->raise();
    spin([&] { return views[1].paint.paintedAt >= 0 && views[3].paint.paintedAt >= 0; }, 20000);
    window.dock(QStringLiteral("timeline"))->raise();
    window.dock(QStringLiteral("annotations"))->raise();
    spin([&] { return views[2].paint.paintedAt >= 0 && views[4].paint.paintedAt >= 0; }, 20000);
    measuringStalls = false;

    auto library = core::Library::open(database.toStdString());
    if (!library) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(database));
        return 1;
    }
    auto count = (*library)->articleCount();
    if (entity == 0) {
        // The organization with the most articles (chosen outside every timing).
        core::EntityFilter filter;
        filter.type = core::EntityType::Organization;
        auto all = (*library)->entities(filter);
        int best = -1;
        if (all)
            for (const auto &e : *all)
                if (e.articleCount > best) {
                    best = e.articleCount;
                    entity = e.id;
                }
    }
    auto summary = (*library)->entity(entity);

    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QString load =
        loadavg.open(QIODevice::ReadOnly) ? QString::fromLatin1(loadavg.readAll()).section(u' ', 0, 2) : QString();
    std::printf("gui_bench: %s, %d articles, Qt platform %s, load %s\n", qPrintable(database), count ? *count : -1,
                qPrintable(QGuiApplication::platformName()), qPrintable(load));
    std::printf("cold start (ms from process start)\n");
    std::printf("  QApplication ready       %8.1f\n", appReady);
    std::printf("  main window built        %8.1f\n", built);
    std::printf("  window first paint       %8.1f\n", windowPaint.paintedAt);
    std::printf("  interactive (list shown) %8.1f\n", interactive);
    std::printf("  longest GUI-thread stall %8.1f  (during start-up, all views loading)\n", worstStall);
    std::printf("first paint of each view with its data (ms from process start)\n");
    for (const View &v : views)
        std::printf("  %-12s data %8.1f   painted %8.1f\n", v.name, v.loadedAt, v.paint.paintedAt);

    // The Entities list's reads in the core alone (median of --runs; wall and this thread's CPU):
    // the windows the panel asks for, next to the whole list it used to read.
    std::printf("entities list: Library::entityWindow (200 rows) and the whole list, %d runs\n", runs);
    const auto cpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    };
    const auto timedList = [&](const char *what, auto fn) {
        std::vector<double> wall, cpu;
        for (int r = 0; r < runs; ++r) {
            const double t0 = now(), c0 = cpuMs();
            fn();
            wall.push_back(now() - t0);
            cpu.push_back(cpuMs() - c0);
        }
        std::ranges::sort(wall);
        std::ranges::sort(cpu);
        std::printf("  %-40s median %7.1f ms wall %7.1f ms CPU\n", what, wall[wall.size() / 2], cpu[cpu.size() / 2]);
    };
    core::EntityWindow byArticles;
    timedList("first window, most articles first", [&] { (void)(*library)->entityWindow(byArticles); });
    core::EntityWindow byName = byArticles;
    byName.order = core::EntityOrder::Name;
    byName.descending = false;
    timedList("first window, by name", [&] { (void)(*library)->entityWindow(byName); });
    core::EntityWindow deeper = byArticles;
    deeper.offset = 2000;
    timedList("eleventh window (rows 2000-2199)", [&] { (void)(*library)->entityWindow(deeper); });
    core::EntityWindow typed = byArticles;
    typed.filter.text = "반도체";
    timedList("first window, filter text \"반도체\"", [&] { (void)(*library)->entityWindow(typed); });
    timedList("Library::entities() (every entity)", [&] { (void)(*library)->entities(); });

    if (summary) {
        std::printf("entity page: %s (id %lld, %d articles, %d mentions), %d runs\n", summary->summary.name.c_str(),
                    static_cast<long long>(entity), summary->summary.articleCount, summary->summary.mentionCount, runs);
        gui::EntityPage *page = window.entityPage();
        PaintWatch pagePaint;
        watch(page, &pagePaint);
        std::vector<double> open, painted, alone, core;
        // `how`: through the window (the page, the graph re-centred, the Entities list following)
        // or the page alone.
        const auto openOnce = [&](bool viaWindow, std::vector<double> &loadedTimes, std::vector<double> *paintTimes) {
            pagePaint.armedAt = pagePaint.paintedAt = -1;
            double loadedAt = -1;
            const auto c = QObject::connect(page, &gui::EntityPage::loaded, [&] {
                if (loadedAt < 0)
                    loadedAt = now();
                pagePaint.arm();
            });
            // Another entity first, so the page really changes (and lets the last layout settle).
            spin([] { return false; }, 300);
            const double t0 = now();
            if (viaWindow)
                window.openEntity(entity);
            else
                page->showEntity(entity);
            spin([&] { return loadedAt >= 0; });
            spin([&] { return pagePaint.paintedAt >= 0; }, 5000);
            QObject::disconnect(c);
            loadedTimes.push_back(loadedAt - t0);
            if (paintTimes)
                paintTimes->push_back((pagePaint.paintedAt >= 0 ? pagePaint.paintedAt : loadedAt) - t0);
        };
        for (int r = 0; r < runs; ++r) {
            openOnce(true, open, &painted);
            openOnce(false, alone, nullptr);
            const double c0 = now();
            auto detail = (*library)->entityPage(entity);
            core.push_back(now() - c0);
            if (!detail)
                std::fprintf(stderr, "entityPage failed: %s\n", detail.error().detail.c_str());
            else if (r == 0)
                std::printf("  facts %zu (first page: %zu mentions, %zu articles)\n", detail->facts.size(),
                            detail->mentions.size(), detail->articles.size());
        }
        const auto median = [](std::vector<double> v) {
            std::ranges::sort(v);
            return v[v.size() / 2];
        };
        const auto worst = [](const std::vector<double> &v) { return *std::ranges::max_element(v); };
        std::printf("  openEntity → page loaded  median %7.1f ms  max %7.1f ms  (page + graph re-centred + list)\n",
                    median(open), worst(open));
        std::printf("  openEntity → page painted median %7.1f ms  max %7.1f ms\n", median(painted), worst(painted));
        std::printf("  EntityPage alone → loaded median %7.1f ms  max %7.1f ms\n", median(alone), worst(alone));
        std::printf("  Library::entityPage     median %7.1f ms  max %7.1f ms\n", median(core), worst(core));
        // What the page's worker call is made of (the core alone, median of the runs).
        const auto timed = [&](const char *what, auto fn) {
            std::vector<double> t;
            for (int r = 0; r < runs; ++r) {
                const double t0 = now();
                fn();
                t.push_back(now() - t0);
            }
            std::printf("    %-34s median %7.1f ms\n", what, median(t));
        };
        core::EntityPageOptions factsOnly;
        factsOnly.mentions = factsOnly.articles = 0;
        timed("entityPage (facts only, every fact)", [&] { (void)(*library)->entityPage(entity, factsOnly); });
        factsOnly.factsPerPredicate = 100; // as the page asks
        timed("entityPage (facts only, 100 a predicate)", [&] { (void)(*library)->entityPage(entity, factsOnly); });
        timed("entityMentions (first 100)", [&] { (void)(*library)->entityMentions(entity, {0, 100}); });
        timed("entityArticles (first 100)", [&] { (void)(*library)->entityArticles(entity, {0, 100}); });
        timed("entityTimeline", [&] { (void)(*library)->entityTimeline(entity); });
        timed("entityAnnotations", [&] { (void)(*library)->entityAnnotations(entity); });
        const double o0 = now();
        auto old = (*library)->entity(entity);
        std::printf("  Library::entity (unpaged, every mention and fact) %7.1f ms\n", now() - o0);
    }
    return 0;
}
