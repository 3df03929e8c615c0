#pragma once
// SearchResultModel: the Ctrl+K results, one flat list: entities first, grouped by type under
// header rows, then articles with their snippets (matches in bold, HtmlRole).

#include <QAbstractListModel>

#include <vector>

namespace sillok::core {
struct EntitySummary;
struct SearchHit;
}

namespace sillok::gui {

class SearchResultModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Kind { HeaderRow, EntityRow, ArticleRow };
    enum Role { KindRole = Qt::UserRole + 1, IdRole, EntityTypeRole, HtmlRole };

    explicit SearchResultModel(QObject *parent = nullptr);
    ~SearchResultModel() override;

    void setResults(const std::vector<core::EntitySummary> &entities, const std::vector<core::SearchHit> &hits);
    void clear();
    // The first entity or article row (what Enter opens), or -1.
    int bestRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row {
        Kind kind = HeaderRow;
        qint64 id = 0;
        int entityType = -1;
        QString text;
        QString html;
        QString tip;
    };
    std::vector<Row> m_rows;
};

} // namespace sillok::gui
