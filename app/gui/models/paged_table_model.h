#pragma once
// PagedTableModel: a table the store fills a window at a time. The owner replaces its rows
// (setResults) and answers fetchMore by calling the fetcher it set, then append(); sorting is
// the owner's too: sort() emits sortRequested and the owner reloads in that order, so a library
// of 100,000 articles or 70,000 entities shows its first rows without reading the others.
// PagedRows<Row> holds the rows (each with an `id`); the models derive from it and add columns.

#include <QAbstractTableModel>

#include <functional>
#include <utility>
#include <vector>

namespace sillok::gui {

class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    void setFetcher(std::function<void()> fetcher) { m_fetcher = std::move(fetcher); }
    bool hasMore() const { return m_more; }
    // A window asked for and not yet appended.
    bool isFetching() const { return m_fetching; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void sortRequested(int column, Qt::SortOrder order);

protected:
    explicit PagedTableModel(QObject *parent);
    // After the owner's answer: whether more rows wait, and no window is asked for any more.
    void answered(bool more)
    {
        m_more = more;
        m_fetching = false;
    }

private:
    std::function<void()> m_fetcher;
    bool m_more = false;
    bool m_fetching = false;
};

template <class Row>
class PagedRows : public PagedTableModel {
public:
    void setResults(std::vector<Row> rows, bool more = false)
    {
        beginResetModel();
        m_rows = std::move(rows);
        answered(more);
        endResetModel();
    }

    void append(std::vector<Row> rows, bool more)
    {
        answered(more);
        if (rows.empty())
            return;
        beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + rows.size()) - 1);
        for (Row &r : rows)
            m_rows.push_back(std::move(r));
        endInsertRows();
    }

    const Row *rowAt(int row) const
    {
        return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
    }

    int rowOfId(qint64 id) const
    {
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].id == id)
                return static_cast<int>(i);
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

protected:
    using PagedTableModel::PagedTableModel;

private:
    std::vector<Row> m_rows;
};

} // namespace sillok::gui
