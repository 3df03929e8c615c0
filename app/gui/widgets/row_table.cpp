#include "widgets/row_table.h"

#include <QHeaderView>
#include <QTableView>

namespace sillok::gui {

void setUpRowTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
}

} // namespace sillok::gui
