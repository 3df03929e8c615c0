#include "models/fact_model.h"

#include "services/display.h"

#include <QFileInfo>

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
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RelationColumn:
            return asSubject ? Display::predicate(f->predicate)
                             : tr("%1 (of)").arg(Display::predicate(f->predicate));
        case OtherColumn: return otherId ? otherName : QString();
        case ValueColumn: return toQ(f->value);
        case SourcesColumn: return tr("%n sentence(s)", nullptr, int(f->evidence.size()));
        }
        break;
    case Qt::ToolTipRole:
        if (!f->evidence.empty())
            return toQ(f->evidence.front().quote);
        break;
    case Qt::ForegroundRole:
        if (index.column() == OtherColumn && otherId)
            return Display::entityColor(otherType);
        break;
    case OtherIdRole: return otherId;
    case FactIdRole: return qint64(f->id);
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
    case SourcesColumn: return tr("Sources");
    }
    return {};
}

EvidenceModel::EvidenceModel(QObject *parent) : QAbstractTableModel(parent) {}
EvidenceModel::~EvidenceModel() = default;

void EvidenceModel::setResults(std::vector<core::EvidenceRecord> evidence)
{
    beginResetModel();
    m_evidence = std::move(evidence);
    endResetModel();
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_evidence.size());
}

int EvidenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_evidence.size()) || index.column() >= ColumnCount)
        return {};
    const core::EvidenceRecord &e = m_evidence[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == QuoteColumn)
            return toQ(e.quote).simplified();
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
    return section == QuoteColumn ? tr("Sentence") : tr("Article");
}

} // namespace sillok::gui
