#include "widgets/main_window.h"

#include "models/entity_model.h"
#include "services/library_service.h"
#include "widgets/annotations_panel.h"
#include "widgets/changes_panel.h"
#include "widgets/review_panel.h"
#include "widgets/entity_page.h"
#include "widgets/entity_panel.h"
#include "widgets/error_text.h"
#include "widgets/exchange_actions.h"
#include "widgets/graph_panel.h"
#include "widgets/import_dialog.h"
#include "widgets/library_panel.h"
#include "widgets/reader_view.h"
#include "widgets/search_popup.h"
#include "widgets/settings_dialog.h"
#include "widgets/timeline_panel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

namespace sillok::gui {

MainWindow::MainWindow(LibraryService *service, QWidget *parent)
    : QMainWindow(parent), m_service(service), m_undo(new QUndoStack(this)),
      m_library(new LibraryPanel(service, this)), m_entities(new EntityPanel(service, this)),
      m_reader(new ReaderView(service, m_undo, this)), m_entityPage(new EntityPage(service, m_undo, this)),
      m_timeline(new TimelinePanel(service, this)), m_graph(new GraphPanel(service, this)),
      m_annotations(new AnnotationsPanel(service, this)), m_changes(new ChangesPanel(service, this)),
      m_review(new ReviewPanel(service, this)), m_search(new SearchPopup(service, this)),
      m_exchange(new ExchangeActions(service, this)), m_errorDetails(new QToolButton(this))
{
    setWindowTitle(tr("Sillok"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setCentralWidget(m_reader);
    QDockWidget *library = addPanel(tr("Library"), QStringLiteral("library"), m_library, Qt::LeftDockWidgetArea);
    QDockWidget *entities = addPanel(tr("Entities"), QStringLiteral("entities"), m_entities, Qt::LeftDockWidgetArea);
    tabifyDockWidget(library, entities);
    library->raise();
    QDockWidget *page = addPanel(tr("Entity"), QStringLiteral("entity"), m_entityPage, Qt::RightDockWidgetArea);
    QDockWidget *notes = addPanel(tr("Annotations"), QStringLiteral("annotations"), m_annotations, Qt::RightDockWidgetArea);
    tabifyDockWidget(page, notes);
    QDockWidget *brought = addPanel(tr("What this import brought"), QStringLiteral("changes"), m_changes, Qt::RightDockWidgetArea);
    QDockWidget *review = addPanel(tr("Review"), QStringLiteral("review"), m_review, Qt::RightDockWidgetArea);
    tabifyDockWidget(notes, brought);
    tabifyDockWidget(brought, review);
    page->raise();
    QDockWidget *timeline = addPanel(tr("Timeline"), QStringLiteral("timeline"), m_timeline, Qt::BottomDockWidgetArea);
    QDockWidget *graph = addPanel(tr("Graph"), QStringLiteral("graph"), m_graph, Qt::BottomDockWidgetArea);
    tabifyDockWidget(timeline, graph);
    timeline->raise();

    auto report = [this](const QString &message, const QString &detail) { showError(message, detail); };
    connect(m_library, &LibraryPanel::articleActivated, this, [this](qint64 id) { openArticle(id); });
    m_reader->setEntityModel(m_entities->model());
    m_annotations->setUndoStack(m_undo);
    m_annotations->setEntityModel(m_entities->model());
    connect(m_entities, &EntityPanel::loaded, this,
            [this] { m_annotations->setEntityNames(m_entities->model()->namesByUid()); });
    connect(m_library, &LibraryPanel::loaded, this, [this] {
        m_annotations->setArticleTitles(m_library->titles());
        m_entityPage->setArticleTitles(m_library->titles());
        if (m_restoreArticle && !m_reader->articleId())
            openArticle(std::exchange(m_restoreArticle, 0));
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

    m_errorDetails->setObjectName(QStringLiteral("errorDetails"));
    m_errorDetails->setText(tr("Details…"));
    m_errorDetails->setAutoRaise(true);
    m_errorDetails->hide();
    statusBar()->addPermanentWidget(m_errorDetails);
    connect(m_errorDetails, &QToolButton::clicked, this,
            [this] { openErrorBox(this, tr("Sillok"), m_errorMessage, m_errorDetail); });
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message != m_errorMessage)
            m_errorDetails->hide();
    });

    createActions();
    restoreSettings();
    statusBar()->showMessage(tr("Database: %1").arg(service->databasePath()));
    refreshAll();
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

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importFiles = file->addAction(tr("&Import files…"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import articles"), {},
                                                                tr("Articles (*.txt *.html *.htm);;All files (*)"));
        if (!files.isEmpty())
            importPaths(files);
    });
    importFiles->setShortcut(QKeySequence::Open);
    file->addAction(tr("Import &folder…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder of articles"));
        if (!dir.isEmpty())
            importPaths({dir});
    });
    file->addSeparator();
    m_exchange->addTo(file);
    file->addSeparator();
    file->addAction(tr("&Settings…"), this, [this] { SettingsDialog(this).exec(); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *highlight = edit->addAction(tr("&Highlight selection…"), m_reader, [this] { m_reader->annotateSelection(); });
    highlight->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *search = go->addAction(tr("&Search…"), m_search, &SearchPopup::popup);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *next = go->addAction(tr("&Next article"), this, &MainWindow::nextArticle);
    next->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::CTRL | Qt::Key_BracketRight)});
    QAction *previous = go->addAction(tr("&Previous article"), this, &MainWindow::previousArticle);
    previous->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)});
    go->addSeparator();
    go->addAction(tr("What this &import brought"), this, &MainWindow::showChanges)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    go->addAction(tr("&Review queue"), this, &MainWindow::showReview)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    view->addAction(tr("Show &hidden blocks"), this, [this](bool on) { m_reader->setShowNoise(on); })->setCheckable(true);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Sillok"), this, [this] {
        QMessageBox::about(this, tr("About Sillok"),
                           tr("<b>Sillok (실록)</b><br>A knowledge base over Korean AI-chip industry news: "
                              "articles, entities, timeline, graph and your annotations, in one local file."));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->setMovable(false);
    bar->addAction(importFiles);
    bar->addAction(search);
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addAction(previous);
    bar->addAction(next);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1500, 920);
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
    // Side docks about a quarter of the width each; the timeline/graph area two fifths of the
    // height, so lanes and graph are readable without dragging the splitter first.
    resizeDocks({dock(QStringLiteral("library")), dock(QStringLiteral("entity"))}, {width() / 4, width() * 3 / 10},
                Qt::Horizontal);
    resizeDocks({dock(QStringLiteral("timeline"))}, {std::max(320, height() * 2 / 5)}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!std::exchange(m_firstShow, false))
        return;
    if (!restoreState(m_savedState))
        applyDefaultLayout();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::refreshAll()
{
    m_library->refresh();
    m_entities->refresh();
    m_timeline->refresh();
    m_annotations->refresh();
    m_changes->refresh();
    m_review->refresh();
    m_graph->showNeighbourhood(0);
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

ImportDialog *MainWindow::importPaths(const QStringList &paths)
{
    auto *dialog = new ImportDialog(m_service, paths, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, [this] {
        statusBar()->showMessage(tr("Import finished."), 5000);
        if (QDockWidget *d = dock(QStringLiteral("changes")))
            d->raise(); // what it brought, without taking the focus
    });
    dialog->show();
    dialog->start();
    return dialog;
}

void MainWindow::openArticle(qint64 id, int sentenceStart, int sentenceEnd)
{
    if (id <= 0)
        return;
    m_reader->showArticle(id, sentenceStart, sentenceEnd);
}

void MainWindow::openEntity(qint64 id)
{
    if (id <= 0)
        return;
    m_entityPage->showEntity(id);
    if (QDockWidget *d = dock(QStringLiteral("entity"))) {
        d->show();
        d->raise();
    }
    m_graph->showNeighbourhood(id);
}

void MainWindow::showError(const QString &message, const QString &detail)
{
    m_errorMessage = message;
    m_errorDetail = detail;
    statusBar()->showMessage(message, 10000);
    m_errorDetails->setToolTip(detail);
    m_errorDetails->setVisible(!detail.isEmpty());
}

void MainWindow::nextArticle()
{
    openArticle(m_library->neighbour(m_reader->articleId(), +1));
}

void MainWindow::previousArticle()
{
    openArticle(m_library->neighbour(m_reader->articleId(), -1));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        importPaths(paths);
        event->acceptProposedAction();
    }
}

} // namespace sillok::gui
