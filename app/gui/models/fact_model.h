#pragma once
// FactModel: the facts of one entity page, seen from that entity (the relation as read from this
// end, the other side, literal value, the date the articles give it, when the articles saw it,
// how many articles and sentences state it). EvidenceModel: sentences (mentions or a fact's
// evidence), each pointing at its article span so a click opens the reader at that sentence;
// fetched page by page (canFetchMore/fetchMore) when the owner gives it a fetcher.

// The rows' types are core's; moc need not read core's headers (it cannot parse <concepts>).
#ifndef Q_MOC_RUN
#include "model/records.h"
#endif
#include "models/paged_table_model.h"

#include <vector>

namespace sillok::gui {

class FactModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RelationColumn,
        OtherColumn,
        ValueColumn,
        DateColumn,
        SeenColumn,
        ArticlesColumn,
        SourcesColumn,
        ColumnCount
    };
    enum Role {
        OtherIdRole = Qt::UserRole + 1,
        ArticleIdRole,
        SentenceStartRole,
        SentenceEndRole,
        FactIdRole,
        PredicateRole
    };

    explicit FactModel(QObject *parent = nullptr);
    ~FactModel() override;

    void setResults(std::vector<core::FactRecord> facts, qint64 centerId);
    const core::FactRecord *factAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<core::FactRecord> m_facts;
    qint64 m_center = 0;
};

class EvidenceModel : public PagedRows<core::EvidenceRecord> {
    Q_OBJECT
public:
    enum Column {
        QuoteColumn,
        DateColumn,
        ArticleColumn,
        ColumnCount
    };
    enum Role { ArticleIdRole = Qt::UserRole + 1, SentenceStartRole, SentenceEndRole };

    explicit EvidenceModel(QObject *parent = nullptr);
    ~EvidenceModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace sillok::gui
