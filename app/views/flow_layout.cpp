#include "flow_layout.h"

#include <QHBoxLayout>
#include <QSpacerItem>
#include <QWidget>

#include <algorithm>

namespace sillok::gui {

QWidget *groupWidgets(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *box = new QWidget(parent);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    for (QWidget *w : widgets)
        row->addWidget(w);
    return box;
}

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent), m_spacing(spacing) {}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addStretch()
{
    m_stretchAt = static_cast<int>(m_items.size());
}

void FlowLayout::addSpacing(int width)
{
    addItem(new QSpacerItem(width, 1, QSizePolicy::Fixed, QSizePolicy::Minimum));
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

int FlowLayout::count() const
{
    return static_cast<int>(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    if (m_stretchAt > index)
        --m_stretchAt;
    invalidate();
    return m_items.takeAt(index);
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), true);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One line, all items side by side: what it would take not to wrap.
    int width = 0, height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + m_spacing;
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, false);
}

int FlowLayout::doLayout(const QRect &rect, bool testOnly) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    // Lines of [first, last) item indexes, each with its height.
    struct Line {
        int first;
        int last;
        int height;
    };
    QList<Line> lines;
    int x = area.x();
    Line line{0, 0, 0};
    for (int i = 0; i < m_items.size(); ++i) {
        const QLayoutItem *item = m_items[i];
        if (item->isEmpty()) {
            line.last = i + 1;
            continue;
        }
        const QSize hint = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX));
        if (x + hint.width() > area.right() + 1 && line.last > line.first) {
            lines.append(line);
            line = {i, i, 0};
            x = area.x();
        }
        x += hint.width() + m_spacing;
        line.last = i + 1;
        line.height = std::max(line.height, hint.height());
    }
    if (line.last > line.first)
        lines.append(line);
    int y = area.y();
    for (const Line &l : std::as_const(lines)) {
        if (!testOnly) {
            // Left-aligned items first, then those after the stretch at the line's right end.
            int left = area.x();
            int rightWidth = 0;
            for (int i = l.first; i < l.last; ++i)
                if (i >= m_stretchAt && m_stretchAt >= 0 && !m_items[i]->isEmpty())
                    rightWidth += std::min(m_items[i]->sizeHint().width(), area.width()) + m_spacing;
            int right = std::max(area.x(), area.right() + 1 - rightWidth + m_spacing);
            for (int i = l.first; i < l.last; ++i) {
                QLayoutItem *item = m_items[i];
                if (item->isEmpty())
                    continue;
                const QSize hint = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX));
                int &at = m_stretchAt >= 0 && i >= m_stretchAt ? right : left;
                const int top = y + (l.height - hint.height()) / 2;
                item->setGeometry(QRect(QPoint(at, top), hint));
                at += hint.width() + m_spacing;
            }
        }
        y += l.height + m_spacing;
    }
    const QMargins m = contentsMargins();
    return (lines.isEmpty() ? 0 : y - m_spacing - area.y()) + m.top() + m.bottom();
}

} // namespace sillok::gui
