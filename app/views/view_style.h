#pragma once
// Colours, shapes and display names shared by the timeline and graph views, so one entity
// type or kind looks the same everywhere. Plain functions; safe to call from any GUI code.

#include <QColor>
#include <QPainterPath>
#include <QString>
#include <QStringList>

namespace sillok::gui::style {

// Indexes follow core::EntityType (Organization, Person, Initiative, Meeting).
inline constexpr int kEntityTypeCount = 4;

// The base colour of an entity type.
QColor typeColor(int entityType);
// Translated, human name of an entity type ("Meeting" / "회의").
QString typeName(int entityType);
// A closed outline of the type's marker centred on (0,0) with the given radius:
// organization = rounded square, person = circle, initiative = diamond, meeting = hexagon.
QPainterPath typeShape(int entityType, qreal radius);

// Translated name of an extraction kind code ("press_conference" → "Press conference");
// unknown codes are shown as given, "" as "Unspecified".
QString kindName(const QString &kind);
// A colour for the kind at `index` among the sorted distinct kinds of one entity type:
// meetings take warm hues, initiatives cool ones, so the two stay apart even by colour.
QColor kindColor(int entityType, int index);

} // namespace sillok::gui::style
