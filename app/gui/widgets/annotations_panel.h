#pragma once
// AnnotationsPanel: every highlight and note, filtered by colour, tag, the current article and
// text (model -> AnnotationFilterProxy). Activating one opens the reader at it; its context
// menu edits (colour, note, tags, evidence link) or deletes it through the undo stack.

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace sillok::gui {

class AnnotationFilterProxy;
class AnnotationModel;
class EntityNameModel;
class LibraryService;

class AnnotationsPanel : public QWidget {
    Q_OBJECT
public:
    explicit AnnotationsPanel(LibraryService *service, QWidget *parent = nullptr);

    void refresh();
    void setCurrentArticle(qint64 id);
    void setArticleTitles(const QHash<qint64, QString> &titles);
    void setEntityNames(const QHash<QString, QString> &names);
    // Edits go through `undo`; the dialog completes entity names from `entities` (neither owned).
    void setUndoStack(QUndoStack *undo) { m_undo = undo; }
    void setEntityModel(EntityNameModel *entities) { m_entities = entities; }
    QTableView *view() const { return m_view; }
    // Opens / edits / deletes the annotation shown in proxy row `row` (the context menu).
    void openRow(int row);
    void editRow(int row);
    void deleteRow(int row);
    AnnotationModel *model() const { return m_model; }
    AnnotationFilterProxy *proxy() const { return m_proxy; }

signals:
    void openArticle(qint64 articleId, int start, int end);
    void loaded();
    // A translated sentence, and the core's technical detail for "Details" ("" when none).
    void errorOccurred(const QString &message, const QString &detail);

private:
    LibraryService *m_service;
    AnnotationModel *m_model;
    AnnotationFilterProxy *m_proxy;
    QComboBox *m_color;
    QComboBox *m_tag;
    QCheckBox *m_thisArticle;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_status;
    QUndoStack *m_undo = nullptr;
    EntityNameModel *m_entities = nullptr;
    qint64 m_article = 0;
    int m_generation = 0;
};

} // namespace sillok::gui
