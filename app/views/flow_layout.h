#pragma once
// A layout that places its widgets left to right and wraps onto another line when the width
// runs out, like words in a paragraph: the control rows of the timeline and the graph, which
// in one QHBoxLayout made the window at least 1,465 px wide. Its minimum width is that of its
// widest item; its height follows its width (heightForWidth). addStretch() marks where a line
// may push the rest to its right edge: items after it go right-aligned on the line they share.

#include <QLayout>
#include <QList>

#include <initializer_list>

namespace sillok::gui {

// Widgets that belong together (a label and its choice) in one box, so that a FlowLayout row
// keeps them on one line.
QWidget *groupWidgets(QWidget *parent, std::initializer_list<QWidget *> widgets);

class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    // Items after this one go to the right end of their line.
    void addStretch();
    void addSpacing(int width);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Lays the items out in `rect` (moving them unless `testOnly`); returns the height used.
    int doLayout(const QRect &rect, bool testOnly) const;

    QList<QLayoutItem *> m_items;
    int m_stretchAt = -1; // index of the first right-aligned item, -1 for none
    int m_spacing;
};

} // namespace sillok::gui
