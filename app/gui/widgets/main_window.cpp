#include "widgets/main_window.h"

#include "models/entity_model.h"
#include "models/entity_name_model.h"
#include "services/display.h"
#include "services/import_job.h"
#include "services/library_service.h"
#include "store/library.h"
#include "widgets/annotations_panel.h"
#include "widgets/changes_panel.h"
#include "widgets/entity_page.h"
#include "widgets/entity_panel.h"
#include "widgets/error_text.h"
#include "widgets/exchange_actions.h"
#include "widgets/graph_panel.h"
#include "widgets/import_dialog.h"
#include "widgets/library_panel.h"
#include "widgets/reader_view.h"
#include "widgets/review_panel.h"
#include "widgets/search_popup.h"
#include "widgets/settings_dialog.h"
#include "widgets/timeline_panel.h"
#include "widgets/undo_commands.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHash>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sillok::gui {

MainWindow::MainWindow(LibraryService *service, QWidget *parent)
    : QMainWindow(parent), m_service(service), m_undo(new QUndoStack(this)), m_library(new LibraryPanel(service, this)),
      m_entities(new EntityPanel(service, this)), m_reader(new ReaderView(service, m_undo, this)),
      m_entityPage(new EntityPage(service, m_undo, this)), m_timeline(new TimelinePanel(service, this)),
      m_graph(new GraphPanel(service, this)), m_annotations(new AnnotationsPanel(service, this)),
      m_changes(new ChangesPanel(service, this)), m_review(new ReviewPanel(service, this)),
      m_search(new SearchPopup(service, this)), m_exchange(new ExchangeActions(service, this)),
      m_errorDetails(new QToolButton(this)), m_reextract(new QToolButton(this)), m_names(new EntityNameModel(this))
{
    setWindowTitle(tr("Sillok"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setCentralWidget(m_reader);
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
    m_reader->setEntityModel(m_names);
    m_annotations->setUndoStack(m_undo);
    m_annotations->setEntityModel(m_names);
    connect(m_library, &LibraryPanel::loaded, this, [this] {
        if (m_restoreArticle && !m_reader->articleId())
            openArticle(std::exchange(m_restoreArticle, 0));
    });
    connect(service, &LibraryService::changed, this, [this](int c) {
        if (c & LibraryService::Entities)
            reloadNames();
        if (c & (LibraryService::Articles | LibraryService::Annotations))
            refreshAnnotatedTitles();
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
    // Short texts so the toolbar never moves; what would be undone is in the tooltip.
    auto *undo = new QAction(tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = new QAction(tr("&Redo"), this);
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(redo, &QAction::triggered, this, [this] {
        const QScopedValueRollback redoing(m_redoing, true);
        m_undo->redo();
    });
    const auto updateUndo = [this, undo, redo] {
        undo->setEnabled(m_undo->canUndo());
        redo->setEnabled(m_undo->canRedo());
        undo->setToolTip(m_undo->canUndo() ? tr("Undo: %1").arg(m_undo->undoText()) : tr("Nothing to undo"));
        redo->setToolTip(m_undo->canRedo() ? tr("Redo: %1").arg(m_undo->redoText()) : tr("Nothing to redo"));
    };
    connect(m_undo, &QUndoStack::indexChanged, this, updateUndo);
    connect(m_undo, &QUndoStack::cleanChanged, this, updateUndo);
    updateUndo();
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *highlight = edit->addAction(tr("&Highlight selection…"), m_reader, [this] { m_reader->annotateSelection(); });
    highlight->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    QAction *find = edit->addAction(tr("&Find in article…"), m_reader, [this] { m_reader->startFind(); });
    find->setObjectName(QStringLiteral("findInArticle"));
    find->setShortcut(QKeySequence::Find);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *search = go->addAction(tr("&Search…"), m_search, &SearchPopup::popup);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    go->addSeparator();
    QAction *back = go->addAction(tr("&Back"), this, &MainWindow::goBack);
    back->setObjectName(QStringLiteral("back"));
    back->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    QAction *forward = go->addAction(tr("&Forward"), this, &MainWindow::goForward);
    forward->setObjectName(QStringLiteral("forward"));
    forward->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward)});
    go->addSeparator();
    QAction *next = go->addAction(tr("&Next article"), this, &MainWindow::nextArticle);
    next->setObjectName(QStringLiteral("nextArticle"));
    next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_BracketRight), QKeySequence(Qt::ALT | Qt::Key_Down)});
    QAction *previous = go->addAction(tr("&Previous article"), this, &MainWindow::previousArticle);
    previous->setObjectName(QStringLiteral("previousArticle"));
    previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_BracketLeft), QKeySequence(Qt::ALT | Qt::Key_Up)});
    updateHistoryActions();
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
    QAction *guide = help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    help->addAction(tr("&About Sillok"), this, [this] {
        QMessageBox::about(this, tr("About Sillok"),
                           tr("<b>Sillok (실록)</b><br>A knowledge base over Korean AI-chip industry news: "
                              "articles, entities, timeline, graph and your annotations, in one local file."));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->setMovable(false);
    bar->addAction(back);
    bar->addAction(forward);
    bar->addSeparator();
    bar->addAction(importFiles);
    bar->addAction(search);
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addAction(previous);
    bar->addAction(next);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
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
    // Entities list's first window runs on the Bulk lane ahead of the whole-list read of every
    // name (completion), so both lists fill at once.
    m_library->refresh();
    m_entities->refresh();
    reloadNames();
    auto started = std::make_shared<bool>(false);
    auto views = [this, started] {
        if (std::exchange(*started, true))
            return;
        refreshAnnotatedTitles();
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

ImportDialog *MainWindow::importPaths(const QStringList &paths)
{
    auto *dialog = new ImportDialog(m_service, paths, this, ImportDialog::Mode::Import);
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

ImportDialog *MainWindow::reextract()
{
    m_reextract->hide();
    auto *dialog = new ImportDialog(m_service, {}, this, ImportDialog::Mode::Reextract);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, [this, dialog] {
        if (dialog->job()->outcome().cancelled || !dialog->job()->outcome().error.isEmpty()
            || dialog->job()->outcome().libraryError)
            m_reextract->show(); // not done: still offered
        else
            statusBar()->showMessage(tr("Re-extraction finished."), 5000);
    });
    dialog->show();
    dialog->start();
    return dialog;
}

void MainWindow::checkExtractorVersion()
{
    m_service->run(
        this, [](core::Library &lib) { return lib.needsReextraction(); },
        [this](core::Result<bool> r) {
            if (!r || !*r)
                return;
            m_reextract->show();
            statusBar()->showMessage(tr("This library was extracted by an earlier version: re-extract it to see what "
                                        "this version finds."),
                                     30000);
        });
}

void MainWindow::reloadNames()
{
    m_service->run(
        this, [](core::Library &lib) { return lib.entityNames(); },
        [this](core::Result<std::vector<core::EntityNames>> r) {
            if (!r)
                return;
            m_names->setNames(*r);
            // The annotations' entity links by uid (the Entities list holds only the rows shown).
            QHash<QString, QString> names;
            names.reserve(qsizetype(r->size()));
            for (const core::EntityNames &e : *r)
                names.insert(toQ(e.uid), toQ(e.name));
            m_annotations->setEntityNames(names);
        },
        LibraryService::Lane::Bulk);
}

void MainWindow::refreshAnnotatedTitles()
{
    // Only the titles the annotation lists name: the articles that have annotations.
    m_service->run(
        this,
        [](core::Library &lib) -> core::Result<std::vector<std::pair<std::int64_t, std::string>>> {
            auto all = lib.annotations();
            if (!all)
                return std::unexpected(all.error());
            std::vector<std::int64_t> ids;
            for (const auto &a : *all)
                if (a.articleId && std::find(ids.begin(), ids.end(), a.articleId) == ids.end())
                    ids.push_back(a.articleId);
            return lib.articleTitles(ids);
        },
        [this](core::Result<std::vector<std::pair<std::int64_t, std::string>>> r) {
            if (!r)
                return;
            QHash<qint64, QString> titles;
            for (const auto &[id, title] : *r)
                titles.insert(id, toQ(title));
            m_annotations->setArticleTitles(titles);
            m_entityPage->setArticleTitles(titles);
        });
}

void MainWindow::openArticle(qint64 id, int sentenceStart, int sentenceEnd)
{
    if (id <= 0)
        return;
    visit({Place::Article, id, sentenceStart, sentenceEnd});
    m_reader->showArticle(id, sentenceStart, sentenceEnd);
}

void MainWindow::openEntity(qint64 id)
{
    if (id <= 0)
        return;
    visit({Place::Entity, id});
    m_entityPage->showEntity(id);
    m_entities->selectEntity(id);
    if (QDockWidget *d = dock(QStringLiteral("entity"))) {
        d->show();
        d->raise();
    }
    m_graph->showNeighbourhood(id);
}

void MainWindow::visit(const Place &place)
{
    if (m_navigating)
        return;
    if (m_historyIndex >= 0 && m_history[m_historyIndex] == place) {
        m_history[m_historyIndex] = place; // same place, newer sentence
        return;
    }
    m_history.erase(m_history.begin() + (m_historyIndex + 1), m_history.end());
    m_history.append(place);
    if (m_history.size() > 200)
        m_history.removeFirst();
    m_historyIndex = int(m_history.size()) - 1;
    updateHistoryActions();
}

void MainWindow::goTo(int index)
{
    if (index < 0 || index >= m_history.size())
        return;
    m_historyIndex = index;
    const Place p = m_history[index];
    m_navigating = true;
    if (p.kind == Place::Article)
        openArticle(p.id, p.start, p.end);
    else
        openEntity(p.id);
    m_navigating = false;
    updateHistoryActions();
}

void MainWindow::goBack()
{
    goTo(m_historyIndex - 1);
}
void MainWindow::goForward()
{
    goTo(m_historyIndex + 1);
}

void MainWindow::updateHistoryActions()
{
    if (QAction *b = action(QStringLiteral("back")))
        b->setEnabled(canGoBack());
    if (QAction *f = action(QStringLiteral("forward")))
        f->setEnabled(canGoForward());
}

void MainWindow::showUndone(int index)
{
    // Undoing (the index went down) an edit made in another article opens that article, so the
    // change can be seen; every undo and redo says what it did in the status bar.
    const int before = std::exchange(m_undoIndex, index);
    if (index == before)
        return;
    const bool undone = index < before;
    if (!undone && !m_redoing)
        return; // a new edit (a push), not a redo: it said "Redone:" for every new highlight
    const QUndoCommand *command = m_undo->command(undone ? index : index - 1);
    if (!command)
        return;
    statusBar()->showMessage((undone ? tr("Undone: %1") : tr("Redone: %1")).arg(command->text()), 8000);
    if (const auto *c = dynamic_cast<const ServiceCommand *>(command);
        c && c->articleId() && c->articleId() != m_reader->articleId())
        openArticle(c->articleId());
}

void MainWindow::showUserGuide()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("userGuideDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Sillok user guide"));
    auto *text = new QTextBrowser(dialog);
    text->setOpenExternalLinks(true);
    QFile guide(QStringLiteral(":/docs/user-guide.md"));
    if (guide.open(QIODevice::ReadOnly)) {
        text->setSearchPaths({QStringLiteral(":/docs")});
        text->setMarkdown(QString::fromUtf8(guide.readAll()));
    } else {
        text->setPlainText(tr("The user guide is not part of this build."));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(900, 760);
    dialog->show();
}

void MainWindow::showShortcuts()
{
    // Read off the actions themselves, so the list is always what the keys do.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(0, 2, dialog);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (QMenu *menu : menuBar()->findChildren<QMenu *>()) {
        for (QAction *a : menu->actions()) {
            if (a->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(QString(a->text()).remove(u'&')));
            table->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
        }
    }
    const QList<QPair<QString, QString>> inPanels = {
        {tr("Open the selected article, entity or result"), tr("Enter")},
        {tr("Close a dialog or the search"), tr("Esc")},
        {tr("Extend the selection in the article"), tr("Shift+Arrow keys")},
    };
    for (const auto &[what, keys] : inPanels) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(what));
        table->setItem(row, 1, new QTableWidgetItem(keys));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(560, 520);
    dialog->show();
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
    stepArticle(+1);
}
void MainWindow::previousArticle()
{
    stepArticle(-1);
}

void MainWindow::stepArticle(int step)
{
    // While the Library panel shows a filter, Next/Previous walk the filtered list and say so at
    // its end; otherwise (no filter, or the panel is not in view) they walk the whole library.
    const qint64 current = m_reader->articleId();
    if (m_library->isFiltered() && m_libraryInView) {
        const qint64 id = m_library->neighbour(current, step);
        if (id)
            openArticle(id);
        else
            statusBar()->showMessage(step > 0 ? tr("This is the last article of the filtered list.")
                                              : tr("This is the first article of the filtered list."),
                                     8000);
        return;
    }
    m_library->neighbourInLibrary(current, step, [this, step](qint64 id) {
        if (id)
            openArticle(id);
        else
            statusBar()->showMessage(step > 0 ? tr("This is the last article.") : tr("This is the first article."),
                                     5000);
    });
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
