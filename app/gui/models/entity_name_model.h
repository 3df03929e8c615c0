#pragma once
// EntityNameModel: the names and aliases an entity is known by ("Rebellions", "리벨리온", "SK")
// that contain what is typed, one row each, for completion. match(text) asks the library
// (core::Library::entityNamesMatching, on the Query lane, a newer text cancelling an older one)
// and the rows change when the answer comes (matched()). The model never holds every name: at
// 100,000 articles that was ~150,000 rows, and the window idled at 210 MB instead of 122 MB.
// EditRole is the name or alias (what is inserted); DisplayRole adds the entity it stands for
// when that is another name ("Rebellions — 리벨리온").

#include <QAbstractListModel>
#include <QHash>

#include <memory>
#include <vector>

namespace sillok::gui {

class LibraryService;

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
    static constexpr int kMatchLimit = 50;

    explicit EntityNameModel(LibraryService *service, QObject *parent = nullptr);
    ~EntityNameModel() override;

    // Asks for the names containing `text` (case-insensitive, as normalized names compare); ""
    // empties the rows at once. matched() says when the rows are `text`'s.
    void match(const QString &text);
    QString matchedText() const { return m_matched; }
    // Names known without asking, uid -> name (the annotated entities'), so a link shows by name.
    void setKnownNames(const QHash<QString, QString> &names) { m_known = names; }
    // The name of the entity `uid`, from the known names or the rows; "" when unknown.
    QString nameOfUid(const QString &uid) const;
    // The uid of the entity a name or alias among the rows stands for (case-insensitive, exact);
    // "" when none, or when it names several entities and none by its own name.
    QString uidOf(const QString &form) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

signals:
    void matched();

private:
    struct Row {
        QString form;
        QString name;
        QString uid;
        qint64 id = 0;
        int type = 0;
        bool own = false; // the entity's own name, not an alias
    };
    struct Request;
    void show(const QString &text, std::vector<Row> rows);

    LibraryService *m_service;
    std::vector<Row> m_rows;
    QString m_matched;
    QHash<QString, QString> m_known;
    std::shared_ptr<Request> m_request;
};

} // namespace sillok::gui
