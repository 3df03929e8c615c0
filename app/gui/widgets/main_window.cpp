#include "widgets/main_window.h"

#include "models/entity_model.h"
#include "models/entity_name_model.h"
#include "services/display.h"
#include "services/library_service.h"
#include "store/library.h"
#include "widgets/annotations_panel.h"
#include "widgets/changes_panel.h"
#include "widgets/entity_page.h"
#include "widgets/entity_panel.h"
#include "widgets/error_text.h"
#include "widgets/exchange_actions.h"
#include "widgets/graph_panel.h"
#include "widgets/library_panel.h"
#include "widgets/reader_view.h"
#include "widgets/review_panel.h"
#include "widgets/search_popup.h"
#include "widgets/timeline_panel.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QHash>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

namespace sillok::gui {

MainWindow::MainWindow(LibraryService *service, QWidget *parent)
    : QMainWindow(parent), m_service(service), m_undo(new QUndoStack(this)), m_library(new LibraryPanel(service, this)),
      m_entities(new EntityPanel(service, this)), m_reader(new ReaderView(service, m_undo, this)),
      m_entityPage(new EntityPage(service, m_undo, this)), m_timeline(new TimelinePanel(service, this)),
      m_graph(new GraphPanel(service, this)), m_annotations(new AnnotationsPanel(service, this)),
      m_changes(new ChangesPanel(service, this)), m_review(new ReviewPanel(service, this)),
      m_search(new SearchPopup(service, this)), m_exchange(new ExchangeActions(service, this)),
      m_errorDetails(new QToolButton(this)), m_reextract(new QToolButton(this)),
      m_names(new EntityNameModel(service, this))
{
    setWindowTitle(tr("Sillok"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setCentralWidget(m_reader);
    createDocks();

    auto report = [this](const QString &message, const QString &detail) { showError(message, detail); };
    connect(m_library, &LibraryPanel::articleActivated, this, [this](qint64 id) { openArticle(id); });
    m_reader->setEntityModel(m_names);
    m_annotations->setUndoStack(m_undo);
    m_annotations->setEntityModel(m_names);
    connect(m_library, &LibraryPanel::loaded, this, [this] {
        if (m_restoreArticle && !m_reader->articleId())
            openArticle(std::exchange(m_restoreArticle, 0));
    });
    connect(service, &LibraryService::changed, this, [this](int c) {
        if (c & (LibraryService::Entities | LibraryService::Articles | LibraryService::Annotations))
            refreshAnnotated();
    });
    connect(m_entityPage, &EntityPage::loaded, this, [this] {
        if (m_entityPage->entityId())
            m_entities->selectEntity(m_entityPage->entityId());
    });
    connect(m_entities, &EntityPanel::entityActivated, this, &MainWindow::openEntity);
    connect(m_reader, &ReaderView::entityActivated, this, &MainWindow::openEntity);
    connect(m_reader, &ReaderView::errorOccurred, this, report);
    connect(m_reader, &ReaderView::articleShown, this, [this](qint64 id) {
        m_library->selectArticle(id);
        m_annotations->setCurrentArticle(id);
        QSettings().setValue(QStringLiteral("reader/lastArticle"), id);
        saveSettings(); // also kept when the app is killed rather than closed
    });
    connect(m_entityPage, &EntityPage::entityActivated, this, &MainWindow::openEntity);
    connect(m_entityPage, &EntityPage::openArticle, this, &MainWindow::openArticle);
    connect(m_entityPage, &EntityPage::errorOccurred, this, report);
    connect(m_timeline, &TimelinePanel::entityActivated, this, &MainWindow::openEntity);
    connect(m_timeline, &TimelinePanel::errorOccurred, this, report);
    connect(m_timeline, &TimelinePanel::articleActivated, this, [this](qint64 id) { openArticle(id); });
    connect(m_timeline, &TimelinePanel::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 10000); });
    connect(m_graph, &GraphPanel::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 10000); });
    connect(m_graph, &GraphPanel::entityActivated, this, &MainWindow::openEntity);
    connect(m_graph, &GraphPanel::errorOccurred, this, report);
    connect(m_annotations, &AnnotationsPanel::openArticle, this, &MainWindow::openArticle);
    connect(m_annotations, &AnnotationsPanel::errorOccurred, this, report);
    connect(m_changes, &ChangesPanel::entityActivated, this, &MainWindow::openEntity);
    connect(m_changes, &ChangesPanel::openArticle, this, &MainWindow::openArticle);
    connect(m_changes, &ChangesPanel::errorOccurred, this, report);
    connect(m_review, &ReviewPanel::entityActivated, this, &MainWindow::openEntity);
    connect(m_review, &ReviewPanel::openArticle, this, &MainWindow::openArticle);
    connect(m_review, &ReviewPanel::errorOccurred, this, report);
    connect(m_exchange, &ExchangeActions::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 10000); });
    connect(m_search, &SearchPopup::entityChosen, this, &MainWindow::openEntity);
    connect(m_search, &SearchPopup::articleChosen, this, [this](qint64 id) { openArticle(id); });

    createStatusBar();
    m_undoIndex = m_undo->index();
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::showUndone);
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message != m_errorMessage)
            m_errorDetails->hide();
    });

    createActions();
    restoreSettings();
    statusBar()->showMessage(tr("Database: %1").arg(service->databasePath()));
    refreshAll();
    checkExtractorVersion();
}

