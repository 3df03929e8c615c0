#pragma once
// ReaderView: one article. The cleaned body as plain text (imported HTML is never rendered: no
// links followed, no resources loaded), entity mentions coloured by type with a tooltip and a
// click that opens the entity, highlights with notes (undoable, saved at once), orphaned
// highlights listed, and the noise blocks hidden unless asked for.

#include <QWidget>

#include <memory>

class QLineEdit;
class QTextBrowser;
class QUndoStack;

namespace sillok::gui {

class EntityNameModel;
class LibraryService;

class ReaderView : public QWidget {
    Q_OBJECT
public:
    ReaderView(LibraryService *service, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ReaderView() override;

    qint64 articleId() const;
    QString articleTitle() const;
    QTextBrowser *textBrowser() const;
    int annotationCount() const; // of the shown article, orphans included
    int orphanCount() const;
    bool isLoading() const;

    // Shows an article; a sentence span (body code points) is selected and scrolled to.
    void showArticle(qint64 id, int sentenceStart = -1, int sentenceEnd = -1);
    void setShowNoise(bool show);
    // Highlights [bodyStart, bodyEnd) (body code points) through the undo stack.
    void addAnnotation(int bodyStart, int bodyEnd, const QString &color, const QString &note,
                       const QStringList &tags, const QString &entityUid = {});
    // The entities the annotation dialog offers as evidence links (not owned).
    void setEntityModel(EntityNameModel *entities);
    // The current selection as body code points, or {-1, -1}.
    std::pair<int, int> selectedBodyRange() const;
    // Selects [bodyStart, bodyEnd) in the text (tests and provenance links).
    void selectBodyRange(int bodyStart, int bodyEnd);

    // Find in the article (Ctrl+F): the find bar, and what it found.
    QLineEdit *findEdit() const;
    int findMatchCount() const;
    int findMatchIndex() const; // 1-based, 0 when none

public slots:
    void annotateSelection(const QString &color = {}); // empty colour: ask with the dialog
    void startFind();
    void findNext(bool backward = false);
    void closeFind();
    void clear();

signals:
    void entityActivated(qint64 entityId);
    void articleShown(qint64 articleId);
    // A translated sentence, and the core's technical detail for "Details" ("" when none).
    void errorOccurred(const QString &message, const QString &detail);

private:
    void reload(bool keepPosition);
    void render();
    void updateFind(bool fromStart);
    void showContextMenu(const QPoint &pos);
    void editAnnotationAt(int bodyPos);
    void deleteAnnotationAt(int bodyPos);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sillok::gui
