#pragma once
// SearchResultModel: the Ctrl+K results, one flat list: the entities the query names ("Best
// match"), then the other entities grouped by type under header rows, then articles with their
// snippets (matches in bold, HtmlRole), then notes (annotations whose quote, note or tags match).

#include <QAbstractListModel>

#include <string>
#include <vector>

namespace sillok::core {
struct AnnotationRecord;
struct EntitySummary;
struct SearchHit;
} // namespace sillok::core

namespace sillok::gui {

class SearchResultModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Kind { HeaderRow, EntityRow, ArticleRow, NoteRow };
    // An entity listed for what it is linked to, not for its name: a meeting that discussed
    // the initiative the query names. `via` is the name of that initiative (the group header).
    struct Linked {
        std::vector<core::EntitySummary> entities;
        std::string via;
    };
    struct Results {
        std::vector<core::EntitySummary> best; // what the query names: listed first
        std::vector<core::EntitySummary> entities;
        std::vector<core::SearchHit> hits;
        std::vector<core::AnnotationRecord> notes;
        std::vector<Linked> linked; // after the entities, under "Linked to …" headers
    };
    // IdRole: the entity, the article, or for a note the article it is on (ArticleRole too).
    enum Role { KindRole = Qt::UserRole + 1, IdRole, EntityTypeRole, HtmlRole };

    explicit SearchResultModel(QObject *parent = nullptr);
    ~SearchResultModel() override;

    void setResults(const std::vector<core::EntitySummary> &entities, const std::vector<core::SearchHit> &hits);
    void setResults(const Results &results);
    // Rows of each kind (headers left out).
    int count(Kind kind) const;
    void clear();
    // The first entity or article row (what Enter opens), or -1.
    int bestRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row {
        Kind kind = HeaderRow;
        qint64 id = 0;
        int entityType = -1;
        QString text;
        QString html;
        QString tip;
    };
    std::vector<Row> m_rows;
};

} // namespace sillok::gui