void MainWindow::createDocks()
{
    // The side docks run the full height (the entity page needs it); the timeline and graph
    // take the width between the library and the entity page, under the reader.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    QDockWidget *library = addPanel(tr("Library"), QStringLiteral("library"), m_library, Qt::LeftDockWidgetArea);
    QDockWidget *entities = addPanel(tr("Entities"), QStringLiteral("entities"), m_entities, Qt::LeftDockWidgetArea);
    tabifyDockWidget(library, entities);
    library->raise();
    // Tabbed docks stay "visible" widgets; this signal says which tab is on screen.
    connect(library, &QDockWidget::visibilityChanged, this, [this](bool shown) { m_libraryInView = shown; });
    QDockWidget *page = addPanel(tr("Entity"), QStringLiteral("entity"), m_entityPage, Qt::RightDockWidgetArea);
    QDockWidget *notes =
        addPanel(tr("Annotations"), QStringLiteral("annotations"), m_annotations, Qt::RightDockWidgetArea);
    tabifyDockWidget(page, notes);
    QDockWidget *brought =
        addPanel(tr("What this import brought"), QStringLiteral("changes"), m_changes, Qt::RightDockWidgetArea);
    QDockWidget *review = addPanel(tr("Review"), QStringLiteral("review"), m_review, Qt::RightDockWidgetArea);
    tabifyDockWidget(notes, brought);
    tabifyDockWidget(brought, review);
    page->raise();
    QDockWidget *timeline = addPanel(tr("Timeline"), QStringLiteral("timeline"), m_timeline, Qt::BottomDockWidgetArea);
    QDockWidget *graph = addPanel(tr("Graph"), QStringLiteral("graph"), m_graph, Qt::BottomDockWidgetArea);
    tabifyDockWidget(timeline, graph);
    timeline->raise();
}

// The status bar's Details button (an error's technical reason) and Re-extract offer.
void MainWindow::createStatusBar()
{
    m_errorDetails->setObjectName(QStringLiteral("errorDetails"));
    m_errorDetails->setText(tr("Details…"));
    m_errorDetails->setAutoRaise(true);
    m_errorDetails->hide();
    statusBar()->addPermanentWidget(m_errorDetails);
    connect(m_errorDetails, &QToolButton::clicked, this,
            [this] { openErrorBox(this, tr("Sillok"), m_errorMessage, m_errorDetail); });
    m_reextract->setObjectName(QStringLiteral("reextract"));
    m_reextract->setText(tr("Re-extract now"));
    m_reextract->setToolTip(tr("This library was extracted by an earlier version of Sillok. Re-extracting finds "
                               "what this version finds; your corrections and highlights are kept. It runs in "
                               "the background."));
    m_reextract->hide();
    statusBar()->addPermanentWidget(m_reextract);
    connect(m_reextract, &QToolButton::clicked, this, [this] { reextract(); });
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addPanel(const QString &title, const QString &name, QWidget *panel, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(panel);
    addDockWidget(area, dock);
    return dock;
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    return findChild<QDockWidget *>(objectName);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First run: the whole screen (and a sensible size when the window is restored).
        resize(1500, 920);
        setWindowState(windowState() | Qt::WindowMaximized);
        m_firstRun = true;
    }
    // Dock sizes are restored at the first show: before it, the window has no final size yet
    // and restoreState() would scale the docks to a provisional one.
    m_savedState = s.value(QStringLiteral("window/state")).toByteArray();
    m_restoreArticle = s.value(QStringLiteral("reader/lastArticle")).toLongLong();
}

