// Rendering cost of the Timeline and Graph views (app/views) with thousands of generated
// items, on Qt's offscreen platform. Prints numbers, never pass/fail.
//
// Each case runs in its own child process (fork before any Qt object exists), so its RSS
// figures are its own. Per case:
//   timeline N : setItems (scene build + lane packing + fit), the viewport rendered into a
//                QImage (first frame, then the median of --frames), the whole widget, zoom
//                steps (re-layout, then a frame), pan steps at 8x the fitted zoom (scroll +
//                frame), regrouping by organization, a kind filter, SVG export;
//   graph N    : setGraph (items + initial ring layout), one ForceLayout iteration (the work
//                of one animation tick for graphs over 200 nodes), finishLayout, the animated
//                settle time through the event loop, frames, zoom and pan steps, a type filter.
// Usage: views_bench [--timeline 1000,5000,20000] [--graph 500,2000] [--frames 20]
//                    [--size 1280x720]
// Data is synthetic (generic names, fixed seed): no article content.

#include "graph_canvas.h"
#include "graph_layout.h"
#include "graph_view.h"
#include "model/records.h"
#include "timeline_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QGraphicsView>
#include <QImage>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace sillok;

namespace {

struct Options {
    std::vector<int> timelineSizes{1000, 5000, 20000};
    std::vector<int> graphSizes{500, 2000};
    int frames = 20;
    QSize viewSize{1280, 720};
};

// Resident set size and its peak, in MiB (from /proc/self/status).
std::pair<double, double> rssMiB()
{
    std::ifstream in("/proc/self/status");
    std::string line;
    double rss = 0, peak = 0;
    while (std::getline(in, line)) {
        if (line.starts_with("VmRSS:"))
            rss = std::atof(line.c_str() + 6) / 1024.0;
        else if (line.starts_with("VmHWM:"))
            peak = std::atof(line.c_str() + 6) / 1024.0;
    }
    return {rss, peak};
}

double timeMs(const std::function<void()> &fn)
{
    QElapsedTimer timer;
    timer.start();
    fn();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void printStats(const char *what, std::vector<double> ms)
{
    if (ms.empty())
        return;
    std::ranges::sort(ms);
    std::printf("  %-44s median %8.2f ms   min %8.2f   max %8.2f   (n=%zu)\n", what, ms[ms.size() / 2], ms.front(),
                ms.back(), ms.size());
}

void printOne(const char *what, double ms) { std::printf("  %-44s %8.2f ms\n", what, ms); }

void printMemory(const char *what, double baseline)
{
    const auto [rss, peak] = rssMiB();
    std::printf("  %-44s RSS %7.1f MiB (+%.1f over the empty view)   peak %7.1f MiB\n", what, rss, rss - baseline, peak);
}

// Renders the widget (for a QGraphicsView's viewport: background, items, sticky overlays)
// into an ARGB32 image, as a repaint would.
double frameMs(QWidget *widget)
{
    QImage image(widget->size(), QImage::Format_ARGB32_Premultiplied);
    return timeMs([&] { widget->render(&image); });
}

// Items over ten years in 40 initiative lanes and 25 organizations; 60 % day, 30 % month,
// 10 % year precision; a fifth of the day items are 2-5 day ranges.
std::vector<core::TimelineItem> timelineItems(int count)
{
    std::mt19937 random(7);
    std::vector<core::TimelineItem> out;
    out.reserve(static_cast<std::size_t>(count));
    const char *meetingKinds[] = {"meeting", "conference", "forum", "exhibition"};
    const char *initiativeKinds[] = {"policy", "project", "program", "fund"};
    for (int i = 0; i < count; ++i) {
        const int year = 2015 + static_cast<int>(random() % 10);
        const int month = 1 + static_cast<int>(random() % 12);
        const int day = 1 + static_cast<int>(random() % 28);
        const int precision = static_cast<int>(random() % 10);
        core::TimelineItem t;
        t.entityId = i + 1;
        t.type = random() % 3 ? core::EntityType::Meeting : core::EntityType::Initiative;
        const bool meeting = t.type == core::EntityType::Meeting;
        t.name = (meeting ? "테스트 회의 " : "시험 사업 ") + std::to_string(i + 1);
        t.kind = meeting ? meetingKinds[random() % 4] : initiativeKinds[random() % 4];
        t.start = precision < 6   ? core::PartialDate::ofDay(year, month, day)
                  : precision < 9 ? core::PartialDate::ofMonth(year, month)
                                  : core::PartialDate::ofYear(year);
        t.end = t.start;
        if (precision < 6 && random() % 5 == 0)
            t.end = core::civilFromDays(core::daysFromCivil(year, month, day) + 1 + static_cast<long>(random() % 4));
        t.dateText = t.start.toString();
        t.initiatives.push_back("시험 사업군 " + std::to_string(random() % 40));
        if (random() % 4 == 0)
            t.initiatives.push_back("시험 사업군 " + std::to_string(random() % 40));
        t.organizations.push_back("시험 기관 " + std::to_string(random() % 25));
        out.push_back(std::move(t));
    }
    return out;
}

// A two-hop neighbourhood: node 1 is the centre, a tenth of the nodes are its neighbours,
// every other node hangs off one of them, plus n/2 random cross edges.
core::Graph graphData(int count)
{
    std::mt19937 random(11);
    core::Graph g;
    const char *predicates[] = {"organizer", "participant", "owner", "role", "part_of", "discussed", "member_of"};
    for (int i = 0; i < count; ++i) {
        const int r = static_cast<int>(random() % 10);
        const auto type = r < 4 ? core::EntityType::Organization
                          : r < 6 ? core::EntityType::Person
                          : r < 8 ? core::EntityType::Initiative
                                  : core::EntityType::Meeting;
        g.nodes.push_back({i + 1, type, "시험 개체 " + std::to_string(i + 1), 1 + static_cast<int>(random() % 50)});
    }
    const int ring = std::max(1, count / 10);
    std::int64_t fact = 1;
    const auto edge = [&](std::int64_t a, std::int64_t b) {
        g.edges.push_back({a, b, predicates[random() % 7], fact++});
    };
    for (int i = 2; i <= ring + 1 && i <= count; ++i)
        edge(1, i);
    for (int i = ring + 2; i <= count; ++i)
        edge(2 + static_cast<int>(random() % static_cast<unsigned>(ring)), i);
    for (int k = 0; k < count / 2; ++k)
        edge(1 + static_cast<int>(random() % static_cast<unsigned>(count)),
             1 + static_cast<int>(random() % static_cast<unsigned>(count)));
    return g;
}

void runTimeline(int count, const Options &o)
{
    gui::TimelineView view;
    view.resize(o.viewSize);
    view.show();
    QApplication::processEvents();
    const double baseline = rssMiB().first;
    auto items = timelineItems(count);
    QWidget *viewport = view.graphicsView()->viewport();

    printOne("setItems (build + pack lanes + fit)", timeMs([&] { view.setItems(std::move(items)); }));
    QApplication::processEvents();
    std::printf("  %-44s %d lanes, %d item graphics\n", "shown", static_cast<int>(view.laneTitles().size()),
                view.shownItemCount());
    printMemory("after setItems", baseline);
    printOne("first frame (viewport -> QImage)", frameMs(viewport));
    std::vector<double> frames, widget, zoomLayout, zoomFrame, pan;
    for (int i = 0; i < o.frames; ++i)
        frames.push_back(frameMs(viewport));
    printStats("frame at fitted zoom (viewport)", frames);
    for (int i = 0; i < std::max(3, o.frames / 4); ++i)
        widget.push_back(frameMs(&view));
    printStats("frame, whole widget (toolbar, legend)", widget);

    for (int i = 0; i < 6; ++i) {
        zoomLayout.push_back(timeMs([&] { view.zoomIn(); }));
        zoomFrame.push_back(frameMs(viewport));
    }
    for (int i = 0; i < 6; ++i) {
        zoomLayout.push_back(timeMs([&] { view.zoomOut(); }));
        zoomFrame.push_back(frameMs(viewport));
    }
    printStats("zoom step x1.5 (re-layout only)", zoomLayout);
    printStats("frame after a zoom step", zoomFrame);

    view.zoomToFit();
    view.setPixelsPerDay(view.pixelsPerDay() * 8);
    QScrollBar *bar = view.graphicsView()->horizontalScrollBar();
    for (int i = 0; i < o.frames; ++i) {
        pan.push_back(timeMs([&] {
            const int next = bar->value() + viewport->width() / 3;
            bar->setValue(next > bar->maximum() ? bar->minimum() : next);
            QImage image(viewport->size(), QImage::Format_ARGB32_Premultiplied);
            viewport->render(&image);
        }));
    }
    printStats("pan 1/3 view at 8x fit (scroll + frame)", pan);

    printOne("regroup by organization (rebuild)",
             timeMs([&] { view.setGrouping(gui::TimelineView::Grouping::ByOrganization); }));
    printOne("frame after regrouping", frameMs(viewport));
    printOne("kind filter 'meeting' (rebuild)", timeMs([&] { view.setKindFilter({QStringLiteral("meeting")}); }));
    printOne("clear filter (rebuild)", timeMs([&] { view.setKindFilter({}); }));
    view.setGrouping(gui::TimelineView::Grouping::ByInitiative);
    view.zoomToFit();
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("timeline.svg"));
    bool ok = false;
    const double svgMs = timeMs([&] { ok = view.exportSvg(svg); });
    std::printf("  %-44s %8.2f ms   %s, %.1f MiB\n", "SVG export, whole timeline at fitted zoom", svgMs,
                ok ? "written" : "FAILED", static_cast<double>(QFileInfo(svg).size()) / (1024.0 * 1024.0));
    printMemory("at the end", baseline);
}

void runGraph(int count, const Options &o)
{
    gui::GraphView view;
    view.resize(o.viewSize);
    view.show();
    QApplication::processEvents();
    const double baseline = rssMiB().first;
    const core::Graph data = graphData(count);
    std::printf("  %-44s %zu nodes, %zu edges\n", "generated", data.nodes.size(), data.edges.size());

    {
        // One layout iteration on the same graph: the GUI-thread work of one animation tick
        // (GraphView runs one iteration per 16 ms tick above 200 nodes, four below).
        std::vector<std::pair<int, int>> pairs;
        for (const auto &e : data.edges)
            pairs.emplace_back(static_cast<int>(e.from - 1), static_cast<int>(e.to - 1));
        gui::graph::ForceLayout layout(count, std::move(pairs), 0);
        std::vector<double> steps;
        for (int i = 0; i < 10; ++i)
            steps.push_back(timeMs([&] { layout.step(); }));
        printStats("ForceLayout::step (one iteration)", steps);
        std::printf("  %-44s %d\n", "iterations per layout", layout.iterations());
    }

    printOne("setGraph (items + ring start), animated",
             timeMs([&] { view.setGraph(data, 1); }));
    QElapsedTimer settle;
    settle.start();
    {
        // Let the view's own 16 ms timer drive the layout, as on screen; poll for the end.
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (!view.isLayoutRunning() || settle.elapsed() > 120000)
                loop.quit();
        });
        poll.start(5);
        loop.exec();
    }
    std::printf("  %-44s %8.2f ms%s\n", "animated layout until settled (event loop)",
                static_cast<double>(settle.nsecsElapsed()) / 1e6, view.isLayoutRunning() ? " (stopped at 120 s)" : "");
    printMemory("after the animated layout", baseline);

    printOne("setGraph again", timeMs([&] { view.setGraph(data, 1); }));
    printOne("finishLayout (all iterations at once)", timeMs([&] { view.finishLayout(); }));
    QApplication::processEvents();
    QWidget *viewport = view.graphicsView()->viewport();
    printOne("first frame (viewport -> QImage)", frameMs(viewport));
    std::vector<double> frames, zoom, pan;
    for (int i = 0; i < o.frames; ++i)
        frames.push_back(frameMs(viewport));
    printStats("frame at fitted zoom", frames);
    if (auto *canvas = qobject_cast<gui::graph::GraphCanvas *>(view.graphicsView())) {
        std::vector<double> place;
        std::size_t labels = 0;
        for (int i = 0; i < o.frames; ++i)
            place.push_back(timeMs([&] { labels = canvas->placeNodeLabels().size(); }));
        printStats("  of which: label placement", place);
        std::printf("  labels placed at fitted zoom                 %zu of %d nodes\n", labels, view.visibleNodeCount());
    }
    for (int i = 0; i < 5; ++i)
        zoom.push_back(timeMs([&] { view.zoomIn(); }) + frameMs(viewport));
    for (int i = 0; i < 5; ++i)
        zoom.push_back(timeMs([&] { view.zoomOut(); }) + frameMs(viewport));
    printStats("zoom step x1.25 (transform + frame)", zoom);
    view.zoomIn();
    view.zoomIn();
    view.zoomIn();
    QScrollBar *h = view.graphicsView()->horizontalScrollBar();
    QScrollBar *v = view.graphicsView()->verticalScrollBar();
    for (int i = 0; i < o.frames; ++i)
        pan.push_back(timeMs([&] {
            h->setValue(h->value() + (i % 8 < 4 ? 1 : -1) * viewport->width() / 4);
            v->setValue(v->value() + (i % 4 < 2 ? 1 : -1) * viewport->height() / 4);
            QImage image(viewport->size(), QImage::Format_ARGB32_Premultiplied);
            viewport->render(&image);
        }));
    printStats("pan 1/4 view at 1.95x fit (scroll + frame)", pan);
    view.zoomToFit();
    printOne("type filter: organizations + people", timeMs([&] { view.setTypeFilter({0, 1}); }));
    printOne("frame with the filter", frameMs(viewport));
    view.setTypeFilter({0, 1, 2, 3});
    printMemory("at the end", baseline);
}

