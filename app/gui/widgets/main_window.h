#pragma once
// MainWindow: composes the docks and views and wires them together; owns the undo stack and
// the actions (menus, shortcuts). No logic of its own beyond routing and restoring state.
// main_window.cpp builds and wires the docks; main_window_actions.cpp the menus and toolbar,
// main_window_navigation.cpp the history and article stepping, main_window_import.cpp imports.

#include <QMainWindow>

class QAction;
class QDockWidget;
class QToolButton;
class QUndoStack;

namespace sillok::gui {

class AnnotationsPanel;
class ChangesPanel;
class ReviewPanel;
class EntityNameModel;
class EntityPage;
class EntityPanel;
class ExchangeActions;
class GraphPanel;
class ImportDialog;
class LibraryPanel;
class LibraryService;
class ReaderView;
class SearchPopup;
class TimelinePanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(LibraryService *service, QWidget *parent = nullptr);
    ~MainWindow() override;

    LibraryPanel *libraryPanel() const { return m_library; }
    EntityPanel *entityPanel() const { return m_entities; }
    ReaderView *reader() const { return m_reader; }
    EntityPage *entityPage() const { return m_entityPage; }
    TimelinePanel *timelinePanel() const { return m_timeline; }
    GraphPanel *graphPanel() const { return m_graph; }
    AnnotationsPanel *annotationsPanel() const { return m_annotations; }
    ChangesPanel *changesPanel() const { return m_changes; }
    ReviewPanel *reviewPanel() const { return m_review; }
    // Brings "What this import brought" / the review queue forward and focuses it.
    void showChanges();
    void showReview();
    SearchPopup *searchPopup() const { return m_search; }
    ExchangeActions *exchange() const { return m_exchange; }
    QUndoStack *undoStack() const { return m_undo; }
    QDockWidget *dock(const QString &objectName) const;
    EntityNameModel *entityNames() const { return m_names; }
    QAction *action(const QString &objectName) const;

    // Where the user has been: an article (at a sentence) or an entity page (which also centres
    // the graph). Back and Forward walk it as a browser does.
    struct Place {
        enum Kind {
            Article,
            Entity
        } kind = Article;
        qint64 id = 0;
        int start = -1;
        int end = -1;
        bool operator==(const Place &o) const { return kind == o.kind && id == o.id; }
    };
    const QList<Place> &history() const { return m_history; }
    int historyIndex() const { return m_historyIndex; }
    bool canGoBack() const { return m_historyIndex > 0; }
    bool canGoForward() const { return m_historyIndex + 1 < m_history.size(); }

    // Starts an import on a worker thread with its progress dialog (owned by the window).
    ImportDialog *importPaths(const QStringList &paths);
    // Re-extracts the whole library in the background with the same progress dialog.
    ImportDialog *reextract();
    // Asks the library whether this build extracts differently; offers re-extraction if so.
    void checkExtractorVersion();
    QToolButton *reextractButton() const { return m_reextract; }
    // The Library panel is on screen (its dock open and its tab the current one).
    bool isLibraryInView() const { return m_libraryInView; }
    void refreshAll();

public slots:
    void openArticle(qint64 id, int sentenceStart = -1, int sentenceEnd = -1);
    void openEntity(qint64 id);
    // Shows a translated `message` in the status bar; a non-empty `detail` (the core's technical
    // reason) is behind a "Details" button there, in a message box, until the message goes.
    void showError(const QString &message, const QString &detail = QString());
    void nextArticle();
    void previousArticle();
    void goBack();
    void goForward();
    void showUserGuide();
    void showShortcuts();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QDockWidget *addPanel(const QString &title, const QString &name, QWidget *panel, Qt::DockWidgetArea area);
    void createDocks();
    void createStatusBar();
    void createActions();
    void createViewAndHelpMenus();
    void restoreSettings();
    void saveSettings();
    void applyDefaultLayout();
    void visit(const Place &place);
    void goTo(int index);
    void updateHistoryActions();
    void refreshAnnotated();
    void stepArticle(int step);
    void showUndone(int index);

    LibraryService *m_service;
    QUndoStack *m_undo;
    LibraryPanel *m_library;
    EntityPanel *m_entities;
    ReaderView *m_reader;
    EntityPage *m_entityPage;
    TimelinePanel *m_timeline;
    GraphPanel *m_graph;
    AnnotationsPanel *m_annotations;
    ChangesPanel *m_changes;
    ReviewPanel *m_review;
    SearchPopup *m_search;
    ExchangeActions *m_exchange;
    QToolButton *m_errorDetails;
    QToolButton *m_reextract;
    EntityNameModel *m_names;
    QList<Place> m_history;
    int m_historyIndex = -1;
    bool m_navigating = false; // moving through the history: do not record
    bool m_redoing = false;    // the Redo action is running (an index going up is then a redo)
    int m_undoIndex = 0;       // the undo stack's index before the last change
    bool m_firstRun = false;   // no saved window: opened maximized
    bool m_libraryInView = true;
    QString m_errorMessage; // the message m_errorDetails explains
    QString m_errorDetail;
    qint64 m_restoreArticle = 0;
    QByteArray m_savedState; // window/state, applied at the first show
    bool m_firstShow = true;
};

} // namespace sillok::gui
