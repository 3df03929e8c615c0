#pragma once
// MainWindow: composes the docks and views and wires them together; owns the undo stack and
// the actions (menus, shortcuts). No logic of its own beyond routing and restoring state.

#include <QMainWindow>

class QDockWidget;
class QToolButton;
class QUndoStack;

namespace sillok::gui {

class AnnotationsPanel;
class ChangesPanel;
class ReviewPanel;
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

    // Starts an import on a worker thread with its progress dialog (owned by the window).
    ImportDialog *importPaths(const QStringList &paths);
    void refreshAll();

public slots:
    void openArticle(qint64 id, int sentenceStart = -1, int sentenceEnd = -1);
    void openEntity(qint64 id);
    // Shows a translated `message` in the status bar; a non-empty `detail` (the core's technical
    // reason) is behind a "Details" button there, in a message box, until the message goes.
    void showError(const QString &message, const QString &detail = QString());
    void nextArticle();
    void previousArticle();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QDockWidget *addPanel(const QString &title, const QString &name, QWidget *panel, Qt::DockWidgetArea area);
    void createActions();
    void restoreSettings();
    void saveSettings();
    void applyDefaultLayout();

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
    QString m_errorMessage; // the message m_errorDetails explains
    QString m_errorDetail;
    qint64 m_restoreArticle = 0;
    QByteArray m_savedState; // window/state, applied at the first show
    bool m_firstShow = true;
};

} // namespace sillok::gui
