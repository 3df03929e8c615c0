#pragma once
// EntityPage: one entity — names and aliases, kind, country, facts (people & roles, meetings,
// initiatives...), articles and every mention; each fact and mention opens the reader at its
// sentence. An initiative shows its meetings as a small timeline. The Evidence tab lists the
// highlights linked to the entity and opens the reader at their quote. Curation (rename, aliases,
// merge, split, "not an entity") goes through the undo stack.

#include <QHash>
#include <QWidget>

#include <map>
#include <memory>
#include <vector>

class QTableView;
class QUndoStack;

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

private:
    void reload();
    void render();
    void askRename();
    void askAddAlias();
    void askRemoveAlias();
    void askMerge();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sillok::gui
