#pragma once
// AnnotationModel: highlights and notes (one row each), replaced wholesale by setResults().
// AnnotationFilterProxy: by colour, tag, article and free text (quote, note, tags); the
// annotations panel chains model -> AnnotationFilterProxy (which also sorts).

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <vector>

namespace sillok::core {
struct AnnotationRecord;
}

namespace sillok::gui {

class AnnotationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { QuoteColumn, NoteColumn, TagsColumn, ArticleColumn, EntityColumn, ColumnCount };
    enum Role { UidRole = Qt::UserRole + 1, ArticleIdRole, ColorRole, TagsRole, OrphanedRole, StartRole, SortRole,
                EndRole, EntityUidRole };

    explicit AnnotationModel(QObject *parent = nullptr);
    ~AnnotationModel() override;

    void setResults(std::vector<core::AnnotationRecord> annotations);
    // Names the article column (id -> title); missing ids show the id.
    void setArticleTitles(const QHash<qint64, QString> &titles);
    // Names the evidence column (entity uid -> name); unknown uids show the uid.
    void setEntityNames(const QHash<QString, QString> &names);
    const core::AnnotationRecord *annotationAt(int row) const;
    QStringList allTags() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<core::AnnotationRecord> m_annotations;
    QHash<qint64, QString> m_titles;
    QHash<QString, QString> m_entityNames;
};

class AnnotationFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AnnotationFilterProxy(QObject *parent = nullptr);
    void setColor(const QString &color); // "" = all
    void setTag(const QString &tag);     // "" = all
    void setArticleId(qint64 id);        // 0 = all
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_color;
    QString m_tag;
    qint64 m_articleId = 0;
    QString m_text;
};

} // namespace sillok::gui
