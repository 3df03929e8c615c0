#pragma once
// SearchPopup (Ctrl+K): results as you type (debounced) — the entities the query names first
// ("Best match"), the other entities grouped by type, articles with their snippets, then notes
// (annotation quotes, notes and tags) — filtered by type, organisation, publication date range
// and the facets clicked. Beside the results, the facets of the matching articles (organisations,
// people, initiatives, meetings, years, sources) with their counts; clicking one filters and the
// counts update; a ticked value is a filter in use (click it again to remove it). Filters alone (no query) list what they select. Each opening starts unfiltered.
// A newer query cancels the running one (LibraryService::runCancellable: sqlite3_interrupt).
// Enter opens the best hit (or the selected one). search_popup_query.cpp asks the library,
// search_popup_facets.cpp shows the Refine tree.

#include "services/library_service.h"

#include <QDialog>

#include <memory>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace sillok::core {
enum class EntityType;
struct SearchFacets;
} // namespace sillok::core

namespace sillok::gui {

class SearchResultModel;
namespace searchpopup {
struct Found;
} // namespace searchpopup

class SearchPopup : public QDialog {
    Q_OBJECT
public:
    explicit SearchPopup(LibraryService *service, QWidget *parent = nullptr);
    ~SearchPopup() override;

    QLineEdit *queryEdit() const { return m_query; }
    SearchResultModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *organizationBox() const { return m_organization; }
    QTreeWidget *facetTree() const { return m_facets; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *filterLabel() const { return m_filterLabel; }
    QPushButton *clearFiltersButton() const { return m_clearFilters; }
    // Articles matching over all pages (the last search), as the header says.
    int articleTotal() const { return m_articleTotal; }
    void popup();
    void runNow(); // skips the debounce (tests)
    bool isSearching() const { return m_searching || m_facetsPending; }
    // The facet row of `value` under group `type` ("organization", "person", "initiative",
    // "meeting", "year", "source"); nullptr when not shown.
    QTreeWidgetItem *facetItem(const QString &type, const QString &value) const;

    // A Refine choice: the articles must mention the entity of this type and name.
    struct FacetFilter {
        core::EntityType type;
        std::string name;
    };

signals:
    void entityChosen(qint64 id);
    void articleChosen(qint64 id);
    void searched();     // the results are shown
    void facetsShown();  // the facets of those results are shown

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void showFound(const core::Result<searchpopup::Found> &r);
    void openRow(int row);
    void loadOrganizations();
    void resetFilters();
    void showFacets(const core::SearchFacets &facets);
    void showFacetsNote(const QString &text, const QString &toolTip); // why Refine is empty
    void facetClicked(QTreeWidgetItem *item);
    bool isActiveFacet(const QString &group, const QString &value) const;
    void updateFilterLabel();

    LibraryService *m_service;
    QLineEdit *m_query;
    QComboBox *m_type;
    QComboBox *m_organization;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLabel *m_filterLabel;
    QPushButton *m_clearFilters;
    QListView *m_view;
    QTreeWidget *m_facets;
    QLabel *m_status;
    SearchResultModel *m_model;
    QTimer *m_debounce;
    std::vector<FacetFilter> m_facetFilters;
    std::shared_ptr<LibraryService::Ticket> m_ticket; // the running search
    int m_generation = 0;
    int m_articleTotal = 0;
    bool m_searching = false;
    bool m_facetsPending = false;
    bool m_openBest = false;
    // The organization list is read at the first opening and again only after the entities
    // changed (at 100,000 articles it is ~10,000 names, read ahead of the search on the same lane).
    bool m_organizationsStale = true;
};

} // namespace sillok::gui
