#pragma once
// HtmlDelegate: paints an item's HTML role (escaped by the model) with QTextDocument.

#include <QStyledItemDelegate>

namespace sillok::gui {

class HtmlDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    HtmlDelegate(int htmlRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace sillok::gui
