#include "models/article_model.h"

#include "services/display.h"

#include <QFileInfo>

namespace sillok::gui {

ArticleModel::ArticleModel(QObject *parent) : PagedRows(parent) {}
ArticleModel::~ArticleModel() = default;

int ArticleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleModel::data(const QModelIndex &index, int role) const
{
    const core::ArticleSummary *a = articleAt(index.row());
    if (!a || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: {
            const QString title = a->title.empty() ? QFileInfo(toQ(a->source)).fileName() : toQ(a->title);
            // One story once: its other copies are folded into it (store/library_identity.h).
            return a->copies > 0 ? title + tr(" · %n more file(s) of this story", nullptr, a->copies) : title;
        }
        case DateColumn: return Display::date(a->published);
        case SourceColumn: return QFileInfo(toQ(a->source)).fileName();
        case AnnotationsColumn: return a->annotationCount;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DateColumn)
            return Display::tr("%1, from the %2").arg(Display::dateWithPrecision(a->published),
                                                      Display::basis(a->publishedBasis));
        if (index.column() == SourceColumn)
            return toQ(a->source);
        return toQ(a->title);
    case Qt::TextAlignmentRole:
        if (index.column() == AnnotationsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole: return qint64(a->id);
    case PrecisionRole: return int(a->published.precision);
    case SortRole:
        switch (index.column()) {
        case DateColumn: return Display::dateSortKey(a->published);
        case AnnotationsColumn: return a->annotationCount;
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    return {};
}

QVariant ArticleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Title");
    case DateColumn: return tr("Date");
    case SourceColumn: return tr("Source");
    case AnnotationsColumn: return tr("Notes");
    }
    return {};
}

ArticleFilterProxy::ArticleFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ArticleModel::SortRole);
    setDynamicSortFilter(true);
}

void ArticleFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool ArticleFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    for (int c : {ArticleModel::TitleColumn, ArticleModel::SourceColumn, ArticleModel::DateColumn}) {
        const QString s = sourceModel()->index(sourceRow, c, sourceParent).data().toString();
        if (s.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace sillok::gui
