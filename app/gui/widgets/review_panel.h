#pragma once
// ReviewPanel: the review queue — decisions waiting for a person (possible merges, entities the
// extractor was not sure of, meetings dated differently, orphaned annotations), each with the
// sentences it rests on. A accepts and R rejects the selected item (also the buttons); the
// verdict goes to the ledger (Library::decideReview) and the item leaves the queue. Activating
// a sentence opens the reader there, an entity its page.

#include <QWidget>

#include <string>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sillok::core {
struct ReviewItem;
} // namespace sillok::core

namespace sillok::gui {

class LibraryService;

class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPanel(LibraryService *service, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *tree() const { return m_tree; }
    // Records the verdict on the selected item.
    void decide(bool accept);

    // A translated sentence for the item's kind.
    static QString kindLabel(const std::string &kind);
    static QString explanation(const core::ReviewItem &item);

    enum Role { ItemIdRole = Qt::UserRole + 1, EntityIdRole, ArticleIdRole, StartRole, EndRole };

signals:
    void entityActivated(qint64 id);
    void openArticle(qint64 articleId, int start, int end);
    void decided(const QString &itemId, bool accepted);
    void loaded();
    void errorOccurred(const QString &message, const QString &detail);

private:
    void fill(const std::vector<core::ReviewItem> &items);
    void activate(QTreeWidgetItem *item);

    LibraryService *m_service;
    QLabel *m_summary;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QTreeWidget *m_tree;
    int m_generation = 0;
};

} // namespace sillok::gui
