#include "models/entity_name_model.h"

#include "services/display.h"
#include "store/library.h"

namespace sillok::gui {

EntityNameModel::EntityNameModel(QObject *parent) : QAbstractListModel(parent) {}
EntityNameModel::~EntityNameModel() = default;

void EntityNameModel::setNames(const std::vector<core::EntityNames> &names)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &e : names) {
        const QString name = toQ(e.name), uid = toQ(e.uid);
        m_rows.push_back({name, name, uid, e.id, int(e.type), true});
        for (const auto &alias : e.aliases)
            m_rows.push_back({toQ(alias), name, uid, e.id, int(e.type), false});
    }
    endResetModel();
}

int EntityNameModel::rowOfUid(const QString &uid) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].own && m_rows[i].uid == uid)
            return int(i);
    return -1;
}

QString EntityNameModel::uidOf(const QString &form) const
{
    const QString wanted = form.trimmed();
    QString byAlias;
    bool ambiguous = false;
    for (const Row &r : m_rows) {
        if (r.form.compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        if (r.own)
            return r.uid;
        if (!byAlias.isEmpty() && byAlias != r.uid)
            ambiguous = true;
        byAlias = r.uid;
    }
    return ambiguous ? QString() : byAlias;
}

int EntityNameModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EntityNameModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return r.own ? tr("%1 (%2)").arg(r.form, Display::entityType(core::EntityType(r.type)))
                     : tr("%1 — %2 (%3)").arg(r.form, r.name, Display::entityType(core::EntityType(r.type)));
    case Qt::EditRole:
        return r.form;
    case Qt::ToolTipRole:
        return r.name;
    case Qt::ForegroundRole:
        return Display::entityColor(core::EntityType(r.type));
    case IdRole:
        return r.id;
    case TypeRole:
        return r.type;
    case NameRole:
        return r.name;
    case UidRole:
        return r.uid;
    }
    return {};
}

} // namespace sillok::gui
