#pragma once
// AnnotationsPanel: every highlight and note, filtered by colour, tag, the current article and
// text (model -> AnnotationFilterProxy). Activating one opens the reader at it.

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace sillok::gui {

class AnnotationFilterProxy;
class AnnotationModel;
class LibraryService;

class AnnotationsPanel : public QWidget {
    Q_OBJECT
public:
    explicit AnnotationsPanel(LibraryService *service, QWidget *parent = nullptr);

    void refresh();
    void setCurrentArticle(qint64 id);
    void setArticleTitles(const QHash<qint64, QString> &titles);
    AnnotationModel *model() const { return m_model; }
    AnnotationFilterProxy *proxy() const { return m_proxy; }

signals:
    void openArticle(qint64 articleId, int start, int end);
    void loaded();

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
    qint64 m_article = 0;
    int m_generation = 0;
};

} // namespace sillok::gui