void MainWindow::saveSettings()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::applyDefaultLayout()
{
    // Library a fifth of the width, the entity page (full height) about a third, the reader the
    // rest; the timeline/graph half the height under the reader: at 1600×1000 that is six lanes
    // and more (two fifths showed three and a half), and the reader keeps ~20 lines.
    resizeDocks({dock(QStringLiteral("library")), dock(QStringLiteral("entity"))}, {width() / 5, width() * 33 / 100},
                Qt::Horizontal);
    resizeDocks({dock(QStringLiteral("timeline"))}, {std::max(320, height() / 2)}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!std::exchange(m_firstShow, false))
        return;
    if (!restoreState(m_savedState)) {
        applyDefaultLayout();
        // A maximized first window may get its final size after this event: lay out again then.
        if (m_firstRun) {
            const QSize shown = size();
            QTimer::singleShot(0, this, [this, shown] {
                if (size() != shown)
                    applyDefaultLayout();
            });
        }
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::refreshAll()
{
    // The Query lane is one FIFO: the library's first page goes first, then (once it answered)
    // the article to restore, then the views that read the whole graph (timeline, graph), so
    // the window is usable before they arrive, and last the import's changes and the review
    // queue (at 100,000 articles they take seconds; the timeline and graph a few tenths). The
    // Entities list's first window runs on the Bulk lane, so both lists fill at once.
    m_library->refresh();
    m_entities->refresh();
    auto started = std::make_shared<bool>(false);
    auto views = [this, started] {
        if (std::exchange(*started, true))
            return;
        refreshAnnotated();
        m_annotations->refresh();
        m_timeline->refresh();
        m_graph->showNeighbourhood(0);
        m_changes->refresh();
        m_review->refresh();
    };
    // Queued: after the restored article (LibraryPanel::loaded, connected earlier) is requested.
    connect(m_library, &LibraryPanel::answered, this, views, Qt::SingleShotConnection);
}

void MainWindow::showChanges()
{
    if (QDockWidget *d = dock(QStringLiteral("changes"))) {
        d->show();
        d->raise();
    }
    m_changes->tree()->setFocus();
}

void MainWindow::showReview()
{
    if (QDockWidget *d = dock(QStringLiteral("review"))) {
        d->show();
        d->raise();
    }
    m_review->tree()->setFocus();
}

void MainWindow::refreshAnnotated()
{
    // Only what the annotation lists name, read from one pass over the annotations: the titles
    // of the articles they are on and the names of the entities they link to (completion asks
    // the library for what is typed).
    struct Annotated {
        std::vector<std::pair<std::int64_t, std::string>> titles;
        std::vector<std::pair<std::string, std::string>> names;
    };
    m_service->run(
        this,
        [](core::Library &lib) -> core::Result<Annotated> {
            auto all = lib.annotations();
            if (!all)
                return std::unexpected(all.error());
            std::vector<std::int64_t> ids;
            std::vector<std::string> uids;
            for (const auto &a : *all) {
                if (a.articleId && std::find(ids.begin(), ids.end(), a.articleId) == ids.end())
                    ids.push_back(a.articleId);
                if (!a.entityUid.empty())
                    uids.push_back(a.entityUid);
            }
            auto titles = lib.articleTitles(ids);
            if (!titles)
                return std::unexpected(titles.error());
            auto names = lib.entityNamesOf(uids);
            if (!names)
                return std::unexpected(names.error());
            return Annotated{std::move(*titles), std::move(*names)};
        },
        [this](core::Result<Annotated> r) {
            if (!r)
                return;
            QHash<qint64, QString> titles;
            for (const auto &[id, title] : r->titles)
                titles.insert(id, toQ(title));
            m_annotations->setArticleTitles(titles);
            m_entityPage->setArticleTitles(titles);
            QHash<QString, QString> names;
            for (const auto &[uid, name] : r->names)
                names.insert(toQ(uid), toQ(name));
            m_names->setKnownNames(names);
            m_annotations->setEntityNames(names);
        });
}

void MainWindow::showError(const QString &message, const QString &detail)
{
    m_errorMessage = message;
    m_errorDetail = detail;
    statusBar()->showMessage(message, 10000);
    m_errorDetails->setToolTip(detail);
    m_errorDetails->setVisible(!detail.isEmpty());
}

} // namespace sillok::gui
