#pragma once
// EntityNameModel: every name an entity is known by — its name and each alias ("Rebellions",
// "리벨리온", "SK") — one row each, for completion. EditRole is the name or alias (what is
// matched and inserted); DisplayRole adds the entity it stands for when that is another name
// ("Rebellions — 리벨리온"). Filled from core::Library::entityNames().

#include <QAbstractListModel>

#include <vector>

namespace sillok::core {
struct EntityNames;
}

namespace sillok::gui {

class EntityNameModel : public QAbstractListModel {
    Q_OBJECT
public:
    // UidRole has the value of EntityModel::UidRole, so views can read either model alike.
    enum Role {
        IdRole = Qt::UserRole + 1,
        TypeRole,
        NameRole,
        UidRole
    };

    explicit EntityNameModel(QObject *parent = nullptr);
    ~EntityNameModel() override;

    void setNames(const std::vector<core::EntityNames> &names);
    // The row of the entity's own name, or -1.
    int rowOfUid(const QString &uid) const;
    // The uid of the entity a name or alias stands for (case-insensitive, exact); "" when none
    // or when it names several entities and none by its own name.
    QString uidOf(const QString &form) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    struct Row {
        QString form;
        QString name;
        QString uid;
        qint64 id = 0;
        int type = 0;
        bool own = false; // the entity's own name, not an alias
    };
    std::vector<Row> m_rows;
};

} // namespace sillok::gui
