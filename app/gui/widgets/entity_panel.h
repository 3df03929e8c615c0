#pragma once
// EntityPanel: organisations, people, initiatives and meetings with their counts, filtered by
// type and as you type. Refreshes when the service reports changed entities.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace sillok::gui {

class EntityFilterProxy;
class EntityModel;
class LibraryService;

class EntityPanel : public QWidget {
    Q_OBJECT
public:
    explicit EntityPanel(LibraryService *service, QWidget *parent = nullptr);

    void refresh();
    EntityModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    // Follows the entity page: selects the entity's row (scrolled to), or clears the selection
    // when the list does not show it (filtered out or not loaded yet: selected once loaded).
    void selectEntity(qint64 id);
    qint64 selectedEntity() const;

signals:
    void entityActivated(qint64 id);
    void loaded();

private:
    LibraryService *m_service;
    EntityModel *m_model;
    EntityFilterProxy *m_proxy;
    QComboBox *m_type;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_status;
    int m_generation = 0;
    qint64 m_shown = 0; // the entity the page shows
};

} // namespace sillok::gui
