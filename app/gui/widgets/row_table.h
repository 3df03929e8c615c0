#pragma once

#include <QString>

class QTableView;

namespace sillok::gui {

// Sets `view` up as a read-only list of rows, the way every list in the window behaves: a click
// selects the whole row, nothing is edited in place, no row numbers, one line per row.
// Selection mode, sorting and column sizes stay each list's own. Ctrl+C copies the selected rows
// (rowsText) for a report or a spreadsheet.
void setUpRowTable(QTableView *view);

// The selected rows of `view` as text: one line a row, top to bottom, the shown columns' text
// joined by tabs (a sentence whole, however narrow its column).
QString rowsText(const QTableView *view);

} // namespace sillok::gui
