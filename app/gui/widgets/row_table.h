#pragma once

class QTableView;

namespace sillok::gui {

// Sets `view` up as a read-only list of rows, the way every list in the window behaves: a click
// selects the whole row, nothing is edited in place, no row numbers, one line per row.
// Selection mode, sorting and column sizes stay each list's own.
void setUpRowTable(QTableView *view);

} // namespace sillok::gui