std::vector<int> parseList(const char *text)
{
    std::vector<int> out;
    for (const char *p = text; *p;) {
        char *end = nullptr;
        const long v = std::strtol(p, &end, 10);
        if (end == p)
            break;
        if (v > 0)
            out.push_back(static_cast<int>(v));
        p = *end == ',' ? end + 1 : end;
    }
    return out;
}

// Runs one case in a fresh process so that its memory figures are its own.
int runCase(int argc, char **argv, bool timeline, int count, const Options &o)
{
    std::fflush(stdout);
    const pid_t pid = fork();
    if (pid < 0)
        return 1;
    if (pid == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
            qputenv("QT_LOGGING_RULES", "qt.qpa.*=false");
        std::printf("%s: %d %s, view %dx%d\n", timeline ? "timeline" : "graph", count, timeline ? "items" : "nodes",
                    o.viewSize.width(), o.viewSize.height());
        {
            QApplication app(argc, argv);
            const auto [rss, peak] = rssMiB();
            std::printf("  %-44s RSS %7.1f MiB   peak %7.1f MiB\n", "QApplication only", rss, peak);
            if (timeline)
                runTimeline(count, o);
            else
                runGraph(count, o);
        }
        std::fflush(stdout);
        _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    std::printf("\n");
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

} // namespace

int main(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--timeline" && i + 1 < argc)
            o.timelineSizes = parseList(argv[++i]);
        else if (a == "--graph" && i + 1 < argc)
            o.graphSizes = parseList(argv[++i]);
        else if (a == "--frames" && i + 1 < argc)
            o.frames = std::max(1, std::atoi(argv[++i]));
        else if (a == "--size" && i + 1 < argc) {
            int w = 0, h = 0;
            if (std::sscanf(argv[++i], "%dx%d", &w, &h) == 2 && w > 0 && h > 0)
                o.viewSize = QSize(w, h);
        } else {
            std::fprintf(stderr, "usage: views_bench [--timeline N,N...] [--graph N,N...] [--frames N] [--size WxH]\n");
            return 2;
        }
    }
    int failures = 0;
    for (int n : o.timelineSizes)
        failures += runCase(argc, argv, true, n, o) != 0;
    for (int n : o.graphSizes)
        failures += runCase(argc, argv, false, n, o) != 0;
    return failures == 0 ? 0 : 1;
}
