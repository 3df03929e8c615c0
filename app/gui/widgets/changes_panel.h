#pragma once
// ChangesPanel: "What this import brought" — after each import run, the new organizations,
// people, initiatives and meetings, the entities seen again (with how many of the run's
// articles name them) and the new relations, each with the sentence it rests on; what concerns
// a watched entity comes first (marked ★). Activating an entity opens its page, activating a
// sentence opens the reader there; W (or the Watch button) watches / unwatches the selected
// entity. Reads Library::changes() on the query lane, a page of each list at a time: a 10k
// import brings some 55,000 entries; each list shows its first kFirstPage, and its last row,
// "Show more", reads four times as many.

#include <QWidget>

#include <array>
#include <cstddef>
#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sillok::core {
struct ChangedEntity;
struct EvidenceRecord;
struct ImportChanges;
} // namespace sillok::core

namespace sillok::gui {

class LibraryService;

class ChangesPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChangesPanel(LibraryService *service, QWidget *parent = nullptr);
    ~ChangesPanel() override;

    void refresh();
    QTreeWidget *tree() const { return m_tree; }
    QPushButton *watchButton() const { return m_watch; }
    // Watches the selected entity (or stops watching it).
    void toggleWatch();

    // Item data roles. MoreRole: the row that shows more of each list.
    enum Role {
        EntityIdRole = Qt::UserRole + 1,
        ArticleIdRole,
        StartRole,
        EndRole,
        WatchedRole,
        MoreRole
    };
    static constexpr std::size_t kFirstPage = 200;
    // The entries each list shows (kFirstPage, times four for each "Show more"); the next
    // refresh() reads that many.
    std::size_t pageSize() const { return m_pageSize; }
    void setPageSize(std::size_t entries) { m_pageSize = entries; }

signals:
    void entityActivated(qint64 id);
    void openArticle(qint64 articleId, int start, int end);
    void loaded();
    void errorOccurred(const QString &message, const QString &detail);

private:
    void fill(core::ImportChanges changes);
    QTreeWidgetItem *addEntity(QTreeWidgetItem *group, const core::ChangedEntity &e);
    void addEvidence(QTreeWidgetItem *parent, const std::vector<core::EvidenceRecord> &evidence);
    void activate(QTreeWidgetItem *item);
    // The last row of `group` when it shows `shown` of `total` entries.
    void addMore(QTreeWidgetItem *group, std::size_t shown, std::size_t total);
    // After "Show more": the first entry of that list not shown before (null otherwise).
    QTreeWidgetItem *firstShownAfterMore(const core::ImportChanges &c, const std::array<QTreeWidgetItem *, 3> &groups);

    LibraryService *m_service;
    QLabel *m_summary;
    QPushButton *m_watch;
    QTreeWidget *m_tree;
    std::unique_ptr<core::ImportChanges> m_changes;
    int m_generation = 0;
    std::size_t m_pageSize = kFirstPage;
    int m_moreList = -1;        // the list whose "Show more" was activated (0 new, 1 seen again, 2 relations)
    std::size_t m_moreFrom = 0; // how many of it were shown then
};

} // namespace sillok::gui
