#include "timeline_legend.h"

#include "timeline_counts.h"
#include "timeline_item.h"
#include "view_style.h"

#include <QPainter>

#include <functional>

namespace sillok::gui::timeline {
namespace {

constexpr int kLine = 22;
constexpr int kSample = 34;
constexpr int kSwatch = 14;
constexpr int kSwatches = 5;

} // namespace

TimelineLegend::TimelineLegend(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

void TimelineLegend::setKinds(QList<LegendKind> kinds)
{
    m_kinds = std::move(kinds);
    updateGeometry();
    update();
}

void TimelineLegend::setCountScale(int maximum)
{
    if (m_countMaximum == maximum)
        return;
    m_countMaximum = maximum;
    updateGeometry();
    update();
}

int TimelineLegend::paintCountScale(QPainter *painter, int x, int y) const
{
    // "Items per month: 1 ▢▢▢▢■ 1.2k": swatches at even steps of the (log) shade, as the cells.
    const QFontMetrics fm(font());
    const QString title = tr("Items per month:"), low = QStringLiteral("1"), high = abbreviatedCount(m_countMaximum);
    const int titleWidth = fm.horizontalAdvance(title) + 6, lowWidth = fm.horizontalAdvance(low) + 4;
    const int width = titleWidth + lowWidth + kSwatches * (kSwatch + 2) + 2 + fm.horizontalAdvance(high) + 16;
    if (!painter)
        return width;
    painter->save();
    painter->setPen(palette().color(QPalette::WindowText));
    painter->drawText(QRect(x, y, titleWidth, kLine), Qt::AlignLeft | Qt::AlignVCenter, title);
    painter->drawText(QRect(x + titleWidth, y, lowWidth, kLine), Qt::AlignLeft | Qt::AlignVCenter, low);
    int sx = x + titleWidth + lowWidth;
    for (int i = 0; i < kSwatches; ++i, sx += kSwatch + 2) {
        const double shade = m_countMaximum <= 1 ? 1.0 : double(i) / (kSwatches - 1);
        painter->setPen(countBaseColor(0.5).darker(120));
        painter->setBrush(countFill(0.5, shade, false));
        painter->drawRect(QRectF(sx + 0.5, y + (kLine - kSwatch) / 2 + 0.5, kSwatch - 1, kSwatch - 1));
    }
    painter->setPen(palette().color(QPalette::WindowText));
    painter->drawText(QRect(sx + 2, y, width, kLine), Qt::AlignLeft | Qt::AlignVCenter, high);
    painter->restore();
    return width;
}

int TimelineLegend::layout(QPainter *painter, int width) const
{
    struct Entry {
        int type;
        SpanStyle style;
        qreal sampleWidth;
        QColor color;
        QString text;
    };
    const QColor meeting = style::typeColor(3), initiative = style::typeColor(2), neutral(120, 128, 140);
    std::vector<Entry> entries{
        {3, SpanStyle::Day, 0, meeting, style::typeName(3)},
        {2, SpanStyle::Day, 0, initiative, style::typeName(2)},
        {3, SpanStyle::Day, 0, neutral, tr("Exact day")},
        {3, SpanStyle::Range, kSample, neutral, tr("Day range")},
        {3, SpanStyle::Month, kSample, neutral, tr("Month known")},
        {3, SpanStyle::Year, kSample, neutral, tr("Year known")},
    };
    for (const LegendKind &k : m_kinds)
        entries.push_back({k.entityType, SpanStyle::Range, 14, k.color, style::kindName(k.kind)});

    const QFontMetrics fm(font());
    int x = 6, y = 4;
    if (m_countMaximum > 0) // counts first: at coarse zoom they are what the view shows
        x += paintCountScale(painter, x, y) + 8;
    const QString kindsTitle = tr("Kinds:");
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Entry &e = entries[i];
        const int sample = e.sampleWidth > 0 ? static_cast<int>(e.sampleWidth) : 14;
        const int w = sample + 6 + fm.horizontalAdvance(e.text) + 16;
        if (x + w > width && x > 6) {
            x = 6;
            y += kLine;
        }
        if (painter) {
            TimelineItemGraphic graphic(0, e.type, e.style, e.color, QString(), QString());
            graphic.setGeometry(0, e.sampleWidth, 0, false);
            painter->save();
            // Point markers are centred on their (zero-width) span: shift them into the slot.
            painter->translate(x + (e.sampleWidth > 0 ? 0 : 7), y + (kLine - TimelineItemGraphic::kHeight) / 2);
            graphic.paint(painter, nullptr, nullptr);
            painter->restore();
            painter->setPen(palette().color(QPalette::WindowText));
            painter->drawText(QRect(x + sample + 6, y, w, kLine), Qt::AlignLeft | Qt::AlignVCenter, e.text);
        }
        x += w;
        // Types and precision first, then the kinds: on the same line when it has room for the
        // title and a kind (a second line took 22 px from the lanes of a short dock).
        if (i == 5 && !m_kinds.isEmpty()) {
            const int gap = 18;
            const int titleWidth = fm.horizontalAdvance(kindsTitle) + 8;
            const int firstKind = 14 + 6 + fm.horizontalAdvance(entries[i + 1].text) + 16;
            if (x + gap + titleWidth + firstKind > width) {
                x = 6;
                y += kLine;
            } else {
                x += gap;
            }
            if (painter) {
                painter->setPen(palette().color(QPalette::WindowText));
                painter->drawText(QRect(x, y, titleWidth, kLine), Qt::AlignLeft | Qt::AlignVCenter, kindsTitle);
            }
            x += titleWidth;
        }
    }
    return y + kLine + 4;
}

int TimelineLegend::paintLegend(QPainter &painter, int width) const
{
    return layout(&painter, width);
}

int TimelineLegend::heightForWidth(int width) const { return layout(nullptr, width); }

QSize TimelineLegend::sizeHint() const { return {400, heightForWidth(std::max(width(), 400))}; }

void TimelineLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    layout(&painter, width());
}

} // namespace sillok::gui::timeline
