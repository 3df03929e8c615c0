#include "models/paged_table_model.h"

namespace sillok::gui {

PagedTableModel::PagedTableModel(QObject *parent) : QAbstractTableModel(parent) {}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching && m_fetcher;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    m_fetcher();
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    emit sortRequested(column, order);
}

} // namespace sillok::gui
