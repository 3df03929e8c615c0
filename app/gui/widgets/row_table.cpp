#include "widgets/row_table.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QShortcut>
#include <QStringList>
#include <QTableView>

#include <algorithm>

namespace sillok::gui {

void setUpRowTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    auto *copy = new QShortcut(QKeySequence::Copy, view);
    copy->setContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QShortcut::activated, view, [view] {
        if (const QString text = rowsText(view); !text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
    });
}

QString rowsText(const QTableView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model || !view->selectionModel())
        return {};
    QList<int> rows;
    for (const QModelIndex &i : view->selectionModel()->selectedRows())
        rows << i.row();
    std::ranges::sort(rows);
    QStringList lines;
    for (int r : rows) {
        QStringList cells;
        const QHeaderView *header = view->horizontalHeader();
        for (int visual = 0; visual < header->count(); ++visual) // the columns as they are shown
            if (const int c = header->logicalIndex(visual); !view->isColumnHidden(c))
                cells << model->index(r, c).data().toString().replace(u'\t', u' ').replace(u'\n', u' ');
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n');
}

} // namespace sillok::gui
