#include "view_style.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <numbers>

namespace sillok::gui::style {
namespace {

// Stands in for a class context so lupdate files these strings under one name.
QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("sillok::gui::ViewStyle", text, disambiguation);
}

QPainterPath regularPolygon(int sides, qreal radius, qreal startAngle)
{
    QPainterPath path;
    for (int i = 0; i < sides; ++i) {
        const qreal a = startAngle + 2 * std::numbers::pi * i / sides;
        const QPointF p(radius * std::cos(a), radius * std::sin(a));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

} // namespace

QColor typeColor(int entityType)
{
    switch (entityType) {
    case 0: return QColor(0x3b, 0x6e, 0xa8); // organization: steel blue
    case 1: return QColor(0x5a, 0x9e, 0x4b); // person: green
    case 2: return QColor(0x7b, 0x4f, 0xb0); // initiative: violet
    case 3: return QColor(0xd9, 0x6c, 0x1e); // meeting: orange
    default: return QColor(0x88, 0x88, 0x88);
    }
}

QString typeName(int entityType)
{
    // Literal contexts, so lupdate files them where tr() above looks them up.
    switch (entityType) {
    case 0: return QCoreApplication::translate("sillok::gui::ViewStyle", "Organization");
    case 1: return QCoreApplication::translate("sillok::gui::ViewStyle", "Person");
    case 2: return QCoreApplication::translate("sillok::gui::ViewStyle", "Initiative");
    case 3: return QCoreApplication::translate("sillok::gui::ViewStyle", "Meeting");
    default: return QCoreApplication::translate("sillok::gui::ViewStyle", "Other");
    }
}

QPainterPath typeShape(int entityType, qreal radius)
{
    QPainterPath path;
    switch (entityType) {
    case 0: {
        const qreal s = radius * 0.9;
        path.addRoundedRect(QRectF(-s, -s, 2 * s, 2 * s), radius * 0.3, radius * 0.3);
        break;
    }
    case 1: path.addEllipse(QPointF(0, 0), radius, radius); break;
    case 2: path = regularPolygon(4, radius * 1.15, -std::numbers::pi / 2); break;
    case 3: path = regularPolygon(6, radius * 1.05, 0); break;
    default: path.addEllipse(QPointF(0, 0), radius, radius); break;
    }
    return path;
}

QString kindName(const QString &kind)
{
    if (kind.isEmpty())
        return QCoreApplication::translate("sillok::gui::ViewStyle", "Unspecified", "kind");
    static const std::array<std::pair<const char *, const char *>, 15> names{{
        {"policy", QT_TRANSLATE_NOOP("sillok::gui::ViewStyle", "Policy")},
        {"project", QT_TRANSLATE_NOOP("sillok::gui::ViewStyle", "Project")},
        {"program", QT_TRANSLATE_NOOP("sillok::gui::ViewStyle", "Program")},
        {"alliance", QT_TRANSLATE_NOOP("sillok::gui::ViewStyle", "Alliance")},
        {"fund", QT_TRANSLATE_NOOP("sillok::gui::ViewStyle", "Fund")},
        {"strategy", QT_TRANSLATE_NOOP("sillok::gui::ViewStyle", "Strategy")},
        {"meeting", QT_TRANSLATE_NOOP("sillok::gui::ViewStyle", "Meeting")},
        {"conference", QT_TRANSLATE_NOOP("sillok::gui::ViewStyle", "Conference")},
        {"press_conference", QT_TRANSLATE_NOOP("sillok::gui::ViewStyle", "Press conference")},
        {"demo", QT_TRANSLATE_NOOP("sillok::gui::ViewStyle", "Demonstration")},
        {"exhibition", QT_TRANSLATE_NOOP("sillok::gui::ViewStyle", "Exhibition")},
        {"forum", QT_TRANSLATE_NOOP("sillok::gui::ViewStyle", "Forum")},
        {"ceremony", QT_TRANSLATE_NOOP("sillok::gui::ViewStyle", "Ceremony")},
        {"workshop", QT_TRANSLATE_NOOP("sillok::gui::ViewStyle", "Workshop")},
        {"other", QT_TRANSLATE_NOOP("sillok::gui::ViewStyle", "Other")},
    }};
    for (const auto &[code, name] : names)
        if (kind == QLatin1StringView(code))
            return tr(name);
    return kind;
}

QColor kindColor(int entityType, int index)
{
    // Qualitative hues (degrees): warm for meetings, cool for initiatives, neutral otherwise.
    static constexpr std::array<int, 6> warm{22, 0, 340, 40, 10, 320};
    static constexpr std::array<int, 6> cool{215, 265, 175, 240, 195, 285};
    const auto &hues = entityType == 3 ? warm : cool;
    const int i = index < 0 ? 0 : index;
    const int hue = hues[static_cast<std::size_t>(i) % hues.size()];
    // Past one round of hues, vary lightness so neighbours stay apart.
    const int round = i / static_cast<int>(hues.size());
    return QColor::fromHsl(hue, 170, std::clamp(110 - 22 * (round % 3), 50, 200));
}

} // namespace sillok::gui::style
