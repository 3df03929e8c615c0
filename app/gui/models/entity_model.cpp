#include "models/entity_model.h"

#include "services/display.h"

namespace sillok::gui {

EntityModel::EntityModel(QObject *parent) : PagedRows(parent) {}
EntityModel::~EntityModel() = default;

int EntityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityModel::data(const QModelIndex &index, int role) const
{
    const core::EntitySummary *e = entityAt(index.row());
    if (!e || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            // A person with the organization that tells namesakes apart, seen in the narrow dock
            // (the role is the Kind column's).
            if (e->type == core::EntityType::Person && !e->organization.empty())
                return QStringLiteral("%1 (%2)").arg(toQ(e->name), toQ(e->organization));
            return toQ(e->name);
        case TypeColumn: return Display::entityType(e->type);
        case KindColumn:
            return e->kind.empty() ? QString() : Display::entityKind(e->kind);
        case DateColumn: return Display::date(e->date);
        case ArticlesColumn: return e->articleCount;
        case MentionsColumn: return e->mentionCount;
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = toQ(e->name);
        if (!e->english.empty())
            tip += QStringLiteral(" — ") + toQ(e->english);
        if (e->type == core::EntityType::Person && !(e->kind.empty() && e->organization.empty()))
            tip += u'\n' + toQ(core::personContext(e->kind, e->organization));
        if (e->date.isValid())
            tip += u'\n' + Display::dateWithPrecision(e->date);
        return tip;
    }
    case Qt::ForegroundRole:
        if (index.column() == TypeColumn)
            return Display::entityColor(e->type);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ArticlesColumn || index.column() == MentionsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole: return qint64(e->id);
    case TypeRole: return int(e->type);
    case UidRole: return toQ(e->uid);
    case SortRole:
        switch (index.column()) {
        case ArticlesColumn: return e->articleCount;
        case MentionsColumn: return e->mentionCount;
        case DateColumn: return Display::dateSortKey(e->date);
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    return {};
}

QVariant EntityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case KindColumn: return tr("Kind");
    case DateColumn: return tr("Date");
    case ArticlesColumn: return tr("Articles");
    case MentionsColumn: return tr("Mentions");
    }
    return {};
}

} // namespace sillok::gui
