#pragma once
// LibraryPanel: the article table (title, date with precision, source, notes). It holds a window
// of the library, fetched page by page as it scrolls (nothing loads every article), sorted by
// the store (date or title). The filter searches titles and bodies (the full-text search, aliases
// included), and while it is active a bar says so, with the count and a button that clears it.
// Refreshes itself when the service reports changed articles.

#include <QHash>
#include <QWidget>

#include <algorithm>
#include <functional>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace sillok::gui {

class ArticleModel;
class LibraryService;

class LibraryPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kFilterLimit = 2000;

    explicit LibraryPanel(LibraryService *service, QWidget *parent = nullptr);

    void refresh();
    // Rows fetched per page as the list scrolls (200; smaller in tests).
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    int pageSize() const { return m_pageSize; }
    QTableView *view() const { return m_view; }
    ArticleModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    int articleCount() const; // rows loaded (or matching the filter)
    int totalCount() const { return m_total; }
    bool isFiltered() const;
    void clearFilter();
    // Shows or hides a column of the article list (never the title); remembered in the settings.
    void setColumnShown(int column, bool shown);
    bool isColumnShown(int column) const;
    // The article `step` rows after `current` in the shown (filtered) rows, or 0 (wraps not);
    // the first row when `current` is not shown.
    qint64 neighbour(qint64 current, int step) const;
    // The same in the whole library's order (the store answers; not limited to loaded rows).
    // `done` gets 0 at either end.
    void neighbourInLibrary(qint64 current, int step, std::function<void(qint64)> done);
    void selectArticle(qint64 id);
    QHash<qint64, QString> titles() const;

signals:
    void articleActivated(qint64 id);
    void loaded();
    // Every answer to refresh(), loaded or not (loaded() follows when it was).
    void answered();

private:
    void setUpFilter();
    void setUpView();
    void setUpCopiesMenu();
    void fetchPage();
    void applyFilter();
    void updateFilterBar();
    int order() const; // core::ArticleOrder

    LibraryService *m_service;
    ArticleModel *m_model;
    QLineEdit *m_filter;
    QWidget *m_filterBar;
    QLabel *m_filterText;
    QToolButton *m_clearFilter;
    QTableView *m_view;
    QLabel *m_status;
    QTimer *m_filterDelay;
    int m_generation = 0;
    int m_total = 0;
    int m_pageSize = 200;
    int m_sortColumn = 1; // ArticleModel::DateColumn
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QString m_activeFilter;
};

} // namespace sillok::gui
