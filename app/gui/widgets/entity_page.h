#pragma once
// EntityPage: one entity — names and aliases, kind, country, a person's current and former posts,
// facts (people & roles, meetings, initiatives...), typed relations (partnership … funds) with
// their dates, when articles saw them and how many, then its articles and mentions (paged as they
// scroll); each fact and mention opens the reader at its sentence, an article on one click. An
// initiative or organization shows its meetings as a small timeline. The Evidence tab lists the
// highlights linked to the entity and opens the reader at their quote; the Sources tab every
// sentence that states the fact or relation chosen. Curation (rename, aliases,
// merge, split, "not an entity") goes through the undo stack.

#include <QHash>
#include <QWidget>

#include <map>
#include <memory>
#include <vector>

class QTabWidget;
class QTableView;
class QUndoStack;

namespace sillok::core {
struct FactRecord;
}

namespace sillok::gui {

class LibraryService;

class EntityPage : public QWidget {
    Q_OBJECT
public:
    EntityPage(LibraryService *service, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~EntityPage() override;

    qint64 entityId() const;
    QString entityName() const;
    QStringList aliases() const;
    bool isLoading() const;
    void showEntity(qint64 id);
    // Names the article column of the evidence list.
    void setArticleTitles(const QHash<qint64, QString> &titles);
    int evidenceCount() const;
    QTableView *evidenceView() const;
    QTableView *factView() const;
    QTableView *relationView() const;
    QTableView *mentionView() const;
    QTableView *articleView() const;
    QTableView *sourceView() const;
    QTabWidget *tabs() const;
    // The Sources tab: every sentence that states the fact or relation in `row` of `view` (the
    // facts' or the relations' table), newest article first, fetched a page at a time as it
    // scrolls. S in either table, or Enter on its Sources or Articles column, asks for it.
    void showSources(QTableView *view, int row);
    QString sourcesTitle() const;
    int sourcesTotal() const;
    // Writes every sentence of the sources shown (all pages, read again) to `path` as the Facts
    // CSV does (one row a sentence, with a byte-order mark for spreadsheets); sourcesExported()
    // says how it went. The tab's Export CSV… button asks for the path.
    void exportSources(const QString &path);
    // Mentions and articles fetched per page as their lists scroll (100; smaller in tests).
    void setPageSize(int rows);
    // Facts and relations on the page and how many the entity has (more when each predicate
    // shows only its most stated; showAllFacts() reads them all).
    int factsShown() const;
    int factTotal() const;
    void showAllFacts();
    // Facts read per predicate when an entity is opened (100; 0: all; smaller in tests).
    void setFactsPerPredicate(int facts);
    // The header's lines about a person's posts: current first, then former ones (plain text).
    QStringList postLines() const;

    // Curation without dialogs (the buttons ask, then call these).
    void rename(const QString &name);
    void addAlias(const QString &alias);
    void removeAlias(const QString &alias);
    void mergeWith(qint64 otherId, const QString &otherName);
    void splitLastMerge(); // undoes the most recent merge into this entity made in this session
    void reject();
    bool canSplit() const;

signals:
    void entityActivated(qint64 id);
    void openArticle(qint64 articleId, int sentenceStart, int sentenceEnd);
    // A translated sentence, and the core's technical detail for "Details" ("" when none).
    void errorOccurred(const QString &message, const QString &detail);
    void loaded();
    // After exportSources(): the file, and "" or what went wrong (translated).
    void sourcesExported(const QString &path, const QString &error);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void createTabs();
    void connectTabs();
    void reload();
    void render();
    void renderHeader();
    void openFilledTab();
    void fitAliases();
    void fitTabs();
    void fetchMentions();
    void fetchArticles();
    void fetchSources();
    void listSources(const core::FactRecord &f);
    void keepSourcesListed();
    void dropSources();
    void askRename();
    void askAddAlias();
    void askRemoveAlias();
    void askMerge();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sillok::gui
