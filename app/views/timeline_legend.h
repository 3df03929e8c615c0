#pragma once
// The timeline's legend: what the shapes (type), fills (date precision) and colours (kind)
// mean, and at coarse zoom the shade scale of the count cells. Drawn with the same painting code as the items, so it cannot drift from them.

#include <QCoreApplication>
#include <QList>
#include <QWidget>

namespace sillok::gui::timeline {

struct LegendKind {
    int entityType = 3;
    QString kind;  // the code; shown through style::kindName
    QColor color;
};

class TimelineLegend : public QWidget {
    Q_DECLARE_TR_FUNCTIONS(sillok::gui::TimelineView)
public:
    explicit TimelineLegend(QWidget *parent = nullptr);
    void setKinds(QList<LegendKind> kinds);
    // The shade scale of the count cells, from 1 to `maximum` items a month; 0 hides it (items).
    void setCountScale(int maximum);
    int countScale() const { return m_countMaximum; }

    // Paints the legend into `width` pixels starting at the painter's origin; returns its height.
    int paintLegend(QPainter &painter, int width) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int layout(QPainter *painter, int width) const;
    int paintCountScale(QPainter *painter, int x, int y) const; // returns its width
    QList<LegendKind> m_kinds;
    int m_countMaximum = 0;
};

} // namespace sillok::gui::timeline
