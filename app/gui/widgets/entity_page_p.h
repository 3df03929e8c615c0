#pragma once
// Private to EntityPage (entity_page.cpp builds it, entity_page_loading.cpp reads the page,
// entity_page_render.cpp shows it, entity_page_curation.cpp curates).

#include "model/records.h"
#include "widgets/entity_page.h"

#include <QList>
#include <QString>

#include <map>
#include <optional>
#include <utility>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace sillok::gui {

class AnnotationModel;
class ArticleModel;
class EvidenceModel;
class FactModel;
class TimelineView;

struct EntityPageData {
    core::EntityDetail detail;                // facts, first pages of mentions and articles
    std::vector<core::TimelineItem> meetings; // the meetings and initiatives it is linked to
    std::int64_t nextMention = 0;             // paging cursors (0: no more)
    std::int64_t nextArticle = 0;
    std::vector<core::AnnotationRecord> evidence; // highlights linked to the entity
    std::optional<core::Error> partError;         // evidence or meetings could not be loaded
};

struct EntityPage::Private {
    LibraryService *service = nullptr;
    QUndoStack *undo = nullptr;
    qint64 requested = 0;
    bool loading = false;
    std::optional<EntityPageData> data;
    QLabel *header = nullptr;
    QLabel *status = nullptr;
    QListWidget *aliases = nullptr;
    QLabel *aliasLabel = nullptr;
    FactModel *facts = nullptr;
    FactModel *relations = nullptr;
    QTableView *factView = nullptr;
    QTableView *relationView = nullptr;
    QTableView *mentionView = nullptr;
    QTableView *articleView = nullptr;
    int pageSize = 100;
    // Facts read per predicate (the most stated first; 0: every fact). "Show all" sets 0 for the
    // entity on the page; another entity starts again at factsPerPredicateFirst.
    int factsPerPredicateFirst = 100;
    int factsPerPredicate = 100;
    QLabel *factsShown = nullptr; // "N of M facts and relations · Show all M", when some are left out
    qint64 renderedId = 0; // the entity the tabs show (a reload of it keeps the tab)
    ArticleModel *articles = nullptr;
    EvidenceModel *mentions = nullptr;
    AnnotationModel *evidence = nullptr;
    QTableView *evidenceView = nullptr;
    // The Sources tab: every sentence stating the fact or relation chosen (S), paged.
    EvidenceModel *sources = nullptr;
    QTableView *sourceView = nullptr;
    QWidget *sourcesTab = nullptr;
    QLabel *sourcesTitle = nullptr;
    std::vector<std::int64_t> sourceIds; // the fact rows whose sentences it lists
    std::optional<core::FactRecord> sourceFact; // that fact, for its export
    int sourcesTotal = 0;
    std::int64_t sourcesNext = 0; // the cursor of the next page (0: none)
    int sourcesAsked = 0; // counts the facts asked for: an answer about an earlier one is dropped
    QTabWidget *tabs = nullptr;
    TimelineView *timeline = nullptr;
    QPushButton *split = nullptr;
    QList<QPushButton *> actions;
};

// Merges made into an entity during this session: (decision id, merged name). The core has no
// "list decisions" call yet, so Split offers these. GUI thread only.
std::map<qint64, std::vector<std::pair<std::int64_t, QString>>> &entityPageSessionMerges();

} // namespace sillok::gui
