#pragma once
// Private to EntityPage (entity_page.cpp builds and shows, entity_page_curation.cpp curates).

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

namespace sillok::gui {

class AnnotationModel;
class ArticleModel;
class EvidenceModel;
class FactModel;
class TimelineView;

struct EntityPageData {
    core::EntityDetail detail;
    std::vector<core::TimelineItem> meetings;     // initiatives only
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
    FactModel *facts = nullptr;
    ArticleModel *articles = nullptr;
    EvidenceModel *mentions = nullptr;
    AnnotationModel *evidence = nullptr;
    QTableView *evidenceView = nullptr;
    QTabWidget *tabs = nullptr;
    TimelineView *timeline = nullptr;
    QPushButton *split = nullptr;
    QList<QPushButton *> actions;
};

// Merges made into an entity during this session: (decision id, merged name). The core has no
// "list decisions" call yet, so Split offers these. GUI thread only.
std::map<qint64, std::vector<std::pair<std::int64_t, QString>>> &entityPageSessionMerges();

} // namespace sillok::gui
