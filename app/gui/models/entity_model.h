#pragma once
// EntityModel: organisations, people, initiatives and meetings with their counts.
// EntityFilterProxy: by type and by text typed so far (name, English name, kind).

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include <vector>

namespace sillok::core {
struct EntitySummary;
}

namespace sillok::gui {

class EntityModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, KindColumn, DateColumn, ArticlesColumn, MentionsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, TypeRole, SortRole, UidRole };

    explicit EntityModel(QObject *parent = nullptr);
    ~EntityModel() override;

    void setResults(std::vector<core::EntitySummary> entities);
    const core::EntitySummary *entityAt(int row) const;
    int rowOfId(qint64 id) const;
    // Entity uid -> name, for views that show annotation evidence links.
    QHash<QString, QString> namesByUid() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<core::EntitySummary> m_entities;
};

class EntityFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit EntityFilterProxy(QObject *parent = nullptr);
    void setType(int type); // a core::EntityType value, -1 = all
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_type = -1;
    QString m_text;
};

} // namespace sillok::gui
