#include "models/annotation_model.h"

#include "services/display.h"

#include <QSet>

namespace sillok::gui {

AnnotationModel::AnnotationModel(QObject *parent) : QAbstractTableModel(parent) {}
AnnotationModel::~AnnotationModel() = default;

void AnnotationModel::setResults(std::vector<core::AnnotationRecord> annotations)
{
    beginResetModel();
    m_annotations = std::move(annotations);
    endResetModel();
}

void AnnotationModel::setArticleTitles(const QHash<qint64, QString> &titles)
{
    m_titles = titles;
    if (!m_annotations.empty())
        emit dataChanged(index(0, ArticleColumn), index(rowCount() - 1, ArticleColumn));
}

void AnnotationModel::setEntityNames(const QHash<QString, QString> &names)
{
    m_entityNames = names;
    if (!m_annotations.empty())
        emit dataChanged(index(0, EntityColumn), index(rowCount() - 1, EntityColumn));
}

const core::AnnotationRecord *AnnotationModel::annotationAt(int row) const
{
    return row >= 0 && row < int(m_annotations.size()) ? &m_annotations[std::size_t(row)] : nullptr;
}

QStringList AnnotationModel::allTags() const
{
    QSet<QString> tags;
    for (const auto &a : m_annotations)
        for (const auto &t : a.tags)
            tags.insert(toQ(t));
    QStringList list(tags.begin(), tags.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

int AnnotationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    const core::AnnotationRecord *a = annotationAt(index.row());
    if (!a || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuoteColumn:
            return a->orphaned ? tr("[orphaned] %1").arg(toQ(a->exact)) : toQ(a->exact);
        case NoteColumn: return toQ(a->note);
        case TagsColumn: return toQList(a->tags).join(QStringLiteral(", "));
        case ArticleColumn: return m_titles.value(a->articleId, QString::number(a->articleId));
        case EntityColumn: return a->entityUid.empty() ? QString() : m_entityNames.value(toQ(a->entityUid), toQ(a->entityUid));
        }
        break;
    case Qt::ToolTipRole:
        if (a->orphaned)
            return tr("Orphaned: the highlighted words are no longer in the article.");
        return toQ(a->note).isEmpty() ? toQ(a->exact) : toQ(a->note);
    case Qt::DecorationRole:
        if (index.column() == QuoteColumn)
            return Display::annotationColor(toQ(a->color));
        break;
    case Qt::ForegroundRole:
        if (a->orphaned)
            return QColor(Qt::gray);
        break;
    case UidRole: return toQ(a->uid);
    case ArticleIdRole: return qint64(a->articleId);
    case ColorRole: return toQ(a->color);
    case TagsRole: return toQList(a->tags);
    case OrphanedRole: return a->orphaned;
    case StartRole: return a->start;
    case EndRole: return a->end;
    case EntityUidRole: return toQ(a->entityUid);
    case SortRole: return data(index, Qt::DisplayRole).toString().toLower();
    }
    return {};
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuoteColumn: return tr("Highlight");
    case NoteColumn: return tr("Note");
    case TagsColumn: return tr("Tags");
    case ArticleColumn: return tr("Article");
    case EntityColumn: return tr("Evidence for");
    }
    return {};
}

AnnotationFilterProxy::AnnotationFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AnnotationModel::SortRole);
    setDynamicSortFilter(true);
}

void AnnotationFilterProxy::setColor(const QString &color)
{
    m_color = color;
    invalidateFilter();
}

void AnnotationFilterProxy::setTag(const QString &tag)
{
    m_tag = tag;
    invalidateFilter();
}

void AnnotationFilterProxy::setArticleId(qint64 id)
{
    m_articleId = id;
    invalidateFilter();
}

void AnnotationFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool AnnotationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_color.isEmpty() && i.data(AnnotationModel::ColorRole).toString() != m_color)
        return false;
    if (!m_tag.isEmpty() && !i.data(AnnotationModel::TagsRole).toStringList().contains(m_tag))
        return false;
    if (m_articleId != 0 && i.data(AnnotationModel::ArticleIdRole).toLongLong() != m_articleId)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < AnnotationModel::ColumnCount; ++c)
        if (sourceModel()->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace sillok::gui
