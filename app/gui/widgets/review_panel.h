#pragma once
// ReviewPanel: the review queue — decisions waiting for a person (possible merges, entities the
// extractor was not sure of, meetings dated differently, orphaned annotations), each with the
// sentences it rests on. A accepts and R rejects the selected item (also the buttons); the
// verdict goes to the ledger (Library::decideReview) and the item leaves the queue. On a
// date conflict, accepting while one of its sentences is selected gives the meeting the date
// that sentence gives. Activating a sentence opens the reader there, an entity its page.

#include <QWidget>

#include <string>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sillok::core {
struct ReviewItem;
struct ReviewPage;
} // namespace sillok::core

namespace sillok::gui {

class LibraryService;

class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPanel(LibraryService *service, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *tree() const { return m_tree; }
    // Records the verdict on the selected item (with the selected sentence's date, see above).
    void decide(bool accept);

    // A translated sentence for the item's kind.
    static QString kindLabel(const std::string &kind);
    static QString explanation(const core::ReviewItem &item);

    // The items loaded at once: a long queue is read a page at a time (Library::reviewPage).
    static constexpr std::size_t kPageSize = 200;

    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        EntityIdRole,
        ArticleIdRole,
        StartRole,
        EndRole,
        DateRole
    };

signals:
    void entityActivated(qint64 id);
    void openArticle(qint64 articleId, int start, int end);
    void decided(const QString &itemId, bool accepted);
    void loaded();
    void errorOccurred(const QString &message, const QString &detail);

private:
    void fill(const std::vector<core::ReviewItem> &items, std::size_t total);
    void activate(QTreeWidgetItem *item);

    LibraryService *m_service;
    QLabel *m_summary;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QTreeWidget *m_tree;
    int m_generation = 0;
};

} // namespace sillok::gui
