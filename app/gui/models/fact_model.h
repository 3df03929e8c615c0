#pragma once
// FactModel: the facts of one entity page, seen from that entity (the relation as read from this
// end, the other side, literal value, the date the articles give it, when the articles saw it,
// how many articles and sentences state it). EvidenceModel: sentences (mentions or a fact's
// evidence), each pointing at its article span so a click opens the reader at that sentence;
// fetched page by page (canFetchMore/fetchMore) when the owner gives it a fetcher.

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace sillok::core {
struct FactRecord;
struct EvidenceRecord;
}

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

class EvidenceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { QuoteColumn, ArticleColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, SentenceStartRole, SentenceEndRole };

    explicit EvidenceModel(QObject *parent = nullptr);
    ~EvidenceModel() override;

    // `more`: further pages exist; the fetcher asks for the next one and answers with append().
    void setResults(std::vector<core::EvidenceRecord> evidence, bool more = false);
    void append(std::vector<core::EvidenceRecord> evidence, bool more);
    void setFetcher(std::function<void()> fetcher) { m_fetcher = std::move(fetcher); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    std::vector<core::EvidenceRecord> m_evidence;
    std::function<void()> m_fetcher;
    bool m_more = false;
    bool m_fetching = false;
};

} // namespace sillok::gui
