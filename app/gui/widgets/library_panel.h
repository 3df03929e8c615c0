#pragma once
// LibraryPanel: the article table (title, date with precision, source, notes), sortable and
// filtered as you type. Refreshes itself when the service reports changed articles.

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace sillok::gui {

class ArticleFilterProxy;
class ArticleModel;
class LibraryService;

class LibraryPanel : public QWidget {
    Q_OBJECT
public:
    explicit LibraryPanel(LibraryService *service, QWidget *parent = nullptr);

    void refresh();
    QTableView *view() const { return m_view; }
    ArticleModel *model() const { return m_model; }
    int articleCount() const;
    // Shows or hides a column of the article list (never the title); remembered in the settings.
    void setColumnShown(int column, bool shown);
    bool isColumnShown(int column) const;
    // The article `step` rows after `current` in the shown order (wraps not), or 0.
    qint64 neighbour(qint64 current, int step) const;
    void selectArticle(qint64 id);
    QHash<qint64, QString> titles() const;

signals:
    void articleActivated(qint64 id);
    void loaded();

private:
    LibraryService *m_service;
    ArticleModel *m_model;
    ArticleFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_status;
    int m_generation = 0;
};

} // namespace sillok::gui
