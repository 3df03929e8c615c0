#pragma once
// ArticleModel: the library table (one row per article), replaced wholesale by setResults().
// ArticleFilterProxy: text filter over title and source, sorting by the SortRole.

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

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

    void setResults(std::vector<core::ArticleSummary> articles);
    const core::ArticleSummary *articleAt(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<core::ArticleSummary> m_articles;
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
