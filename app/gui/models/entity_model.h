#pragma once
// EntityModel: organisations, people, initiatives and meetings with their counts, replaced by
// setResults() and grown window by window (canFetchMore/fetchMore call the owner's fetcher, which
// answers with append()), so a library of 70,000 entities shows its first rows without reading the
// others. Filtering and sorting are the owner's (the store's): sort() emits sortRequested and the
// owner reloads in that order.

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace sillok::core {
struct EntitySummary;
}

namespace sillok::gui {

class EntityModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, KindColumn, DateColumn, ArticlesColumn, MentionsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, TypeRole, SortRole, UidRole };

    explicit EntityModel(QObject *parent = nullptr);
    ~EntityModel() override;

    void setResults(std::vector<core::EntitySummary> entities, bool more = false);
    void append(std::vector<core::EntitySummary> entities, bool more);
    void setFetcher(std::function<void()> fetcher) { m_fetcher = std::move(fetcher); }
    bool hasMore() const { return m_more; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // A window asked for and not yet appended.
    bool isFetching() const { return m_fetching; }
    void sort(int column, Qt::SortOrder order) override;
    const core::EntitySummary *entityAt(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void sortRequested(int column, Qt::SortOrder order);

private:
    std::vector<core::EntitySummary> m_entities;
    std::function<void()> m_fetcher;
    bool m_more = false;
    bool m_fetching = false;
};

} // namespace sillok::gui
