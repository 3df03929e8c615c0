#include "graph_relations.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace sillok::gui::graph {
namespace {

struct Relation {
    const char *code;
    const char *name;
    QRgb color; // 0 = the structural grey
    bool symmetric;
};

// Colours chosen apart from each other and from the node type colours (blue, green, violet,
// orange); the structural links stay grey so typed relations stand out.
constexpr std::array<Relation, 15> kRelations{{
    {"partnership", QT_TRANSLATE_NOOP("sillok::gui::GraphView", "partnership"), 0xff00897b, true},
    {"investment", QT_TRANSLATE_NOOP("sillok::gui::GraphView", "investment"), 0xffd81b60, false},
    {"acquisition", QT_TRANSLATE_NOOP("sillok::gui::GraphView", "acquisition"), 0xffb71c1c, false},
    {"merger", QT_TRANSLATE_NOOP("sillok::gui::GraphView", "merger"), 0xff795548, true},
    {"supply", QT_TRANSLATE_NOOP("sillok::gui::GraphView", "supply"), 0xffc79100, false},
    {"subsidiary_of", QT_TRANSLATE_NOOP("sillok::gui::GraphView", "subsidiary of"), 0xff283593, false},
    {"participates_in", QT_TRANSLATE_NOOP("sillok::gui::GraphView", "participates in"), 0xff558b2f, false},
    {"funds", QT_TRANSLATE_NOOP("sillok::gui::GraphView", "funds"), 0xffe65100, false},
    {"organizer", QT_TRANSLATE_NOOP("sillok::gui::GraphView", "organizer"), 0, false},
    {"participant", QT_TRANSLATE_NOOP("sillok::gui::GraphView", "participant"), 0, false},
    {"owner", QT_TRANSLATE_NOOP("sillok::gui::GraphView", "owner"), 0, false},
    {"role", QT_TRANSLATE_NOOP("sillok::gui::GraphView", "role"), 0, false},
    {"part_of", QT_TRANSLATE_NOOP("sillok::gui::GraphView", "part of"), 0, false},
    {"discussed", QT_TRANSLATE_NOOP("sillok::gui::GraphView", "discussed"), 0, false},
    {"member_of", QT_TRANSLATE_NOOP("sillok::gui::GraphView", "member of"), 0, false},
}};

const Relation *find(const QString &predicate)
{
    for (const Relation &r : kRelations)
        if (predicate == QLatin1StringView(r.code))
            return &r;
    return nullptr;
}

} // namespace

RelationStyle relationStyle(const QString &predicate)
{
    const Relation *r = find(predicate);
    if (!r || r->color == 0)
        return {QColor(150, 156, 168), 1.2, false, false};
    return {QColor::fromRgb(r->color), 2.4, true, r->symmetric};
}

QString predicateName(const QString &predicate)
{
    if (const Relation *r = find(predicate))
        return QCoreApplication::translate("sillok::gui::GraphView", r->name);
    return predicate;
}

QStringList predicateOrder()
{
    QStringList out;
    for (const Relation &r : kRelations)
        out << QLatin1StringView(r.code);
    return out;
}

void sortPredicates(QStringList &predicates)
{
    const QStringList order = predicateOrder();
    std::ranges::sort(predicates, [&](const QString &a, const QString &b) {
        const auto ia = order.indexOf(a), ib = order.indexOf(b);
        const auto ka = ia < 0 ? order.size() : ia, kb = ib < 0 ? order.size() : ib;
        return ka != kb ? ka < kb : a < b;
    });
}

QColor coMentionColor() { return QColor(84, 110, 122); }

qreal coMentionWidth(int sentences)
{
    return std::clamp(1.0 + 1.2 * std::log2(std::max(sentences, 1)), 1.0, 6.0);
}

} // namespace sillok::gui::graph
