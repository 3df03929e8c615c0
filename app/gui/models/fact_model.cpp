#include "models/fact_model.h"

#include "services/display.h"

#include <QFileInfo>
#include <QLocale>

namespace sillok::gui {

FactModel::FactModel(QObject *parent) : QAbstractTableModel(parent) {}
FactModel::~FactModel() = default;

void FactModel::setResults(std::vector<core::FactRecord> facts, qint64 centerId)
{
    beginResetModel();
    m_facts = std::move(facts);
    m_center = centerId;
    endResetModel();
}

const core::FactRecord *FactModel::factAt(int row) const
{
    return row >= 0 && row < int(m_facts.size()) ? &m_facts[std::size_t(row)] : nullptr;
}

int FactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_facts.size());
}

int FactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FactModel::data(const QModelIndex &index, int role) const
{
    const core::FactRecord *f = factAt(index.row());
    if (!f || index.column() >= ColumnCount)
        return {};
    const bool asSubject = f->subjectId == m_center;
    const qint64 otherId = asSubject ? f->objectId : f->subjectId;
    const QString otherName = toQ(asSubject ? f->objectName : f->subjectName);
    const core::EntityType otherType = asSubject ? f->objectType : f->subjectType;
    const int sentences = f->evidenceCount ? f->evidenceCount : int(f->evidence.size());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RelationColumn:
            return Display::predicateFrom(f->predicate, asSubject);
        case OtherColumn: return otherId ? otherName : QString();
        case ValueColumn: return toQ(f->value);
        case DateColumn:
            if (!f->dateText.empty() && !f->date.empty())
                return tr("%1 (“%2”)").arg(toQ(f->date), toQ(f->dateText));
            return toQ(f->date);
        case SeenColumn:
            return Display::span(f->firstArticle, f->lastArticle);
        case ArticlesColumn:
            return f->articleCount ? QVariant(f->articleCount) : QVariant();
        case SourcesColumn:
            // The number alone (the column says what it counts): "3441 sentences" took the width
            // the other end's name needs in the entity dock.
            return QLocale().toString(sentences);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SourcesColumn)
            return tr("%n sentence(s) state it: S lists them", nullptr, sentences);
        if (index.column() == SeenColumn && f->firstArticle.isValid()) {
            if (!f->lastArticle.isValid() || f->lastArticle == f->firstArticle)
                return tr("Published %1: the article that states it").arg(Display::date(f->firstArticle));
            return tr("First stated %1, latest %2 (publication dates of the articles that state it)")
                .arg(Display::date(f->firstArticle), Display::date(f->lastArticle));
        }
        if (index.column() == DateColumn)
            return tr("The date the articles give this relation itself");
        if (!f->evidence.empty())
            return toQ(f->evidence.front().quote);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ArticlesColumn || index.column() == SourcesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == OtherColumn && otherId)
            return Display::entityColor(otherType);
        break;
    case OtherIdRole: return otherId;
    case FactIdRole: return qint64(f->id);
    case PredicateRole:
        return toQ(f->predicate);
    case ArticleIdRole: return f->evidence.empty() ? qint64(0) : qint64(f->evidence.front().articleId);
    case SentenceStartRole: return f->evidence.empty() ? 0 : f->evidence.front().sentenceStart;
    case SentenceEndRole: return f->evidence.empty() ? 0 : f->evidence.front().sentenceEnd;
    }
    return {};
}

QVariant FactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RelationColumn: return tr("Relation");
    case OtherColumn: return tr("With");
    case ValueColumn: return tr("Value");
    case DateColumn:
        return tr("Date");
    case SeenColumn:
        return tr("Seen");
    case ArticlesColumn:
        return tr("Articles");
    case SourcesColumn: return tr("Sources");
    }
    return {};
}

EvidenceModel::EvidenceModel(QObject *parent) : PagedRows(parent) {}
EvidenceModel::~EvidenceModel() = default;

int EvidenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    const core::EvidenceRecord *row = rowAt(index.row());
    if (!row || index.column() >= ColumnCount)
        return {};
    const core::EvidenceRecord &e = *row;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == QuoteColumn)
            return toQ(e.quote).simplified();
        if (index.column() == DateColumn)
            return e.published.isValid() ? Display::date(e.published) : QString();
        return e.articleTitle.empty() ? QFileInfo(toQ(e.articleSource)).fileName() : toQ(e.articleTitle);
    case Qt::ToolTipRole: return toQ(e.quote);
    case ArticleIdRole: return qint64(e.articleId);
    case SentenceStartRole: return e.sentenceStart;
    case SentenceEndRole: return e.sentenceEnd;
    }
    return {};
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuoteColumn:
        return tr("Sentence");
    case DateColumn:
        return tr("Published");
    default:
        return tr("Article");
    }
}

} // namespace sillok::gui
