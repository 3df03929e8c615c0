#pragma once
// How the graph view draws relations. Typed relations between organizations and initiatives
// (partnership, investment, acquisition, merger, supply, subsidiary_of, participates_in, funds)
// are solid, coloured and thicker; the structural links of meetings and people (organizer,
// participant, owner, role, part_of, discussed, member_of) thin and grey; co-mention — a
// sentence naming both, not a stated relation — dashed, never coloured like a relation.

#include <QColor>
#include <QString>
#include <QStringList>

namespace sillok::gui::graph {

struct RelationStyle {
    QColor color;
    qreal width = 1.2;
    bool typed = false;     // one of the eight typed relations
    bool symmetric = false; // drawn without an arrowhead (partnership, merger)
};

RelationStyle relationStyle(const QString &predicate);
// Translated name of a fact predicate ("organizer" → "organizer" / "주최").
QString predicateName(const QString &predicate);
// Every predicate in display order: the typed relations first, then the structural links.
// Unknown predicates sort after them by code.
QStringList predicateOrder();
// Sorts `predicates` in display order.
void sortPredicates(QStringList &predicates);

// The co-mention layer: colour, and line width for a pair named together in `sentences`.
QColor coMentionColor();
qreal coMentionWidth(int sentences);

} // namespace sillok::gui::graph
