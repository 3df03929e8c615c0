#pragma once
// ArticleModel: the library table (one row per article), replaced by setResults() and grown page
// by page (canFetchMore/fetchMore call the owner's fetcher, which answers with append()). Sorting
// is the owner's: sort() emits sortRequested and the owner reloads in that order.
// ArticleFilterProxy: text filter over title and source, sorting by the SortRole.

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <functional>
#include <vector>

namespace sillok::core {
struct ArticleSummary;
}

namespace sillok::gui {

class ArticleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, DateColumn, SourceColumn, AnnotationsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, PrecisionRole };

    explicit ArticleModel(QObject *parent = nullptr);
    ~ArticleModel() override;

    void setResults(std::vector<core::ArticleSummary> articles, bool more = false);
    void append(std::vector<core::ArticleSummary> articles, bool more);
    void setFetcher(std::function<void()> fetcher) { m_fetcher = std::move(fetcher); }
    bool hasMore() const { return m_more; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // A page asked for and not yet appended.
    bool isFetching() const { return m_fetching; }
    void sort(int column, Qt::SortOrder order) override;
    const core::ArticleSummary *articleAt(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void sortRequested(int column, Qt::SortOrder order);

private:
    std::vector<core::ArticleSummary> m_articles;
    std::function<void()> m_fetcher;
    bool m_more = false;
    bool m_fetching = false;
};

class ArticleFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ArticleFilterProxy(QObject *parent = nullptr);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace sillok::gui
