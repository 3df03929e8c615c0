#include "widgets/html_delegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace sillok::gui {

namespace {

void prepare(QTextDocument &doc, const QStyleOptionViewItem &option, const QString &html)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(3);
    doc.setHtml(html);
    doc.setTextWidth(option.rect.width() > 0 ? option.rect.width() : 400);
}

} // namespace

HtmlDelegate::HtmlDelegate(int htmlRole, QObject *parent) : QStyledItemDelegate(parent), m_role(htmlRole) {}

void HtmlDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QString html = index.data(m_role).toString();
    if (opt.state & QStyle::State_Selected) // grey secondary text is unreadable on the highlight
        html.replace(QStringLiteral("color:gray"),
                     QStringLiteral("color:") + opt.palette.color(QPalette::HighlightedText).name());
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    QTextDocument doc;
    prepare(doc, opt, html);
    QAbstractTextDocumentLayout::PaintContext ctx;
    if (opt.state & QStyle::State_Selected)
        ctx.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(opt.rect.translated(-opt.rect.topLeft()));
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

QSize HtmlDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument doc;
    prepare(doc, opt, index.data(m_role).toString());
    return QSize(int(doc.idealWidth()), int(doc.size().height()));
}

} // namespace sillok::gui
