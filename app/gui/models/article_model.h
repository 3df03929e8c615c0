#pragma once
// ArticleModel: the library table (one row per article), a page at a time (PagedRows: the owner,
// the library panel, sorts and fetches).
// ArticleFilterProxy: text filter over title and source, sorting by the SortRole.

// The rows' types are core's; moc need not read core's headers (it cannot parse <concepts>).
#ifndef Q_MOC_RUN
#include "model/records.h"
#endif
#include "models/paged_table_model.h"

#include <QSortFilterProxyModel>

namespace sillok::gui {

class ArticleModel : public PagedRows<core::ArticleSummary> {
    Q_OBJECT
public:
    enum Column { TitleColumn, DateColumn, SourceColumn, AnnotationsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, PrecisionRole };

    explicit ArticleModel(QObject *parent = nullptr);
    ~ArticleModel() override;

    const core::ArticleSummary *articleAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
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
