#pragma once
// EntityPanel: organisations, people, initiatives and meetings with their counts, filtered by
// type and by name or alias, sorted by any column. The store filters and sorts (Library::
// entityWindow, the entities' kept tallies): the list reads a window of rows at a time as it
// scrolls, never every entity. Refreshes when the service reports changed entities.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace sillok::core {
struct EntityWindow;
}

namespace sillok::gui {

class EntityModel;
class LibraryService;

class EntityPanel : public QWidget {
    Q_OBJECT
public:
    explicit EntityPanel(LibraryService *service, QWidget *parent = nullptr);

    // Reads the first window again (filter, type and order as they are now).
    void refresh();
    EntityModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    // Rows read a window at a time (tests make it small).
    void setWindowSize(int rows);
    int windowSize() const { return m_windowSize; }
    // Follows the entity page: selects the entity's row (scrolled to), or clears the selection
    // when the list does not show it (filtered out or not loaded yet: selected once loaded).
    void selectEntity(qint64 id);
    qint64 selectedEntity() const;

signals:
    void entityActivated(qint64 id);
    void loaded();

private:
    void fetchWindow();
    // The store's window from row `offset`, with the panel's type, filter text and order.
    core::EntityWindow windowAt(int offset) const;

    LibraryService *m_service;
    EntityModel *m_model;
    QComboBox *m_type;
    QLineEdit *m_filter;
    QTimer *m_filterDelay;
    QTableView *m_view;
    QLabel *m_status;
    QString m_activeFilter;
    int m_sortColumn;
    bool m_descending = true;
    int m_windowSize = 200;
    int m_generation = 0;
    qint64 m_shown = 0; // the entity the page shows
};

} // namespace sillok::gui
