#pragma once
// EntityModel: organisations, people, initiatives and meetings with their counts, a window at a
// time (PagedRows: the owner, the entity panel, filters, sorts and fetches).

// The rows' types are core's; moc need not read core's headers (it cannot parse <concepts>).
#ifndef Q_MOC_RUN
#include "model/records.h"
#endif
#include "models/paged_table_model.h"

namespace sillok::gui {

class EntityModel : public PagedRows<core::EntitySummary> {
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, KindColumn, DateColumn, ArticlesColumn, MentionsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, TypeRole, SortRole, UidRole };

    explicit EntityModel(QObject *parent = nullptr);
    ~EntityModel() override;

    const core::EntitySummary *entityAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace sillok::gui
