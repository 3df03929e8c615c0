#pragma once
// FactModel: the facts of one entity page, seen from that entity (relation, the other side,
// literal value, sources). EvidenceModel: sentences (mentions or a fact's evidence), each
// pointing at its article span so a click opens the reader at that sentence.

#include <QAbstractTableModel>

#include <vector>

namespace sillok::core {
struct FactRecord;
struct EvidenceRecord;
}

namespace sillok::gui {

class FactModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RelationColumn, OtherColumn, ValueColumn, SourcesColumn, ColumnCount };
    enum Role { OtherIdRole = Qt::UserRole + 1, ArticleIdRole, SentenceStartRole, SentenceEndRole, FactIdRole };

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

class EvidenceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { QuoteColumn, ArticleColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, SentenceStartRole, SentenceEndRole };

    explicit EvidenceModel(QObject *parent = nullptr);
    ~EvidenceModel() override;

    void setResults(std::vector<core::EvidenceRecord> evidence);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<core::EvidenceRecord> m_evidence;
};

} // namespace sillok::gui
